package org.dssamap.model.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.FunctionCatalog;
import org.dssamap.model.InvalidMapException;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Problem;
import org.dssamap.model.testing.DssaGenerators;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The sheets read from rows that a spreadsheet reader found: the CSV sheets' rules, problems at the cells. */
class SheetRowsTest {
  private static final FunctionCatalog DSSA = FunctionCatalog.dssa2012();

  /** Column letters as a spreadsheet shows them, enumerated: A..Z, then AA..ZZ. */
  private static final List<String> LETTERS = letters();

  private static List<String> letters() {
    List<String> one = new ArrayList<>();
    for (char c = 'A'; c <= 'Z'; c++) {
      one.add(String.valueOf(c));
    }
    List<String> all = new ArrayList<>(one);
    for (String first : one) {
      for (String second : one) {
        all.add(first + second);
      }
    }
    return all;
  }

  /** Rows of the sheet {@code name}: row {@code r} (0-based) of {@code values} is the spreadsheet's row r + 1. */
  private static List<SheetRow> rows(String name, List<? extends List<String>> values) {
    List<SheetRow> rows = new ArrayList<>();
    for (int r = 0; r < values.size(); r++) {
      rows.add(SheetRow.of(name, r + 1, values.get(r)));
    }
    return rows;
  }

  /** Reads the rows of sheets Placements and, when not null, Relationships. */
  private static EcosystemMap readRows(List<? extends List<String>> placements,
      @Nullable List<? extends List<String>> relationships, FunctionCatalog catalog) {
    return PlacementSheet.readRows(rows("Placements", placements),
        relationships == null ? null : rows("Relationships", relationships), "t.xlsx", catalog);
  }

  private static InvalidMapException invalid(List<? extends List<String>> placements,
      @Nullable List<? extends List<String>> relationships) {
    return assertThrows(InvalidMapException.class, () -> readRows(placements, relationships, DSSA));
  }

  private static List<String> locations(InvalidMapException e) {
    return e.problems().stream().map(Problem::location).toList();
  }

  @Test
  void aMapGoesToRowsAndBackUnchanged() {
    qt().withExamples(200).forAll(DssaGenerators.sheetMaps()).checkAssert(map -> assertEquals(map,
        readRows(PlacementSheet.placementRows(map), PlacementSheet.relationshipRows(map), map.catalog())));
  }

  @Test
  void onAnyCatalogAMapGoesToRowsAndBackUnchanged() {
    Gen<EcosystemMap> maps = in -> DssaGenerators.sheetMaps(DssaGenerators.catalogs(5).generate(in), 5).generate(in);
    qt().withExamples(100).forAll(maps).checkAssert(map -> assertEquals(map,
        readRows(PlacementSheet.placementRows(map), PlacementSheet.relationshipRows(map), map.catalog())));
  }

  @Test
  void theRowsAreTheCsvSheetsValuesBeforeTheFormulaEscape() {
    qt().withExamples(200).forAll(DssaGenerators.sheetMaps()).checkAssert(map -> {
      assertEquals(PlacementSheet.writePlacements(map), csv(PlacementSheet.placementRows(map)));
      assertEquals(PlacementSheet.writeRelationships(map), csv(PlacementSheet.relationshipRows(map)));
    });
  }

  /** The rows as an RFC 4180 text with LF line ends, each value formula-escaped as a CSV sheet must be. */
  private static String csv(List<? extends List<String>> rows) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
      for (int r = 0; r < rows.size(); r++) {
        printer.printRecord(r == 0 ? rows.get(r) : rows.get(r).stream().map(PlacementSheet::escapeFormula).toList());
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toString();
  }

  @Test
  void valuesAreTakenAsTypedWithNoFormulaEscapeUndone() {
    List<List<String>> placements = List.of(
        List.of("organization", "function", "dimension", "layer", "status", "note"),
        List.of("pir", "training", "internal", "edge", "claimed", "'=1+1"));
    EcosystemMap map = readRows(placements, null, DSSA);
    assertEquals("'=1+1", map.placements().get(0).note().orElseThrow());
  }

  @Test
  void theRowsReadAsTheCsvSheetsReadTheSameValues() {
    // Any case, display names, spaces around words, columns in another order, unknown columns ignored, blank rows.
    qt().withExamples(100).forAll(DssaGenerators.sheetMaps(), integers().all()).checkAssert((map, seed) -> {
      Random random = new Random(seed);
      List<List<String>> rows = new ArrayList<>(PlacementSheet.placementRows(map));
      List<Integer> order = new ArrayList<>();
      for (int c = 0; c < rows.get(0).size(); c++) {
        order.add(c);
      }
      Collections.shuffle(order, random);
      List<List<String>> shuffled = new ArrayList<>();
      for (List<String> row : rows) {
        List<String> moved = new ArrayList<>();
        order.forEach(c -> moved.add(row.get(c)));
        moved.add(row == rows.get(0) ? "Remarks" : "ignored");
        shuffled.add(moved);
        if (random.nextInt(4) == 0) {
          shuffled.add(Collections.nCopies(moved.size(), ""));
        }
      }
      List<String> header = new ArrayList<>(shuffled.get(0));
      header.replaceAll(h -> random.nextBoolean() ? h.toUpperCase(java.util.Locale.ROOT).replace('_', ' ') : h);
      shuffled.set(0, header);
      EcosystemMap viaCsv = PlacementSheet.read(csv(shuffled).getBytes(StandardCharsets.UTF_8), "p.csv",
          PlacementSheet.writeRelationships(map).getBytes(StandardCharsets.UTF_8), "r.csv", DSSA);
      assertEquals(viaCsv, readRows(shuffled, PlacementSheet.relationshipRows(map), DSSA));
      assertEquals(map, viaCsv);
    });
  }

  @Test
  void everyBadValueIsReportedAtItsCellInRowOrder() {
    // Bad values at random rows and columns, behind up to 40 empty columns (ignored, as a header without a name), so
    // that cells run past Z; each expected location is written from where the test put the value.
    List<String> columns = List.of("function", "dimension", "layer", "status", "source", "confidentiality");
    Gen<List<Object>> cases = in -> List.of(DssaGenerators.sheetMaps(DSSA, 1, 6).generate(in),
        DssaGenerators.between(in, 0, 40), (long) DssaGenerators.between(in, 0, Integer.MAX_VALUE));
    qt().withExamples(100).forAll(cases).checkAssert(c -> {
      EcosystemMap map = (EcosystemMap) c.get(0);
      int offset = (Integer) c.get(1);
      Random random = new Random((Long) c.get(2));
      List<List<String>> rows = new ArrayList<>();
      for (List<String> row : PlacementSheet.placementRows(map)) {
        List<String> shifted = new ArrayList<>(Collections.nCopies(offset, ""));
        shifted.addAll(row);
        rows.add(shifted);
      }
      List<String> expected = new ArrayList<>();
      for (int r = 1; r < rows.size(); r++) {
        if (random.nextInt(3) != 0) {
          continue;
        }
        int column = offset + PlacementSheet.PLACEMENT_COLUMNS.indexOf(columns.get(random.nextInt(columns.size())));
        rows.get(r).set(column, "bogus-" + r);
        expected.add("Placements!" + LETTERS.get(column) + (r + 1));
      }
      if (expected.isEmpty()) {
        return;
      }
      InvalidMapException e = invalid(rows, PlacementSheet.relationshipRows(map));
      assertEquals(expected, locations(e), e.getMessage());
      assertEquals("t.xlsx", e.source());
    });
  }

  @Test
  void aValueFromAnotherSheetIsReportedWhereItCameFrom() {
    SheetRow header = SheetRow.of("Placements", 1, List.of("organization", "function", "dimension", "layer",
        "status", "region"));
    // the region comes from the organizations sheet, row 3
    SheetRow row = new SheetRow("Placements!2:2",
        ImmutableList.of("pir", "training", "internal", "edge", "claimed", "Atlantis"),
        ImmutableList.of("Placements!A2", "Placements!B2", "Placements!C2", "Placements!D2", "Placements!E2",
            "Organizations!C3"));
    InvalidMapException e = assertThrows(InvalidMapException.class,
        () -> PlacementSheet.readRows(List.of(header, row), null, "t.xlsx", DSSA));
    assertEquals(List.of("Organizations!C3"), locations(e), e.getMessage());
  }

  @Test
  void messagesNameRowsByTheirLocationsNotByLines() {
    List<List<String>> placements = List.of(
        List.of("organization", "organization_name", "function", "dimension", "layer", "status"),
        List.of("pir", "PIR", "training", "internal", "edge", "claimed"),
        List.of("pir", "Public Interest Registry", "training", "external", "edge", "claimed"),
        List.of("pir", "", "training", "internal", "edge", "verified"),
        List.of("afilias", "", "training", "internal", "edge", "claimed", "", "stray"));
    InvalidMapException e = invalid(placements, List.of(List.of("from", "to", "kind"),
        List.of("pir", "nobody", "shares-with")));
    assertEquals(List.of(
        "t.xlsx: Placements!B3: organization_name: organization 'pir': this row gives name 'Public Interest Registry' "
            + "but Placements!2:2 gives 'PIR'; expected the same name on every row of an organization, or none",
        "t.xlsx: Placements!4:4: duplicate placement of 'pir' at training/internal/edge (first at Placements!2:2)",
        "t.xlsx: Placements!H5: a value in a column the header does not name; expected values under the header's "
            + "columns only"), e.formattedProblems().stream().limit(3).toList(), e.getMessage());
  }

  @Test
  void theHeaderIsCheckedWithItsCellsAndAnEmptySheetSaysWhatWasExpected() {
    InvalidMapException twice = invalid(List.of(List.of("organization", "function", "dimension", "layer", "status",
        "Function")), List.of(List.of("from", "to", "kind")));
    assertEquals(List.of("t.xlsx: Placements!F1: column 'function' appears twice (first at Placements!B1); expected "
        + "each column once"), twice.formattedProblems());
    InvalidMapException lacking = invalid(List.of(List.of("organization", "function")), null);
    assertEquals(List.of("Placements!1:1"), locations(lacking), lacking.getMessage());
    assertEquals(true, lacking.problems().get(0).message().startsWith("the header lacks the required columns "
        + "dimension, layer, status; expected a header row with the columns"), lacking.getMessage());
    // no rows at all: the relationships sheet is empty, and the placement rows are read all the same
    InvalidMapException empty = assertThrows(InvalidMapException.class, () -> PlacementSheet.readRows(
        rows("Placements", List.of(List.of("organization", "function", "dimension", "layer", "status"),
            List.of("pir", "training", "internal", "edge", "claimed"))), List.of(), "t.xlsx", DSSA));
    assertEquals(List.of("t.xlsx: the sheet is empty; expected a header row with the columns from,to,kind (and "
        + "optionally functions,note,confidentiality)"), empty.formattedProblems());
  }

  @Test
  void relationshipProblemsFollowThePlacementProblemsAndAreCheckedOnTheirOwnWhenThoseFail() {
    List<List<String>> placements = List.of(List.of("organization", "function", "dimension", "layer", "status"),
        List.of("pir", "training", "internal", "edge", "maybe"));
    InvalidMapException e = invalid(placements, List.of(List.of("from", "to", "kind"),
        List.of("pir", "afilias", "friendship")));
    assertEquals(List.of("Placements!E2", "Relationships!C2"), locations(e), e.getMessage());
    // with valid placements, a relationship naming an organization no placement row names is refused at its cell
    InvalidMapException unknown = invalid(List.of(placements.get(0), List.of("pir", "training", "internal", "edge",
        "claimed")), List.of(List.of("from", "to", "kind"), List.of("pir", "afilias", "shares-with")));
    assertEquals(List.of("Relationships!B2"), locations(unknown), unknown.getMessage());
  }

  @Test
  void aRowShorterThanTheHeaderReadsAsEmptyCells() {
    EcosystemMap map = readRows(List.of(
        List.of("organization", "function", "dimension", "layer", "status", "note", "source"),
        List.of("pir", "training", "internal", "edge", "claimed")), null, DSSA);
    assertEquals(List.of(Placement.claimed("pir", org.dssamap.model.Cell.of("training",
        org.dssamap.model.Dimension.INTERNAL, org.dssamap.model.Layer.EDGE))), map.placements());
    assertEquals(Organization.withoutRegion("pir", "pir", PlacementSheet.UNSPECIFIED_KIND),
        map.requireOrganization("pir"));
    InvalidMapException e = invalid(List.of(List.of("organization", "function", "dimension", "layer", "status"),
        List.of("pir", "training", "internal")), null);
    assertEquals(List.of("Placements!2:2", "Placements!2:2"), locations(e), e.getMessage());
  }

  @Test
  void aRowHasOneLocationPerValue() {
    assertThrows(IllegalArgumentException.class, () -> new SheetRow("Placements!2:2", ImmutableList.of("pir"),
        ImmutableList.of()));
    assertThrows(IllegalArgumentException.class, () -> new SheetRow("", ImmutableList.of(), ImmutableList.of()));
    assertEquals(new SheetRow("'My sheet'!3:3", ImmutableList.of("a", "b"),
        ImmutableList.of("'My sheet'!A3", "'My sheet'!B3")), SheetRow.of("My sheet", 3, List.of("a", "b")));
  }
}
