package org.dssamap.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.dssamap.model.Cell;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.Placement;
import org.dssamap.model.Region;
import org.dssamap.model.Status;

/**
 * A cell where several organizations of one region do the same thing. Verified and claimed placements count, a
 * disputed one does not; organizations without a region are in no region, and {@link Region#GLOBAL} is a region
 * of its own here (two global bodies doing the same thing overlap with each other, not with every region).
 *
 * @param cell the cell
 * @param region the region the organizations share
 * @param organizations their ids, sorted; at least two
 */
public record Overlap(Cell cell, Region region, ImmutableSortedSet<String> organizations) {
  /** Checks the parts. */
  public Overlap {
    requireNonNull(cell, "cell");
    requireNonNull(region, "region");
    organizations = ImmutableSortedSet.copyOf(requireNonNull(organizations, "organizations"));
    checkArgument(organizations.size() >= 2, "an overlap at %s needs two organizations, not %s", cell, organizations);
  }

  /**
   * The overlaps of {@code map}: every cell and region where at least {@code threshold} organizations are placed,
   * in catalog order then region order; only {@code region}'s when one is given.
   */
  public static ImmutableList<Overlap> findAll(EcosystemMap map, Optional<Region> region, int threshold) {
    checkArgument(threshold >= 2, "an overlap needs at least 2 organizations, not %s", threshold);
    ImmutableList.Builder<Overlap> found = ImmutableList.builder();
    for (Cell cell : map.catalog().cells()) {
      Map<Region, TreeSet<String>> byRegion = new EnumMap<>(Region.class);
      for (Placement p : map.placementsIn(cell)) {
        if (p.status() == Status.DISPUTED) {
          continue;
        }
        Optional<Region> r = map.requireOrganization(p.organization()).region();
        if (r.isPresent() && (region.isEmpty() || region.equals(r))) {
          byRegion.computeIfAbsent(r.get(), k -> new TreeSet<>()).add(p.organization());
        }
      }
      byRegion.forEach((r, orgs) -> {
        if (orgs.size() >= threshold) {
          found.add(new Overlap(cell, r, ImmutableSortedSet.copyOf(orgs)));
        }
      });
    }
    return found.build();
  }
}
