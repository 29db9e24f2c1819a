package org.dssamap.model;

import static java.util.Objects.requireNonNull;
import static org.dssamap.model.Problem.atField;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The order of a map's placements, by organization then cell, worked out for {@link EcosystemMap.Builder}: the
 * sorting machinery of a million placements (packed keys, runs, the placement table's columns), kept apart from
 * the rules of the domain the builder checks.
 */
final class PlacementOrder {
  /** The cells of one function: a dimension and a layer each. */
  private static final int CELLS_PER_FUNCTION = Dimension.values().length * Layer.values().length;

  private PlacementOrder() {}

  /**
   * Checks the placements, adding their problems in input order, and sorts the valid ones by organization
   * then cell. Each placement is keyed by one long (organization rank, cell index, input position), so that
   * a million placements sort as primitives and duplicates are neighbours. Placements come out holding the
   * map's own organization id and the catalog's own cell, so that a map read from a file keeps one copy of
   * each rather than one per placement.
   *
   * <p>Input already in that order, as a canonical file and {@link EcosystemMap#toBuilder()} give it, is
   * found so in one pass and not sorted again.
   */
  @SuppressWarnings("ReferenceEquality") // identity checks find runs and canonical instances; a miss looks up again
  static Sorted checkAndSort(FunctionCatalog catalog, Located<Placement> placements,
      ImmutableList<Organization> sortedOrgs, Map<String, Integer> rankById, List<Problem> problems) {
    @Nullable Sorted inOrder = inOrder(catalog, placements, sortedOrgs, rankById, problems);
    if (inOrder != null) {
      return inOrder;
    }
    int cellCount = catalog.cells().size();
    boolean packable = (long) sortedOrgs.size() * cellCount < Integer.MAX_VALUE;
    long[] keys = new long[placements.size()];
    int valid = 0;
    // Problems of each placement, by input position, so they are reported in input order.
    TreeMap<Integer, List<Problem>> placementProblems = new TreeMap<>();
    boolean ascending = true;
    // An organization's placements usually come together: its rank is looked up once per run of them.
    @Nullable String runOrganization = null;
    @Nullable Integer runRank = null;
    // And a function's cells come together within an organization's: its place is looked up once per run.
    @Nullable String runFunction = null;
    int runFunctionStart = -1;
    for (int i = 0; i < placements.size(); i++) {
      Placement p = placements.get(i);
      if (p.organization() != runOrganization) {
        runOrganization = p.organization();
        runRank = rankById.get(runOrganization);
      }
      if (p.cell().function() != runFunction) {
        runFunction = p.cell().function();
        runFunctionStart = firstCellOf(catalog, p.cell(), runFunctionStart);
      }
      @Nullable Integer rank = runRank;
      int cell = runFunctionStart < 0 ? -1 : runFunctionStart + FunctionCatalog.indexWithinFunction(p.cell());
      if (rank == null) {
        placementProblems.computeIfAbsent(i, k -> new ArrayList<>()).add(atField(placements.where("placements", i),
            "organization", "placement names organization '" + p.organization()
                + "', which the map does not have; expected the id of "
                + "one of its organizations"));
      }
      if (cell < 0) {
        placementProblems.computeIfAbsent(i, k -> new ArrayList<>()).add(atField(placements.where("placements", i),
            "function",
            "function '" + p.cell().function() + "' is not in catalog " + catalog.id() + "; expected one of "
                + String.join(", ", catalog.functions().stream().map(SecurityFunction::id).toList())));
      }
      if (rank != null && cell >= 0) {
        long slot = (long) rank * cellCount + cell;
        long key = packable ? slot << 32 | i : i;
        ascending &= valid == 0 || key > keys[valid - 1];
        keys[valid++] = key;
      }
    }
    if (!packable) {
      // Beyond 2^31 organization-cells the key does not fit one long; sort positions with a comparator.
      Long[] boxed = new Long[valid];
      for (int k = 0; k < valid; k++) {
        boxed[k] = keys[k];
      }
      Comparator<Long> bySlot =
          Comparator.comparingLong(k -> slotOf(catalog, placements, (int) (long) k, rankById, cellCount));
      Arrays.sort(boxed, bySlot.thenComparingLong(k -> k));
      for (int k = 0; k < valid; k++) {
        keys[k] = boxed[k];
      }
    } else if (!ascending) {
      Arrays.sort(keys, 0, valid);
    }
    Rows rows = new Rows(catalog, sortedOrgs, valid);
    long previousSlot = -1;
    int firstOfSlot = -1;
    for (int k = 0; k < valid; k++) {
      int i = (int) keys[k];
      long slot = packable ? keys[k] >>> 32 : slotOf(catalog, placements, i, rankById, cellCount);
      Placement p = placements.get(i);
      if (slot == previousSlot) {
        placementProblems.computeIfAbsent(i, x -> new ArrayList<>()).add(atField(placements.where("placements", i), "",
            "duplicate placement of '" + p.organization() + "' at " + p.cell() + " (first at "
                + placements.where("placements", firstOfSlot) + ")"));
        continue;
      }
      previousSlot = slot;
      firstOfSlot = i;
      rows.add(p, (int) (slot / cellCount), (int) (slot % cellCount));
    }
    placementProblems.values().forEach(problems::addAll);
    return rows.sorted();
  }

  /**
   * The placements in map order, in one pass and without sorting, when they come in that order (duplicates
   * next to each other), as a canonical file and {@link EcosystemMap#toBuilder()} give them, and every one names
   * one of the map's organizations and a function of the catalog; null otherwise, for {@link #checkAndSort} to
   * sort them and say what is wrong. Duplicates are added to {@code problems} only when it returns the
   * placements.
   */
  @SuppressWarnings("ReferenceEquality") // identity checks find runs and canonical instances; a miss looks up again
  private static @Nullable Sorted inOrder(FunctionCatalog catalog, Located<Placement> placements,
      ImmutableList<Organization> sortedOrgs, Map<String, Integer> rankById, List<Problem> problems) {
    int cellCount = catalog.cells().size();
    int n = placements.size();
    Rows rows = new Rows(catalog, sortedOrgs, n);
    List<Problem> duplicates = new ArrayList<>();
    @Nullable String runOrganization = null;
    int rank = -1;
    @Nullable String runFunction = null;
    int runFunctionStart = -1;
    long previousSlot = -1;
    int firstOfSlot = -1;
    for (int i = 0; i < n; i++) {
      Placement p = placements.get(i);
      if (p.organization() != runOrganization) {
        @Nullable Integer r = rankById.get(p.organization());
        if (r == null) {
          return null;
        }
        runOrganization = p.organization();
        rank = r;
      }
      if (p.cell().function() != runFunction) {
        runFunction = p.cell().function();
        runFunctionStart = firstCellOf(catalog, p.cell(), runFunctionStart);
        if (runFunctionStart < 0) {
          return null;
        }
      }
      int cellIndex = runFunctionStart + FunctionCatalog.indexWithinFunction(p.cell());
      long slot = (long) rank * cellCount + cellIndex;
      if (slot < previousSlot) {
        return null;
      }
      if (slot == previousSlot) {
        duplicates.add(atField(placements.where("placements", i), "", "duplicate placement of '"
            + p.organization() + "' at " + p.cell() + " (first at " + placements.where("placements", firstOfSlot)
            + ")"));
        continue;
      }
      previousSlot = slot;
      firstOfSlot = i;
      rows.add(p, rank, cellIndex);
    }
    problems.addAll(duplicates);
    return rows.sorted();
  }

  /**
   * The placements of a map, added in map order, each one once: the list, each one's cell position and status
   * packed, and the first row of each organization. Each placement comes out holding the map's own organization id
   * and the catalog's own cell, so that a map read from a file keeps one copy of each rather than one per
   * placement.
   */
  private static final class Rows {
    private final FunctionCatalog catalog;
    private final ImmutableList<Organization> sortedOrgs;
    /** Filled in order to exactly its expected size, the builder's array becomes the list without a copy. */
    private final ImmutableList.Builder<Placement> sorted;
    private final int[] cellAndStatus;
    private final int[] firstRow;
    private int nextRank;
    private int kept;

    /** Room for at most {@code size} placements of the map of {@code sortedOrgs} on {@code catalog}. */
    Rows(FunctionCatalog catalog, ImmutableList<Organization> sortedOrgs, int size) {
      this.catalog = catalog;
      this.sortedOrgs = sortedOrgs;
      sorted = ImmutableList.builderWithExpectedSize(size);
      cellAndStatus = new int[size];
      firstRow = new int[sortedOrgs.size() + 1];
    }

    /** Adds {@code p}, of the organization of rank {@code rank}, at the catalog's cell {@code cellIndex}. */
    @SuppressWarnings("ReferenceEquality") // the canonical instances are kept; equal others are replaced by them
    void add(Placement p, int rank, int cellIndex) {
      while (nextRank <= rank) {
        firstRow[nextRank++] = kept;
      }
      String id = sortedOrgs.get(rank).id();
      Cell cell = catalog.cells().get(cellIndex);
      Placement canonical = p.organization() != id || p.cell() != cell ? p.withOrganizationAndCell(id, cell) : p;
      sorted.add(canonical);
      cellAndStatus[kept++] = PlacementTable.pack(cellIndex, canonical.source(), canonical.status());
    }

    /** The placements added. */
    Sorted sorted() {
      while (nextRank <= sortedOrgs.size()) {
        firstRow[nextRank++] = kept;
      }
      return new Sorted(sorted.build(),
          kept == cellAndStatus.length ? cellAndStatus : Arrays.copyOf(cellAndStatus, kept), firstRow);
    }
  }

  /**
   * The position of the first cell of {@code cell}'s function in the catalog; -1 when the catalog has no such
   * function. A placement read from a file holds the catalog's own cell, whose function id is the catalog's
   * own string: a handful of identity checks find it without hashing the id, starting from the function after
   * the one whose cells start at {@code previous} (placements in map order go through the catalog in order).
   */
  @SuppressWarnings("ReferenceEquality") // identity is a fast path; a miss falls back to the catalog's lookup
  private static int firstCellOf(FunctionCatalog catalog, Cell cell, int previous) {
    ImmutableList<Cell> cells = catalog.cells();
    int functions = cells.size() / CELLS_PER_FUNCTION;
    int next = previous < 0 ? 0 : previous / CELLS_PER_FUNCTION + 1;
    for (int k = 0; k < functions; k++) {
      int first = (next + k) % functions * CELLS_PER_FUNCTION;
      if (cells.get(first).function() == cell.function()) {
        return first;
      }
    }
    int index = catalog.cellIndex(cell);
    return index < 0 ? -1 : index - FunctionCatalog.indexWithinFunction(cell);
  }

  /**
   * Placements in map order, with each one's cell position and status packed ({@link PlacementTable#pack}) and
   * the first row of each organization.
   */
  @SuppressWarnings("ArrayRecordComponent") // private hand-over of fresh arrays to PlacementTable; never compared
  record Sorted(ImmutableList<Placement> placements, int[] cellAndStatus, int[] firstRow) {}

  private static long slotOf(FunctionCatalog catalog, Located<Placement> placements, int index,
      Map<String, Integer> rankById, int cellCount) {
    Placement p = placements.get(index);
    return (long) requireNonNull(rankById.get(p.organization())) * cellCount + catalog.cellIndex(p.cell());
  }
}
