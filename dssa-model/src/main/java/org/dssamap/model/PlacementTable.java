package org.dssamap.model;

import static java.util.Objects.requireNonNull;

import com.google.common.annotations.Beta;
import com.google.common.collect.ImmutableList;
import java.util.Arrays;

/**
 * A map's placements as columns: for each placement, in the map's order, the position of its cell in the catalog
 * and its status; for each organization, the range of its placements. The map builds it once, from what sorting
 * its placements already worked out, and keeps it ({@link EcosystemMap#placementTable()}).
 *
 * <p>Why columns: a pass over a million {@link Placement} objects costs a cache miss or more per placement,
 * whatever it computes, and finding a placement's cell position costs a hash of its function id; the columns are
 * four bytes a placement, read in order. Analyses that look at every placement walk the table: organizations in
 * id order, each with its contiguous rows ({@link #firstRow(int)} to {@link #endRow(int)}), each row's cell
 * ({@link #cell(int)}, indexing {@link #cells()}) and status ({@link #status(int)}). Because rows are sorted by
 * organization, the organizations of any one cell come up in id order. Immutable.
 *
 * <p><b>Unstable:</b> the table is shaped by what makes the analysis fast, and may change in any release, minor
 * or patch, without notice; it is annotated {@link Beta} and left out of the API compatibility check
 * (docs/releasing.md). Code outside dssa-map should use {@link EcosystemMap#placements()}.
 */
@Beta
public final class PlacementTable {
  private static final Status[] STATUSES = Status.values();
  private static final EvidenceSource[] SOURCES = EvidenceSource.values();
  private static final int STATUS_BITS = 2;
  private static final int SOURCE_BITS = 2;
  private final ImmutableList<Organization> organizations;
  private final FunctionCatalog catalog;
  private final ImmutableList<Placement> placements;
  // cell position << (SOURCE_BITS + STATUS_BITS) | source ordinal << STATUS_BITS | status ordinal, per row
  private final int[] cellAndStatus;
  // first row of each organization by position, and one past the last row at the end
  private final int[] firstRow;

  PlacementTable(ImmutableList<Organization> organizations, FunctionCatalog catalog,
      ImmutableList<Placement> placements, int[] cellAndStatus, int[] firstRow) {
    this.organizations = organizations;
    this.catalog = catalog;
    this.placements = placements;
    this.cellAndStatus = cellAndStatus;
    this.firstRow = firstRow;
  }

  /** Packs a cell position, a source and a status into one row value. */
  @SuppressWarnings("EnumOrdinal") // the packed columns hold ordinals by design (four bytes a row); never written out
  static int pack(int cell, EvidenceSource source, Status status) {
    return (cell << SOURCE_BITS | source.ordinal()) << STATUS_BITS | status.ordinal();
  }

  /** How many rows: one per placement. */
  public int size() {
    return cellAndStatus.length;
  }

  /** The map's organizations, by id: what {@link #firstRow(int)} and {@link #organization(int)} index. */
  public ImmutableList<Organization> organizations() {
    return organizations;
  }

  /** The map's catalog. */
  public FunctionCatalog catalog() {
    return catalog;
  }

  /** The catalog's cells, in catalog order: what {@link #cell(int)} indexes. */
  public ImmutableList<Cell> cells() {
    return catalog.cells();
  }

  /** The placement of row {@code row}: {@code placements().get(row)} of the map. */
  public Placement placement(int row) {
    return placements.get(row);
  }

  /** The position of row {@code row}'s cell in {@link #cells()}. */
  public int cell(int row) {
    return cellAndStatus[row] >>> (SOURCE_BITS + STATUS_BITS);
  }

  /** The source of row {@code row}'s placement. */
  public EvidenceSource source(int row) {
    return SOURCES[(cellAndStatus[row] >>> STATUS_BITS) & ((1 << SOURCE_BITS) - 1)];
  }

  /** The status of row {@code row}. */
  public Status status(int row) {
    return STATUSES[cellAndStatus[row] & ((1 << STATUS_BITS) - 1)];
  }

  /** The first row of the organization at position {@code organization}; equal to its {@link #endRow} if none. */
  public int firstRow(int organization) {
    return firstRow[organization];
  }

  /** One past the last row of the organization at position {@code organization}. */
  public int endRow(int organization) {
    return firstRow[organization + 1];
  }

  /**
   * The position of row {@code row}'s organization in {@link #organizations()}, found by binary search; walk
   * organizations and their rows instead where every row is visited.
   */
  public int organization(int row) {
    if (row < 0 || row >= size()) {
      throw new IndexOutOfBoundsException("row " + row + " of " + size());
    }
    // The last organization whose first row is at or before row: organizations without rows share a first row.
    int at = Arrays.binarySearch(firstRow, 0, organizations.size(), row);
    if (at < 0) {
      return -at - 2;
    }
    while (at + 1 < organizations.size() && firstRow[at + 1] == row) {
      at++;
    }
    return at;
  }

  /** The position of the organization {@code id} in {@link #organizations()}; -1 when the map has none. */
  public int organizationIndex(String id) {
    requireNonNull(id, "id");
    int low = 0;
    int high = organizations.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int c = organizations.get(mid).id().compareTo(id);
      if (c == 0) {
        return mid;
      }
      if (c < 0) {
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return -1;
  }

  @Override
  public String toString() {
    return "PlacementTable[" + size() + " rows, " + organizations.size() + " organizations, " + cells().size()
        + " cells]";
  }
}
