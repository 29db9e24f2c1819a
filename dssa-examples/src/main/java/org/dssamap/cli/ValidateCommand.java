package org.dssamap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.InvalidMapException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dssa validate FILE...}: checks map files and reports every problem of every file. */
@Command(name = "validate",
    header = "Checks map files (JSON or CSV) and reports every problem of every file.",
    description = {
        "Each valid file gets one line on stdout; each problem of an invalid one, one line on stderr:",
        "  FILE:LINE[:COL]: message     or     FILE: $.json.path: message"})
final class ValidateCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec = CommandSpec.create();

  @Mixin
  private MapInput input = new MapInput();

  @Option(names = {"-q", "--quiet"}, description = "Print nothing for valid files.")
  private boolean quiet;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Map files: .json maps or .csv placement sheets.")
  private List<Path> files = List.of();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int exit = Dssa.EXIT_OK;
    for (Path file : files) {
      try {
        EcosystemMap map = Progress.get(err, "reading " + file, () -> input.load(file));
        if (!quiet) {
          out.println(file + ": ok, " + summary(map));
        }
      } catch (InvalidMapException e) {
        MapInput.problemLines(e).forEach(err::println);
        exit = Math.max(exit, Dssa.EXIT_INVALID);
      } catch (CommandFailure e) {
        e.lines().forEach(err::println);
        exit = Math.max(exit, e.exitCode());
      }
    }
    return exit;
  }

  /** What a valid map holds, in a few words. */
  static String summary(EcosystemMap map) {
    return count(map.organizations().size(), "organization") + ", " + count(map.placements().size(), "placement")
        + ", " + count(map.relationships().size(), "relationship") + ", catalog " + map.catalog().id();
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
