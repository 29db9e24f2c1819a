package org.dssamap.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dssamap.model.Cell;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.FunctionCatalog;
import org.dssamap.model.Organization;
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
    FunctionCatalog catalog = map.catalog();
    int regions = Region.values().length;
    // One pass over organizations in id order, each with its own run of placements: the region is looked up once
    // per organization rather than once per placement, and each (cell, region) list fills already sorted.
    List<List<String>> byCellAndRegion = new ArrayList<>();
    for (int i = 0; i < catalog.cells().size() * regions; i++) {
      byCellAndRegion.add(new ArrayList<>());
    }
    for (Organization o : map.organizations()) {
      Optional<Region> r = o.region();
      if (r.isEmpty() || (region.isPresent() && !region.equals(r))) {
        continue;
      }
      for (Placement p : map.placementsOf(o.id())) {
        if (p.status() != Status.DISPUTED) {
          byCellAndRegion.get(catalog.cellIndex(p.cell()) * regions + r.get().ordinal()).add(o.id());
        }
      }
    }
    ImmutableList.Builder<Overlap> found = ImmutableList.builder();
    for (int c = 0; c < catalog.cells().size(); c++) {
      for (Region r : Region.values()) {
        List<String> orgs = byCellAndRegion.get(c * regions + r.ordinal());
        if (orgs.size() >= threshold) {
          found.add(new Overlap(catalog.cells().get(c), r, ImmutableSortedSet.copyOf(orgs)));
        }
      }
    }
    return found.build();
  }
}
