package org.dssamap.examples.workbook;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.FunctionCatalog;
import org.dssamap.model.InvalidMapException;
import org.dssamap.model.Problem;
import org.dssamap.model.csv.PlacementSheet;
import org.dssamap.model.csv.SheetRow;
import org.jspecify.annotations.Nullable;

/**
 * The working group's table as a workbook: sheets {@value #PLACEMENTS}, {@value #RELATIONSHIPS} and {@value
 * #ORGANIZATIONS}, with the columns of the CSV sheets ({@link PlacementSheet#PLACEMENT_COLUMNS}, {@link
 * PlacementSheet#RELATIONSHIP_COLUMNS}) and {@link #ORGANIZATION_COLUMNS}, every value as text. It holds what the
 * CSV sheets hold, no more: a map goes to a workbook and back unchanged when it goes to CSV and back unchanged.
 *
 * <p>The rules are those of the CSV sheets, written once: writing takes the rows {@link
 * PlacementSheet#placementRows} and {@link PlacementSheet#relationshipRows} give, and reading gives the workbook's
 * rows, each cell with its reference, to {@link PlacementSheet#readRows}, which locates every problem at the cell
 * ({@code placements!C12}) or the row ({@code placements!12:12}) it is in.
 */
public final class MapWorkbook {
  /** The placements sheet (required when reading). */
  public static final String PLACEMENTS = "placements";
  /** The relationships sheet (optional when reading). */
  public static final String RELATIONSHIPS = "relationships";
  /** The organizations sheet (optional when reading). */
  public static final String ORGANIZATIONS = "organizations";
  /**
   * The columns of the organizations sheet: one row per organization, the details that the placement sheet
   * repeats on each of its rows. A placement row that leaves a detail empty takes it from here; one that gives it
   * must agree.
   */
  public static final ImmutableList<String> ORGANIZATION_COLUMNS = ImmutableList.of("organization",
      "organization_name", "kind", "region", "organization_url", "organization_note", "organization_size",
      "organization_confidentiality");


  private MapWorkbook() {}

  /**
   * The map as a workbook, byte for byte the same for equal maps. What a CSV sheet cannot hold is left out, as
   * {@link PlacementSheet#unrepresentable} lists it (organizations without placements among it).
   */
  public static byte[] write(EcosystemMap whole) {
    EcosystemMap map = representable(whole);
    XSSFWorkbook workbook = Workbooks.create();
    Workbooks.Styles styles = Workbooks.Styles.of(workbook);
    List<? extends List<String>> placements = PlacementSheet.placementRows(map);
    List<? extends List<String>> relationships = PlacementSheet.relationshipRows(map);
    sheet(workbook, styles, PLACEMENTS, placements);
    sheet(workbook, styles, RELATIONSHIPS, relationships);
    List<String> header = placements.get(0);
    Map<String, List<String>> organizations = new LinkedHashMap<>();
    for (List<String> row : placements.subList(1, placements.size())) {
      organizations.computeIfAbsent(row.get(header.indexOf("organization")),
          id -> ORGANIZATION_COLUMNS.stream().map(c -> row.get(header.indexOf(c))).toList());
    }
    List<List<String>> organizationRows = new ArrayList<>();
    organizationRows.add(ORGANIZATION_COLUMNS);
    organizationRows.addAll(organizations.values());
    sheet(workbook, styles, ORGANIZATIONS, organizationRows);
    return Workbooks.bytes(workbook);
  }

  /**
   * What the workbook cannot hold of this map, one sentence each: what {@link PlacementSheet#unrepresentable} says,
   * and the relationships of organizations without placements (which a table could not read back).
   */
  public static ImmutableList<String> unrepresentable(EcosystemMap map) {
    ImmutableList.Builder<String> losses = ImmutableList.<String>builder().addAll(PlacementSheet.unrepresentable(map));
    int n = map.relationships().size() - representable(map).relationships().size();
    if (n > 0) {
      losses.add(n + " relationship(s) of organizations without placements");
    }
    return losses.build();
  }

  /** The part of the map a table holds: organizations with placements, and the relationships between them. */
  private static EcosystemMap representable(EcosystemMap map) {
    java.util.function.Predicate<String> placed = id -> !map.placementsOf(id).isEmpty();
    if (map.organizations().stream().allMatch(o -> placed.test(o.id()))) {
      return map;
    }
    EcosystemMap.Builder b = EcosystemMap.builder(map.catalog());
    map.organizations().stream().filter(o -> placed.test(o.id())).forEach(b::addOrganization);
    map.placements().forEach(b::addPlacement);
    map.relationships().stream().filter(r -> placed.test(r.from()) && placed.test(r.to()))
        .forEach(b::addRelationship);
    return b.build();
  }

  private static void sheet(XSSFWorkbook workbook, Workbooks.Styles styles, String name,
      List<? extends List<String>> rows) {
    XSSFSheet sheet = workbook.createSheet(name);
    List<String> header = rows.get(0);
    List<Integer> widths = new ArrayList<>();
    for (int c = 0; c < header.size(); c++) {
      int widest = header.get(c).length();
      for (List<String> row : rows) {
        widest = Math.max(widest, Math.min(60, row.get(c).length()));
      }
      widths.add(widest + 2);
    }
    Workbooks.header(sheet, styles, header, widths);
    for (int r = 1; r < rows.size(); r++) {
      Workbooks.textRow(sheet, r, rows.get(r), styles.locked());
    }
  }

  /**
   * Reads a map from a workbook's bytes.
   *
   * @param catalog the functions the table names
   * @throws InvalidMapException listing every problem at once, each at its cell ({@code placements!C12}), its row
   *     ({@code placements!12:12}) or, for the file as a whole, at no location
   */
  public static EcosystemMap read(byte[] bytes, String source, FunctionCatalog catalog) {
    List<Problem> problems = new ArrayList<>();
    Optional<EcosystemMap> map;
    try (XSSFWorkbook workbook = Workbooks.open(bytes, source)) {
      map = read(workbook, catalog, problems);
    } catch (IOException e) {
      throw new UncheckedIOException("closing a workbook read from memory", e);
    }
    if (!problems.isEmpty() || map.isEmpty()) {
      throw new InvalidMapException(source, Workbooks.inSheetOrder(problems, List.of(PLACEMENTS, RELATIONSHIPS,
          ORGANIZATIONS)));
    }
    return map.get();
  }

  private static Optional<EcosystemMap> read(XSSFWorkbook workbook, FunctionCatalog catalog, List<Problem> problems) {
    Optional<Sheet> placementSheet = Workbooks.sheet(workbook, PLACEMENTS);
    if (placementSheet.isEmpty()) {
      problems.add(Problem.at("", "no sheet named '" + PLACEMENTS + "' (the workbook has "
          + String.join(", ", Workbooks.sheetNames(workbook).stream().map(n -> "'" + Problem.quote(n) + "'")
              .toList()) + "); expected the sheets " + PLACEMENTS + ", " + RELATIONSHIPS + " (optional) and "
          + ORGANIZATIONS + " (optional), as dssa convert writes them"));
      return Optional.empty();
    }
    Optional<Sheet> relationshipSheet = Workbooks.sheet(workbook, RELATIONSHIPS);
    Optional<Sheet> organizationSheet = Workbooks.sheet(workbook, ORGANIZATIONS);
    List<Problem> cellProblems = new ArrayList<>();
    Table placements = Table.of(placementSheet.get(), cellProblems);
    Organizations organizations = organizationSheet.map(s -> Organizations.of(Table.of(s, cellProblems),
        problems)).orElse(Organizations.NONE);
    Optional<Table> relationships = relationshipSheet.map(s -> Table.of(s, cellProblems));
    problems.addAll(cellProblems);

    Rows placementRows = placements.rows(organizations, problems);
    organizations.unplaced(placementRows.placed(), problems);
    Optional<Rows> relationshipRows = relationships.map(t -> t.rows(Organizations.NONE, problems));
    try {
      return Optional.of(PlacementSheet.readRows(placementRows.rows(), relationshipRows.map(Rows::rows).orElse(null),
          "", catalog));
    } catch (InvalidMapException e) {
      // A cell already reported (a formula, a disagreement) is not reported again for the empty value it became.
      Set<String> reported = problems.stream().map(Problem::location).collect(Collectors.toSet());
      e.problems().stream().filter(p -> !reported.contains(p.location())).forEach(problems::add);
      return Optional.empty();
    }
  }

  /**
   * The rows of a sheet for {@link PlacementSheet#readRows}, and the organizations they name that have a row on the
   * organizations sheet.
   */
  private record Rows(List<SheetRow> rows, Set<String> placed) {}

  /** A sheet's cells as text, with where each row is. */
  private record Table(String name, List<List<String>> rows) {
    static Table of(Sheet sheet, List<Problem> problems) {
      return new Table(sheet.getSheetName(), Workbooks.grid(sheet, problems));
    }

    List<String> header() {
      return rows.isEmpty() ? List.of() : rows.get(0);
    }

    int column(String name) {
      List<String> header = header();
      for (int i = 0; i < header.size(); i++) {
        if (header.get(i).strip().toLowerCase(Locale.ROOT).equals(name)) {
          return i;
        }
      }
      return -1;
    }

    static String get(List<String> row, int column) {
      return column >= 0 && column < row.size() ? row.get(column) : "";
    }

    /**
     * The sheet's rows: the header as it is, then the organization details this sheet lacks and the organizations
     * sheet has, and every row that has something in it; an empty detail of a placement row is taken from its
     * organization's row, and located there.
     */
    Rows rows(Organizations organizations, List<Problem> problems) {
      List<String> header = new ArrayList<>(header());
      List<String> origins = new ArrayList<>();
      for (int c = 0; c < header.size(); c++) {
        origins.add(Workbooks.ref(name, 0, c));
      }
      List<String> added = new ArrayList<>();
      for (String detail : organizations.columns()) {
        if (column(detail) < 0 && !detail.equals("organization")) {
          added.add(detail);
          header.add(detail);
          origins.add(Workbooks.ref(organizations.table().name(), 0, organizations.table().column(detail)));
        }
      }
      List<SheetRow> out = new ArrayList<>();
      Set<String> placed = new HashSet<>();
      out.add(new SheetRow(Workbooks.rowRef(name, 0), ImmutableList.copyOf(header), ImmutableList.copyOf(origins)));
      int idColumn = column("organization");
      int width = header.size() - added.size();
      for (int r = 1; r < rows.size(); r++) {
        List<String> row = rows.get(r);
        if (row.stream().allMatch(String::isEmpty)) {
          continue;
        }
        List<String> values = new ArrayList<>(row);
        while (values.size() < width) {
          values.add("");
        }
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < values.size(); c++) {
          cells.add(Workbooks.ref(name, r, c));
        }
        if (values.size() > width) {
          // Values past the header's columns: the reader reports the first (the added details go before them).
          values.subList(width, values.size()).clear();
          for (int c = width; c < row.size(); c++) {
            if (!row.get(c).isEmpty()) {
              problems.add(Problem.at(Workbooks.ref(name, r, c), "a value in column " + Workbooks.column(c)
                  + ", which the header does not name; expected values under the header's columns only"));
              break;
            }
          }
          cells.subList(width, cells.size()).clear();
        }
        Optional<Organizations.Entry> org = idColumn < 0 ? Optional.empty()
            : organizations.of(get(row, idColumn).strip());
        org.ifPresent(o -> placed.add(o.id()));
        for (int c = 0; c < width; c++) {
          String column = header.get(c).strip().toLowerCase(Locale.ROOT);
          if (org.isEmpty() || column.equals("organization") || !organizations.columns().contains(column)) {
            continue;
          }
          String detail = org.get().value(column);
          if (values.get(c).isEmpty()) {
            values.set(c, detail);
            if (!detail.isEmpty()) {
              cells.set(c, org.get().ref(column));
            }
          } else if (!detail.isEmpty() && !detail.equals(values.get(c))) {
            problems.add(Problem.at(cells.get(c), column + ": organization '" + Problem.quote(org.get().id())
                + "': this row gives '" + Problem.quote(values.get(c)) + "' but " + org.get().ref(column)
                + " gives '" + Problem.quote(detail) + "'; expected the same, or leave this cell empty"));
            values.set(c, detail); // reported here, and not again by the sheet's rows disagreeing
          }
        }
        for (String detail : added) {
          String value = org.map(o -> o.value(detail)).orElse("");
          values.add(value);
          cells.add(org.isPresent() && !value.isEmpty() ? org.get().ref(detail) : Workbooks.ref(name, r,
              values.size() - 1));
        }
        out.add(new SheetRow(Workbooks.rowRef(name, r), ImmutableList.copyOf(values), ImmutableList.copyOf(cells)));
      }
      return new Rows(out, placed);
    }
  }

  /** The organizations sheet, by id. */
  private record Organizations(@Nullable Table table, List<String> columns, Map<String, Entry> byId) {
    static final Organizations NONE = new Organizations(null, List.of(), Map.of());

    @Override
    public Table table() {
      Table t = table;
      if (t == null) {
        throw new IllegalStateException("no organizations sheet");
      }
      return t;
    }

    record Entry(String id, Table table, int row) {
      String value(String column) {
        return Table.get(table.rows().get(row), table.column(column));
      }

      String ref(String column) {
        return Workbooks.ref(table.name(), row, table.column(column));
      }
    }

    static Organizations of(Table table, List<Problem> problems) {
      int id = table.column("organization");
      if (table.rows().isEmpty() || id < 0) {
        problems.add(Problem.at(Workbooks.rowRef(table.name(), 0), "the header lacks the column organization; "
            + "expected the columns " + String.join(",", ORGANIZATION_COLUMNS)));
        return NONE;
      }
      List<String> columns = ORGANIZATION_COLUMNS.stream().filter(c -> table.column(c) >= 0).toList();
      Map<String, Entry> byId = new LinkedHashMap<>();
      for (int r = 1; r < table.rows().size(); r++) {
        List<String> row = table.rows().get(r);
        if (row.stream().allMatch(String::isEmpty)) {
          continue;
        }
        String key = Table.get(row, id).strip();
        if (key.isEmpty()) {
          problems.add(Problem.at(Workbooks.ref(table.name(), r, id), "organization: empty; expected an "
              + "organization id"));
          continue;
        }
        Entry first = byId.putIfAbsent(key, new Entry(key, table, r));
        if (first != null) {
          problems.add(Problem.at(Workbooks.ref(table.name(), r, id), "organization '" + Problem.quote(key)
              + "' has a row already (" + Workbooks.rowRef(table.name(), first.row()) + "); expected one row per "
              + "organization"));
        }
      }
      return new Organizations(table, columns, byId);
    }

    Optional<Entry> of(String id) {
      return Optional.ofNullable(byId.get(id));
    }

    /** A problem for each organization that no placement row names: a table holds placed organizations only. */
    void unplaced(Set<String> placed, List<Problem> problems) {
      for (Entry e : byId.values()) {
        if (!placed.contains(e.id())) {
          problems.add(Problem.at(e.ref("organization"), "organization: '" + Problem.quote(e.id()) + "' has no "
              + "row in " + PLACEMENTS + "; expected organizations with placements only (a table, like the CSV "
              + "sheet, has nowhere else to keep an organization)"));
        }
      }
    }
  }
}
