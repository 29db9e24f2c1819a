package org.dssamap.examples.workbook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.FunctionCatalog;
import org.dssamap.model.InvalidMapException;
import org.dssamap.model.csv.PlacementSheet;
import org.dssamap.model.testing.DssaGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The table as a workbook: what the CSV sheets hold, both ways, every problem at its cell. */
class MapWorkbookTest {
  private static EcosystemMap read(byte[] bytes, FunctionCatalog catalog) {
    return MapWorkbook.read(bytes, "t.xlsx", catalog);
  }

  @Test
  void aMapASheetCanHoldGoesToAWorkbookAndBackUnchanged() {
    qt().withExamples(20).forAll(DssaGenerators.sheetMaps())
        .checkAssert(map -> assertEquals(map, read(MapWorkbook.write(map), map.catalog())));
  }

  @Test
  void onAnyCatalogTheWorkbookReadsBackAsTheCsvSheetsDo() {
    Gen<EcosystemMap> maps = in -> DssaGenerators.sheetMaps(DssaGenerators.catalogs(4).generate(in), 4)
        .generate(in);
    qt().withExamples(20).forAll(maps).checkAssert(map -> {
      EcosystemMap viaCsv = PlacementSheet.read(PlacementSheet.writePlacements(map).getBytes(
          java.nio.charset.StandardCharsets.UTF_8), "p.csv", PlacementSheet.writeRelationships(map).getBytes(
          java.nio.charset.StandardCharsets.UTF_8), "r.csv", map.catalog());
      assertEquals(viaCsv, read(MapWorkbook.write(map), map.catalog()));
    });
  }

  @Test
  void equalMapsGiveTheSameBytes() {
    qt().withExamples(10).forAll(DssaGenerators.sheetMaps())
        .checkAssert(map -> assertArrayEquals(MapWorkbook.write(map), MapWorkbook.write(map)));
  }

  /** The call map, less what a table cannot hold (its title and date, organizations without placements). */
  static EcosystemMap callMap() throws IOException {
    EcosystemMap map;
    try (java.io.InputStream in = MapWorkbookTest.class.getResourceAsStream("/analysis/call-map.json")) {
      map = org.dssamap.model.json.MapJson.read(in, "call-map.json");
    }
    EcosystemMap.Builder b = EcosystemMap.builder(map.catalog());
    map.organizations().stream().filter(o -> !map.placementsOf(o.id()).isEmpty()).forEach(b::addOrganization);
    map.placements().forEach(b::addPlacement);
    map.relationships().stream().filter(r -> !map.placementsOf(r.from()).isEmpty()
        && !map.placementsOf(r.to()).isEmpty()).forEach(b::addRelationship);
    return b.build();
  }

  static XSSFWorkbook open(byte[] bytes) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(bytes));
  }

  static byte[] save(XSSFWorkbook wb) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    wb.write(out);
    wb.close();
    return out.toByteArray();
  }

  @Test
  void theSheetsHaveTheColumnsOfTheCsvSheets() throws IOException {
    try (XSSFWorkbook wb = open(MapWorkbook.write(callMap()))) {
      assertEquals(List.of("placements", "relationships", "organizations"), Workbooks.sheetNames(wb));
      assertEquals(PlacementSheet.PLACEMENT_COLUMNS, header(wb.getSheet("placements")));
      assertEquals(PlacementSheet.RELATIONSHIP_COLUMNS, header(wb.getSheet("relationships")));
      assertEquals(MapWorkbook.ORGANIZATION_COLUMNS, header(wb.getSheet("organizations")));
    }
  }

  @Test
  void aPlacementRowThatLeavesOrganizationDetailsEmptyTakesThemFromTheOrganizationsSheet() throws IOException {
    EcosystemMap map = callMap();
    XSSFWorkbook wb = open(MapWorkbook.write(map));
    Sheet placements = wb.getSheet("placements");
    // drop the organization columns from the placements sheet altogether: the organizations sheet gives them
    for (int r = 0; r <= placements.getLastRowNum(); r++) {
      Row row = placements.getRow(r);
      for (String column : List.of("organization_name", "kind", "region", "organization_url", "organization_note",
          "organization_size", "organization_confidentiality")) {
        row.removeCell(row.getCell(PlacementSheet.PLACEMENT_COLUMNS.indexOf(column)));
      }
    }
    EcosystemMap viaCsv = PlacementSheet.read(PlacementSheet.writePlacements(map).getBytes(
        java.nio.charset.StandardCharsets.UTF_8), "p.csv", PlacementSheet.writeRelationships(map).getBytes(
        java.nio.charset.StandardCharsets.UTF_8), "r.csv", map.catalog());
    assertEquals(viaCsv, read(save(wb), map.catalog()));
  }

  @Test
  void everyProblemOfABadTableIsLocatedAtItsCellAndNothingIsRead() throws IOException {
    EcosystemMap map = callMap();
    XSSFWorkbook wb = open(MapWorkbook.write(map));
    Sheet placements = wb.getSheet("placements");
    int dimension = PlacementSheet.PLACEMENT_COLUMNS.indexOf("dimension");
    int status = PlacementSheet.PLACEMENT_COLUMNS.indexOf("status");
    int organization = 0;
    placements.getRow(1).getCell(dimension).setCellValue("sideways"); // F2: not a dimension
    placements.getRow(2).getCell(status).setCellFormula("\"veri\"&\"fied\""); // H3: a formula
    placements.getRow(3).getCell(organization).setCellValue(""); // A4: a blank required column
    Sheet organizations = wb.getSheet("organizations");
    String firstOrg = placements.getRow(5).getCell(0).getStringCellValue();
    Row stray = organizations.createRow(organizations.getLastRowNum() + 1);
    stray.createCell(0).setCellValue("nobody-placed");
    int strayRow = stray.getRowNum() + 1;
    // the placement row of the first organization gives another name than its organizations row
    int nameColumn = PlacementSheet.PLACEMENT_COLUMNS.indexOf("organization_name");
    int conflictRow = -1;
    for (int r = 4; r <= placements.getLastRowNum() && conflictRow < 0; r++) {
      if (placements.getRow(r).getCell(0).getStringCellValue().equals(firstOrg)) {
        placements.getRow(r).getCell(nameColumn).setCellValue("Another name");
        conflictRow = r + 1;
      }
    }
    Sheet relationships = wb.getSheet("relationships");
    relationships.getRow(1).getCell(2).setCellValue("friendship"); // C2: not a relationship kind
    InvalidMapException e = assertThrows(InvalidMapException.class, () -> read(save(wb), map.catalog()));
    List<String> at = e.problems().stream().map(p -> p.location()).toList();
    assertEquals(java.util.Set.of("placements!F2", "placements!H3", "placements!A4",
        "placements!B" + conflictRow, "organizations!A" + strayRow, "relationships!C2"),
        java.util.Set.copyOf(at), e::getMessage);
    assertEquals(6, at.size(), e::getMessage);
    assertEquals("t.xlsx: placements!H3: a formula (=\"veri\"&\"fied\"); expected a value typed in, not a formula",
        e.problems().get(at.indexOf("placements!H3")).format("t.xlsx"));
  }

  @Test
  void aWorkbookWithoutAPlacementsSheetOrNotAWorkbookIsOneProblemWithoutAStackTrace() throws IOException {
    XSSFWorkbook wb = open(MapWorkbook.write(callMap()));
    wb.setSheetName(0, "Sheet1");
    InvalidMapException renamed = assertThrows(InvalidMapException.class,
        () -> read(save(wb), FunctionCatalog.dssa2012()));
    assertEquals(List.of("t.xlsx: no sheet named 'placements' (the workbook has 'Sheet1', 'relationships', "
        + "'organizations'); expected the sheets placements, relationships (optional) and organizations (optional), "
        + "as dssa convert writes them"), renamed.formattedProblems());
    InvalidMapException corrupt = assertThrows(InvalidMapException.class,
        () -> read("organization,function\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
            FunctionCatalog.dssa2012()));
    assertEquals(1, corrupt.problems().size());
    org.junit.jupiter.api.Assertions.assertTrue(corrupt.problems().get(0).message()
        .startsWith("not a readable .xlsx workbook"), corrupt::getMessage);
  }

  @Test
  void aSpreadsheetReadsTheCellReferencesProblemsAreLocatedAtAsTheCellsTheyName() {
    // Problem.sheetCell writes references without a spreadsheet library; Apache POI, which parses them as Excel does,
    // must find the same sheet, row and column in them.
    List<String> names = List.of("Placements", "placements", "My sheet", "O'Brien", "AB12", "R1C1", "TRUE", "2012",
        "Übersicht", "a.b_c", "Fragen (2)", "''", "x!y");
    Gen<List<Integer>> cells = in -> List.of(org.dssamap.model.testing.DssaGenerators.between(in, 0, names.size() - 1),
        org.dssamap.model.testing.DssaGenerators.between(in, 1, 1_048_576),
        org.dssamap.model.testing.DssaGenerators.between(in, 1, 16_384));
    qt().withExamples(500).forAll(cells).checkAssert(c -> {
      String name = names.get(c.get(0));
      String ref = org.dssamap.model.Problem.sheetCell(name, c.get(1), c.get(2));
      org.apache.poi.ss.util.CellReference parsed = new org.apache.poi.ss.util.CellReference(ref);
      assertEquals(List.of(name, c.get(1) - 1, c.get(2) - 1), List.of(parsed.getSheetName(), parsed.getRow(),
          (int) parsed.getCol()), ref);
    });
  }

  private static List<String> header(Sheet sheet) {
    Row row = sheet.getRow(0);
    return java.util.stream.IntStream.range(0, row.getLastCellNum())
        .mapToObj(i -> row.getCell(i).getStringCellValue()).toList();
  }
}
