package org.dssamap.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An ordered set of functions: the sectors of the wheel in the order they are drawn, and the rows of the
 * table. A map names the catalog it uses; {@link #dssa2012()} is the bundled default.
 */
public final class FunctionCatalog {
  // values() copies its array at each call, and a cell index is taken for each placement of a map built.
  private static final int DIMENSIONS = Dimension.values().length;
  private static final int LAYERS = Layer.values().length;

  private final String id;
  private final String title;
  private final ImmutableList<SecurityFunction> functions;
  private final ImmutableMap<String, Integer> indexById;
  private final ImmutableList<Cell> cells;

  private FunctionCatalog(String id, String title, ImmutableList<SecurityFunction> functions) {
    this.id = id;
    this.title = title;
    this.functions = functions;
    ImmutableMap.Builder<String, Integer> index = ImmutableMap.builder();
    ImmutableList.Builder<Cell> allCells = ImmutableList.builder();
    for (int i = 0; i < functions.size(); i++) {
      SecurityFunction f = functions.get(i);
      index.put(f.id(), i);
      for (Dimension d : Dimension.values()) {
        for (Layer l : Layer.values()) {
          allCells.add(new Cell(f.id(), d, l));
        }
      }
    }
    this.indexById = index.buildOrThrow();
    this.cells = allCells.build();
  }

  /**
   * A catalog of {@code functions} in wheel order.
   *
   * @throws InvalidMapException listing every problem: a bad id, no functions, duplicate function ids
   */
  public static FunctionCatalog of(String id, String title, List<SecurityFunction> functions) {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    List<Problem> problems = new ArrayList<>();
    if (!Ids.isSlug(id)) {
      problems.add(Problem.at("$.catalog.id", "catalog id '" + Problem.quote(id) + "' is not a slug"));
    }
    if (functions.isEmpty()) {
      problems.add(Problem.at("$.catalog.functions", "a catalog needs at least one function"));
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < functions.size(); i++) {
      SecurityFunction f = requireNonNull(functions.get(i), "function");
      Integer first = seen.putIfAbsent(f.id(), i);
      if (first != null) {
        problems.add(Problem.at("$.catalog.functions[" + i + "].id",
            "duplicate function id '" + f.id() + "' (first at $.catalog.functions[" + first + "])"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidMapException("", problems);
    }
    return new FunctionCatalog(id, title, ImmutableList.copyOf(functions));
  }

  /** The bundled catalog of the 2012 working group, the default for every map. */
  public static FunctionCatalog dssa2012() {
    return BundledCatalogs.DSSA_2012;
  }

  /** The bundled catalog with the given id, if there is one. */
  public static Optional<FunctionCatalog> bundled(String id) {
    return Optional.ofNullable(BundledCatalogs.BY_ID.get(id));
  }

  /** The ids of the bundled catalogs. */
  public static ImmutableSet<String> bundledIds() {
    return BundledCatalogs.BY_ID.keySet();
  }

  /** The catalog's id, for example {@code dssa-2012}. */
  public String id() {
    return id;
  }

  /** A title for people. */
  public String title() {
    return title;
  }

  /** Whether this is one of the bundled catalogs, so that a file can name it by id alone. */
  public boolean isBundled() {
    return equals(BundledCatalogs.BY_ID.get(id));
  }

  /** The functions in wheel order. */
  public ImmutableList<SecurityFunction> functions() {
    return functions;
  }

  /** The function with the given id. */
  public Optional<SecurityFunction> function(String functionId) {
    Integer i = indexById.get(functionId);
    return i == null ? Optional.empty() : Optional.of(functions.get(i));
  }

  /** Whether the catalog has a function with the given id. */
  public boolean contains(String functionId) {
    return indexById.containsKey(functionId);
  }

  /**
   * The position of a function in wheel order.
   *
   * @throws IllegalArgumentException when the catalog has no such function
   */
  public int indexOf(String functionId) {
    Integer i = indexById.get(functionId);
    if (i == null) {
      throw new IllegalArgumentException("catalog " + id + " has no function '" + Problem.quote(functionId) + "'");
    }
    return i;
  }

  /** Whether the catalog has the cell (its function is in the catalog). */
  public boolean contains(Cell cell) {
    return indexById.containsKey(cell.function());
  }

  /**
   * The position of {@code cell} in {@link #cells()}, or -1 when its function is not in the catalog; lets
   * callers keep per-cell data in arrays rather than hash maps.
   */
  public int cellIndex(Cell cell) {
    Integer i = indexById.get(cell.function());
    return i == null ? -1 : i * DIMENSIONS * LAYERS + indexWithinFunction(cell);
  }

  /** The position of {@code cell} among the cells of its function: by dimension, then layer. */
  @SuppressWarnings("EnumOrdinal") // cells are laid out by the enums' declaration order; the index never leaves memory
  static int indexWithinFunction(Cell cell) {
    return cell.dimension().ordinal() * LAYERS + cell.layer().ordinal();
  }

  /** Whether someone should do the cell's function at the cell's layer and dimension. */
  public boolean isExpected(Cell cell) {
    Integer i = indexById.get(cell.function());
    return i != null && functions.get(i).isExpected(cell.layer(), cell.dimension());
  }

  /** Every cell: functions in wheel order, then dimension, then layer. */
  public ImmutableList<Cell> cells() {
    return cells;
  }

  /** The cells where someone should do the function, in the order of {@link #cells()}. */
  public ImmutableList<Cell> expectedCells() {
    return cells.stream().filter(this::isExpected).collect(ImmutableList.toImmutableList());
  }

  /** Orders cells as {@link #cells()} does. */
  public java.util.Comparator<Cell> cellOrder() {
    return java.util.Comparator.<Cell>comparingInt(c -> indexOf(c.function()))
        .thenComparing(Cell::dimension)
        .thenComparing(Cell::layer);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof FunctionCatalog other
        && id.equals(other.id)
        && title.equals(other.title)
        && functions.equals(other.functions);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(id, title, functions);
  }

  @Override
  public String toString() {
    return "FunctionCatalog[" + id + ", " + functions.size() + " functions]";
  }
}
