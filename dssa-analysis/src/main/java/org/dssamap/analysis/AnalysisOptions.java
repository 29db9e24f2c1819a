package org.dssamap.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.Optional;
import org.dssamap.model.Ids;
import org.dssamap.model.Region;

/**
 * The knobs of an {@link AnalysisReport}. Immutable; start from {@link #defaults()} and change one knob at a time
 * with the {@code with...} methods. (A class rather than a record so that a new knob is not a breaking change.)
 */
public final class AnalysisOptions {
  /** The incident-response function of the bundled catalog, the one escalation follows by default. */
  public static final String INCIDENT_RESPONSE = "incident-response";

  private static final AnalysisOptions DEFAULTS = new AnalysisOptions(Optional.empty(), 2, 0.5, INCIDENT_RESPONSE, true);

  private final Optional<Region> region;
  private final int overlapThreshold;
  private final double unconfirmedThreshold;
  private final String escalationFunction;
  private final boolean escalationCountsClaims;

  private AnalysisOptions(Optional<Region> region, int overlapThreshold, double unconfirmedThreshold,
      String escalationFunction, boolean escalationCountsClaims) {
    this.region = requireNonNull(region, "region");
    checkArgument(overlapThreshold >= 2, "an overlap needs at least 2 organizations, not %s", overlapThreshold);
    this.overlapThreshold = overlapThreshold;
    checkArgument(unconfirmedThreshold >= 0 && unconfirmedThreshold <= 1,
        "the unconfirmed threshold is a share from 0 to 1, not %s", unconfirmedThreshold);
    this.unconfirmedThreshold = unconfirmedThreshold;
    this.escalationFunction = Ids.requireSlug(requireNonNull(escalationFunction, "escalationFunction"), "function id");
    this.escalationCountsClaims = escalationCountsClaims;
  }

  /**
   * The defaults: the whole map, overlaps from 2 organizations, organizations flagged when more than half of
   * their placements are unconfirmed or challenged, escalation along incident response counting claims.
   */
  public static AnalysisOptions defaults() {
    return DEFAULTS;
  }

  /**
   * The region that coverage, gaps and single points of failure are restricted to; empty for the whole map.
   * Organizations of that region count, and so do {@link Region#GLOBAL} ones, which serve every region.
   */
  public Optional<Region> region() {
    return region;
  }

  /** How many organizations of one region must do the same thing for an overlap (2 or more). */
  public int overlapThreshold() {
    return overlapThreshold;
  }

  /**
   * The share of claimed or disputed placements (0..1) above which the self-classification check flags an
   * organization; strictly above, so the default 0.5 flags "mostly unconfirmed or challenged".
   */
  public double unconfirmedThreshold() {
    return unconfirmedThreshold;
  }

  /** The function whose external placements make glue and core organizations relays for escalation. */
  public String escalationFunction() {
    return escalationFunction;
  }

  /** Whether claimed placements count for escalation (paths that rely on them are flagged); verified always do. */
  public boolean escalationCountsClaims() {
    return escalationCountsClaims;
  }

  /** These options restricted to one region. */
  public AnalysisOptions withRegion(Region newRegion) {
    return new AnalysisOptions(Optional.of(newRegion), overlapThreshold, unconfirmedThreshold, escalationFunction,
        escalationCountsClaims);
  }

  /** These options over the whole map. */
  public AnalysisOptions withoutRegion() {
    return new AnalysisOptions(Optional.empty(), overlapThreshold, unconfirmedThreshold, escalationFunction,
        escalationCountsClaims);
  }

  /** These options with another overlap threshold. */
  public AnalysisOptions withOverlapThreshold(int organizations) {
    return new AnalysisOptions(region, organizations, unconfirmedThreshold, escalationFunction, escalationCountsClaims);
  }

  /** These options with another self-classification threshold. */
  public AnalysisOptions withUnconfirmedThreshold(double share) {
    return new AnalysisOptions(region, overlapThreshold, share, escalationFunction, escalationCountsClaims);
  }

  /** These options following another function for escalation. */
  public AnalysisOptions withEscalationFunction(String functionId) {
    return new AnalysisOptions(region, overlapThreshold, unconfirmedThreshold, functionId, escalationCountsClaims);
  }

  /** These options with claims counted, or not, for escalation. */
  public AnalysisOptions withEscalationCountingClaims(boolean countClaims) {
    return new AnalysisOptions(region, overlapThreshold, unconfirmedThreshold, escalationFunction, countClaims);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AnalysisOptions other
        && region.equals(other.region)
        && overlapThreshold == other.overlapThreshold
        && Double.compare(unconfirmedThreshold, other.unconfirmedThreshold) == 0
        && escalationFunction.equals(other.escalationFunction)
        && escalationCountsClaims == other.escalationCountsClaims;
  }

  @Override
  public int hashCode() {
    return Objects.hash(region, overlapThreshold, unconfirmedThreshold, escalationFunction, escalationCountsClaims);
  }

  @Override
  public String toString() {
    return "AnalysisOptions[region=" + region.map(Region::id).orElse("all") + ", overlapThreshold=" + overlapThreshold
        + ", unconfirmedThreshold=" + unconfirmedThreshold + ", escalationFunction=" + escalationFunction
        + ", escalationCountsClaims=" + escalationCountsClaims + "]";
  }
}
