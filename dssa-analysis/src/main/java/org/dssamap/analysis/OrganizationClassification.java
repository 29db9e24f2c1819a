package org.dssamap.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.dssamap.model.Ids;

/**
 * How much of what the map says about one organization has been confirmed.
 *
 * @param organization the organization's id
 * @param claimed how many of its placements are claimed
 * @param verified how many are verified
 * @param disputed how many are disputed
 */
public record OrganizationClassification(String organization, int claimed, int verified, int disputed) {
  /** Checks the parts. */
  public OrganizationClassification {
    Ids.requireSlug(requireNonNull(organization, "organization"), "organization id");
    checkArgument(claimed >= 0 && verified >= 0 && disputed >= 0, "negative count for %s", organization);
  }

  /** How many placements the organization has. */
  public int total() {
    return claimed + verified + disputed;
  }

  /** The share of its placements that are claimed or disputed, 0..1; 0 for an organization placed nowhere. */
  public double unconfirmedShare() {
    return total() == 0 ? 0.0 : (double) (claimed + disputed) / total();
  }
}
