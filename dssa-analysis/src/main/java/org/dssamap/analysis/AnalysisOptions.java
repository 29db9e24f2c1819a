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
 *
 * <p>What counts a claim: coverage and gaps never do (only a verified placement covers a cell). Overlaps, single
 * points of failure and outsourcing routes count claimed placements by default, because a claim is what a map
 * mostly holds before the organizations have been asked, and each finding says which of its placements are only
 * claimed; {@link #withClaimsCounted(boolean) withClaimsCounted(false)} makes them count verified placements only.
 * Escalation has its own knob, {@link #withEscalationCountingClaims(boolean)}.
 */
public final class AnalysisOptions {
  /** The incident-response function of the bundled catalog, the one escalation follows by default. */
  public static final String INCIDENT_RESPONSE = "incident-response";

  /** The default smallest share of a function's outsourcing clients that makes a provider notable. */
  public static final double DEFAULT_CONCENTRATION_SHARE = 0.10;

  /** The default smallest number of dependent clients that makes a provider notable. */
  public static final int DEFAULT_CONCENTRATION_DEPENDENTS = 2;

  private static final AnalysisOptions DEFAULTS = new AnalysisOptions(Optional.empty(), 2, 0.5, INCIDENT_RESPONSE,
      true, true, false, DEFAULT_CONCENTRATION_SHARE, DEFAULT_CONCENTRATION_DEPENDENTS);

  private final Optional<Region> region;
  private final int overlapThreshold;
  private final double unconfirmedThreshold;
  private final String escalationFunction;
  private final boolean escalationCountsClaims;
  private final boolean claimsCount;
  private final boolean internalCells;
  private final double concentrationShare;
  private final int concentrationDependents;

  private AnalysisOptions(Optional<Region> region, int overlapThreshold, double unconfirmedThreshold,
      String escalationFunction, boolean escalationCountsClaims, boolean claimsCount, boolean internalCells,
      double concentrationShare, int concentrationDependents) {
    this.region = requireNonNull(region, "region");
    checkArgument(overlapThreshold >= 2, "an overlap needs at least 2 organizations, not %s", overlapThreshold);
    this.overlapThreshold = overlapThreshold;
    checkArgument(unconfirmedThreshold >= 0 && unconfirmedThreshold <= 1,
        "the unconfirmed threshold is a share from 0 to 1, not %s", unconfirmedThreshold);
    this.unconfirmedThreshold = unconfirmedThreshold;
    this.escalationFunction = Ids.requireSlug(requireNonNull(escalationFunction, "escalationFunction"), "function id");
    this.escalationCountsClaims = escalationCountsClaims;
    this.claimsCount = claimsCount;
    this.internalCells = internalCells;
    checkArgument(concentrationShare >= 0 && concentrationShare <= 1,
        "the concentration share is a share from 0 to 1, not %s", concentrationShare);
    this.concentrationShare = concentrationShare;
    checkArgument(concentrationDependents >= 1, "a notable provider needs at least 1 dependent client, not %s",
        concentrationDependents);
    this.concentrationDependents = concentrationDependents;
  }

  /**
   * The defaults: the whole map; overlaps from 2 organizations; overlaps, single points of failure and outsourcing
   * in external cells, counting claims; organizations flagged when more than half of what they say of themselves
   * is unconfirmed or challenged; escalation along incident response counting claims; providers notable from 2
   * dependent clients and a 10% share.
   */
  public static AnalysisOptions defaults() {
    return DEFAULTS;
  }

  /**
   * The region that coverage, gaps, overlaps and single points of failure are restricted to; empty for the whole
   * map. Organizations of that region count, and so do {@link Region#GLOBAL} ones, which serve every region.
   */
  public Optional<Region> region() {
    return region;
  }

  /** How many organizations of one region must do the same thing for an overlap (2 or more). */
  public int overlapThreshold() {
    return overlapThreshold;
  }

  /**
   * The share (0..1) of an organization's self-reported placements that are claimed or disputed above which the
   * self-classification check flags it; strictly above, so the default 0.5 flags "mostly unconfirmed or
   * challenged".
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

  /**
   * Whether claimed placements count for overlaps, single points of failure and outsourcing routes (true by
   * default); verified ones always do, disputed ones never.
   */
  public boolean claimsCount() {
    return claimsCount;
  }

  /**
   * Whether overlaps and single points of failure look at internal cells too (false by default). Work an
   * organization does for itself duplicates nobody and fails nobody else, so by default only external cells are
   * examined; internal cells keep their coverage and gaps either way.
   */
  public boolean internalCells() {
    return internalCells;
  }

  /** The smallest share (0..1) of a function's outsourcing clients that makes a provider notable. */
  public double concentrationShare() {
    return concentrationShare;
  }

  /** The smallest number of dependent clients that makes a provider notable. */
  public int concentrationDependents() {
    return concentrationDependents;
  }

  /** These options restricted to one region. */
  public AnalysisOptions withRegion(Region newRegion) {
    return new AnalysisOptions(Optional.of(newRegion), overlapThreshold, unconfirmedThreshold, escalationFunction,
        escalationCountsClaims, claimsCount, internalCells, concentrationShare, concentrationDependents);
  }

  /** These options over the whole map. */
  public AnalysisOptions withoutRegion() {
    return new AnalysisOptions(Optional.empty(), overlapThreshold, unconfirmedThreshold, escalationFunction,
        escalationCountsClaims, claimsCount, internalCells, concentrationShare, concentrationDependents);
  }

  /** These options with another overlap threshold. */
  public AnalysisOptions withOverlapThreshold(int organizations) {
    return new AnalysisOptions(region, organizations, unconfirmedThreshold, escalationFunction,
        escalationCountsClaims, claimsCount, internalCells, concentrationShare, concentrationDependents);
  }

  /** These options with another self-classification threshold. */
  public AnalysisOptions withUnconfirmedThreshold(double share) {
    return new AnalysisOptions(region, overlapThreshold, share, escalationFunction,
        escalationCountsClaims, claimsCount, internalCells, concentrationShare, concentrationDependents);
  }

  /** These options following another function for escalation. */
  public AnalysisOptions withEscalationFunction(String functionId) {
    return new AnalysisOptions(region, overlapThreshold, unconfirmedThreshold, functionId,
        escalationCountsClaims, claimsCount, internalCells, concentrationShare, concentrationDependents);
  }

  /** These options with claims counted, or not, for escalation. */
  public AnalysisOptions withEscalationCountingClaims(boolean countClaims) {
    return new AnalysisOptions(region, overlapThreshold, unconfirmedThreshold, escalationFunction,
        countClaims, claimsCount, internalCells, concentrationShare, concentrationDependents);
  }

  /** These options with claims counted, or not, for overlaps, single points of failure and outsourcing. */
  public AnalysisOptions withClaimsCounted(boolean countClaims) {
    return new AnalysisOptions(region, overlapThreshold, unconfirmedThreshold, escalationFunction,
        escalationCountsClaims, countClaims, internalCells, concentrationShare, concentrationDependents);
  }

  /**
   * These options counting verified placements only, everywhere a claim could count: overlaps, single points of
   * failure, outsourcing and escalation.
   */
  public AnalysisOptions withVerifiedOnly() {
    return withClaimsCounted(false).withEscalationCountingClaims(false);
  }

  /** These options with internal cells examined, or not, for overlaps and single points of failure. */
  public AnalysisOptions withInternalCells(boolean examine) {
    return new AnalysisOptions(region, overlapThreshold, unconfirmedThreshold, escalationFunction,
        escalationCountsClaims, claimsCount, examine, concentrationShare, concentrationDependents);
  }

  /**
   * These options with another notability threshold for concentration: a provider is notable for a function when
   * at least {@code dependents} clients and at least {@code share} of the function's outsourcing clients depend
   * on it.
   */
  public AnalysisOptions withConcentrationThreshold(double share, int dependents) {
    return new AnalysisOptions(region, overlapThreshold, unconfirmedThreshold, escalationFunction,
        escalationCountsClaims, claimsCount, internalCells, share, dependents);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AnalysisOptions other
        && region.equals(other.region)
        && overlapThreshold == other.overlapThreshold
        && Double.compare(unconfirmedThreshold, other.unconfirmedThreshold) == 0
        && escalationFunction.equals(other.escalationFunction)
        && escalationCountsClaims == other.escalationCountsClaims
        && claimsCount == other.claimsCount
        && internalCells == other.internalCells
        && Double.compare(concentrationShare, other.concentrationShare) == 0
        && concentrationDependents == other.concentrationDependents;
  }

  @Override
  public int hashCode() {
    return Objects.hash(region, overlapThreshold, unconfirmedThreshold, escalationFunction, escalationCountsClaims,
        claimsCount, internalCells, concentrationShare, concentrationDependents);
  }

  @Override
  public String toString() {
    return "AnalysisOptions[region=" + region.map(Region::id).orElse("all") + ", overlapThreshold=" + overlapThreshold
        + ", unconfirmedThreshold=" + unconfirmedThreshold + ", escalationFunction=" + escalationFunction
        + ", escalationCountsClaims=" + escalationCountsClaims + ", claimsCount=" + claimsCount
        + ", internalCells=" + internalCells + ", concentrationShare=" + concentrationShare
        + ", concentrationDependents=" + concentrationDependents + "]";
  }
}
