package org.dssamap.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.dssamap.model.CellNote;
import org.dssamap.model.Confidentiality;
import org.dssamap.model.Dimension;
import org.dssamap.model.Dispute;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.EvidenceSource;
import org.dssamap.model.FunctionCatalog;
import org.dssamap.model.Intention;
import org.dssamap.model.Layer;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Region;
import org.dssamap.model.Relationship;
import org.dssamap.model.RelationshipKind;
import org.dssamap.model.Review;
import org.dssamap.model.Status;
import org.dssamap.model.csv.PlacementSheet;
import org.dssamap.model.json.MapJson;
import org.dssamap.model.testing.DssaGenerators;
import org.junit.jupiter.api.Test;

/**
 * The descriptions of {@link Records} against the records themselves: every component of every record is
 * described, the generators give every component a value, and every component survives the JSON and the sheet
 * round trips. A component added to a record and forgotten in its description, in a generator, in the writer or in
 * a reader fails one of these.
 */
class RecordsTest {
  /** Each record's components, and the fields of its description that hold each. */
  private static final Map<Class<? extends Record>, Map<String, List<String>>> COMPONENTS = Map.of(
      Organization.class, fieldsAsNamed("id", "name", "kind", "region", "url", "note", "size", "confidentiality"),
      Placement.class, withCell(fieldsAsNamed("organization", "status", "source", "note", "asOf", "confidentiality",
          "dispute", "reviews")),
      Relationship.class, fieldsAsNamed("from", "to", "kind", "functions", "note", "confidentiality"),
      Dispute.class, fieldsAsNamed("by", "reason", "answer"),
      Review.class, fieldsAsNamed("by", "on", "outcome", "comment"),
      Intention.class, withCell(fieldsAsNamed("organization", "kind", "source", "asOf", "note")),
      CellNote.class, withCell(fieldsAsNamed("text")));

  private static final Map<Class<? extends Record>, Shape<?>> SHAPES = Map.of(Organization.class,
      Records.ORGANIZATION, Placement.class, Records.PLACEMENT, Relationship.class, Records.RELATIONSHIP,
      Dispute.class, Records.DISPUTE, Review.class, Records.REVIEW, Intention.class, Records.INTENTION,
      CellNote.class, Records.CELL_NOTE);

  /**
   * Fields that the placement sheet does not hold: a placement's reviews are there as its newest review's four
   * columns (so a sheet round trip keeps maps of at most one review per placement, and
   * {@link PlacementSheet#unrepresentable} names the earlier ones); intentions and notes on cells are not in sheets
   * at all ({@link #NOT_IN_SHEETS_SHAPES}).
   */
  private static final Set<String> NOT_IN_SHEETS = Set.of("reviews");

  /** Records that sheets do not hold at all: listed by {@link PlacementSheet#unrepresentable}. */
  private static final Set<Shape<?>> NOT_IN_SHEETS_SHAPES = Set.of(Records.INTENTION, Records.CELL_NOTE);

  private static Map<String, List<String>> fieldsAsNamed(String... names) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String name : names) {
      out.put(name, List.of(name));
    }
    return out;
  }

  private static Map<String, List<String>> withCell(Map<String, List<String>> fields) {
    Map<String, List<String>> out = new LinkedHashMap<>(fields);
    out.put("cell", List.of("function", "dimension", "layer"));
    return out;
  }

  @Test
  void everyComponentOfEveryRecordIsDescribedByItsShape() {
    COMPONENTS.forEach((type, byComponent) -> {
      Set<String> components = Stream.of(type.getRecordComponents()).map(RecordComponent::getName)
          .collect(Collectors.toCollection(TreeSet::new));
      assertEquals(new TreeSet<>(byComponent.keySet()), components,
          type.getSimpleName() + ": a component was added or removed; describe it in Records and here");
      Set<String> described = SHAPES.get(type).fields().stream().map(Field::name)
          .collect(Collectors.toCollection(TreeSet::new));
      Set<String> mapped = byComponent.values().stream().flatMap(List::stream)
          .collect(Collectors.toCollection(TreeSet::new));
      assertEquals(mapped, described, type.getSimpleName() + ": the shape's fields");
    });
  }

  @Test
  void everyFieldHasAColumnInItsSheetOrIsListedAsNotInSheets() {
    Set<String> placementSheet = new TreeSet<>(Records.PLACEMENT_SHEET);
    Set<String> filled = new TreeSet<>();
    for (Shape<?> shape : List.of(Records.ORGANIZATION, Records.PLACEMENT, Records.DISPUTE, Records.REVIEW)) {
      for (Field<?> field : shape.fields()) {
        if (field.kind().tag() == Kind.Tag.RECORD || NOT_IN_SHEETS.contains(field.name())) {
          continue;
        }
        // A placement names its organization in the organization's id column.
        assertTrue(field.column() != null && placementSheet.contains(field.column()),
            shape.what() + " " + field.name() + ": no column in the placement sheet");
        assertTrue(filled.add(field.column()) || field.column().equals("organization"),
            shape.what() + " " + field.name() + ": a column another field fills");
      }
    }
    assertEquals(placementSheet, filled, "columns no field fills");
    assertEquals(Records.RELATIONSHIP_SHEET, Records.RELATIONSHIP.fields().stream().map(Field::column).toList());
    for (Shape<?> shape : NOT_IN_SHEETS_SHAPES) {
      assertTrue(shape.fields().stream().allMatch(f -> f.column() == null), shape.what() + ": no sheet columns");
    }
  }

  @Test
  void whatSheetsCannotHoldIsNamed() {
    qt().withExamples(100).forAll(DssaGenerators.fileMaps()).checkAssert(map -> {
      List<String> losses = PlacementSheet.unrepresentable(map);
      boolean longHistories = map.placements().stream().anyMatch(p -> p.reviews().size() > 1);
      assertEquals(longHistories, losses.stream().anyMatch(l -> l.contains("earlier review")), losses.toString());
      assertEquals(!map.intentions().isEmpty(), losses.stream().anyMatch(l -> l.contains("intention")),
          losses.toString());
      assertEquals(!map.cellNotes().isEmpty(), losses.stream().anyMatch(l -> l.contains("note(s) on cells")),
          losses.toString());
    });
  }

  @Test
  void theGeneratorsGiveEveryComponentOfEveryRecordAValue() {
    Map<String, Boolean> seen = new LinkedHashMap<>();
    COMPONENTS.forEach((type, byComponent) -> byComponent.keySet()
        .forEach(c -> seen.put(type.getSimpleName() + "." + c, false)));
    qt().withExamples(300).forAll(DssaGenerators.fileMaps()).checkAssert(map -> {
      List<Record> records = new ArrayList<>();
      records.addAll(map.organizations());
      records.addAll(map.placements());
      records.addAll(map.relationships());
      map.placements().forEach(p -> p.dispute().ifPresent(records::add));
      map.placements().forEach(p -> records.addAll(p.reviews()));
      records.addAll(map.intentions());
      records.addAll(map.cellNotes());
      for (Record r : records) {
        for (RecordComponent c : r.getClass().getRecordComponents()) {
          if (given(value(r, c))) {
            seen.put(r.getClass().getSimpleName() + "." + c.getName(), true);
          }
        }
      }
    });
    List<String> never = seen.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
    assertEquals(List.of(), never, "components the generators never give a value; extend DssaGenerators");
  }

  @Test
  void everyComponentSurvivesAJsonRoundTrip() {
    qt().withExamples(150).forAll(DssaGenerators.fileMaps()).checkAssert(map ->
        sameComponents(map, MapJson.read(MapJson.write(map).getBytes(StandardCharsets.UTF_8), "map.json")));
  }

  @Test
  void everyComponentSurvivesASheetRoundTrip() {
    qt().withExamples(150).forAll(DssaGenerators.sheetMaps()).checkAssert(map ->
        sameComponents(map, readSheets(PlacementSheet.writePlacements(map), PlacementSheet.writeRelationships(map))));
  }

  @Test
  void sheetsAsSpreadsheetProgramsWriteThemReadToTheSameMap() {
    qt().withExamples(100).forAll(DssaGenerators.sheetMaps(), integers().all()).checkAssert((map, seed) -> {
      Random random = new Random(seed);
      char separator = new char[] {',', ';', '\t'}[random.nextInt(3)];
      String placements = asASpreadsheetWrites(PlacementSheet.writePlacements(map), separator, random);
      String relationships = asASpreadsheetWrites(PlacementSheet.writeRelationships(map), separator, random);
      sameComponents(map, readSheets(placements, relationships));
    });
  }

  /**
   * The sheet as a spreadsheet program would save it: a byte order mark, {@code separator} between values, headers
   * in title case with spaces, words in any case or by display name, functions by their names, spaces around
   * words.
   */
  private static String asASpreadsheetWrites(String sheet, char separator, Random random) {
    try (CSVParser parser = CSVParser.parse(new StringReader(sheet), CSVFormat.RFC4180)) {
      List<CSVRecord> rows = parser.getRecords();
      List<String> header = rows.get(0).toList();
      StringWriter out = new StringWriter();
      out.write('\ufeff');
      CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setDelimiter(separator)
          .setRecordSeparator(random.nextBoolean() ? "\r\n" : "\n").get());
      printer.printRecord(header.stream().map(h -> titleCase(h.replace('_', ' '))).toList());
      for (CSVRecord row : rows.subList(1, rows.size())) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
          values.add(respell(header.get(i), row.get(i), random));
        }
        printer.printRecord(values);
      }
      printer.flush();
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String respell(String column, String value, Random random) {
    if (value.isEmpty()) {
      return value;
    }
    @SuppressWarnings("rawtypes")
    Optional<Vocab> words = switch (column) {
      case "dimension" -> Optional.of(Records.DIMENSIONS);
      case "layer" -> Optional.of(Records.LAYERS);
      case "status" -> Optional.of(Records.STATUSES);
      case "source" -> Optional.of(Records.SOURCES);
      case "confidentiality", "organization_confidentiality" -> Optional.of(Records.CONFIDENTIALITIES);
      case "region" -> Optional.of(Records.REGIONS);
      case "review_outcome" -> Optional.of(Records.REVIEW_OUTCOMES);
      default -> Optional.empty();
    };
    if (column.equals("function")) {
      return random.nextBoolean() ? FunctionCatalog.dssa2012().function(value).orElseThrow().name() : value;
    }
    if (column.equals("kind") && Records.RELATIONSHIP_KINDS.find(value) != null) {
      return " " + value.toUpperCase(Locale.ROOT).replace('-', ' ') + " ";
    }
    if (words.isEmpty()) {
      return value;
    }
    Object word = words.get().ofId(value);
    String displayName = word instanceof Layer l ? l.displayName() : word instanceof Dimension d ? d.displayName()
        : word instanceof Region r ? r.displayName() : value.replace('-', ' ');
    return switch (random.nextInt(4)) {
      case 0 -> value.toUpperCase(Locale.ROOT);
      case 1 -> titleCase(displayName);
      case 2 -> " " + displayName + " ";
      default -> value;
    };
  }

  private static String titleCase(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static EcosystemMap readSheets(String placements, String relationships) {
    return PlacementSheet.read(placements.getBytes(StandardCharsets.UTF_8), "placements.csv",
        relationships.getBytes(StandardCharsets.UTF_8), "relationships.csv", FunctionCatalog.dssa2012());
  }

  /** The maps are equal, compared component by component so that a lost one is named. */
  private static void sameComponents(EcosystemMap expected, EcosystemMap actual) {
    sameRecords(expected.organizations(), actual.organizations());
    sameRecords(expected.placements(), actual.placements());
    sameRecords(expected.relationships(), actual.relationships());
    sameRecords(expected.intentions(), actual.intentions());
    sameRecords(expected.cellNotes(), actual.cellNotes());
    assertEquals(expected, actual);
  }

  private static void sameRecords(List<? extends Record> expected, List<? extends Record> actual) {
    assertEquals(expected.size(), actual.size());
    for (int i = 0; i < expected.size(); i++) {
      Record e = expected.get(i);
      for (RecordComponent c : e.getClass().getRecordComponents()) {
        assertEquals(value(e, c), value(actual.get(i), c), e.getClass().getSimpleName() + "." + c.getName()
            + " of " + e);
      }
    }
  }

  private static Object value(Record r, RecordComponent c) {
    try {
      return c.getAccessor().invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new AssertionError(e);
    }
  }

  /** Whether a component's value is one a file must write: present, not empty, not the default. */
  private static boolean given(Object value) {
    if (value instanceof Optional<?> o) {
      return o.isPresent() && !"".equals(o.get());
    }
    if (value instanceof OptionalLong o) {
      return o.isPresent();
    }
    if (value instanceof Collection<?> c) {
      return !c.isEmpty();
    }
    if (value instanceof Confidentiality c) {
      return c != Confidentiality.PUBLIC;
    }
    if (value instanceof String s) {
      return !s.isEmpty();
    }
    return value instanceof Status || value instanceof EvidenceSource || value instanceof RelationshipKind
        || value != null;
  }
}
