package org.dssamap.analysis;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Of a set of expected cells, how many a verified placement covers and how many only claims reach.
 *
 * @param expectedCells how many cells are expected
 * @param verifiedCells how many of them have at least one verified placement
 * @param claimedOnlyCells how many have claimed placements but no verified one
 */
public record CoverageRatio(int expectedCells, int verifiedCells, int claimedOnlyCells) {
  /** Checks the counts. */
  public CoverageRatio {
    checkArgument(expectedCells >= 0 && verifiedCells >= 0 && claimedOnlyCells >= 0, "negative count");
    checkArgument(verifiedCells + claimedOnlyCells <= expectedCells,
        "%s verified and %s claimed-only cells of only %s expected", verifiedCells, claimedOnlyCells, expectedCells);
  }

  /** The share of expected cells with a verified placement, 0..1; 1 when nothing is expected (nothing is missing). */
  public double verifiedShare() {
    return expectedCells == 0 ? 1.0 : (double) verifiedCells / expectedCells;
  }

  /**
   * The share of expected cells that someone at least claims (verified or claimed), 0..1; shown beside {@link
   * #verifiedShare()}, never instead of it.
   */
  public double claimedShare() {
    return expectedCells == 0 ? 1.0 : (double) (verifiedCells + claimedOnlyCells) / expectedCells;
  }

  CoverageRatio plus(CellCoverage cell) {
    if (!cell.expected()) {
      return this;
    }
    return new CoverageRatio(expectedCells + 1, verifiedCells + (cell.verified() > 0 ? 1 : 0),
        claimedOnlyCells + (cell.verified() == 0 && cell.claimed() > 0 ? 1 : 0));
  }

  static CoverageRatio none() {
    return new CoverageRatio(0, 0, 0);
  }
}
