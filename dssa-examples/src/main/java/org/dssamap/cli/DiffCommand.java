package org.dssamap.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dssamap.analysis.AnalysisOptions;
import org.dssamap.analysis.diff.MapDiff;
import org.dssamap.examples.analysis.DiffJson;
import org.dssamap.examples.analysis.DiffText;
import org.dssamap.model.EcosystemMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code dssa diff OLD NEW [--format text|json]}: what changed between two maps. */
@Command(name = "diff",
    header = "What changed between two maps: placements, organizations, relationships, and every finding.",
    description = {
        "For example the current map against a target, or two snapshots. Exit code 0 whether or not they differ.",
        "Findings (gaps, overlaps, single points of failure, escalation routes) are those of dssa analyze on each",
        "map with the same options. The JSON format (\"dssa-diff/1\") is in docs/analysis-formats.md."})
final class DiffCommand implements Callable<Integer> {
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
    EcosystemMap before = publicOption.apply(input.load(oldFile));
    EcosystemMap after = publicOption.apply(input.load(newFile));
    MapDiff diff = MapDiff.between(before, after, options);
    String text = json ? DiffJson.write(diff) : DiffText.write(diff);
    output.write(text);
    return Dssa.EXIT_OK;
  }
}
