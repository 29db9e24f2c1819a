package org.dssamap.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;

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
    checkArgument(threshold >= 0 && threshold <= 1, "threshold is a share from 0 to 1, not %s", threshold);
    ImmutableList.Builder<OrganizationClassification> all = ImmutableList.builder();
    for (Organization o : map.organizations()) {
      int claimed = 0;
      int verified = 0;
      int disputed = 0;
      for (Placement p : map.placementsOf(o.id())) {
        switch (p.status()) {
          case CLAIMED -> claimed++;
          case VERIFIED -> verified++;
          case DISPUTED -> disputed++;
        }
      }
      all.add(new OrganizationClassification(o.id(), claimed, verified, disputed));
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
