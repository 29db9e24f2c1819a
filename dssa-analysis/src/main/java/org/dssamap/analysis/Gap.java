package org.dssamap.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import org.dssamap.model.Cell;

/**
 * An expected cell with no verified placement: the working group's "nobody does external incident response at
 * the core".
 *
 * @param cell the cell
 * @param kind uncovered (nobody) or unverified (only claims or disputed placements)
 * @param claimedBy the organizations that claim the cell, sorted
 * @param disputedBy the organizations whose placement there is challenged, sorted
 */
public record Gap(Cell cell, GapKind kind, ImmutableSortedSet<String> claimedBy, ImmutableSortedSet<String> disputedBy) {
  /** Checks that the kind agrees with who is there. */
  public Gap {
    requireNonNull(cell, "cell");
    requireNonNull(kind, "kind");
    claimedBy = ImmutableSortedSet.copyOf(requireNonNull(claimedBy, "claimedBy"));
    disputedBy = ImmutableSortedSet.copyOf(requireNonNull(disputedBy, "disputedBy"));
    boolean nobody = claimedBy.isEmpty() && disputedBy.isEmpty();
    checkArgument(nobody == (kind == GapKind.UNCOVERED), "gap at %s is %s but %s claim it and %s are disputed",
        cell, kind.id(), claimedBy, disputedBy);
  }

  /** The gaps of a coverage: its expected cells without a verified placement, in catalog order. */
  public static ImmutableList<Gap> findAll(Coverage coverage) {
    ImmutableList.Builder<Gap> gaps = ImmutableList.builder();
    for (CellCoverage c : coverage.cells()) {
      if (c.isGap()) {
        GapKind kind = c.claimed() + c.disputed() == 0 ? GapKind.UNCOVERED : GapKind.UNVERIFIED;
        gaps.add(new Gap(c.cell(), kind, c.claimedBy(), c.disputedBy()));
      }
    }
    return gaps.build();
  }
}
