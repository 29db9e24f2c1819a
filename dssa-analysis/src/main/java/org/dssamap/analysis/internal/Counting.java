package org.dssamap.analysis.internal;

import org.dssamap.model.Status;

/** Which placements a finding counts, and which of two statuses is the stronger evidence. */
public final class Counting {
  private Counting() {}

  /**
   * Whether a placement of {@code status} counts: a verified one always, a claimed one when claims count, a
   * disputed one never.
   */
  public static boolean counts(Status status, boolean claimsCount) {
    return status == Status.VERIFIED || (claimsCount && status == Status.CLAIMED);
  }

  /** The stronger of two statuses that count: verified before claimed. */
  public static Status better(Status a, Status b) {
    return a == Status.VERIFIED || b == Status.VERIFIED ? Status.VERIFIED : Status.CLAIMED;
  }
}
