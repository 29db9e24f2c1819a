package org.dssamap.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Optional;
import org.dssamap.analysis.internal.Counting;
import org.dssamap.analysis.internal.SortedIds;
import org.dssamap.model.Cell;
import org.dssamap.model.Dimension;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.Organization;
import org.dssamap.model.PlacementTable;
import org.dssamap.model.Region;
import org.dssamap.model.Status;
import org.jspecify.annotations.Nullable;

/**
 * A cell where several organizations of one region do the same thing for others. Only external cells are examined
 * unless {@link AnalysisOptions#internalCells()} says otherwise: work an organization does for itself duplicates
 * nobody. Verified placements count, claimed ones too unless {@link AnalysisOptions#claimsCount()} is off, a
 * disputed one never does.
 *
 * <p>Over the whole map organizations are grouped by their own region; those without a region are in no group, and
 * {@link Region#GLOBAL} is a group of its own (two global bodies doing the same thing overlap with each other, not
 * with every region). In a region's view (the options name a region) the group is that region's organizations and
 * the global ones, which serve it, as for every other finding.
 *
 * @param cell the cell
 * @param region the region the organizations share (in a region's view, that region)
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
   * The overlaps of {@code map} under {@code options} (region, threshold, claims, internal cells): every cell and
   * region where at least {@link AnalysisOptions#overlapThreshold()} organizations are placed, in catalog order
   * then region order.
   */
  @SuppressWarnings("EnumOrdinal") // dense per-region runs, indexed in declaration order; never written out
  public static ImmutableList<Overlap> findAll(EcosystemMap map, AnalysisOptions options) {
    requireNonNull(options, "options");
    PlacementTable table = map.placementTable();
    Optional<Region> region = options.region();
    int threshold = options.overlapThreshold();
    ImmutableList<Cell> cells = table.cells();
    boolean[] examined = new boolean[cells.size()];
    for (int c = 0; c < examined.length; c++) {
      examined[c] = options.internalCells() || cells.get(c).dimension() == Dimension.EXTERNAL;
    }
    int regions = Region.values().length;
    ImmutableList<Organization> organizations = table.organizations();
    // The group each organization counts in, by its position; null when it counts in none here.
    @Nullable Region[] groupOf = new Region[organizations.size()];
    for (int o = 0; o < groupOf.length; o++) {
      Optional<Region> r = organizations.get(o).region();
      if (region.isEmpty()) {
        groupOf[o] = r.orElse(null);
      } else if (Scope.includes(region, organizations.get(o))) {
        groupOf[o] = region.get();
      }
    }
    // One walk in the map's order (organization, then cell): each (cell, region) run fills already sorted.
    SortedIds[] byCellAndRegion = new SortedIds[cells.size() * regions];
    for (int i = 0; i < byCellAndRegion.length; i++) {
      byCellAndRegion[i] = new SortedIds();
    }
    for (int o = 0; o < groupOf.length; o++) {
      Region r = groupOf[o];
      if (r == null) {
        continue;
      }
      String id = organizations.get(o).id();
      for (int row = table.firstRow(o); row < table.endRow(o); row++) {
        int c = table.cell(row);
        if (examined[c] && Counting.counts(table.status(row), options.claimsCount())) {
          byCellAndRegion[c * regions + r.ordinal()].add(id);
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
