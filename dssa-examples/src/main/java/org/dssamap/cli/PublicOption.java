package org.dssamap.cli;

import java.io.PrintWriter;
import org.dssamap.model.EcosystemMap;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --public} option of every command that writes a map or a picture of one: restricted placements
 * are left out before anything is written, and stderr says how many.
 *
 * <pre>{@code
 * @Mixin PublicOption publicOption;
 * ...
 * EcosystemMap map = publicOption.apply(input.load(file));
 * }</pre>
 */
public final class PublicOption {
  @Spec(Spec.Target.MIXEE)
  private CommandSpec mixee;

  @Option(names = "--public",
      description = "Leave out restricted placements (confidentiality: restricted), saying how many on stderr.")
  private boolean publicOnly;

  /** Creates the option; picocli calls this. */
  public PublicOption() {
    this.mixee = CommandSpec.create();
  }

  /** Whether {@code --public} was given. */
  public boolean isSet() {
    return publicOnly;
  }

  /** The map as it may be written: its {@link EcosystemMap#publicView()} under {@code --public}, else itself. */
  public EcosystemMap apply(EcosystemMap map) {
    if (!publicOnly) {
      return map;
    }
    int restricted = map.restrictedPlacementCount();
    PrintWriter err = mixee.commandLine().getErr();
    err.println("dssa: --public: left out " + restricted
        + (restricted == 1 ? " restricted placement" : " restricted placements"));
    err.flush();
    return map.publicView();
  }

  /**
   * The maps as they may be written, as {@link #apply} makes each, with one note on stderr for all of them:
   * {@code dssa: --public: left out 2 restricted placements of old.json and 1 of new.json}.
   *
   * @param names the maps' file names, in the same order
   */
  public java.util.List<EcosystemMap> applyAll(java.util.List<EcosystemMap> maps, java.util.List<String> names) {
    if (!publicOnly) {
      return maps;
    }
    java.util.List<String> parts = new java.util.ArrayList<>();
    for (int i = 0; i < maps.size(); i++) {
      int restricted = maps.get(i).restrictedPlacementCount();
      parts.add(i == 0
          ? restricted + (restricted == 1 ? " restricted placement" : " restricted placements") + " of " + names.get(i)
          : restricted + " of " + names.get(i));
    }
    PrintWriter err = mixee.commandLine().getErr();
    err.println("dssa: --public: left out " + String.join(" and ", parts));
    err.flush();
    return maps.stream().map(EcosystemMap::publicView).toList();
  }
}
