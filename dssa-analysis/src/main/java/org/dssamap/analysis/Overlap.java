package org.dssamap.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Optional;
import org.dssamap.analysis.internal.SortedIds;
import org.dssamap.model.Cell;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.Organization;
import org.dssamap.model.PlacementTable;
import org.dssamap.model.Region;
import org.dssamap.model.Status;
import org.jspecify.annotations.Nullable;

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
    requireNonNull(region, "region");
    PlacementTable table = map.placementTable();
    checkArgument(threshold >= 2, "an overlap needs at least 2 organizations, not %s", threshold);
    ImmutableList<Cell> cells = table.cells();
    int regions = Region.values().length;
    ImmutableList<Organization> organizations = table.organizations();
    // The region each organization counts in, by its position; null when it counts in none here.
    @Nullable Region[] regionOf = new Region[organizations.size()];
    for (int o = 0; o < regionOf.length; o++) {
      Optional<Region> r = organizations.get(o).region();
      if (r.isPresent() && (region.isEmpty() || region.equals(r))) {
        regionOf[o] = r.get();
      }
    }
    // One walk in the map's order (organization, then cell): each (cell, region) run fills already sorted.
    SortedIds[] byCellAndRegion = new SortedIds[cells.size() * regions];
    for (int i = 0; i < byCellAndRegion.length; i++) {
      byCellAndRegion[i] = new SortedIds();
    }
    for (int o = 0; o < regionOf.length; o++) {
      Region r = regionOf[o];
      if (r == null) {
        continue;
      }
      String id = organizations.get(o).id();
      for (int row = table.firstRow(o); row < table.endRow(o); row++) {
        if (table.status(row) != Status.DISPUTED) {
          byCellAndRegion[table.cell(row) * regions + r.ordinal()].add(id);
        }
      }
    }
    ImmutableList.Builder<Overlap> found = ImmutableList.builder();
    for (int c = 0; c < cells.size(); c++) {
      for (Region r : Region.values()) {
        SortedIds orgs = byCellAndRegion[c * regions + r.ordinal()];
        if (orgs.size() >= threshold) {
          found.add(new Overlap(cells.get(c), r, orgs.toSet()));
        }
      }
    }
    return found.build();
  }
}
