package org.dssamap.cli;

import org.dssamap.analysis.AnalysisOptions;
import org.dssamap.model.Region;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options of the analysis ({@code --region}, {@code --overlap-threshold}, {@code --unconfirmed-threshold},
 * {@code --verified-only}, {@code --internal-cells}, {@code --concentration-share}, {@code --concentration-clients}),
 * shared by every command that reports findings ({@code analyze}, {@code diff}), so
 * that a finding means the same in both:
 *
 * <pre>{@code
 * @Mixin AnalysisOptionsMixin analysis;
 * ...
 * AnalysisReport.of(map, analysis.options());
 * }</pre>
 */
public final class AnalysisOptionsMixin {
  @Spec(Spec.Target.MIXEE)
  private CommandSpec mixee = CommandSpec.create();

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

  /** Creates the options; picocli calls this. */
  public AnalysisOptionsMixin() {}

  /**
   * The analysis options given.
   *
   * @throws CommandFailure a usage error when a value is out of range (a threshold below 2, a share above 1)
   */
  public AnalysisOptions options() {
    try {
      AnalysisOptions o = AnalysisOptions.defaults().withInternalCells(internalCells);
      if (verifiedOnly) {
        o = o.withVerifiedOnly();
      }
      Double share = concentrationShare;
      Integer clients = concentrationClients;
      if (share != null || clients != null) {
        o = o.withConcentrationThreshold(
            share != null ? share : AnalysisOptions.DEFAULT_CONCENTRATION_SHARE,
            clients != null ? clients : AnalysisOptions.DEFAULT_CONCENTRATION_DEPENDENTS);
      }
      Region r = region;
      if (r != null) {
        o = o.withRegion(r);
      }
      Integer overlaps = overlapThreshold;
      if (overlaps != null) {
        o = o.withOverlapThreshold(overlaps);
      }
      Double unconfirmed = unconfirmedThreshold;
      if (unconfirmed != null) {
        o = o.withUnconfirmedThreshold(unconfirmed);
      }
      return o;
    } catch (IllegalArgumentException e) {
      throw CommandFailure.usage(mixee.qualifiedName() + ": " + e.getMessage());
    }
  }
}
