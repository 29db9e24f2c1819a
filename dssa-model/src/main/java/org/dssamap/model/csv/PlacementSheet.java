package org.dssamap.model.csv;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.apache.commons.csv.CSVPrinter;
import org.dssamap.model.Cell;
import org.dssamap.model.Confidentiality;
import org.dssamap.model.Dimension;
import org.dssamap.model.Dispute;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.EvidenceSource;
import org.dssamap.model.FunctionCatalog;
import org.dssamap.model.Ids;
import org.dssamap.model.InvalidMapException;
import org.dssamap.model.Layer;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Problem;
import org.dssamap.model.Region;
import org.dssamap.model.Relationship;
import org.dssamap.model.RelationshipKind;
import org.dssamap.model.SecurityFunction;
import org.dssamap.model.Status;
import org.dssamap.model.internal.FileIo;
import org.dssamap.model.internal.Field;
import org.dssamap.model.internal.Kind;
import org.dssamap.model.internal.Records;
import org.dssamap.model.internal.Shape;
import org.dssamap.model.internal.Vocab;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes a map as the working group's spreadsheet: a placement CSV, one row per placement, and an
 * optional relationships CSV, as {@code docs/formats.md} in the repository specifies them ("Placement sheet").
 *
 * <p>Organizations come from the placement rows: the first row that gives an organization's name, kind,
 * region, url or note gives it; a later row that gives a different one is an error at that row; a row that
 * leaves it empty agrees with any. When no row gives it, the name is the id, the kind {@code unspecified},
 * the region unknown. A placement's source defaults to {@code desk-research}, its confidentiality to {@code
 * public}.
 *
 * <p>Reading reports every problem at once as {@code LINE:COL} (the column is the 1-based position of the
 * field in its row). Another reader of the same sheets, a workbook's, gives {@link #readRows} the rows it found, each
 * cell with its location ({@link SheetRow}), and gets every problem located there ({@code Placements!B7}); {@link
 * #placementRows} and {@link #relationshipRows} are what it writes. Writing is canonical: every column, in {@link #PLACEMENT_COLUMNS} order, rows in the
 * map's order, an organization's details repeated on each of its rows, RFC 4180 quoting only where needed,
 * LF line ends, UTF-8 without a byte order mark.
 */
public final class PlacementSheet {
  /** The columns a placement sheet must have. */
  public static final ImmutableList<String> PLACEMENT_REQUIRED =
      ImmutableList.of("organization", "function", "dimension", "layer", "status");
  /** Every column of a placement sheet, in the order they are written. */
  public static final ImmutableList<String> PLACEMENT_COLUMNS = Records.PLACEMENT_SHEET;
  /** The columns a relationships sheet must have; the others are optional. */
  public static final ImmutableList<String> RELATIONSHIP_REQUIRED = ImmutableList.of("from", "to", "kind");
  /** Every column of a relationships sheet, in the order they are written. */
  public static final ImmutableList<String> RELATIONSHIP_COLUMNS = Records.RELATIONSHIP_SHEET;
  private static final ImmutableList<String> PLACEMENT_OPTIONAL = PLACEMENT_COLUMNS.stream()
      .filter(c -> !PLACEMENT_REQUIRED.contains(c)).collect(ImmutableList.toImmutableList());
  private static final ImmutableList<String> RELATIONSHIP_OPTIONAL = RELATIONSHIP_COLUMNS.stream()
      .filter(c -> !RELATIONSHIP_REQUIRED.contains(c)).collect(ImmutableList.toImmutableList());
  /** The kind of an organization that no row gives a kind. */
  public static final String UNSPECIFIED_KIND = "unspecified";


  private PlacementSheet() {}

  /**
   * Reads a map from a placement CSV and, when given, a relationships CSV. The map's title is empty: a sheet
   * has none.
   *
   * @param catalog the functions the sheet names
   * @throws InvalidMapException listing every problem of the placement file, with its name as the source; when
   *     only the relationships file has problems, listing those with its name as the source; when both have,
   *     the relationships file's exception is {@linkplain Throwable#getSuppressed() suppressed} by the first
   * @throws IOException when a file cannot be read
   */
  public static EcosystemMap read(Path placements, @Nullable Path relationships, FunctionCatalog catalog)
      throws IOException {
    byte[] placementBytes = FileIo.readBounded(placements);
    byte[] relationshipBytes = relationships == null ? null : FileIo.readBounded(relationships);
    return read(placementBytes, placements.toString(), relationshipBytes,
        relationships == null ? "" : relationships.toString(), catalog);
  }

  /**
   * Reads a map from the bytes of a placement CSV and, when not null, of a relationships CSV.
   *
   * @throws InvalidMapException as {@link #read(Path, Path, FunctionCatalog)} does
   */
  public static EcosystemMap read(byte[] placements, String placementsName, byte @Nullable [] relationships,
      String relationshipsName, FunctionCatalog catalog) {
    PlacementRows rows;
    try {
      rows = PlacementRows.read(Sheet.read(placements, placementsName, PLACEMENT_REQUIRED, PLACEMENT_OPTIONAL),
          catalog);
    } catch (InvalidMapException e) {
      if (relationships != null) {
        try {
          RelationshipRows.read(relationshipSheet(relationships, relationshipsName), catalog, null);
        } catch (InvalidMapException r) {
          e.addSuppressed(r);
        }
      }
      throw e;
    }
    EcosystemMap map = rows.map();
    if (relationships == null) {
      return map;
    }
    return RelationshipRows.read(relationshipSheet(relationships, relationshipsName), catalog, map).map();
  }

  private static Sheet relationshipSheet(byte[] bytes, String name) {
    return Sheet.read(bytes, name, RELATIONSHIP_REQUIRED, RELATIONSHIP_OPTIONAL);
  }

  /**
   * Reads a map from the rows of a placement sheet and, when not null, of a relationships sheet, as a program
   * other than the CSV reader found them: a spreadsheet's rows, read with a workbook library. The rules are those
   * of the CSV sheets: the first row of each is its header, with the columns of {@link #PLACEMENT_COLUMNS} and
   * {@link #RELATIONSHIP_COLUMNS} (the {@code _REQUIRED} ones at least, in any order and case), rows with nothing in
   * them are skipped, values are read as a spreadsheet writes them. The values are taken as they are: a
   * spreadsheet's cell holds text as text, so no formula escape is undone. A row shorter than the header reads as
   * empty cells there (a problem in such a cell is located at the row).
   *
   * @param source the name of the input, which the exception names (the workbook's file)
   * @param catalog the functions the sheets name
   * @throws InvalidMapException listing every problem of both sheets at once, the placement rows' first, each in row
   *     then column order and located where the rows say the cell or row is ({@code Placements!B7}); the
   *     relationship rows are checked on their own when the placement rows have problems
   */
  public static EcosystemMap readRows(List<SheetRow> placements, @Nullable List<SheetRow> relationships,
      String source, FunctionCatalog catalog) {
    List<Problem> problems = new ArrayList<>();
    @Nullable EcosystemMap map = null;
    try {
      map = PlacementRows.read(Sheet.of(placements, source, PLACEMENT_REQUIRED, PLACEMENT_OPTIONAL), catalog).map();
    } catch (InvalidMapException e) {
      problems.addAll(e.problems());
    }
    if (relationships != null) {
      try {
        RelationshipRows rows = RelationshipRows.read(Sheet.of(relationships, source, RELATIONSHIP_REQUIRED,
            RELATIONSHIP_OPTIONAL), catalog, map);
        map = map == null ? null : rows.map();
      } catch (InvalidMapException e) {
        problems.addAll(e.problems());
      }
    }
    if (map == null || !problems.isEmpty()) {
      throw new InvalidMapException(source, problems);
    }
    return map;
  }

  /**
   * Writes the map's sheets to files, each replaced only once everything is written, so that a failure
   * leaves no partial file and keeps what was there before.
   *
   * @param relationships where to write the relationships sheet; null to leave them out
   */
  public static void write(EcosystemMap map, Path placements, @Nullable Path relationships) throws IOException {
    List<Path> targets = new ArrayList<>();
    List<FileIo.Content> contents = new ArrayList<>();
    targets.add(placements);
    contents.add(out -> utf8(out, w -> writePlacements(map, w)));
    if (relationships != null) {
      targets.add(relationships);
      contents.add(out -> utf8(out, w -> writeRelationships(map, w)));
    }
    FileIo.replaceAll(targets, contents);
  }

  /** The placement sheet of the map, in canonical form. */
  public static String writePlacements(EcosystemMap map) {
    return inMemory(w -> writePlacements(map, w));
  }

  /** Writes the placement sheet of the map, in canonical form; the writer is flushed, not closed. */
  public static void writePlacements(EcosystemMap map, Writer out) throws IOException {
    print(out, PLACEMENT_COLUMNS, map.placements(), p -> placementRow(map, p));
  }

  /**
   * The placement sheet of the map as rows of values, for another writer of the same sheet (a workbook's): the
   * header ({@link #PLACEMENT_COLUMNS}), then the rows {@link #writePlacements} writes, before the formula escape
   * that a CSV file needs ({@link #escapeFormula}). {@link #readRows} reads them back.
   */
  public static ImmutableList<ImmutableList<String>> placementRows(EcosystemMap map) {
    ImmutableList.Builder<ImmutableList<String>> rows = ImmutableList.builder();
    rows.add(PLACEMENT_COLUMNS);
    map.placements().forEach(p -> rows.add(placementRow(map, p)));
    return rows.build();
  }

  private static ImmutableList<String> placementRow(EcosystemMap map, Placement p) {
    Organization o = map.requireOrganization(p.organization());
    ImmutableList.Builder<String> row = ImmutableList.builderWithExpectedSize(PLACEMENT_COLUMNS.size());
    for (String column : PLACEMENT_COLUMNS) {
      row.add(cell(column, p, o));
    }
    return row.build();
  }

  /** The text of a placement sheet's column for placement {@code p} of organization {@code o}. */
  private static String cell(String column, Placement p, Organization o) {
    int f = Records.PLACEMENT.indexOfColumn(column);
    if (f >= 0) {
      return text(Records.PLACEMENT.fields().get(f), p);
    }
    f = Records.DISPUTE.indexOfColumn(column);
    if (f >= 0) {
      return p.dispute().isPresent() ? text(Records.DISPUTE.fields().get(f), p.dispute().get()) : "";
    }
    f = Records.REVIEW.indexOfColumn(column);
    if (f >= 0) {
      // A sheet holds the newest review only.
      return p.latestReview().isPresent() ? text(Records.REVIEW.fields().get(f), p.latestReview().get()) : "";
    }
    return text(Records.ORGANIZATION.fields().get(Records.ORGANIZATION.indexOfColumn(column)), o);
  }

  private static <R> String text(Field<R> field, R record) {
    @Nullable Object value = field.get(record);
    return value == null ? "" : field.kind().toText(value);
  }

  /** The relationships sheet of the map, in canonical form. */
  public static String writeRelationships(EcosystemMap map) {
    return inMemory(w -> writeRelationships(map, w));
  }

  /** Writes the relationships sheet of the map, in canonical form; the writer is flushed, not closed. */
  public static void writeRelationships(EcosystemMap map, Writer out) throws IOException {
    print(out, RELATIONSHIP_COLUMNS, held(map), PlacementSheet::relationshipRow);
  }

  /**
   * The relationships sheet of the map as rows of values, header first, before the formula escape: as {@link
   * #placementRows} gives the placement sheet.
   */
  public static ImmutableList<ImmutableList<String>> relationshipRows(EcosystemMap map) {
    ImmutableList.Builder<ImmutableList<String>> rows = ImmutableList.builder();
    rows.add(RELATIONSHIP_COLUMNS);
    held(map).forEach(r -> rows.add(relationshipRow(r)));
    return rows.build();
  }

  /**
   * The relationships a sheet holds. A relationship of an organization without placements could not be read back:
   * the placement sheet is where organizations come from. It is left out, and unrepresentable() names it.
   */
  private static List<Relationship> held(EcosystemMap map) {
    return map.relationships().stream().filter(r -> isHeld(map, r)).toList();
  }

  private static ImmutableList<String> relationshipRow(Relationship r) {
    return RELATIONSHIP_COLUMNS.stream()
        .map(column -> text(Records.RELATIONSHIP.fields().get(Records.RELATIONSHIP.indexOfColumn(column)), r))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * A value as a cell of a written sheet, kept from being run as a formula: text starting with {@code =}, {@code
   * +}, {@code -}, {@code @}, a tab or a carriage return gets a leading {@code '} (docs/formats.md, "Formulas").
   * For other writers of the same rows, such as a workbook.
   */
  public static String escapeFormula(String value) {
    return Sheet.escapeFormula(value);
  }

  /** A cell's value as read: the apostrophe {@link #escapeFormula} put there taken off. */
  public static String unescapeFormula(String value) {
    return Sheet.unescapeFormula(value);
  }

  /** Whether a relationships sheet holds {@code r}: both its organizations have placements. */
  private static boolean isHeld(EcosystemMap map, Relationship r) {
    return !map.placementsOf(r.from()).isEmpty() && !map.placementsOf(r.to()).isEmpty();
  }

  private static <T> void print(Writer out, List<String> header, List<T> rows, Function<T, List<String>> values)
      throws IOException {
    CSVPrinter printer = new CSVPrinter(out, Sheet.FORMAT);
    printer.printRecord(header);
    for (T row : rows) {
      // A spreadsheet must not run a value as a formula: such values are written with a leading apostrophe.
      printer.printRecord(values.apply(row).stream().map(Sheet::escapeFormula).toList());
    }
    printer.flush();
  }

  /**
   * What the sheets cannot hold of this map, one sentence each, so that a converter can warn before it loses
   * anything: the title, the date, open questions, organizations without placements, empty notes, the reviews
   * before the newest of each placement, intentions, notes on cells, and an inline catalog (which a reader must be
   * given again).
   */
  public static ImmutableList<String> unrepresentable(EcosystemMap map) {
    ImmutableList.Builder<String> losses = ImmutableList.builder();
    if (!map.title().isEmpty()) {
      losses.add("the map's title");
    }
    if (map.asOf().isPresent()) {
      losses.add("the map's date (asOf)");
    }
    if (!map.openQuestions().isEmpty()) {
      losses.add(map.openQuestions().size() + " open question(s)");
    }
    List<String> unplaced = map.organizations().stream().map(Organization::id)
        .filter(id -> map.placementsOf(id).isEmpty()).toList();
    if (!unplaced.isEmpty()) {
      losses.add(unplaced.size() + " organization(s) without placements: " + String.join(", ", unplaced));
    }
    List<String> unheld = map.relationships().stream().filter(r -> !isHeld(map, r)).map(Relationship::key).toList();
    if (!unheld.isEmpty()) {
      losses.add(unheld.size() + " relationship(s) of organizations without placements: " + String.join(", ", unheld));
    }
    long emptyNotes = map.placements().stream().filter(p -> p.note().filter(String::isEmpty).isPresent()).count()
        + map.organizations().stream().filter(o -> o.note().filter(String::isEmpty).isPresent()).count()
        + map.relationships().stream().filter(r -> r.note().filter(String::isEmpty).isPresent()).count();
    if (emptyNotes > 0) {
      losses.add(emptyNotes + " empty note(s), which a sheet cannot tell from no note");
    }
    long earlierReviews = map.placements().stream().mapToLong(p -> Math.max(0, p.reviews().size() - 1)).sum();
    if (earlierReviews > 0) {
      losses.add(earlierReviews + " earlier review(s): a sheet holds the newest review of each placement only");
    }
    if (!map.intentions().isEmpty()) {
      losses.add(map.intentions().size() + " intention(s) (wants to do, would give away)");
    }
    if (!map.cellNotes().isEmpty()) {
      losses.add(map.cellNotes().size() + " note(s) on cells");
    }
    if (!map.catalog().isBundled()) {
      losses.add("the inline catalog '" + map.catalog().id() + "' (give it again with the catalog file)");
    }
    return losses.build();
  }

  private interface SheetWriting {
    void to(Writer out) throws IOException;
  }

  private static String inMemory(SheetWriting writing) {
    StringWriter out = new StringWriter();
    try {
      writing.to(out);
    } catch (IOException e) {
      throw new UncheckedIOException("a string writer does not fail", e);
    }
    return out.toString();
  }

  private static void utf8(OutputStream out, SheetWriting writing) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder());
    writing.to(w);
    w.flush();
  }

  /** The placement rows of a sheet, read into organizations and placements. */
  private static final class PlacementRows {
    private final Sheet sheet;
    private final FunctionCatalog catalog;
    private final Map<String, Draft> drafts = new LinkedHashMap<>();
    private final List<Sheet.Row> placementRows = new ArrayList<>();
    private final List<Placement> placements = new ArrayList<>();
    private @Nullable EcosystemMap map;

    private PlacementRows(Sheet sheet, FunctionCatalog catalog) {
      this.sheet = sheet;
      this.catalog = catalog;
    }

    static PlacementRows read(Sheet sheet, FunctionCatalog catalog) {
      PlacementRows rows = new PlacementRows(sheet, catalog);
      rows.sheet.rows().forEach(rows::row);
      rows.build();
      return rows;
    }

    EcosystemMap map() {
      return Objects.requireNonNull(map, "built");
    }

    private void row(Sheet.Row row) {
      int before = sheet.problemCount();
      Cells cells = new Cells(sheet, row, catalog);
      Shape.Values values = new Shape.Values(Records.PLACEMENT);
      List<Field<Placement>> fields = Records.PLACEMENT.fields();
      for (int f = 0; f < fields.size(); f++) {
        Field<Placement> field = fields.get(f);
        if (field.kind().tag() == Kind.Tag.RECORD) {
          values.set(f, cells.record(field.kind().nested()));
        } else if (field.kind().tag() == Kind.Tag.RECORDS) {
          // A sheet holds one record of a list, the newest: read back, it is the whole history.
          @Nullable Object newest = cells.record(field.kind().nested());
          values.set(f, newest == null ? null : ImmutableList.of(newest));
        } else if (field.column() != null) {
          values.set(f, cells.read(field, PLACEMENT_REQUIRED.contains(field.column())));
        }
      }
      if (!values.has(Records.PLACEMENT_SOURCE)) {
        values.set(Records.PLACEMENT_SOURCE, EvidenceSource.DESK_RESEARCH);
      }
      for (Shape.Rule rule : Records.PLACEMENT.rules()) {
        if (!rule.holds().test(values)) {
          cells.problem(rule.column(), rule.message().apply(values));
        }
      }
      // The details are checked even when the id is wrong, so that one fix does not reveal the next problem.
      organizationDetails(Optional.ofNullable((String) values.get(Records.PLACEMENT_ORGANIZATION)), cells);
      if (sheet.problemCount() > before) {
        return;
      }
      placements.add(Records.PLACEMENT.make(values));
      placementRows.add(row);
    }

    /**
     * Checks a row's details of its organization, and when the row names a valid id, that they agree with what
     * earlier rows of the same organization gave.
     */
    private void organizationDetails(Optional<String> id, Cells cells) {
      @Nullable Draft draft = id.map(i -> drafts.computeIfAbsent(i, k -> new Draft(i, cells.row()))).orElse(null);
      List<Field<Organization>> fields = Records.ORGANIZATION.fields();
      for (int f = 0; f < fields.size(); f++) {
        Field<Organization> field = fields.get(f);
        if (f == Records.ORGANIZATION_ID || field.column() == null) {
          continue;
        }
        @Nullable Object value = cells.read(field, false);
        if (value != null && draft != null) {
          draft.agree(cells, f, value);
        }
      }
    }

    private void build() {
      EcosystemMap.Builder b = EcosystemMap.builder(catalog);
      drafts.values().forEach(d -> b.addOrganization(d.organization(), d.firstRow.location()));
      for (int i = 0; i < placements.size(); i++) {
        b.addPlacement(placements.get(i), placementRows.get(i).location());
      }
      List<Problem> more = List.of();
      try {
        map = b.build();
      } catch (InvalidMapException e) {
        more = e.problems();
      }
      if (sheet.problemCount() > 0 || !more.isEmpty()) {
        throw sheet.exception(more);
      }
    }

    /** What the rows of one organization said about it so far, with the row each detail came from. */
    private static final class Draft {
      final String id;
      final Sheet.Row firstRow;
      final Shape.Values values = new Shape.Values(Records.ORGANIZATION);
      final Map<Integer, Sheet.Row> rows = new LinkedHashMap<>();

      Draft(String id, Sheet.Row firstRow) {
        this.id = id;
        this.firstRow = firstRow;
        values.set(Records.ORGANIZATION_ID, id);
      }

      void agree(Cells cells, int f, Object value) {
        Field<Organization> field = Records.ORGANIZATION.fields().get(f);
        @Nullable Object first = values.get(f);
        if (first == null) {
          values.set(f, value);
          rows.put(f, cells.row());
        } else if (!first.equals(value)) {
          String detail = field.name();
          cells.problem(Objects.requireNonNull(field.column()), "organization '" + id + "': this row gives " + detail
              + " '" + Problem.quote(field.kind().toText(value)) + "' but " + Objects.requireNonNull(rows.get(f)).mention()
              + " gives '"
              + Problem.quote(field.kind().toText(first)) + "'; expected the same " + detail
              + " on every row of an organization, or none");
        }
      }

      Organization organization() {
        // What no row gives: the id for a name, an unspecified kind.
        if (!values.has(1)) {
          values.set(1, id);
        }
        if (!values.has(2)) {
          values.set(2, UNSPECIFIED_KIND);
        }
        return Records.ORGANIZATION.make(values);
      }
    }
  }

  /** The rows of a relationships sheet. */
  private static final class RelationshipRows {
    private final Sheet sheet;
    private final FunctionCatalog catalog;
    private @Nullable EcosystemMap map;

    private RelationshipRows(Sheet sheet, FunctionCatalog catalog) {
      this.sheet = sheet;
      this.catalog = catalog;
    }

    /**
     * Reads the rows and adds them to {@code placed}; with no map (the placement sheet had problems), checks
     * the rows on their own.
     */
    static RelationshipRows read(Sheet sheet, FunctionCatalog catalog, @Nullable EcosystemMap placed) {
      RelationshipRows rows = new RelationshipRows(sheet, catalog);
      EcosystemMap.Builder b = placed == null ? null : placed.toBuilder();
      for (Sheet.Row row : rows.sheet.rows()) {
        rows.row(row, placed).ifPresent(r -> {
          if (b != null) {
            b.addRelationship(r, row.location());
          }
        });
      }
      List<Problem> more = List.of();
      if (b != null) {
        try {
          rows.map = b.build();
        } catch (InvalidMapException e) {
          more = e.problems();
        }
      }
      if (rows.sheet.problemCount() > 0 || !more.isEmpty()) {
        throw rows.sheet.exception(more);
      }
      return rows;
    }

    EcosystemMap map() {
      return Objects.requireNonNull(map, "built");
    }

    private Optional<Relationship> row(Sheet.Row row, @Nullable EcosystemMap placed) {
      int before = sheet.problemCount();
      Cells cells = new Cells(sheet, row, catalog);
      Shape.Values values = new Shape.Values(Records.RELATIONSHIP);
      List<Field<Relationship>> fields = Records.RELATIONSHIP.fields();
      for (int f = 0; f < fields.size(); f++) {
        Field<Relationship> field = fields.get(f);
        values.set(f, cells.read(field, RELATIONSHIP_REQUIRED.contains(field.column())));
        if (placed != null && field.ref() == Field.Ref.ORGANIZATION && values.has(f)
            && placed.organization((String) Objects.requireNonNull(values.get(f))).isEmpty()) {
          cells.problem(Objects.requireNonNull(field.column()), "found '" + values.get(f) + "', which no row of the "
              + "placement sheet names; expected an organization of the placement sheet");
        }
      }
      for (Shape.Rule rule : Records.RELATIONSHIP.rules()) {
        if (!rule.holds().test(values)) {
          cells.problem(rule.column(), rule.message().apply(values));
        }
      }
      if (sheet.problemCount() > before) {
        return Optional.empty();
      }
      return Optional.of(Records.RELATIONSHIP.make(values));
    }
  }

  /** Typed access to the cells of one row, each problem located at its cell. */
  private record Cells(Sheet sheet, Sheet.Row row, FunctionCatalog catalog) {
    Optional<String> value(String column) {
      return sheet.value(row, column);
    }

    void problem(String column, String message) {
      sheet.problem(row, column, message);
    }

    /**
     * The value of a field's column as a spreadsheet writes it (words in any case or by display name, functions
     * by id or name, spaces around ids, words, dates and numbers); null when the cell is empty (a problem when
     * {@code required}) or after reporting what is wrong with it.
     */
    @Nullable Object read(Field<?> field, boolean required) {
      String column = Objects.requireNonNull(field.column());
      Kind.Tag tag = field.kind().tag();
      boolean text = tag == Kind.Tag.TEXT || tag == Kind.Tag.NON_BLANK;
      Optional<String> cell = value(column).map(v -> text ? v : v.strip()).filter(v -> !v.isEmpty());
      if (cell.isEmpty()) {
        if (required) {
          problem(column, "empty; expected " + field.expected());
        }
        return null;
      }
      String given = cell.get();
      if (field.ref() == Field.Ref.FUNCTION) {
        return functions(field, column, given);
      }
      @Nullable Object value = field.kind().fromText(given, true);
      if (value == null) {
        problem(column, tag == Kind.Tag.NON_BLANK ? "found a blank value; expected " + field.expected()
            : "found '" + Problem.quote(given) + "'; expected " + field.expected());
      }
      return value;
    }

    /** A function id or several, each by its id or its name in the catalog, any case. */
    private @Nullable Object functions(Field<?> field, String column, String given) {
      List<String> ids = new ArrayList<>();
      boolean several = field.kind().tag() == Kind.Tag.SLUGS;
      for (String part : several ? given.split(Kind.SLUG_SEPARATOR, -1) : new String[] {given}) {
        String wanted = part.strip();
        if (wanted.isEmpty()) {
          continue;
        }
        Optional<String> id = functionId(wanted);
        if (id.isEmpty()) {
          problem(column, several
              ? "found '" + Problem.quote(wanted) + "'; expected function ids of catalog " + catalog.id()
                  + " separated by '" + Kind.SLUG_SEPARATOR + "'"
              : "found '" + Problem.quote(wanted) + "'; expected a function of catalog " + catalog.id() + ": "
                  + String.join(", ", catalog.functions().stream().map(SecurityFunction::id).toList()));
          return null;
        }
        ids.add(id.get());
      }
      return several ? ImmutableSortedSet.copyOf(ids) : ids.get(0);
    }

    private Optional<String> functionId(String wanted) {
      if (catalog.contains(wanted)) {
        return Optional.of(wanted);
      }
      String key = Vocab.loosely(wanted);
      return catalog.functions().stream()
          .filter(f -> Vocab.loosely(f.id()).equals(key) || Vocab.loosely(f.name()).equals(key))
          .map(SecurityFunction::id)
          .findFirst();
    }

    /** A record held in columns of its own (a dispute); null when none of them has a value. */
    @Nullable Object record(Shape<?> shape) {
      Shape.Values values = new Shape.Values(shape);
      boolean any = false;
      for (int f = 0; f < shape.fields().size(); f++) {
        Field<?> field = shape.fields().get(f);
        if (field.column() != null && value(field.column()).isPresent()) {
          any = true;
        }
      }
      if (!any) {
        return null;
      }
      int before = sheet.problemCount();
      for (int f = 0; f < shape.fields().size(); f++) {
        Field<?> field = shape.fields().get(f);
        values.set(f, read(field, field.isRequired()));
      }
      return sheet.problemCount() > before ? null : shape.make(values);
    }
  }
}
