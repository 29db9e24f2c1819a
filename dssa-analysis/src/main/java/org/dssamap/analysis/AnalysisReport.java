package org.dssamap.analysis;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import org.dssamap.analysis.escalation.Escalation;
import org.dssamap.analysis.outsourcing.Outsourcing;
import org.dssamap.model.CellNote;
import org.dssamap.model.EcosystemMap;

/**
 * Everything the analysis finds in one map: coverage, gaps, overlaps, single points of failure, outsourcing and
 * its concentration, the self-classification check and escalation reachability. Immutable; every list in a
 * deterministic order, so equal maps give equal reports.
 *
 * <p>Coverage, gaps, single points of failure and overlaps follow {@link AnalysisOptions#region()}; overlaps and
 * single points of failure concern external cells only unless {@link AnalysisOptions#internalCells()}; outsourcing,
 * the self-classification check and escalation always look at the whole map (escalation is about how regions
 * reach each other, and a client's provider may be anywhere).
 */
public final class AnalysisReport {
  /** Which picture of the map a report analyses. */
  public enum Picture {
    /** The map as it is: its placements; intentions count for nothing. */
    CURRENT("current"),
    /**
     * The map as it would be if every intention came true ({@link EcosystemMap#intendedPicture()}): what is given
     * away removed, what is wanted placed as a claim.
     */
    INTENDED("intended");

    private final String id;

    Picture(String id) {
      this.id = id;
    }

    /** The wire form used in the analysis formats. */
    public String id() {
      return id;
    }
  }

  private final String title;
  private final Picture picture;
  private final ImmutableList<CellNote> cellNotes;
  private final AnalysisOptions options;
  private final Coverage coverage;
  private final ImmutableList<Gap> gaps;
  private final ImmutableList<Overlap> overlaps;
  private final ImmutableList<SinglePointOfFailure> singlePointsOfFailure;
  private final Outsourcing outsourcing;
  private final SelfClassification selfClassification;
  private final Escalation escalation;

  private AnalysisReport(EcosystemMap map, AnalysisOptions options, Picture picture) {
    this.title = map.title();
    this.picture = picture;
    this.cellNotes = map.cellNotes();
    this.options = options;
    this.coverage = Coverage.of(map, options.region());
    this.gaps = Gap.findAll(coverage);
    this.overlaps = Overlap.findAll(map, options);
    this.singlePointsOfFailure = SinglePointOfFailure.findAll(coverage, options);
    this.outsourcing = Outsourcing.of(map, options.claimsCount(), options.concentrationShare(),
        options.concentrationDependents());
    this.selfClassification = SelfClassification.of(map, options.unconfirmedThreshold());
    this.escalation = Escalation.of(map, options.escalationFunction(), options.escalationCountsClaims());
  }

  /** Analyses {@code map} with the default options. */
  public static AnalysisReport of(EcosystemMap map) {
    return of(map, AnalysisOptions.defaults());
  }

  /** Analyses {@code map} with {@code options}. */
  public static AnalysisReport of(EcosystemMap map, AnalysisOptions options) {
    return new AnalysisReport(requireNonNull(map, "map"), requireNonNull(options, "options"), Picture.CURRENT);
  }

  /**
   * Analyses the intended picture of {@code map} ({@link EcosystemMap#intendedPicture()}): the gaps, overlaps and
   * single points of failure if every organization did what it wants to do and gave away what it would give away.
   * What is wanted is a claim, as any organization's word about itself is: it covers a cell only under options
   * that count claims.
   */
  public static AnalysisReport ofIntended(EcosystemMap map, AnalysisOptions options) {
    return new AnalysisReport(requireNonNull(map, "map").intendedPicture(), requireNonNull(options, "options"),
        Picture.INTENDED);
  }

  /** The title of the map analysed. */
  public String title() {
    return title;
  }

  /** Which picture of the map was analysed. */
  public Picture picture() {
    return picture;
  }

  /** The notes and open questions the map attaches to cells, in cell order. */
  public ImmutableList<CellNote> cellNotes() {
    return cellNotes;
  }

  /** The options the analysis ran with. */
  public AnalysisOptions options() {
    return options;
  }

  /** Coverage of every cell. */
  public Coverage coverage() {
    return coverage;
  }

  /** Expected cells with no verified placement, in catalog order. */
  public ImmutableList<Gap> gaps() {
    return gaps;
  }

  /** Cells where several organizations of one region do the same thing for others, in catalog then region order. */
  public ImmutableList<Overlap> overlaps() {
    return overlaps;
  }

  /** Expected external cells that exactly one organization covers, in catalog order. */
  public ImmutableList<SinglePointOfFailure> singlePointsOfFailure() {
    return singlePointsOfFailure;
  }

  /** Who is covered through which provider, and how concentrated the providers are. */
  public Outsourcing outsourcing() {
    return outsourcing;
  }

  /** Claimed against verified against disputed, per organization. */
  public SelfClassification selfClassification() {
    return selfClassification;
  }

  /** Whether incidents can travel between regions. */
  public Escalation escalation() {
    return escalation;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AnalysisReport other && title.equals(other.title) && options.equals(other.options)
        && coverage.equals(other.coverage) && gaps.equals(other.gaps) && overlaps.equals(other.overlaps)
        && singlePointsOfFailure.equals(other.singlePointsOfFailure) && outsourcing.equals(other.outsourcing)
        && selfClassification.equals(other.selfClassification) && escalation.equals(other.escalation)
        && picture == other.picture && cellNotes.equals(other.cellNotes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, picture, cellNotes, options, coverage, gaps, overlaps, singlePointsOfFailure,
        outsourcing, selfClassification, escalation);
  }

  @Override
  public String toString() {
    return "AnalysisReport[" + gaps.size() + " gaps, " + overlaps.size() + " overlaps, " + singlePointsOfFailure.size()
        + " single points of failure, " + escalation.unreachable().size() + " unreachable region pairs]";
  }
}
