package org.dssamap.cli;

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
      description = "Flag organizations when more than this share (0..1) of what they report of themselves is "
          + "unconfirmed or disputed (default 0.5).")
  private @Nullable Double unconfirmedThreshold;

  @Option(names = "--verified-only",
      description = "Count only verified placements for overlaps, single points of failure, outsourcing and "
          + "escalation (by default claims count there, and each finding says which placements are only claimed). "
          + "Coverage and gaps never count claims.")
  private boolean verifiedOnly;

  @Option(names = "--internal-cells",
      description = "Look for overlaps and single points of failure in internal cells too (work organizations do "
          + "for themselves); by default only external cells.")
  private boolean internalCells;

  @Option(names = "--concentration-share", paramLabel = "SHARE",
      description = "Show providers on which at least this share (0..1) of a function's clients depend "
          + "(default 0.1); the JSON lists every provider and says which are shown.")
  private @Nullable Double concentrationShare;

  @Option(names = "--concentration-clients", paramLabel = "N",
      description = "Show providers on which at least N clients depend for a function (default 2).")
  private @Nullable Integer concentrationClients;

  @Override
  public Integer call() {
    boolean json = output.json();
    AnalysisOptions options = options();
    EcosystemMap map = input.load();
    AnalysisReport report;
    try (Progress p = Progress.start(spec.commandLine().getErr(), "analysing " + input.file())) {
      report = AnalysisReport.of(map, options);
    }
    String text = json ? AnalysisJson.write(report) : AnalysisText.write(report);
    output.write(text);
    return Dssa.EXIT_OK;
  }

  private AnalysisOptions options() {
    try {
      AnalysisOptions o = AnalysisOptions.defaults().withInternalCells(internalCells);
      if (verifiedOnly) {
        o = o.withVerifiedOnly();
      }
      if (concentrationShare != null || concentrationClients != null) {
        o = o.withConcentrationThreshold(
            concentrationShare != null ? concentrationShare : AnalysisOptions.DEFAULT_CONCENTRATION_SHARE,
            concentrationClients != null ? concentrationClients : AnalysisOptions.DEFAULT_CONCENTRATION_DEPENDENTS);
      }
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
