package org.dssamap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dssamap.analysis.AnalysisOptions;
import org.dssamap.analysis.diff.MapDiff;
import org.dssamap.examples.analysis.DiffJson;
import org.dssamap.examples.analysis.DiffText;
import org.dssamap.model.EcosystemMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dssa diff OLD NEW [--format text|json]}: what changed between two maps. */
@Command(name = "diff",
    header = "What changed between two maps: placements, organizations, relationships, and every finding.",
    description = {
        "For example the current map against a target, or two snapshots. Exit code 0 whether or not they differ.",
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

  @Parameters(index = "1", paramLabel = "NEW", description = "The new map (.json or .csv).")
  private Path newFile = Path.of("");

  @Mixin
  private ReportOutput output = new ReportOutput();

  @Mixin
  private AnalysisOptionsMixin analysis = new AnalysisOptionsMixin();

  @Override
  public Integer call() {
    boolean json = output.json();
    AnalysisOptions options = analysis.options();
    FileRoles roles = input.inputs(new FileRoles("dssa diff"), "OLD", oldFile);
    input.inputs(roles, "NEW", newFile).output("--out", output.out(), "diff").check();
    PrintWriter err = spec.commandLine().getErr();
    EcosystemMap fullBefore = Progress.get(err, "reading " + oldFile, () -> input.load(oldFile));
    EcosystemMap fullAfter = Progress.get(err, "reading " + newFile, () -> input.load(newFile));
    // One note for both maps, not one per map.
    java.util.List<EcosystemMap> maps = publicOption.applyAll(java.util.List.of(fullBefore, fullAfter),
        java.util.List.of(oldFile.toString(), newFile.toString()));
    EcosystemMap before = maps.get(0);
    EcosystemMap after = maps.get(1);
    MapDiff diff = MapDiff.between(before, after, options);
    String text = json ? DiffJson.write(diff) : DiffText.write(diff);
    output.write(text);
    return Dssa.EXIT_OK;
  }
}
