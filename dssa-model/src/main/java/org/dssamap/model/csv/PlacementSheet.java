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
import org.dssamap.model.internal.Wire;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes a map as the working group's spreadsheet: a placement CSV, one row per placement, and an
 * optional relationships CSV, as described in FORMAT.md and {@code docs/formats.md}.
 *
 * <p>Organizations come from the placement rows: the first row that gives an organization's name, kind,
 * region, url or note gives it; a later row that gives a different one is an error at that row; a row that
 * leaves it empty agrees with any. When no row gives it, the name is the id, the kind {@code unspecified},
 * the region unknown. A placement's source defaults to {@code desk-research}, its confidentiality to {@code
 * public}.
 *
 * <p>Reading reports every problem at once as {@code LINE:COL} (the column is the 1-based position of the
 * field in its row). Writing is canonical: every column, in {@link #PLACEMENT_COLUMNS} order, rows in the
 * map's order, an organization's details repeated on each of its rows, RFC 4180 quoting only where needed,
 * LF line ends, UTF-8 without a byte order mark.
 */
public final class PlacementSheet {
  /** The columns a placement sheet must have. */
  public static final ImmutableList<String> PLACEMENT_REQUIRED =
      ImmutableList.of("organization", "function", "dimension", "layer", "status");
  /** Every column of a placement sheet, in the order they are written. */
  public static final ImmutableList<String> PLACEMENT_COLUMNS = ImmutableList.of("organization",
      "organization_name", "kind", "region", "function", "dimension", "layer", "status", "source",
      "confidentiality", "as_of", "disputed_by", "dispute_reason", "note", "organization_url", "organization_note",
      "organization_size", "organization_confidentiality");
  /** The columns a relationships sheet must have; the others are optional. */
  public static final ImmutableList<String> RELATIONSHIP_REQUIRED = ImmutableList.of("from", "to", "kind");
  /** Every column of a relationships sheet, in the order they are written. */
  public static final ImmutableList<String> RELATIONSHIP_COLUMNS =
      ImmutableList.of("from", "to", "kind", "functions", "note", "confidentiality");
  /** The kind of an organization that no row gives a kind. */
  public static final String UNSPECIFIED_KIND = "unspecified";

  private static final String FUNCTION_SEPARATOR = ";";

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
      rows = PlacementRows.read(placements, placementsName, catalog);
    } catch (InvalidMapException e) {
      if (relationships != null) {
        try {
          RelationshipRows.read(relationships, relationshipsName, catalog, null);
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
    return RelationshipRows.read(relationships, relationshipsName, catalog, map).map();
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
    print(out, PLACEMENT_COLUMNS, map.placements(), p -> {
      Organization o = map.requireOrganization(p.organization());
      return List.of(o.id(), o.name(), o.kind(), text(o.region().map(Region::id)), p.cell().function(),
          p.cell().dimension().id(), p.cell().layer().id(), p.status().id(), p.source().id(),
          p.confidentiality().id(), text(p.asOf().map(LocalDate::toString)),
          text(p.dispute().map(Dispute::by)), text(p.dispute().map(Dispute::reason)), text(p.note()),
          text(o.url()), text(o.note()), o.size().isPresent() ? Long.toString(o.size().getAsLong()) : "",
          o.confidentiality().id());
    });
  }

  /** The relationships sheet of the map, in canonical form. */
  public static String writeRelationships(EcosystemMap map) {
    return inMemory(w -> writeRelationships(map, w));
  }

  /** Writes the relationships sheet of the map, in canonical form; the writer is flushed, not closed. */
  public static void writeRelationships(EcosystemMap map, Writer out) throws IOException {
    print(out, RELATIONSHIP_COLUMNS, map.relationships(), r -> List.of(r.from(), r.to(), r.kind().id(),
        String.join(FUNCTION_SEPARATOR, r.functions()), text(r.note()), r.confidentiality().id()));
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
   * anything: the title, the date, open questions, organizations without placements, empty notes, and an
   * inline catalog (which a reader must be given again).
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
    long emptyNotes = map.placements().stream().filter(p -> p.note().filter(String::isEmpty).isPresent()).count()
        + map.organizations().stream().filter(o -> o.note().filter(String::isEmpty).isPresent()).count()
        + map.relationships().stream().filter(r -> r.note().filter(String::isEmpty).isPresent()).count();
    if (emptyNotes > 0) {
      losses.add(emptyNotes + " empty note(s), which a sheet cannot tell from no note");
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

  private static String text(Optional<String> value) {
    return value.orElse("");
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

    static PlacementRows read(byte[] bytes, String name, FunctionCatalog catalog) {
      List<String> optional = PLACEMENT_COLUMNS.stream().filter(c -> !PLACEMENT_REQUIRED.contains(c)).toList();
      PlacementRows rows = new PlacementRows(Sheet.read(bytes, name, PLACEMENT_REQUIRED, optional), catalog);
      rows.sheet.rows().forEach(rows::row);
      rows.build();
      return rows;
    }

    EcosystemMap map() {
      return Objects.requireNonNull(map, "built");
    }

    private void row(Sheet.Row row) {
      int before = sheet.problemCount();
      Cells cells = new Cells(sheet, row);
      Optional<String> organization = cells.slug("organization", true, "an organization id");
      Optional<String> function = cells.slug("function", true, "a function id");
      function.ifPresent(f -> {
        if (!catalog.contains(f)) {
          sheet.problem(row, "function", "found '" + f + "'; expected a function of catalog " + catalog.id() + ": "
              + String.join(", ", catalog.functions().stream().map(SecurityFunction::id).toList()));
        }
      });
      Optional<Dimension> dimension = cells.vocabulary("dimension", true, Dimension.class, Dimension::id);
      Optional<Layer> layer = cells.vocabulary("layer", true, Layer.class, Layer::id);
      Optional<Status> status = cells.vocabulary("status", true, Status.class, Status::id);
      EvidenceSource source = cells.vocabulary("source", false, EvidenceSource.class, EvidenceSource::id)
          .orElse(EvidenceSource.DESK_RESEARCH);
      Confidentiality confidentiality =
          cells.vocabulary("confidentiality", false, Confidentiality.class, Confidentiality::id)
              .orElse(Confidentiality.PUBLIC);
      Optional<LocalDate> asOf = cells.date("as_of");
      Optional<String> disputedBy = cells.value("disputed_by");
      Optional<String> disputeReason = cells.value("dispute_reason");
      if (disputedBy.isPresent() && disputedBy.get().isBlank()) {
        sheet.problem(row, "disputed_by", "found a blank value; expected who raised the dispute");
      }
      if (disputeReason.isPresent() && disputedBy.isEmpty()) {
        sheet.problem(row, "dispute_reason", "a dispute reason without disputed_by; expected who raised it too");
      }
      if (disputedBy.isPresent() && status.isPresent() && status.get() != Status.DISPUTED) {
        sheet.problem(row, "disputed_by", "a dispute is given but the status is '" + status.get().id()
            + "'; expected status 'disputed', or no dispute");
      }
      Optional<String> note = cells.value("note");
      // The details are checked even when the id is wrong, so that one fix does not reveal the next problem.
      organizationDetails(organization, cells);
      if (sheet.problemCount() > before) {
        return;
      }
      Optional<Dispute> dispute = disputedBy.map(by -> Dispute.of(by, disputeReason.orElse("")));
      placements.add(new Placement(organization.orElseThrow(),
          Cell.of(function.orElseThrow(), dimension.orElseThrow(), layer.orElseThrow()), status.orElseThrow(),
          source, note, asOf, confidentiality, dispute));
      placementRows.add(row);
    }

    /**
     * Checks a row's details of its organization, and when the row names a valid id, that they agree with what
     * earlier rows of the same organization gave.
     */
    private void organizationDetails(Optional<String> id, Cells cells) {
      @Nullable Draft draft = id.map(i -> drafts.computeIfAbsent(i, k -> new Draft(i, cells.row().line())))
          .orElse(null);
      cells.value("organization_name").ifPresent(name -> {
        if (name.isBlank()) {
          cells.problem("organization_name", "found a blank name; expected a name, or nothing");
        } else if (draft != null) {
          draft.agree(cells, "organization_name", "name", name);
        }
      });
      Optional<String> kind = cells.slug("kind", false, "the kind of organization (registry, cctld, cert, ...)");
      Optional<Region> region = cells.vocabulary("region", false, Region.class, Region::id);
      Optional<String> url = cells.required("organization_url", false, Wire.WEB_URL);
      if (url.isPresent() && !Organization.isWebUrl(url.get())) {
        cells.problem("organization_url", "found '" + Problem.quote(url.get()) + "'; expected " + Wire.WEB_URL);
        url = Optional.empty();
      }
      Optional<String> note = cells.value("organization_note");
      Optional<Confidentiality> confidentiality =
          cells.vocabulary("organization_confidentiality", false, Confidentiality.class, Confidentiality::id);
      Optional<String> size = cells.value("organization_size").filter(text -> !text.isBlank());
      OptionalLong count = size.map(Wire::parseCount).orElse(OptionalLong.empty());
      if (size.isPresent() && count.isEmpty()) {
        cells.problem("organization_size", "found '" + Problem.quote(size.get()) + "'; expected " + Wire.COUNT);
      }
      if (draft != null) {
        confidentiality.ifPresent(c -> draft.agree(cells, "organization_confidentiality", "confidentiality", c.id()));
        count.ifPresent(n -> draft.agree(cells, "organization_size", "size", Long.toString(n)));
        kind.ifPresent(k -> draft.agree(cells, "kind", "kind", k));
        region.ifPresent(r -> draft.agree(cells, "region", "region", r.id()));
        url.ifPresent(u -> draft.agree(cells, "organization_url", "url", u));
        note.ifPresent(n -> draft.agree(cells, "organization_note", "note", n));
      }
    }

    private void build() {
      EcosystemMap.Builder b = EcosystemMap.builder(catalog);
      drafts.values().forEach(d -> b.addOrganization(d.organization(), String.valueOf(d.firstLine)));
      for (int i = 0; i < placements.size(); i++) {
        b.addPlacement(placements.get(i), String.valueOf(placementRows.get(i).line()));
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

    /** What the rows of one organization said about it so far, with the line each detail came from. */
    private static final class Draft {
      final String id;
      final int firstLine;
      final Map<String, String> values = new LinkedHashMap<>();
      final Map<String, Integer> lines = new LinkedHashMap<>();

      Draft(String id, int firstLine) {
        this.id = id;
        this.firstLine = firstLine;
      }

      void agree(Cells cells, String column, String detail, String value) {
        String first = values.putIfAbsent(detail, value);
        if (first == null) {
          lines.put(detail, cells.row().line());
        } else if (!first.equals(value)) {
          cells.problem(column, "organization '" + id + "': this row gives " + detail + " '" + Problem.quote(value) + "' but line " + lines.get(detail)
              + " gives '" + Problem.quote(first) + "'; expected the same " + detail
              + " on every row of an organization, or none");
        }
      }

      Organization organization() {
        return new Organization(id, values.getOrDefault("name", id), values.getOrDefault("kind", UNSPECIFIED_KIND),
            Optional.ofNullable(values.get("region")).map(Region::ofId), Optional.ofNullable(values.get("url")),
            Optional.ofNullable(values.get("note")),
            values.containsKey("size") ? OptionalLong.of(Long.parseLong(values.get("size"))) : OptionalLong.empty(),
            values.containsKey("confidentiality") ? Confidentiality.ofId(values.get("confidentiality"))
                : Confidentiality.PUBLIC);
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
    static RelationshipRows read(byte[] bytes, String name, FunctionCatalog catalog, @Nullable EcosystemMap placed) {
      List<String> optional = RELATIONSHIP_COLUMNS.stream().filter(c -> !RELATIONSHIP_REQUIRED.contains(c)).toList();
      RelationshipRows rows = new RelationshipRows(Sheet.read(bytes, name, RELATIONSHIP_REQUIRED, optional), catalog);
      EcosystemMap.Builder b = placed == null ? null : placed.toBuilder();
      for (Sheet.Row row : rows.sheet.rows()) {
        rows.row(row, placed).ifPresent(r -> {
          if (b != null) {
            b.addRelationship(r, String.valueOf(row.line()));
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
      Cells cells = new Cells(sheet, row);
      Optional<String> from = cells.slug("from", true, "an organization id");
      Optional<String> to = cells.slug("to", true, "an organization id");
      if (placed != null) {
        for (String column : List.of("from", "to")) {
          Optional<String> id = column.equals("from") ? from : to;
          if (id.isPresent() && placed.organization(id.get()).isEmpty()) {
            cells.problem(column, "found '" + id.get() + "', which no row of the placement sheet names; expected "
                + "an organization of the placement sheet");
          }
        }
      }
      if (from.isPresent() && from.equals(to)) {
        cells.problem("to", "relationship of '" + from.get() + "' to itself; expected two different organizations");
      }
      Optional<RelationshipKind> kind = cells.vocabulary("kind", true, RelationshipKind.class, RelationshipKind::id);
      List<String> functions = new ArrayList<>();
      for (String f : cells.value("functions").orElse("").split(FUNCTION_SEPARATOR, -1)) {
        String id = f.strip();
        if (id.isEmpty()) {
          continue;
        }
        if (!Ids.isSlug(id) || !catalog.contains(id)) {
          cells.problem("functions", "found '" + Problem.quote(id) + "'; expected function ids of catalog "
              + catalog.id() + " separated by '" + FUNCTION_SEPARATOR + "'");
        } else {
          functions.add(id);
        }
      }
      Optional<String> note = cells.value("note");
      Confidentiality confidentiality =
          cells.vocabulary("confidentiality", false, Confidentiality.class, Confidentiality::id)
              .orElse(Confidentiality.PUBLIC);
      if (sheet.problemCount() > before) {
        return Optional.empty();
      }
      return Optional.of(new Relationship(from.orElseThrow(), to.orElseThrow(), kind.orElseThrow(),
          ImmutableSortedSet.copyOf(functions), note, confidentiality));
    }
  }

  /** Typed access to the cells of one row, each problem located at its cell. */
  private record Cells(Sheet sheet, Sheet.Row row) {
    Optional<String> value(String column) {
      return sheet.value(row, column);
    }

    void problem(String column, String message) {
      sheet.problem(row, column, message);
    }

    /**
     * The value of a column that holds an identifier, a vocabulary word or a date, without the spaces a
     * spreadsheet lets slip around it; a problem when it is required and empty.
     */
    Optional<String> required(String column, boolean required, String expected) {
      Optional<String> v = value(column).map(String::strip).filter(t -> !t.isEmpty());
      if (v.isEmpty() && required) {
        problem(column, "empty; expected " + expected);
      }
      return v;
    }

    Optional<String> slug(String column, boolean required, String what) {
      String expected = what + ", " + Wire.SLUG;
      Optional<String> v = required(column, required, expected);
      if (v.isPresent() && !Ids.isSlug(v.get())) {
        problem(column, "found '" + Problem.quote(v.get()) + "'; expected " + expected);
        return Optional.empty();
      }
      return v;
    }

    <E extends Enum<E>> Optional<E> vocabulary(String column, boolean required, Class<E> type,
        Function<E, String> wire) {
      String expected = Wire.choices(type, wire);
      Optional<String> v = required(column, required, expected);
      if (v.isEmpty()) {
        return Optional.empty();
      }
      Optional<E> value = Wire.parse(type, wire, v.get());
      if (value.isEmpty()) {
        problem(column, "found '" + Problem.quote(v.get()) + "'; expected " + expected);
      }
      return value;
    }

    Optional<LocalDate> date(String column) {
      Optional<String> v = required(column, false, Wire.DATE);
      if (v.isEmpty()) {
        return Optional.empty();
      }
      Optional<LocalDate> date = Wire.parseDate(v.get());
      if (date.isEmpty()) {
        problem(column, "found '" + Problem.quote(v.get()) + "'; expected " + Wire.DATE);
      }
      return date;
    }
  }
}
