package org.dssamap.cli;

import org.dssamap.analysis.AnalysisOptions;
import org.dssamap.model.Region;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options of the analysis ({@code --region}, {@code --overlap-threshold}, {@code --unconfirmed-threshold},
 * {@code --verified-only}), shared by every command that reports findings ({@code analyze}, {@code diff}), so
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
      description = "Flag organizations with more than this share (0..1) of claimed or disputed placements "
          + "(default 0.5).")
  private @Nullable Double unconfirmedThreshold;

  @Option(names = "--verified-only",
      description = "Escalation: count only verified placements (by default claims count, and paths that rely on "
          + "them are flagged).")
  private boolean verifiedOnly;

  /** Creates the options; picocli calls this. */
  public AnalysisOptionsMixin() {}

  /**
   * The analysis options given.
   *
   * @throws CommandFailure a usage error when a value is out of range (a threshold below 2, a share above 1)
   */
  public AnalysisOptions options() {
    try {
      AnalysisOptions o = AnalysisOptions.defaults().withEscalationCountingClaims(!verifiedOnly);
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
