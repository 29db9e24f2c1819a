package org.dssamap.analysis.table;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import org.dssamap.model.Cell;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.FunctionCatalog;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Status;

/**
 * A map's placements as columns (organization position, cell position, status), read from the map once. Every
 * analysis that walks all placements takes one, so that a report walks the map once rather than once per result;
 * build one yourself when you run several analyses of the same map (per region, say).
 *
 * <p>Why columns: each pass over a million {@link Placement} objects costs a cache miss or more per placement,
 * whatever it computes, while the columns are nine bytes a placement, read in order. Rows are in the map's
 * canonical order (organization by id, then cell in catalog order), so the rows of one organization are contiguous
 * ({@link #firstRow(int)}, {@link #endRow(int)}) and the organizations of any one cell come up in id order.
 * Immutable; positions index {@link #organizations()} and {@link #cells()}.
 */
public final class PlacementTable {
  private static final Status[] STATUSES = Status.values();
  private final EcosystemMap map;
  private final String[] organizationIds;
  private final int[] firstRow;
  private final int[] organization;
  private final int[] cell;
  private final byte[] status;

  private PlacementTable(EcosystemMap map) {
    this.map = map;
    ImmutableList<Organization> organizations = map.organizations();
    this.organizationIds = organizations.stream().map(Organization::id).toArray(String[]::new);
    int n = map.placements().size();
    this.organization = new int[n];
    this.cell = new int[n];
    this.status = new byte[n];
    this.firstRow = new int[organizations.size() + 1];
    PlacementCursor cursor = new PlacementCursor(map);
    int row = 0;
    int o = 0;
    while (cursor.next()) {
      int at = cursor.organizationIndex();
      while (o <= at) {
        firstRow[o++] = row;
      }
      organization[row] = at;
      cell[row] = cursor.cellIndex();
      status[row] = (byte) cursor.placement().status().ordinal();
      row++;
    }
    while (o <= organizations.size()) {
      firstRow[o++] = row;
    }
  }

  /** The table of {@code map}'s placements: one pass over them. */
  public static PlacementTable of(EcosystemMap map) {
    return new PlacementTable(requireNonNull(map, "map"));
  }

  /** The map the table was read from. */
  public EcosystemMap map() {
    return map;
  }

  /** The map's catalog: its cells are what {@link #cell(int)} indexes. */
  public FunctionCatalog catalog() {
    return map.catalog();
  }

  /** The map's organizations, by id: what {@link #organization(int)} indexes. */
  public ImmutableList<Organization> organizations() {
    return map.organizations();
  }

  /** The catalog's cells, in catalog order: what {@link #cell(int)} indexes. */
  public ImmutableList<Cell> cells() {
    return map.catalog().cells();
  }

  /** How many rows: one per placement. */
  public int size() {
    return organization.length;
  }

  /** The position of row {@code row}'s organization in {@link #organizations()}. */
  public int organization(int row) {
    return organization[row];
  }

  /** The id of row {@code row}'s organization. */
  public String organizationId(int row) {
    return organizationIds[organization[row]];
  }

  /** The position of row {@code row}'s cell in {@link #cells()}. */
  public int cell(int row) {
    return cell[row];
  }

  /** The status of row {@code row}. */
  public Status status(int row) {
    return STATUSES[status[row]];
  }

  /** The position of the organization {@code id} in {@link #organizations()}; -1 when the map has none. */
  public int organizationIndex(String id) {
    int at = Arrays.binarySearch(organizationIds, requireNonNull(id, "id"));
    return at >= 0 ? at : -1;
  }

  /** The first row of the organization at position {@code organization}; equal to {@link #endRow} if it has none. */
  public int firstRow(int organization) {
    return firstRow[organization];
  }

  /** One past the last row of the organization at position {@code organization}. */
  public int endRow(int organization) {
    return firstRow[organization + 1];
  }

  /** The placement of row {@code row}, as the map holds it. */
  public Placement placement(int row) {
    return map.placements().get(row);
  }

  @Override
  public String toString() {
    return "PlacementTable[" + size() + " rows, " + organizationIds.length + " organizations, " + cells().size()
        + " cells]";
  }
}
