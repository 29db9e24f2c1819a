package org.dssamap.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
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
      description = "Leave out everything restricted (confidentiality: restricted) and everything that names a "
          + "left-out organization, saying how much on stderr.")
  private boolean publicOnly;

  /** Creates the option; picocli calls this. */
  public PublicOption() {
    this.mixee = CommandSpec.create();
  }

  /** Whether {@code --public} was given. */
  public boolean isSet() {
    return publicOnly;
  }

  /**
   * The map as it may be written: its {@link EcosystemMap#publicView()} under {@code --public}, else itself. Under
   * {@code --public} stderr says what was left out: "left out 1 restricted placement", or with organizations and
   * relationships "left out 2 organizations, 5 placements and 1 relationship (restricted, or naming a left-out
   * organization)".
   */
  public EcosystemMap apply(EcosystemMap map) {
    if (!publicOnly) {
      return map;
    }
    PrintWriter err = mixee.commandLine().getErr();
    err.println("dssa: --public: left out " + describe(map.restricted()));
    err.flush();
    return map.publicView();
  }

  /** What a public view leaves out, in words. */
  static String describe(EcosystemMap.Restricted left) {
    if (left.organizations() == 0 && left.relationships() == 0) {
      return left.placements() + (left.placements() == 1 ? " restricted placement" : " restricted placements");
    }
    List<String> parts = new ArrayList<>();
    if (left.organizations() > 0) {
      parts.add(count(left.organizations(), "organization"));
    }
    if (left.placements() > 0) {
      parts.add(count(left.placements(), "placement"));
    }
    if (left.relationships() > 0) {
      parts.add(count(left.relationships(), "relationship"));
    }
    String joined = parts.size() == 1 ? parts.get(0)
        : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    return joined + " (restricted, or naming a left-out organization)";
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /**
   * The maps as they may be written, as {@link #apply} makes each, with one note on stderr for all of them:
   * {@code dssa: --public: left out 2 restricted placements of old.json and 1 restricted placement of new.json}.
   *
   * @param names the maps' file names, in the same order
   */
  public List<EcosystemMap> applyAll(List<EcosystemMap> maps, List<String> names) {
    if (!publicOnly) {
      return maps;
    }
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < maps.size(); i++) {
      parts.add(describe(maps.get(i).restricted()) + " of " + names.get(i));
    }
    PrintWriter err = mixee.commandLine().getErr();
    err.println("dssa: --public: left out " + String.join("; ", parts));
    err.flush();
    return maps.stream().map(EcosystemMap::publicView).toList();
  }
}
