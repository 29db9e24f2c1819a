package org.dssamap.analysis;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * How many placements have each status.
 *
 * @param claimed how many are claimed
 * @param verified how many are verified
 * @param disputed how many are disputed
 */
public record StatusCounts(int claimed, int verified, int disputed) {
  private static final StatusCounts NONE = new StatusCounts(0, 0, 0);

  /** Checks the parts. */
  public StatusCounts {
    checkArgument(claimed >= 0 && verified >= 0 && disputed >= 0, "negative count: %s claimed, %s verified, %s disputed",
        claimed, verified, disputed);
  }

  /** No placements. */
  public static StatusCounts none() {
    return NONE;
  }

  /** How many placements in all. */
  public int total() {
    return claimed + verified + disputed;
  }

  /** The counts of both, added. */
  public StatusCounts plus(StatusCounts other) {
    return new StatusCounts(claimed + other.claimed, verified + other.verified, disputed + other.disputed);
  }

  /** The share of the placements that are claimed or disputed, 0..1; 0 when there are none. */
  public double unconfirmedShare() {
    int total = total();
    return total == 0 ? 0.0 : (double) (claimed + disputed) / total;
  }
}
