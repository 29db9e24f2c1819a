package org.dssamap.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.dssamap.model.Cell;
import org.dssamap.model.Dimension;
import org.dssamap.model.Ids;
import org.dssamap.model.Status;

/**
 * An expected external cell that exactly one organization covers: if it stops, nobody else does that for others.
 * "Covers" counts verified placements and, unless {@link AnalysisOptions#claimsCount()} is off, claimed ones (a
 * disputed placement never does): a cell that one organization merely claims is both a single point of failure and
 * an unverified gap, and {@link #status()} says which it is. Internal cells are examined only when
 * {@link AnalysisOptions#internalCells()} says so: work an organization does for itself fails nobody else.
 *
 * @param cell the cell
 * @param organization the one organization placed there
 * @param status its placement's status, verified or claimed
 */
public record SinglePointOfFailure(Cell cell, String organization, Status status) {
  /** Checks the parts. */
  public SinglePointOfFailure {
    requireNonNull(cell, "cell");
    Ids.requireSlug(requireNonNull(organization, "organization"), "organization id");
    checkArgument(requireNonNull(status, "status") != Status.DISPUTED,
        "a disputed placement does not cover %s", cell);
  }

  /**
   * The single points of failure of a coverage under {@code options} (claims, internal cells; the coverage is
   * already restricted to the options' region), in catalog order.
   */
  public static ImmutableList<SinglePointOfFailure> findAll(Coverage coverage, AnalysisOptions options) {
    requireNonNull(options, "options");
    boolean claims = options.claimsCount();
    ImmutableList.Builder<SinglePointOfFailure> found = ImmutableList.builder();
    for (CellCoverage c : coverage.cells()) {
      if (!c.expected() || (!options.internalCells() && c.cell().dimension() != Dimension.EXTERNAL)) {
        continue;
      }
      int covering = c.verified() + (claims ? c.claimed() : 0);
      if (covering == 1) {
        boolean verified = c.verified() == 1;
        String organization = verified ? c.verifiedBy().first() : c.claimedBy().first();
        found.add(new SinglePointOfFailure(c.cell(), organization, verified ? Status.VERIFIED : Status.CLAIMED));
      }
    }
    return found.build();
  }
}
