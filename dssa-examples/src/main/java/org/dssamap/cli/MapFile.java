package org.dssamap.cli;

import java.nio.file.Path;
import org.dssamap.model.EcosystemMap;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The one map file a command works on (its first positional parameter), with the options to read it and
 * {@code --public}. A command that reads one map and writes something mixes it in:
 *
 * <pre>{@code
 * @Mixin MapFile input;
 * ...
 * EcosystemMap map = input.load();   // already without restricted placements under --public
 * }</pre>
 */
public final class MapFile {
  @Spec(Spec.Target.MIXEE)
  private CommandSpec mixee = CommandSpec.create();

  @Parameters(index = "0", paramLabel = "FILE", description = "The map: a .json map or a .csv placement sheet.")
  private Path file = Path.of("");

  @Mixin
  private MapInput input = new MapInput();

  @Mixin
  private PublicOption publicOption = new PublicOption();

  /** Creates the mixin; picocli calls this. */
  public MapFile() {}

  /** The file as the user named it. */
  public Path file() {
    return file;
  }

  /** Adds the map file and its catalog and relationships files to the inputs of {@code roles}. */
  FileRoles inputs(FileRoles roles) {
    return input.inputs(roles, "FILE", file);
  }

  /** Whether {@code --public} was given. */
  public boolean isPublic() {
    return publicOption.isSet();
  }

  /**
   * Reads the map, saying so on stderr if that takes a while, and under {@code --public} leaves restricted
   * placements out.
   *
   * @throws org.dssamap.model.InvalidMapException every problem of the file
   * @throws CommandFailure when the file cannot be read
   */
  public EcosystemMap load() {
    return publicOption.apply(Progress.get(mixee.commandLine().getErr(), "reading " + file, () -> input.load(file)));
  }

  /**
   * Reads the whole map, restricted parts included, whatever {@code --public} says: for a command whose output
   * applies its own confidentiality rule (the questionnaire, which is sent to the organization it asks).
   */
  public EcosystemMap loadWhole() {
    return Progress.get(mixee.commandLine().getErr(), "reading " + file, () -> input.load(file));
  }
}
