package org.dssamap.examples.workbook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dssamap.analysis.survey.Answer;
import org.dssamap.analysis.survey.Question;
import org.dssamap.analysis.survey.Questionnaire;
import org.dssamap.analysis.survey.Responses;
import org.dssamap.analysis.survey.Survey;
import org.dssamap.analysis.format.SurveyJson;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.InvalidMapException;
import org.dssamap.model.Problem;
import org.dssamap.model.testing.DssaGenerators;
import org.junit.jupiter.api.Test;

/** The survey workbook: what the JSON questionnaire asks, in a spreadsheet, and the same answers read back. */
class SurveyWorkbookTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> COMMENTS = List.of("", "", "we run this since 2010", "=1+1 is text here",
      "see https://example.org/cert");

  private static EcosystemMap callMap() throws IOException {
    try (java.io.InputStream in = SurveyWorkbookTest.class.getResourceAsStream("/analysis/call-map.json")) {
      return org.dssamap.model.json.MapJson.read(in, "call-map.json");
    }
  }

  private static XSSFWorkbook export(EcosystemMap map, String org) throws IOException {
    return MapWorkbookTest.open(SurveyWorkbook.write(Questionnaire.of(map, org), map));
  }

  private static void set(Sheet sheet, int row, int column, String value) {
    Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
    (r.getCell(column) == null ? r.createCell(column) : r.getCell(column)).setCellValue(value);
  }

  private static String get(Sheet sheet, int row, int column) {
    Cell c = sheet.getRow(row).getCell(column);
    return c == null ? "" : c.getStringCellValue();
  }

  @Test
  void answersFilledInTheWorkbookApplyExactlyAsTheSameAnswersInTheJsonQuestionnaire() {
    qt().withExamples(20).forAll(DssaGenerators.mapsWithPlacements(), longs().all()).checkAssert((map, seed) -> {
      try {
        Random random = new Random(seed);
        String org = map.organizations().get(random.nextInt(map.organizations().size())).id();
        Questionnaire q = Questionnaire.of(map, org);
        XSSFWorkbook wb = export(map, org);
        ObjectNode json = (ObjectNode) JSON.readTree(SurveyJson.writeQuestionnaire(q, map));
        Map<String, ObjectNode> jsonQuestions = new HashMap<>();
        for (JsonNode question : json.get("questions")) {
          jsonQuestions.put(question.get("function").asText() + "/" + question.get("dimension").asText() + "/"
              + question.get("layer").asText(), (ObjectNode) question);
        }
        Sheet placements = wb.getSheet(SurveyWorkbook.PLACEMENTS);
        for (int r = 1; r <= placements.getLastRowNum(); r++) {
          int pick = random.nextInt(Answer.values().length + 2);
          if (pick >= Answer.values().length) {
            continue;
          }
          String answer = Answer.values()[pick].id();
          String comment = COMMENTS.get(random.nextInt(COMMENTS.size()));
          set(placements, r, 7, answer);
          set(placements, r, 8, comment);
          ObjectNode question = jsonQuestions.get(get(placements, r, 1) + "/" + get(placements, r, 2) + "/"
              + get(placements, r, 3));
          question.put("answer", answer).put("comment", comment);
        }
        Sheet questions = wb.getSheet(SurveyWorkbook.QUESTIONS);
        ArrayNode answers = json.putArray("answers");
        List<String> ids = List.of("add", "want-to-do", "give-away");
        for (int r = 1; r <= questions.getLastRowNum(); r++) {
          if (random.nextInt(3) != 0) {
            continue;
          }
          String comment = COMMENTS.get(random.nextInt(COMMENTS.size()));
          set(questions, r, 7, comment);
          for (int i = 0; i < 3; i++) {
            String yesNo = List.of("yes", "no", "", "Yes").get(random.nextInt(4));
            set(questions, r, 4 + i, yesNo);
            if (yesNo.equalsIgnoreCase("yes")) {
              answers.addObject().put("function", get(questions, r, 1)).put("dimension", get(questions, r, 2))
                  .put("layer", get(questions, r, 3)).put("answer", ids.get(i)).put("comment", comment);
            }
          }
        }
        Responses fromWorkbook = SurveyWorkbook.read(MapWorkbookTest.save(wb), "q.xlsx", map);
        Responses fromJson = SurveyJson.readResponses(JSON.writeValueAsBytes(json), "q.json", map);
        assertEquals(fromJson, fromWorkbook);
        // The day of the round: neither file gives one (the workbook has no date row; these JSON answers none).
        java.time.LocalDate day = java.time.LocalDate.of(2012, 9, 14);
        assertEquals(Survey.apply(map, fromJson, day), Survey.apply(map, fromWorkbook, day));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  @Test
  void theWorkbookShowsWhatTheJsonQuestionnaireShowsAndIsTheSameBytesEachTime() {
    qt().withExamples(10).forAll(DssaGenerators.mapsWithPlacements(), longs().all()).checkAssert((map, seed) -> {
      String org = map.organizations().get((int) Math.floorMod(seed, (long) map.organizations().size())).id();
      Questionnaire q = Questionnaire.of(map, org);
      byte[] bytes = SurveyWorkbook.write(q, map);
      assertArrayEquals(bytes, SurveyWorkbook.write(q, map));
      try (XSSFWorkbook wb = MapWorkbookTest.open(bytes)) {
        // the placements are the questions the organization is placed in; the peers those with peers, as the
        // questionnaire (and so the JSON) has them, nothing restricted of anybody else
        List<String> placed = new ArrayList<>();
        List<String> peers = new ArrayList<>();
        for (Question question : q.questions()) {
          String cell = question.cell().toString();
          if (question.onTheMap()) {
            placed.add(cell + " " + question.current().orElseThrow().status().id());
          }
          if (!question.peers().isEmpty()) {
            peers.add(cell + " " + String.join(", ", question.peers()));
          }
        }
        List<String> placedRows = new ArrayList<>();
        Sheet placements = wb.getSheet(SurveyWorkbook.PLACEMENTS);
        for (int r = 1; r <= placements.getLastRowNum(); r++) {
          placedRows.add(get(placements, r, 1) + "/" + get(placements, r, 2) + "/" + get(placements, r, 3) + " "
              + get(placements, r, 4));
        }
        List<String> peerRows = new ArrayList<>();
        Sheet peerSheet = wb.getSheet(SurveyWorkbook.PEERS);
        for (int r = 1; r <= peerSheet.getLastRowNum(); r++) {
          peerRows.add(get(peerSheet, r, 1) + "/" + get(peerSheet, r, 2) + "/" + get(peerSheet, r, 3) + " "
              + get(peerSheet, r, 5));
        }
        assertEquals(placed, placedRows);
        assertEquals(peers, peerRows);
        // every other cell of the catalog is on the questions sheet
        assertEquals(map.catalog().cells().size() - placed.size(), wb.getSheet(SurveyWorkbook.QUESTIONS)
            .getLastRowNum());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  @Test
  void answerColumnsAreDropDownsOfTheAcceptedAnswersAndOnlyThemAreUnlocked() throws IOException {
    EcosystemMap map = callMap();
    try (XSSFWorkbook wb = export(map, "cira")) {
      assertEquals(List.of("Instructions", "Placements", "Peers", "Questions", "Functions"),
          Workbooks.sheetNames(wb));
      XSSFSheet placements = wb.getSheet(SurveyWorkbook.PLACEMENTS);
      List<? extends DataValidation> validations = placements.getDataValidations();
      assertEquals(1, validations.size());
      assertEquals(List.of("confirm", "deny", "add", "want-to-do", "give-away"),
          List.of(validations.get(0).getValidationConstraint().getExplicitListValues()));
      assertEquals(7, validations.get(0).getRegions().getCellRangeAddress(0).getFirstColumn());
      assertEquals(3, wb.getSheet(SurveyWorkbook.QUESTIONS).getDataValidations().size());
      for (Sheet s : wb) {
        assertTrue(((XSSFSheet) s).isSheetLocked(), s.getSheetName());
        assertEquals(1, s.getPaneInformation() == null ? (s.getSheetName().equals("Instructions") ? 1 : 0)
            : s.getPaneInformation().getHorizontalSplitPosition(), s.getSheetName());
      }
      assertTrue(placements.getRow(1).getCell(0).getCellStyle().getLocked());
      assertTrue(!placements.getRow(1).getCell(7).getCellStyle().getLocked());
      assertTrue(!placements.getRow(1).getCell(8).getCellStyle().getLocked());
    }
  }

  @Test
  void aWorkbookWithEveryKindOfBadAnswerIsRefusedWithEveryProblemLocated() throws IOException {
    EcosystemMap map = callMap();
    XSSFWorkbook wb = export(map, "cira");
    Sheet placements = wb.getSheet(SurveyWorkbook.PLACEMENTS);
    set(placements, 1, 7, "maybe"); // H2: an unknown answer
    placements.getRow(2).getCell(7).setCellFormula("\"confirm\""); // H3: a formula
    set(placements, 3, 1, ""); // B4: a blank required column
    set(placements, 3, 7, "deny");
    Sheet questions = wb.getSheet(SurveyWorkbook.QUESTIONS);
    set(questions, 1, 1, "dns-tarot"); // B2: a cell that does not exist
    set(questions, 1, 4, "yes");
    set(questions, 2, 5, "perhaps"); // F3: not yes or no
    InvalidMapException e = assertThrows(InvalidMapException.class,
        () -> SurveyWorkbook.read(MapWorkbookTest.save(wb), "q.xlsx", map));
    List<String> lines = e.problems().stream().map(p -> Workbooks.format(p, "q.xlsx")).toList();
    assertEquals(List.of(
        "q.xlsx: Placements!H2: answer: found 'maybe'; expected one of confirm, deny, add, want-to-do, give-away",
        "q.xlsx: Placements!H3: a formula (=\"confirm\"); expected a value typed in, not a formula",
        "q.xlsx: Placements!B4: function id: empty; expected a function id of catalog dssa-2012",
        "q.xlsx: Questions!B2: function id: found 'dns-tarot'; expected a function of catalog dssa-2012 (see the "
            + "Functions sheet)",
        "q.xlsx: Questions!F3: we want to do this: found 'perhaps'; expected yes, no, or nothing"),
        lines.stream().filter(l -> !l.contains("lacks the row")).toList());
    // the placement whose function id was blanked is missing from the sheet, which is said too
    assertEquals(1, lines.stream().filter(l -> l.startsWith("q.xlsx: Placements!1:1: lacks the row for ")).count(),
        e::getMessage);
  }

  @Test
  void aWorkbookRelabelledForAnotherOrganizationIsRefusedAtEveryMismatch() throws IOException {
    EcosystemMap map = callMap();
    XSSFWorkbook wb = export(map, "cira");
    Sheet instructions = wb.getSheet(SurveyWorkbook.INSTRUCTIONS);
    int orgRow = 2 + SurveyWorkbook.BINDING_LABELS.indexOf("organization");
    set(instructions, orgRow, 1, "pir");
    set(wb.getSheet(SurveyWorkbook.PLACEMENTS), 1, 7, "confirm");
    InvalidMapException e = assertThrows(InvalidMapException.class,
        () -> SurveyWorkbook.read(MapWorkbookTest.save(wb), "q.xlsx", map));
    List<String> at = e.problems().stream().map(Problem::location).toList();
    assertTrue(at.contains("Instructions!B6"), e::getMessage); // kind: cctld, but pir is a registry
    assertTrue(e.problems().stream().anyMatch(p -> p.location().startsWith("Placements!")
        && p.message().startsWith("the map does not place 'pir' at ")), e::getMessage);
  }

  @Test
  void aWorkbookFromAnotherVersionOfTheMapIsRefused() throws IOException {
    EcosystemMap map = callMap();
    byte[] bytes = SurveyWorkbook.write(Questionnaire.of(map, "cira"), map);
    EcosystemMap later = map.toBuilder().asOf(java.time.LocalDate.of(2013, 1, 1)).build();
    InvalidMapException e = assertThrows(InvalidMapException.class, () -> SurveyWorkbook.read(bytes, "q.xlsx",
        later));
    assertEquals(List.of("Instructions!B9"), e.problems().stream().map(Problem::location).toList(), e::getMessage);
  }

  @Test
  void aRenamedSheetOrADamagedFileIsOneProblemWithoutAStackTrace() throws IOException {
    EcosystemMap map = callMap();
    XSSFWorkbook wb = export(map, "cira");
    wb.setSheetName(wb.getSheetIndex(SurveyWorkbook.QUESTIONS), "Fragen");
    InvalidMapException renamed = assertThrows(InvalidMapException.class,
        () -> SurveyWorkbook.read(MapWorkbookTest.save(wb), "q.xlsx", map));
    assertEquals(List.of("q.xlsx: no sheet named 'Questions' (the workbook has 'Instructions', 'Placements', "
        + "'Peers', 'Fragen', 'Functions'); expected the sheets Instructions, Placements, Peers, Questions, "
        + "Functions as dssa survey export wrote them, not renamed"), renamed.formattedProblems());
    byte[] truncated = java.util.Arrays.copyOf(SurveyWorkbook.write(Questionnaire.of(map, "cira"), map), 2000);
    InvalidMapException damaged = assertThrows(InvalidMapException.class,
        () -> SurveyWorkbook.read(truncated, "q.xlsx", map));
    assertEquals(1, damaged.problems().size());
    assertTrue(damaged.problems().get(0).message().startsWith("not a readable .xlsx workbook"), damaged::getMessage);
    assertEquals(Set.of(""), Set.of(damaged.problems().get(0).location()));
  }
}
