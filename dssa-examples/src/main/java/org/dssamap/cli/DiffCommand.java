package org.dssamap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dssamap.analysis.AnalysisOptions;
import org.dssamap.analysis.diff.MapDiff;
import org.dssamap.analysis.format.DiffJson;
import org.dssamap.analysis.format.DiffText;
import org.dssamap.model.EcosystemMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dssa diff OLD NEW [--format text|json]}: what changed between two maps; {@code dssa diff --intended MAP}:
 * what would change if every intention of the map came true.
 */
@Command(name = "diff",
    header = "What changed between two maps: placements, organizations, relationships, and every finding.",
    description = {
        "For example the current map against a target, or two snapshots. Exit code 0 whether or not they differ.",
        "With --intended and one MAP: the map today against its intended picture (what would open and close).",
        "Findings (gaps, overlaps, single points of failure, escalation routes) are those of dssa analyze on each",
        "map with the same options. The JSON format (\"dssa-diff/1\") is in docs/analysis-formats.md."})
final class DiffCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec = CommandSpec.create();

  @Mixin
  private MapInput input = new MapInput();

  @Mixin
  private PublicOption publicOption = new PublicOption();

  @Parameters(index = "0", paramLabel = "OLD", description = "The old map (.json or .csv).")
  private Path oldFile = Path.of("");

  @Parameters(index = "1", arity = "0..1", paramLabel = "NEW",
      description = "The new map (.json or .csv); none with --intended.")
  private @org.jspecify.annotations.Nullable Path newFile;

  @Option(names = "--intended", description = "Compare OLD with its own intended picture (its intentions come true).")
  private boolean intended;

  @Mixin
  private ReportOutput output = new ReportOutput();

  @Mixin
  private AnalysisOptionsMixin analysis = new AnalysisOptionsMixin();

  @Override
  public Integer call() {
    boolean json = output.json();
    AnalysisOptions options = analysis.options();
    Path second = newFile;
    if (intended == (second != null)) {
      throw CommandFailure.usage(intended ? "dssa diff --intended: give one MAP; its intended picture is the other"
          : "dssa diff: missing NEW: give two maps, or one with --intended");
    }
    FileRoles roles = input.inputs(new FileRoles("dssa diff"), "OLD", oldFile);
    if (second != null) {
      roles = input.inputs(roles, "NEW", second);
    }
    roles.output("--out", output.out(), "diff").check();
    PrintWriter err = spec.commandLine().getErr();
    EcosystemMap before;
    EcosystemMap after;
    EcosystemMap fullBefore = Progress.get(err, "reading " + oldFile, () -> input.load(oldFile));
    if (second == null) {
      before = publicOption.applyAll(java.util.List.of(fullBefore), java.util.List.of(oldFile.toString())).get(0);
      after = before.intendedPicture();
    } else {
      EcosystemMap fullAfter = Progress.get(err, "reading " + second, () -> input.load(second));
      // One note for both maps, not one per map.
      java.util.List<EcosystemMap> maps = publicOption.applyAll(java.util.List.of(fullBefore, fullAfter),
          java.util.List.of(oldFile.toString(), second.toString()));
      before = maps.get(0);
      after = maps.get(1);
    }
    MapDiff diff = MapDiff.between(before, after, options);
    String text = json ? DiffJson.write(diff) : DiffText.write(diff);
    output.write(text);
    return Dssa.EXIT_OK;
  }
}
