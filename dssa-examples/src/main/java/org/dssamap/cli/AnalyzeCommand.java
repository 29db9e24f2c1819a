package org.dssamap.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.dssamap.analysis.AnalysisOptions;
import org.dssamap.analysis.AnalysisReport;
import org.dssamap.examples.analysis.AnalysisJson;
import org.dssamap.examples.analysis.AnalysisText;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.Region;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dssa analyze FILE [--format text|json]}: the findings of the analysis. */
@Command(name = "analyze",
    header = "Coverage, gaps, overlaps, single points of failure, concentration, self-classification, escalation.",
    description = {
        "Only a verified placement covers a cell: a claim is never proof.",
        "The rules and the JSON format (\"dssa-analysis/1\") are in docs/analysis-formats.md."})
final class AnalyzeCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec = CommandSpec.create();

  @Mixin
  private MapFile input = new MapFile();

  @Mixin
  private ReportOutput output = new ReportOutput();

  @Option(names = "--region", paramLabel = "REGION",
      description = "Restrict coverage, gaps, overlaps and single points of failure to one region "
          + "(its organizations and the global ones).")
  private @Nullable Region region;

  @Option(names = "--overlap-threshold", paramLabel = "N",
      description = "Organizations of one region in one cell that make an overlap (default 2).")
  private @Nullable Integer overlapThreshold;

  @Option(names = "--unconfirmed-threshold", paramLabel = "SHARE",
      description = "Flag organizations with more than this share (0..1) of claimed or disputed placements "
          + "(default 0.5).")
  private @Nullable Double unconfirmedThreshold;

  @Option(names = "--verified-only",
      description = "Escalation: count only verified placements (by default claims count, and paths that rely on "
          + "them are flagged).")
  private boolean verifiedOnly;

  @Override
  public Integer call() {
    boolean json = output.json();
    AnalysisOptions options = options();
    input.inputs(new FileRoles("dssa analyze")).output("--out", output.out(), "analysis").check();
    EcosystemMap map = input.load();
    PrintWriter err = spec.commandLine().getErr();
    AnalysisReport report = Progress.get(err, "analysing " + input.file(), () -> AnalysisReport.of(map, options));
    String text = Progress.get(err, "writing the analysis",
        () -> json ? AnalysisJson.write(report) : AnalysisText.write(report));
    output.write(text);
    return Dssa.EXIT_OK;
  }

  private AnalysisOptions options() {
    try {
      AnalysisOptions o = AnalysisOptions.defaults().withEscalationCountingClaims(!verifiedOnly);
      if (region != null) {
        o = o.withRegion(region);
      }
      if (overlapThreshold != null) {
        o = o.withOverlapThreshold(overlapThreshold);
      }
      if (unconfirmedThreshold != null) {
        o = o.withUnconfirmedThreshold(unconfirmedThreshold);
      }
      return o;
    } catch (IllegalArgumentException e) {
      throw CommandFailure.usage("dssa analyze: " + e.getMessage());
    }
  }
}
