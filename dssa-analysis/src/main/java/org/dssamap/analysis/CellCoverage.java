package org.dssamap.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import java.util.Optional;
import org.dssamap.model.Cell;
import org.dssamap.model.Status;

/**
 * What the map says about one cell: who is placed there, by status.
 *
 * @param cell the cell
 * @param expected whether the catalog expects someone to do the function there
 * @param verifiedBy the organizations with a verified placement, sorted by id
 * @param claimedBy the organizations with a claimed placement, sorted by id
 * @param disputedBy the organizations with a disputed placement, sorted by id
 */
public record CellCoverage(Cell cell, boolean expected, ImmutableSortedSet<String> verifiedBy,
    ImmutableSortedSet<String> claimedBy, ImmutableSortedSet<String> disputedBy) {

  /** Checks the parts: an organization has one placement per cell, so the three sets are disjoint. */
  public CellCoverage {
    requireNonNull(cell, "cell");
    verifiedBy = ImmutableSortedSet.copyOf(requireNonNull(verifiedBy, "verifiedBy"));
    claimedBy = ImmutableSortedSet.copyOf(requireNonNull(claimedBy, "claimedBy"));
    disputedBy = ImmutableSortedSet.copyOf(requireNonNull(disputedBy, "disputedBy"));
    checkArgument(Sets.intersection(verifiedBy, claimedBy).isEmpty()
        && Sets.intersection(verifiedBy, disputedBy).isEmpty()
        && Sets.intersection(claimedBy, disputedBy).isEmpty(),
        "an organization is placed twice at %s", cell);
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
}
