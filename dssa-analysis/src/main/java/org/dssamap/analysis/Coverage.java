package org.dssamap.analysis;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Maps;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dssamap.analysis.internal.SortedIds;
import org.dssamap.model.Cell;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.FunctionCatalog;
import org.dssamap.model.Layer;
import org.dssamap.model.Organization;
import org.dssamap.model.PlacementTable;
import org.dssamap.model.Region;
import org.dssamap.model.SecurityFunction;
import org.dssamap.model.Status;

/**
 * Coverage of every cell of a map's catalog, optionally restricted to one region: counts by status per cell, and
 * of the expected cells how many a verified placement covers, per layer, per function and overall. Verified is
 * always counted apart from claimed.
 */
public final class Coverage {
  private final Optional<Region> region;
  private final ImmutableList<CellCoverage> cells;
  private final ImmutableMap<Cell, CellCoverage> byCell;
  private final ImmutableMap<Layer, CoverageRatio> byLayer;
  private final ImmutableMap<String, CoverageRatio> byFunction;
  private final CoverageRatio overall;
  private final ImmutableMap<Status, Integer> placementsByStatus;
  private final ImmutableSortedSet<String> organizations;

  private Coverage(Optional<Region> region, ImmutableList<CellCoverage> cells, ImmutableMap<Layer, CoverageRatio> byLayer,
      ImmutableMap<String, CoverageRatio> byFunction, CoverageRatio overall,
      ImmutableMap<Status, Integer> placementsByStatus, ImmutableSortedSet<String> organizations) {
    this.region = region;
    this.cells = cells;
    this.byCell = Maps.uniqueIndex(cells, CellCoverage::cell);
    this.byLayer = byLayer;
    this.byFunction = byFunction;
    this.overall = overall;
    this.placementsByStatus = placementsByStatus;
    this.organizations = organizations;
  }

  /** The coverage of the whole map. */
  public static Coverage of(EcosystemMap map) {
    return of(map, Optional.empty());
  }

  /**
   * The coverage of {@code map}, counting only the organizations of {@code region} and the {@link Region#GLOBAL}
   * ones when a region is given; organizations with no region count only for the whole map.
   */
  @SuppressWarnings("EnumOrdinal") // dense per-status counters, indexed in declaration order; never written out
  public static Coverage of(EcosystemMap map, Optional<Region> region) {
    requireNonNull(map, "map");
    requireNonNull(region, "region");
    PlacementTable table = map.placementTable();
    FunctionCatalog catalog = map.catalog();
    ImmutableList<Cell> catalogCells = catalog.cells();
    ImmutableList<Organization> organizations = table.organizations();
    boolean[] inScope = new boolean[organizations.size()];
    SortedIds organizationsInScope = new SortedIds(organizations.size());
    for (int o = 0; o < inScope.length; o++) {
      inScope[o] = Scope.includes(region, organizations.get(o));
      if (inScope[o]) {
        organizationsInScope.add(organizations.get(o).id());
      }
    }
    // One walk in the map's order (organization, then cell) fills each cell's id runs already sorted.
    int statuses = Status.values().length;
    SortedIds[] placed = new SortedIds[catalogCells.size() * statuses];
    for (int c = 0; c < catalogCells.size(); c++) {
      for (int s = 0; s < statuses; s++) {
        placed[c * statuses + s] = new SortedIds();
      }
    }
    for (int o = 0; o < inScope.length; o++) {
      if (inScope[o]) {
        String id = organizations.get(o).id();
        for (int row = table.firstRow(o); row < table.endRow(o); row++) {
          placed[table.cell(row) * statuses + table.status(row).ordinal()].add(id);
        }
      }
    }
    ImmutableList.Builder<CellCoverage> cells = ImmutableList.builderWithExpectedSize(catalogCells.size());
    Map<Layer, CoverageRatio> byLayer = new EnumMap<>(Layer.class);
    Map<String, CoverageRatio> byFunction = new LinkedHashMap<>();
    for (Layer layer : Layer.values()) {
      byLayer.put(layer, CoverageRatio.none());
    }
    for (SecurityFunction f : catalog.functions()) {
      byFunction.put(f.id(), CoverageRatio.none());
    }
    CoverageRatio overall = CoverageRatio.none();
    int[] byStatus = new int[statuses];
    for (int i = 0; i < catalogCells.size(); i++) {
      Cell cell = catalogCells.get(i);
      CellCoverage c = new CellCoverage(cell, catalog.isExpected(cell),
          placed[i * statuses + Status.VERIFIED.ordinal()].toSet(),
          placed[i * statuses + Status.CLAIMED.ordinal()].toSet(),
          placed[i * statuses + Status.DISPUTED.ordinal()].toSet());
      cells.add(c);
      byLayer.merge(cell.layer(), CoverageRatio.none(), (r, unused) -> r.plus(c));
      byFunction.merge(cell.function(), CoverageRatio.none(), (r, unused) -> r.plus(c));
      overall = overall.plus(c);
      byStatus[Status.VERIFIED.ordinal()] += c.verified();
      byStatus[Status.CLAIMED.ordinal()] += c.claimed();
      byStatus[Status.DISPUTED.ordinal()] += c.disputed();
    }
    Map<Status, Integer> placementsByStatus = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      placementsByStatus.put(s, byStatus[s.ordinal()]);
    }
    return new Coverage(region, cells.build(), ImmutableMap.copyOf(byLayer), ImmutableMap.copyOf(byFunction), overall,
        ImmutableMap.copyOf(placementsByStatus), organizationsInScope.toSet());
  }

  /** The region the coverage is restricted to; empty for the whole map. */
  public Optional<Region> region() {
    return region;
  }

  /** Every cell of the catalog, in catalog order (function, dimension, layer). */
  public ImmutableList<CellCoverage> cells() {
    return cells;
  }

  /**
   * The coverage of one cell.
   *
   * @throws IllegalArgumentException when the catalog has no such cell
   */
  public CellCoverage cell(Cell cell) {
    CellCoverage c = byCell.get(cell);
    if (c == null) {
      throw new IllegalArgumentException("the catalog has no cell " + cell);
    }
    return c;
  }

  /** The ratio of expected cells covered, per layer, edge to core. */
  public ImmutableMap<Layer, CoverageRatio> byLayer() {
    return byLayer;
  }

  /** The ratio of expected cells covered, per function id, in wheel order. */
  public ImmutableMap<String, CoverageRatio> byFunction() {
    return byFunction;
  }

  /** The ratio of all expected cells covered. */
  public CoverageRatio overall() {
    return overall;
  }

  /** How many placements in scope have each status; every status present, in enum order. */
  public ImmutableMap<Status, Integer> placementsByStatus() {
    return placementsByStatus;
  }

  /** The ids of the organizations in scope, sorted. */
  public ImmutableSortedSet<String> organizations() {
    return organizations;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Coverage other && region.equals(other.region) && cells.equals(other.cells)
        && organizations.equals(other.organizations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(region, cells, organizations);
  }

  @Override
  public String toString() {
    return "Coverage[" + region.map(Region::id).orElse("all regions") + ", " + overall + "]";
  }
}
