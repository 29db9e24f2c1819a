package org.dssamap.model.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.dssamap.model.Cell;
import org.dssamap.model.Confidentiality;
import org.dssamap.model.Dimension;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.EvidenceSource;
import org.dssamap.model.FunctionCatalog;
import org.dssamap.model.InvalidMapException;
import org.dssamap.model.Layer;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Problem;
import org.dssamap.model.Region;
import org.dssamap.model.Relationship;
import org.dssamap.model.RelationshipKind;
import org.dssamap.model.Status;
import org.dssamap.model.testing.DssaGenerators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

class PlacementSheetTest {
  private static final FunctionCatalog DSSA = FunctionCatalog.dssa2012();
  private static final Cell IR_INTERNAL_EDGE = Cell.of("incident-response", Dimension.INTERNAL, Layer.EDGE);

  static byte[] resource(String name) throws IOException {
    try (InputStream in = PlacementSheetTest.class.getResourceAsStream("/csv/" + name)) {
      return Objects.requireNonNull(in, name).readAllBytes();
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static EcosystemMap read(String placements, String relationships, FunctionCatalog catalog) {
    return PlacementSheet.read(utf8(placements), "placements.csv", utf8(relationships), "relationships.csv", catalog);
  }

  private static EcosystemMap roundTrip(EcosystemMap map) {
    return read(PlacementSheet.writePlacements(map), PlacementSheet.writeRelationships(map), map.catalog());
  }

  private static InvalidMapException invalid(byte[] placements) {
    return assertThrows(InvalidMapException.class,
        () -> PlacementSheet.read(placements, "placements.csv", null, "", DSSA));
  }

  private static List<String> locations(InvalidMapException e) {
    return e.problems().stream().map(Problem::location).toList();
  }

  private static Problem only(InvalidMapException e) {
    assertEquals(1, e.problems().size(), e.getMessage());
    return e.problems().get(0);
  }

  @Test
  void mapSurvivesASheetRoundTrip() {
    qt().withExamples(300).forAll(DssaGenerators.sheetMaps()).checkAssert(map -> assertEquals(map, roundTrip(map)));
  }

  @Test
  void mapOnAnotherCatalogSurvivesASheetRoundTrip() {
    Gen<EcosystemMap> maps = in -> DssaGenerators.sheetMaps(DssaGenerators.catalogs(4).generate(in), 4).generate(in);
    qt().withExamples(200).forAll(maps).checkAssert(map -> assertEquals(map, roundTrip(map)));
  }

  @Test
  void writingWhatWasReadGivesTheSameBytes() {
    qt().withExamples(300).forAll(DssaGenerators.sheetMaps()).checkAssert(map -> {
      String placements = PlacementSheet.writePlacements(map);
      String relationships = PlacementSheet.writeRelationships(map);
      EcosystemMap again = read(placements, relationships, DSSA);
      assertEquals(placements, PlacementSheet.writePlacements(again));
      assertEquals(relationships, PlacementSheet.writeRelationships(again));
    });
  }

  /** The characters that make a spreadsheet run a cell as a formula, stated here on their own. */
  private static boolean spreadsheetWouldRun(String cell) {
    return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
  }

  @Test
  void noCellAWrittenSheetHoldsIsRunAsAFormulaAndEveryValueReadsBack() {
    List<String> notes = List.of("=HYPERLINK(\"http://evil.example/\",\"click\")", "+cmd|' /C calc'!A0", "@SUM(1+1)",
        "-2+3", "\tx", "\rx", "'=x", "''@y", "'plain", "'", "-", "=", "a=b", "'''-z");
    EcosystemMap.Builder b = EcosystemMap.builder(DSSA);
    List<Cell> cells = DSSA.cells();
    b.addOrganization(new Organization("org-0", "-name", "cert", java.util.Optional.empty(),
        java.util.Optional.empty(), java.util.Optional.of("@note")));
    for (int i = 0; i < notes.size(); i++) {
      b.addPlacement(Placement.of("org-0", cells.get(i), Status.CLAIMED, EvidenceSource.DESK_RESEARCH)
          .withNote(notes.get(i)));
    }
    EcosystemMap map = b.build();
    String sheet = PlacementSheet.writePlacements(map);
    for (String raw : rawCells(sheet)) {
      assertFalse(spreadsheetWouldRun(raw), raw);
    }
    assertEquals(map, read(sheet, PlacementSheet.writeRelationships(map), DSSA));
  }

  @Test
  void theFormulaEscapeIsUnambiguous() {
    Gen<String> values = in -> {
      StringBuilder s = new StringBuilder();
      int n = DssaGenerators.between(in, 0, 6);
      for (int i = 0; i < n; i++) {
        String alphabet = "'=+-@\t\rab ";
        s.append(alphabet.charAt(DssaGenerators.between(in, 0, alphabet.length() - 1)));
      }
      return s.toString();
    };
    qt().withExamples(2000).forAll(values).checkAssert(v -> {
      String written = Sheet.escapeFormula(v);
      assertFalse(spreadsheetWouldRun(written), written);
      assertEquals(v, Sheet.unescapeFormula(written));
      // only a leading apostrophe is ever added
      assertTrue(written.equals(v) || written.equals("'" + v), written);
    });
  }

  /** Every cell of a sheet as a spreadsheet holds it: quotes taken off, doubled quotes made single. */
  private static List<String> rawCells(String sheet) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < sheet.length(); i++) {
      char c = sheet.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < sheet.length() && sheet.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if ((c == ',' || c == '\n') && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  @Test
  void quotingMistakesAreLocatedWhereTheyAre() {
    String header = "organization,function,dimension,layer,status,note\n";
    InvalidMapException unclosed = invalid(utf8(header + "pir,training,internal,edge,claimed,ok\n"
        + "pir,incident-response,internal,edge,claimed,\"never closed\nmore,text\n"));
    assertEquals(List.of("3:6"), locations(unclosed), "the line the quote opens on, and its field");
    assertTrue(unclosed.problems().get(0).message().contains("never closed"), unclosed::getMessage);
    InvalidMapException after = invalid(utf8(header + "pir,training,internal,edge,claimed,\"a\"b\n"));
    assertEquals(List.of("2:6"), locations(after));
    assertTrue(after.problems().get(0).message().startsWith("text after the closing quote"), after::getMessage);
    InvalidMapException bare = invalid(utf8(header + "pir,training,internal,edge,claimed,say \"hi\"\n"
        + "pir,incident-response,inter\"nal,edge,claimed,\n"));
    assertEquals(List.of("2:6", "3:3"), locations(bare), bare::getMessage);
    assertTrue(bare.problems().get(0).message().startsWith("a double quote inside a value that is not quoted"),
        bare::getMessage);
  }

  @Test
  void aBadIdDoesNotHideTheRowsOtherProblems() {
    InvalidMapException e = invalid(utf8("organization,kind,region,organization_url,function,dimension,layer,status\n"
        + "Not An Id,Bad Kind,mars,ftp://x,training,internal,edge,claimed\n"));
    assertEquals(List.of("2:1", "2:2", "2:3", "2:4"), locations(e), e::getMessage);
  }

  @Test
  void anOrganizationSizeIsAWholeNumberGivenAlikeOnEveryRow() {
    String header = "organization,function,dimension,layer,status,organization_size\n";
    InvalidMapException e = invalid(utf8(header
        + "pir,incident-response,internal,edge,claimed,-3\n"
        + "afilias,incident-response,internal,edge,claimed,ten\n"
        + "cira,incident-response,internal,edge,claimed, 12 \n"
        + "cira,technology,internal,edge,claimed,13\n"));
    assertEquals(List.of("2:6", "3:6", "5:6"), locations(e), e.getMessage());
    assertTrue(e.problems().get(0).message().contains("found '-3'; expected the organization's size, a whole number from 0"), e.getMessage());
    assertTrue(e.problems().get(2).message().contains("gives size '13' but line 4 gives '12'"), e.getMessage());
    EcosystemMap map = read(header + "pir,incident-response,internal,edge,claimed, 12 \n"
        + "pir,technology,internal,edge,claimed,\n", "from,to,kind\n", DSSA);
    assertEquals(java.util.OptionalLong.of(12), map.requireOrganization("pir").size());
    assertTrue(PlacementSheet.writePlacements(map).contains(",12,public,,,,,\n"), PlacementSheet.writePlacements(map));
  }

  @Test
  void aRelationshipOfAnOrganizationWithoutPlacementsIsLeftOutAndNamedSoTheSheetsStillReadBack() {
    EcosystemMap map = EcosystemMap.builder()
        .addOrganization(org.dssamap.model.Organization.withoutRegion("pir", "PIR", "registry"))
        .addOrganization(org.dssamap.model.Organization.withoutRegion("afilias", "Afilias", "registry-backend"))
        .addOrganization(org.dssamap.model.Organization.withoutRegion("mobi", "mTLD", "registry"))
        .addPlacement(org.dssamap.model.Placement.claimed("pir", DSSA.cells().get(0)))
        .addPlacement(org.dssamap.model.Placement.claimed("afilias", DSSA.cells().get(1)))
        .addRelationship(org.dssamap.model.Relationship.of("pir", "afilias",
            org.dssamap.model.RelationshipKind.OUTSOURCES_TO))
        .addRelationship(org.dssamap.model.Relationship.of("mobi", "afilias",
            org.dssamap.model.RelationshipKind.OUTSOURCES_TO))
        .build();
    String relationships = PlacementSheet.writeRelationships(map);
    assertFalse(relationships.contains("mobi"), relationships);
    assertTrue(PlacementSheet.unrepresentable(map).stream().anyMatch(l -> l.contains("1 relationship(s)")
        && l.contains("mobi")), PlacementSheet.unrepresentable(map)::toString);
    EcosystemMap read = read(PlacementSheet.writePlacements(map), relationships, DSSA);
    assertEquals(List.of(map.relationships().get(1)), read.relationships());
  }

  @Test
  void orderOfRowsDoesNotChangeTheMap() {
    qt().withExamples(100).forAll(DssaGenerators.sheetMaps(), integers().all()).checkAssert((map, seed) -> {
      Random random = new Random(seed);
      assertEquals(map, read(shuffleRows(PlacementSheet.writePlacements(map), random),
          shuffleRows(PlacementSheet.writeRelationships(map), random), DSSA));
    });
  }

  /** The sheet with its data rows in another order; no generated value holds a line break inside quotes. */
  private static String shuffleRows(String csv, Random random) {
    List<String> rows = new ArrayList<>(List.of(csv.split("\n(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")));
    String header = rows.remove(0);
    Collections.shuffle(rows, random);
    return header + "\n" + String.join("\n", rows) + "\n";
  }

  @Test
  void everyInjectedDefectIsReportedAtItsCell() {
    qt().withExamples(100).forAll(sheetsWithDefects()).checkAssert(defects -> {
      InvalidMapException e = invalid(utf8(defects.csv()));
      assertEquals(defects.locations(), locations(e), e.getMessage());
    });
  }

  /** A placement sheet with a bad value at each of {@code locations}, in line order. */
  record Defects(String csv, List<String> locations) {}

  private static Gen<Defects> sheetsWithDefects() {
    List<String> columns = List.of("dimension", "layer", "status", "source", "confidentiality");
    return in -> {
      EcosystemMap map = DssaGenerators.sheetMaps(DSSA, 1, 6).generate(in);
      // Start from a sheet without free text, so that every record is one line.
      EcosystemMap.Builder plain = EcosystemMap.builder();
      map.organizations().forEach(o -> plain.addOrganization(Organization.withoutRegion(o.id(), o.id(), o.kind())));
      map.placements().forEach(p -> plain.addPlacement(Placement.of(p.organization(), p.cell(), p.status(),
          p.source())));
      List<String> lines = new ArrayList<>(List.of(PlacementSheet.writePlacements(plain.build()).split("\n")));
      int rows = lines.size() - 1;
      List<String> locations = new ArrayList<>();
      for (int row : DssaGenerators.someOf(in, 1, rows)) {
        int column = PlacementSheet.PLACEMENT_COLUMNS.indexOf(columns.get(DssaGenerators.between(in, 0, 4)));
        String[] fields = lines.get(row).split(",", -1);
        fields[column] = "bogus-" + row;
        lines.set(row, String.join(",", fields));
        locations.add((row + 1) + ":" + (column + 1));
      }
      return new Defects(String.join("\n", lines) + "\n", locations);
    };
  }

  @Test
  void readsAWorkingGroupSheet() throws IOException {
    EcosystemMap map = PlacementSheet.read(resource("sheet.csv"), "sheet.csv", resource("relationships.csv"),
        "relationships.csv", DSSA);
    assertEquals(Organization.of("afilias", "Afilias", "registry-backend", Region.NORTH_AMERICA),
        map.requireOrganization("afilias"));
    assertEquals(3, map.placementsOf("afilias").size() + map.placementsOf("pir").size() - 1);
    Placement claim = map.placement("afilias", Cell.of("incident-response", Dimension.EXTERNAL, Layer.EDGE))
        .orElseThrow();
    assertEquals("says \"we do it for our clients\"", claim.note().orElseThrow());
    assertEquals(EvidenceSource.DESK_RESEARCH, claim.source());
    assertEquals(List.of(Relationship.of("afilias", "pir", RelationshipKind.SHARES_WITH),
        Relationship.of("pir", "afilias", RelationshipKind.OUTSOURCES_TO,
            List.of("incident-response", "risk-assessment"))), map.relationships());
  }

  @Test
  void absentColumnsTakeTheirDefaults() throws IOException {
    EcosystemMap map = PlacementSheet.read(resource("minimal.csv"), "minimal.csv", null, "", DSSA);
    assertEquals(Organization.withoutRegion("pir", "pir", PlacementSheet.UNSPECIFIED_KIND),
        map.requireOrganization("pir"));
    Placement p = map.placement("pir", IR_INTERNAL_EDGE).orElseThrow();
    assertEquals(Placement.of("pir", IR_INTERNAL_EDGE, Status.CLAIMED, EvidenceSource.DESK_RESEARCH), p);
    assertEquals(Confidentiality.PUBLIC, p.confidentiality());
    assertEquals("", map.title());
  }

  @Test
  void reportsEveryProblemOfASheetInLineOrder() throws IOException {
    InvalidMapException e = invalid(resource("many-problems.csv"));
    assertEquals(List.of("3:2", "3:4", "4:1", "5:4", "5:5", "5:6", "5:7", "5:8", "5:9", "5:10", "6:11", "7", "8:1"),
        locations(e), e.getMessage());
    assertTrue(e.problems().get(0).message().contains("'PIR'") && e.problems().get(0).message().contains("line 2"),
        e.getMessage());
    assertTrue(e.problems().get(7).message().startsWith("status: found 'maybe'; expected one of claimed, verified, disputed"),
        e.getMessage());
    assertEquals("placements.csv", e.source());
  }

  @Test
  void headerMissingColumnsIsOneProblemNamingThemAll() throws IOException {
    Problem p = only(invalid(resource("missing-columns.csv")));
    assertEquals("1", p.location());
    assertTrue(p.message().contains("columns dimension, layer;"), p.message());
  }

  @Test
  void emptySheetSaysWhatWasExpected() {
    Problem p = only(invalid(new byte[0]));
    assertTrue(p.message().contains("empty") && p.message().contains("organization,function"), p.message());
  }

  @Test
  void byteOrderMarkIsTolerated() throws IOException {
    byte[] sheet = resource("minimal.csv");
    byte[] withBom = new byte[sheet.length + 3];
    withBom[0] = (byte) 0xef;
    withBom[1] = (byte) 0xbb;
    withBom[2] = (byte) 0xbf;
    System.arraycopy(sheet, 0, withBom, 3, sheet.length);
    assertEquals(PlacementSheet.read(sheet, "a.csv", null, "", DSSA),
        PlacementSheet.read(withBom, "b.csv", null, "", DSSA));
  }

  @Test
  void bytesThatAreNotUtf8AreLocated() {
    byte[] latin1 = "organization,function,dimension,layer,status,note\npir,training,internal,edge,claimed,caf\u00e9\n"
        .getBytes(StandardCharsets.ISO_8859_1);
    Problem p = only(invalid(latin1));
    assertEquals("2:39", p.location());
    assertTrue(p.message().contains("UTF-8"), p.message());
  }

  @Test
  void unclosedQuoteIsLocated() throws IOException {
    Problem p = only(invalid(resource("unclosed-quote.csv")));
    assertEquals("2:6", p.location(), "where the quote opens");
    assertTrue(p.message().contains("quote"), p.message());
  }

  @Test
  void spacesAroundIdentifiersAndWordsAreIgnoredButKeptInText() {
    EcosystemMap map = PlacementSheet.read(utf8("organization,organization_name,function,dimension,layer,status,note\n"
        + " pir , PIR ,training , internal,edge ,verified , kept \n"), "spaces.csv", null, "", DSSA);
    Placement p = map.placements().get(0);
    assertEquals(Placement.verified("pir", Cell.of("training", Dimension.INTERNAL, Layer.EDGE),
        EvidenceSource.DESK_RESEARCH).withNote(" kept "), p);
    assertEquals(" PIR ", map.requireOrganization("pir").name());
  }

  @Test
  void crlfLineEndsAndBlankRowsAreRead() {
    EcosystemMap map = PlacementSheet.read(utf8("organization,function,dimension,layer,status\r\n\r\n,,,,\r\n"
        + "pir,training,internal,edge,verified\r\n"), "crlf.csv", null, "", DSSA);
    assertEquals(1, map.placements().size());
  }

  @Test
  void relationshipProblemsAreLocatedInTheirOwnFile() throws IOException {
    InvalidMapException e = assertThrows(InvalidMapException.class, () -> PlacementSheet.read(resource("sheet.csv"),
        "sheet.csv", resource("bad-relationships.csv"), "bad-relationships.csv", DSSA));
    assertEquals("bad-relationships.csv", e.source());
    assertEquals(List.of("2:2", "2:4", "3:2", "3:3"), locations(e), e.getMessage());
  }

  @Test
  void whenBothFilesAreWrongTheRelationshipProblemsAreSuppressed() throws IOException {
    InvalidMapException e = assertThrows(InvalidMapException.class, () -> PlacementSheet.read(
        resource("missing-columns.csv"), "missing-columns.csv", resource("bad-relationships.csv"),
        "bad-relationships.csv", DSSA));
    assertEquals("missing-columns.csv", e.source());
    InvalidMapException suppressed = (InvalidMapException) e.getSuppressed()[0];
    assertEquals("bad-relationships.csv", suppressed.source());
    assertEquals(List.of("2:4", "3:2", "3:3"), locations(suppressed), suppressed.getMessage());
  }

  @Test
  void writesOneRowPerPlacementWithTheOrganizationRepeated() throws IOException {
    EcosystemMap map = PlacementSheet.read(resource("sheet.csv"), "sheet.csv", null, "", DSSA);
    String csv = PlacementSheet.writePlacements(map);
    List<String> lines = List.of(csv.split("\n"));
    assertEquals(String.join(",", PlacementSheet.PLACEMENT_COLUMNS), lines.get(0));
    assertEquals(5, lines.size());
    assertTrue(lines.get(1).startsWith("afilias,Afilias,registry-backend,north-america,incident-response,"), csv);
    assertTrue(lines.get(2).startsWith("afilias,Afilias,registry-backend,north-america,incident-response,"), csv);
    assertFalse(csv.contains("\r"), csv);
    assertTrue(csv.endsWith("\n"), csv);
  }

  @Test
  void writesBothFilesOrNeither(@TempDir Path dir) throws IOException {
    EcosystemMap map = PlacementSheet.read(resource("sheet.csv"), "sheet.csv", resource("relationships.csv"),
        "relationships.csv", DSSA);
    Path placements = dir.resolve("placements.csv");
    Path relationships = dir.resolve("relationships.csv");
    PlacementSheet.write(map, placements, relationships);
    assertEquals(map, PlacementSheet.read(placements, relationships, DSSA));
    Path missingDirectory = dir.resolve("no-such-directory").resolve("relationships.csv");
    Files.writeString(placements, "keep me");
    assertThrows(IOException.class, () -> PlacementSheet.write(map, placements, missingDirectory));
    assertEquals("keep me", Files.readString(placements));
    try (var listing = Files.list(dir)) {
      assertEquals(2, listing.count(), "no temporary file left behind");
    }
  }

  @Test
  void saysWhatASheetCannotHold() {
    EcosystemMap map = EcosystemMap.builder().title("First pass").addOpenQuestion("Who is core?")
        .addOrganization(Organization.of("icann", "ICANN", "core-body", Region.GLOBAL)).build();
    List<String> losses = PlacementSheet.unrepresentable(map);
    assertEquals(3, losses.size(), losses.toString());
    assertTrue(losses.get(2).contains("icann"), losses.toString());
    assertEquals(List.of(), PlacementSheet.unrepresentable(roundTrip(EcosystemMap.builder()
        .addOrganization(Organization.of("pir", "PIR", "registry", Region.EUROPE))
        .addPlacement(Placement.claimed("pir", IR_INTERNAL_EDGE)).build())));
  }
}
