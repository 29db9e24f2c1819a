package org.dssamap.analysis.internal;

import com.google.common.collect.ImmutableList;
import org.dssamap.model.Cell;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Status;

/**
 * A map's placements as three columns (organization position, cell position, status), read from the map once and
 * shared by every analysis of one report.
 *
 * <p>Each pass over a million {@link Placement} objects costs a cache miss or more per placement, whatever it
 * computes; the columns are nine bytes a placement, read in order, so the analyses after the first pass run from
 * cache. Rows are in the map's canonical order (organization, then cell in catalog order), so the organizations of
 * any one cell come up in id order.
 */
public final class PlacementTable {
  private static final Status[] STATUSES = Status.values();
  private final ImmutableList<Organization> organizations;
  private final ImmutableList<Cell> cells;
  private final String[] organizationIds;
  private final int[] organization;
  private final int[] cell;
  private final byte[] status;

  private PlacementTable(EcosystemMap map) {
    this.organizations = map.organizations();
    this.cells = map.catalog().cells();
    this.organizationIds = organizations.stream().map(Organization::id).toArray(String[]::new);
    int n = map.placements().size();
    this.organization = new int[n];
    this.cell = new int[n];
    this.status = new byte[n];
    PlacementCursor cursor = new PlacementCursor(map);
    for (int i = 0; cursor.next(); i++) {
      organization[i] = cursor.organizationIndex();
      cell[i] = cursor.cellIndex();
      status[i] = (byte) cursor.placement().status().ordinal();
    }
  }

  /** The table of {@code map}'s placements. */
  public static PlacementTable of(EcosystemMap map) {
    return new PlacementTable(map);
  }

  /** How many placements (rows). */
  public int size() {
    return organization.length;
  }

  /** The map's organizations, by id: what {@link #organization(int)} indexes. */
  public ImmutableList<Organization> organizations() {
    return organizations;
  }

  /** The catalog's cells, in catalog order: what {@link #cell(int)} indexes. */
  public ImmutableList<Cell> cells() {
    return cells;
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
}
