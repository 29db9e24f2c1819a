package org.dssamap.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import java.util.Objects;
import java.util.Optional;
import org.dssamap.model.Cell;
import org.dssamap.model.Status;

/**
 * What the map says about one cell: who is placed there, by status. Immutable.
 *
 * <p>A class rather than a record so that {@link Coverage} can build one per cell of a million-placement map without
 * re-checking what the map already guarantees (one placement per organization and cell); {@link #of} checks it for
 * every other caller.
 */
public final class CellCoverage {
  private final Cell cell;
  private final boolean expected;
  private final ImmutableSortedSet<String> verifiedBy;
  private final ImmutableSortedSet<String> claimedBy;
  private final ImmutableSortedSet<String> disputedBy;

  CellCoverage(Cell cell, boolean expected, ImmutableSortedSet<String> verifiedBy,
      ImmutableSortedSet<String> claimedBy, ImmutableSortedSet<String> disputedBy) {
    this.cell = cell;
    this.expected = expected;
    this.verifiedBy = verifiedBy;
    this.claimedBy = claimedBy;
    this.disputedBy = disputedBy;
  }

  /**
   * The coverage of {@code cell}.
   *
   * @param cell the cell
   * @param expected whether the catalog expects someone to do the function there
   * @param verifiedBy the organizations with a verified placement
   * @param claimedBy the organizations with a claimed placement
   * @param disputedBy the organizations with a disputed placement
   * @throws IllegalArgumentException when an organization is in two of the sets: it has one placement per cell
   */
  public static CellCoverage of(Cell cell, boolean expected, Iterable<String> verifiedBy, Iterable<String> claimedBy,
      Iterable<String> disputedBy) {
    requireNonNull(cell, "cell");
    ImmutableSortedSet<String> v = ImmutableSortedSet.copyOf(requireNonNull(verifiedBy, "verifiedBy"));
    ImmutableSortedSet<String> c = ImmutableSortedSet.copyOf(requireNonNull(claimedBy, "claimedBy"));
    ImmutableSortedSet<String> d = ImmutableSortedSet.copyOf(requireNonNull(disputedBy, "disputedBy"));
    checkArgument(Sets.intersection(v, c).isEmpty() && Sets.intersection(v, d).isEmpty()
        && Sets.intersection(c, d).isEmpty(), "an organization is placed twice at %s", cell);
    return new CellCoverage(cell, expected, v, c, d);
  }

  /** The cell. */
  public Cell cell() {
    return cell;
  }

  /** Whether the catalog expects someone to do the function there. */
  public boolean expected() {
    return expected;
  }

  /** The organizations with a verified placement, sorted by id. */
  public ImmutableSortedSet<String> verifiedBy() {
    return verifiedBy;
  }

  /** The organizations with a claimed placement, sorted by id. */
  public ImmutableSortedSet<String> claimedBy() {
    return claimedBy;
  }

  /** The organizations with a disputed placement, sorted by id. */
  public ImmutableSortedSet<String> disputedBy() {
    return disputedBy;
  }

  /** How many verified placements. */
  public int verified() {
    return verifiedBy.size();
  }

  /** How many claimed placements. */
  public int claimed() {
    return claimedBy.size();
  }

  /** How many disputed placements. */
  public int disputed() {
    return disputedBy.size();
  }

  /** Every organization placed in the cell, whatever the status, sorted by id. */
  public ImmutableSortedSet<String> organizations() {
    return ImmutableSortedSet.<String>naturalOrder().addAll(verifiedBy).addAll(claimedBy).addAll(disputedBy).build();
  }

  /** The status of an organization's placement in the cell, if it has one. */
  public Optional<Status> statusOf(String organization) {
    if (verifiedBy.contains(organization)) {
      return Optional.of(Status.VERIFIED);
    }
    if (claimedBy.contains(organization)) {
      return Optional.of(Status.CLAIMED);
    }
    return disputedBy.contains(organization) ? Optional.of(Status.DISPUTED) : Optional.empty();
  }

  /** Whether a verified placement covers the cell: the only proof the analysis accepts. */
  public boolean isCovered() {
    return !verifiedBy.isEmpty();
  }

  /** Whether the cell is an expected cell with no verified placement. */
  public boolean isGap() {
    return expected && verifiedBy.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CellCoverage other && cell.equals(other.cell) && expected == other.expected
        && verifiedBy.equals(other.verifiedBy) && claimedBy.equals(other.claimedBy)
        && disputedBy.equals(other.disputedBy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cell, expected, verifiedBy, claimedBy, disputedBy);
  }

  @Override
  public String toString() {
    return "CellCoverage[" + cell + (expected ? ", expected" : "") + ", verified by " + verifiedBy + ", claimed by "
        + claimedBy + ", disputed by " + disputedBy + "]";
  }
}
