package org.dssamap.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.Organization;
import org.dssamap.model.PlacementTable;
import org.dssamap.model.Status;

/**
 * The self-classification check: per organization, claimed against verified against disputed, and the
 * organizations whose placements are mostly unconfirmed or challenged, the ones to ask "really?".
 */
public final class SelfClassification {
  private final double threshold;
  private final ImmutableList<OrganizationClassification> organizations;
  private final ImmutableList<OrganizationClassification> flagged;

  private SelfClassification(double threshold, ImmutableList<OrganizationClassification> organizations) {
    this.threshold = threshold;
    this.organizations = organizations;
    this.flagged = organizations.stream()
        .filter(o -> o.total() > 0 && o.unconfirmedShare() > threshold)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Checks every organization of {@code map}; those with a share of claimed or disputed placements strictly above
   * {@code threshold} (0..1) are flagged.
   */
  public static SelfClassification of(EcosystemMap map, double threshold) {
    requireNonNull(map, "map");
    PlacementTable table = map.placementTable();
    checkArgument(threshold >= 0 && threshold <= 1, "threshold is a share from 0 to 1, not %s", threshold);
    ImmutableList<Organization> organizations = table.organizations();
    int statuses = Status.values().length;
    int[] counts = new int[organizations.size() * statuses];
    for (int o = 0; o < organizations.size(); o++) {
      for (int row = table.firstRow(o); row < table.endRow(o); row++) {
        counts[o * statuses + table.status(row).ordinal()]++;
      }
    }
    ImmutableList.Builder<OrganizationClassification> all = ImmutableList.builderWithExpectedSize(organizations.size());
    for (int o = 0; o < organizations.size(); o++) {
      int at = o * statuses;
      all.add(new OrganizationClassification(organizations.get(o).id(), counts[at + Status.CLAIMED.ordinal()],
          counts[at + Status.VERIFIED.ordinal()], counts[at + Status.DISPUTED.ordinal()]));
    }
    return new SelfClassification(threshold, all.build());
  }

  /** The threshold the check was run with. */
  public double threshold() {
    return threshold;
  }

  /** Every organization of the map, by id. */
  public ImmutableList<OrganizationClassification> organizations() {
    return organizations;
  }

  /** The organizations whose unconfirmed share is above the threshold, by id. */
  public ImmutableList<OrganizationClassification> flagged() {
    return flagged;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SelfClassification other
        && Double.compare(threshold, other.threshold) == 0 && organizations.equals(other.organizations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(threshold, organizations);
  }

  @Override
  public String toString() {
    return "SelfClassification[" + flagged.size() + " of " + organizations.size() + " flagged]";
  }
}
