package org.dssamap.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Objects;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.EvidenceSource;
import org.dssamap.model.Organization;
import org.dssamap.model.PlacementTable;
import org.dssamap.model.Status;

/**
 * The self-classification check: per organization, what it says of itself (its {@code self-reported} placements)
 * against what others confirmed (verified) or disputed, and the organizations to ask "really?". Warren Kumari on the
 * call: "often people self classify ... more of what they think they can do"; Mikey O'Connor: "it's perfectly okay
 * for an organization ... to say, well we do all these things and for some of the rest of us to say, really?".
 *
 * <p>An organization that reported nothing of itself is {@linkplain OrganizationClassification.Category#NOT_ASKED
 * not asked yet}, never flagged: desk research is the working group's word, not the organization's.
 */
public final class SelfClassification {
  private final double threshold;
  private final ImmutableList<OrganizationClassification> organizations;
  private final ImmutableList<OrganizationClassification> flagged;

  private SelfClassification(double threshold, ImmutableList<OrganizationClassification> organizations) {
    this.threshold = threshold;
    this.organizations = organizations;
    this.flagged = organizations.stream()
        .filter(OrganizationClassification::flagged)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Checks every organization of {@code map}; those with a share of claimed or disputed self-reported placements
   * strictly above {@code threshold} (0..1) are flagged.
   */
  @SuppressWarnings("EnumOrdinal") // dense per-source and status counters, in declaration order; never written out
  public static SelfClassification of(EcosystemMap map, double threshold) {
    requireNonNull(map, "map");
    PlacementTable table = map.placementTable();
    checkArgument(threshold >= 0 && threshold <= 1, "threshold is a share from 0 to 1, not %s", threshold);
    ImmutableList<Organization> organizations = table.organizations();
    int statuses = Status.values().length;
    int sources = EvidenceSource.values().length;
    int[] counts = new int[sources * statuses];
    ImmutableList.Builder<OrganizationClassification> all = ImmutableList.builderWithExpectedSize(organizations.size());
    for (int o = 0; o < organizations.size(); o++) {
      Arrays.fill(counts, 0);
      for (int row = table.firstRow(o); row < table.endRow(o); row++) {
        counts[table.source(row).ordinal() * statuses + table.status(row).ordinal()]++;
      }
      all.add(OrganizationClassification.of(organizations.get(o).id(), counts(counts, EvidenceSource.DESK_RESEARCH),
          counts(counts, EvidenceSource.SELF_REPORTED), counts(counts, EvidenceSource.PEER_REPORTED), threshold));
    }
    return new SelfClassification(threshold, all.build());
  }

  @SuppressWarnings("EnumOrdinal") // reads the counters of of(EcosystemMap, double)
  private static StatusCounts counts(int[] counts, EvidenceSource source) {
    int at = source.ordinal() * Status.values().length;
    int claimed = counts[at + Status.CLAIMED.ordinal()];
    int verified = counts[at + Status.VERIFIED.ordinal()];
    int disputed = counts[at + Status.DISPUTED.ordinal()];
    return claimed + verified + disputed == 0 ? StatusCounts.none() : new StatusCounts(claimed, verified, disputed);
  }

  /** The threshold the check was run with. */
  public double threshold() {
    return threshold;
  }

  /** Every organization of the map, by id. */
  public ImmutableList<OrganizationClassification> organizations() {
    return organizations;
  }

  /** The organizations flagged (unconfirmed or challenged), by id. */
  public ImmutableList<OrganizationClassification> flagged() {
    return flagged;
  }

  /** How many organizations are in {@code category}. */
  public int count(OrganizationClassification.Category category) {
    requireNonNull(category, "category");
    int n = 0;
    for (OrganizationClassification o : organizations) {
      if (o.category() == category) {
        n++;
      }
    }
    return n;
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
