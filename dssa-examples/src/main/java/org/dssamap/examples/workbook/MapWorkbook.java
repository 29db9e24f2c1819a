package org.dssamap.examples.workbook;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.FunctionCatalog;
import org.dssamap.model.InvalidMapException;
import org.dssamap.model.Problem;
import org.dssamap.model.csv.PlacementSheet;
import org.jspecify.annotations.Nullable;

/**
 * The working group's table as a workbook: sheets {@value #PLACEMENTS}, {@value #RELATIONSHIPS} and {@value
 * #ORGANIZATIONS}, with the columns of the CSV sheets ({@link PlacementSheet#PLACEMENT_COLUMNS}, {@link
 * PlacementSheet#RELATIONSHIP_COLUMNS}) and {@link #ORGANIZATION_COLUMNS}, every value as text. It holds what the
 * CSV sheets hold, no more: a map goes to a workbook and back unchanged when it goes to CSV and back unchanged.
 *
 * <p>The rules are those of the CSV sheets, written once: writing takes the rows {@link PlacementSheet} writes,
 * and reading turns the workbook's rows into CSV text and reads it with {@link PlacementSheet#read(byte[], String,
 * byte[], String, FunctionCatalog)}; each problem's {@code LINE:COL} is turned back into the cell it came from
 * ({@code placements!C12}).
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

  private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
  private static final Pattern LINE = Pattern.compile("\\bline (\\d+)\\b");

  private MapWorkbook() {}

  /**
   * The map as a workbook, byte for byte the same for equal maps. What a CSV sheet cannot hold is left out, as
   * {@link PlacementSheet#unrepresentable} lists it (organizations without placements among it).
   */
  public static byte[] write(EcosystemMap whole) {
    EcosystemMap map = representable(whole);
    XSSFWorkbook workbook = Workbooks.create();
    Workbooks.Styles styles = Workbooks.Styles.of(workbook);
    List<List<String>> placements = rows(PlacementSheet.writePlacements(map));
    List<List<String>> relationships = rows(PlacementSheet.writeRelationships(map));
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

  private static void sheet(XSSFWorkbook workbook, Workbooks.Styles styles, String name, List<List<String>> rows) {
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

  /** The values of a CSV text that {@link PlacementSheet} wrote, header first, formula escapes undone. */
  private static List<List<String>> rows(String csv) {
    List<List<String>> rows = new ArrayList<>();
    try {
      for (CSVRecord record : CSV.parse(new StringReader(csv))) {
        rows.add(record.stream().map(PlacementSheet::unescapeFormula).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string", e);
    }
    return rows;
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

    Csv placementCsv = placements.toCsv(organizations, problems);
    organizations.unplaced(placementCsv, problems);
    Optional<Csv> relationshipCsv = relationships.map(t -> t.toCsv(Organizations.NONE, problems));
    try {
      EcosystemMap read = PlacementSheet.read(placementCsv.bytes(), PLACEMENTS,
          relationshipCsv.map(Csv::bytes).orElse(null), RELATIONSHIPS, catalog);
      return Optional.of(read);
    } catch (InvalidMapException e) {
      List<Problem> located = new ArrayList<>();
      collect(e, placementCsv, relationshipCsv, located);
      // A cell already reported (a formula, a disagreement) is not reported again for the empty value it became.
      List<String> reported = problems.stream().map(Problem::location).toList();
      located.stream().filter(p -> !reported.contains(p.location())).forEach(problems::add);
      return Optional.empty();
    }
  }

  private static void collect(InvalidMapException e, Csv placements, Optional<Csv> relationships,
      List<Problem> into) {
    Csv csv = e.source().equals(RELATIONSHIPS) && relationships.isPresent() ? relationships.get() : placements;
    e.problems().forEach(p -> into.add(csv.locate(p)));
    for (Throwable suppressed : e.getSuppressed()) {
      if (suppressed instanceof InvalidMapException more) {
        collect(more, placements, relationships, into);
      }
    }
  }

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
     * The sheet as CSV text: the header as it is, then the organization details this sheet lacks and the
     * organizations sheet has, and every row that has something in it; an empty detail of a placement row is
     * taken from its organization's row.
     */
    Csv toCsv(Organizations organizations, List<Problem> problems) {
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
      Csv csv = new Csv(name);
      csv.record(header, origins, 0);
      int idColumn = column("organization");
      for (int r = 1; r < rows.size(); r++) {
        List<String> row = rows.get(r);
        if (row.stream().allMatch(String::isEmpty)) {
          continue;
        }
        List<String> values = new ArrayList<>(row);
        int width = header.size() - added.size();
        while (values.size() < width) {
          values.add("");
        }
        if (values.size() > width) {
          for (int c = width; c < values.size(); c++) {
            if (!values.get(c).isEmpty()) {
              problems.add(Problem.at(Workbooks.ref(name, r, c), "a value in column " + Workbooks.column(c)
                  + ", which the header does not name; expected values under the header's columns only"));
              break;
            }
          }
          values.subList(width, values.size()).clear();
        }
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < values.size(); c++) {
          cells.add(Workbooks.ref(name, r, c));
        }
        Optional<Organizations.Entry> org = idColumn < 0 ? Optional.empty()
            : organizations.of(get(row, idColumn).strip());
        org.ifPresent(o -> csv.placed(o.id()));
        for (int c = 0; c < header.size() - added.size(); c++) {
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
        csv.record(values, cells, r);
      }
      return csv;
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
    void unplaced(Csv placements, List<Problem> problems) {
      for (Entry e : byId.values()) {
        if (!placements.placed.contains(e.id())) {
          problems.add(Problem.at(e.ref("organization"), "organization: '" + Problem.quote(e.id()) + "' has no "
              + "row in " + PLACEMENTS + "; expected organizations with placements only (a table, like the CSV "
              + "sheet, has nowhere else to keep an organization)"));
        }
      }
    }
  }

  /** CSV text made from a sheet, and where each of its values came from. */
  private static final class Csv {
    private final String sheet;
    private final StringWriter text = new StringWriter();
    private final CSVPrinter printer;
    private final List<Integer> lines = new ArrayList<>();
    private final List<List<String>> origins = new ArrayList<>();
    private final List<Integer> sheetRows = new ArrayList<>();
    private final java.util.Set<String> placed = new java.util.HashSet<>();
    private int line = 1;

    Csv(String sheet) {
      this.sheet = sheet;
      try {
        printer = new CSVPrinter(text, CSV);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    void placed(String id) {
      placed.add(id);
    }

    void record(List<String> values, List<String> cells, int sheetRow) {
      lines.add(line);
      origins.add(cells);
      sheetRows.add(sheetRow);
      int start = text.getBuffer().length();
      try {
        printer.printRecord(values.stream().map(PlacementSheet::escapeFormula).toList());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      CharSequence written = text.getBuffer().subSequence(start, text.getBuffer().length());
      line += (int) written.chars().filter(ch -> ch == '\n').count();
    }

    byte[] bytes() {
      return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The record that starts on {@code line}, or the last that starts before it. */
    private int record(int csvLine) {
      int i = java.util.Collections.binarySearch(lines, csvLine);
      return Math.max(0, i >= 0 ? i : -i - 2);
    }

    /** The problem with its {@code LINE:COL} turned into the cell, and lines in the message into rows. */
    Problem locate(Problem p) {
      String location = p.location();
      String at;
      Matcher m = Pattern.compile("(\\d+)(?::(\\d+))?").matcher(location);
      if (m.matches()) {
        int i = record(Integer.parseInt(m.group(1)));
        if (m.group(2) == null) {
          at = Workbooks.rowRef(sheet, sheetRows.get(i));
        } else {
          int column = Integer.parseInt(m.group(2)) - 1;
          List<String> cells = origins.get(i);
          at = column < cells.size() ? cells.get(column) : Workbooks.ref(sheet, sheetRows.get(i), column);
        }
      } else {
        at = Workbooks.rowRef(sheet, 0);
      }
      Matcher lineMention = LINE.matcher(p.message());
      StringBuilder message = new StringBuilder();
      while (lineMention.find()) {
        int i = record(Integer.parseInt(lineMention.group(1)));
        lineMention.appendReplacement(message, Matcher.quoteReplacement(Workbooks.rowRef(sheet, sheetRows.get(i))));
      }
      lineMention.appendTail(message);
      return Problem.at(at, message.toString());
    }
  }
}
