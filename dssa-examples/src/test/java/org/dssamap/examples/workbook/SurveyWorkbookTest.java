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
import org.apache.poi.ss.usermodel.DataValidationConstraint;
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

  /** The row (0-based) of the Instructions sheet whose column A says {@code label}, as a person finds it. */
  private static int labelled(Sheet instructions, String label) {
    for (int r = 0; r <= instructions.getLastRowNum(); r++) {
      Row row = instructions.getRow(r);
      if (row != null && row.getCell(0) != null && row.getCell(0).getStringCellValue().equals(label)) {
        return r;
      }
    }
    throw new AssertionError("no row '" + label + "'");
  }

  /** {@code Sheet!B7} for the 0-based row and column, written out here for columns A to Z. */
  private static String at(String sheet, int row, int column) {
    return sheet + "!" + (char) ('A' + column) + (row + 1);
  }

  private static final java.time.LocalDate DAY = java.time.LocalDate.of(2012, 9, 14);
  private static final java.util.Optional<String> NOBODY = java.util.Optional.empty();
  private static final java.util.Optional<java.time.LocalDate> NO_DAY = java.util.Optional.empty();

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
        // who answered and when, or not: the same in both
        Sheet instructions = wb.getSheet(SurveyWorkbook.INSTRUCTIONS);
        String respondent = List.of("", "Jane Roe, DNS operations", "  Jean Dupont  ").get(random.nextInt(3));
        set(instructions, labelled(instructions, SurveyWorkbook.ANSWERED_BY), 1, respondent);
        json.put("respondent", respondent.strip());
        java.time.LocalDate day = DAY.plusDays(random.nextInt(400));
        if (random.nextBoolean()) {
          Row dateRow = instructions.getRow(labelled(instructions, SurveyWorkbook.ANSWERED_ON));
          if (random.nextBoolean()) {
            dateRow.getCell(1).setCellValue(day); // a date, as a spreadsheet program keeps one typed in
          } else {
            dateRow.getCell(1).setCellValue(day.toString()); // text
          }
          json.put("date", day.toString());
        }
        byte[] saved = MapWorkbookTest.save(wb);
        Responses fromWorkbook = SurveyWorkbook.read(saved, "q.xlsx", map);
        Responses fromJson = SurveyJson.readResponses(JSON.writeValueAsBytes(json), "q.json", map);
        assertEquals(fromJson, fromWorkbook);
        assertEquals(Survey.apply(map, fromJson, DAY), Survey.apply(map, fromWorkbook, DAY));
        // to apply them, what is given replaces what the workbook says
        Responses signed = SurveyWorkbook.read(saved, "q.xlsx", map, java.util.Optional.of("Working group"),
            java.util.Optional.of(DAY));
        assertEquals(fromJson.withRespondent("Working group").withDate(DAY), signed);
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
      // who answers and when: the first rows under the title, their column B to fill in, the date as a date
      XSSFSheet instructions = wb.getSheet(SurveyWorkbook.INSTRUCTIONS);
      int by = labelled(instructions, SurveyWorkbook.ANSWERED_BY);
      int on = labelled(instructions, SurveyWorkbook.ANSWERED_ON);
      assertEquals(List.of(2, 3), List.of(by, on));
      assertTrue(by < labelled(instructions, "format"));
      assertTrue(!instructions.getRow(by).getCell(1).getCellStyle().getLocked());
      assertTrue(!instructions.getRow(on).getCell(1).getCellStyle().getLocked());
      assertEquals("yyyy-mm-dd", instructions.getRow(on).getCell(1).getCellStyle().getDataFormatString());
      List<? extends DataValidation> dates = instructions.getDataValidations();
      assertEquals(1, dates.size());
      assertEquals(DataValidationConstraint.ValidationType.DATE,
          dates.get(0).getValidationConstraint().getValidationType());
      assertEquals(at("Instructions", on, 1).substring("Instructions!".length()),
          dates.get(0).getRegions().getCellRangeAddress(0).formatAsString());
      // every other cell of the sheet is locked
      for (Row row : instructions) {
        for (Cell c : row) {
          if (c.getColumnIndex() != 1 || (row.getRowNum() != by && row.getRowNum() != on)) {
            assertTrue(c.getCellStyle().getLocked(), c.getAddress().formatAsString());
          }
        }
      }
    }
  }

  @Test
  void aWorkbookWithEveryKindOfBadAnswerIsRefusedWithEveryProblemLocated() throws IOException {
    EcosystemMap map = callMap();
    XSSFWorkbook wb = export(map, "cira");
    // who answered and when are left empty, as exported
    Sheet instructions = wb.getSheet(SurveyWorkbook.INSTRUCTIONS);
    int by = labelled(instructions, SurveyWorkbook.ANSWERED_BY);
    int on = labelled(instructions, SurveyWorkbook.ANSWERED_ON);
    Sheet placements = wb.getSheet(SurveyWorkbook.PLACEMENTS);
    set(placements, 1, 7, "maybe"); // an unknown answer
    placements.getRow(2).getCell(7).setCellFormula("\"confirm\""); // a formula
    set(placements, 3, 1, ""); // a blank required column
    set(placements, 3, 7, "deny");
    Sheet questions = wb.getSheet(SurveyWorkbook.QUESTIONS);
    set(questions, 1, 1, "dns-tarot"); // a cell that does not exist
    set(questions, 1, 4, "yes");
    set(questions, 2, 5, "perhaps"); // not yes or no
    byte[] bytes = MapWorkbookTest.save(wb);
    InvalidMapException e = assertThrows(InvalidMapException.class,
        () -> SurveyWorkbook.read(bytes, "q.xlsx", map, NOBODY, NO_DAY));
    assertEquals(List.of(
        "q.xlsx: " + at("Instructions", by, 1) + ": answered by: empty; expected who answered for the organization "
            + "(a name and role), or --by on the command line",
        "q.xlsx: " + at("Instructions", on, 1) + ": answered on: empty; expected the day of the answers, YYYY-MM-DD, "
            + "or --on on the command line",
        "q.xlsx: " + at("Placements", 1, 7) + ": answer: found 'maybe'; expected one of confirm, deny, add, "
            + "want-to-do, give-away",
        "q.xlsx: " + at("Placements", 2, 7) + ": a formula (=\"confirm\"); expected a value typed in, not a formula",
        "q.xlsx: " + at("Placements", 3, 1) + ": function id: empty; expected a function id of catalog dssa-2012",
        "q.xlsx: " + at("Questions", 1, 1) + ": function id: found 'dns-tarot'; expected a function of catalog "
            + "dssa-2012 (see the Functions sheet)",
        "q.xlsx: " + at("Questions", 2, 5) + ": we want to do this: found 'perhaps'; expected yes, no, or nothing"),
        e.formattedProblems().stream().filter(l -> !l.contains("lacks the row")).toList());
    // the placement whose function id was blanked is missing from the sheet, which is said too
    assertEquals(List.of("q.xlsx: Placements!1:1: lacks the row for "), e.formattedProblems().stream()
        .filter(l -> l.contains("lacks the row")).map(l -> l.substring(0, l.indexOf("for ") + 4)).toList(),
        e::getMessage);
    // who and when given on the command line replace the empty cells; the other problems stay
    InvalidMapException signed = assertThrows(InvalidMapException.class,
        () -> SurveyWorkbook.read(bytes, "q.xlsx", map, java.util.Optional.of("Jane Roe"), java.util.Optional.of(DAY)));
    assertEquals(e.problems().subList(2, e.problems().size()), signed.problems());
  }

  @Test
  void whoAnsweredAndWhenAreReadFromTheirCellsTypedAsADateOrAsText() throws IOException {
    EcosystemMap map = callMap();
    for (boolean asDate : List.of(true, false)) {
      XSSFWorkbook wb = export(map, "cira");
      Sheet instructions = wb.getSheet(SurveyWorkbook.INSTRUCTIONS);
      set(instructions, labelled(instructions, SurveyWorkbook.ANSWERED_BY), 1, " Jane Roe, DNS operations ");
      Cell date = instructions.getRow(labelled(instructions, SurveyWorkbook.ANSWERED_ON)).getCell(1);
      if (asDate) {
        date.setCellValue(DAY);
      } else {
        date.setCellValue("2012-09-14");
      }
      Responses read = SurveyWorkbook.read(MapWorkbookTest.save(wb), "q.xlsx", map, NOBODY, NO_DAY);
      assertEquals(java.util.Optional.of("Jane Roe, DNS operations"), read.respondent());
      assertEquals(java.util.Optional.of(DAY), read.date());
    }
  }

  @Test
  void aDateThatIsNotOneIsRefusedAtItsCellAndAWorkbookWithoutTheRowsAtTheSheet() throws IOException {
    EcosystemMap map = callMap();
    XSSFWorkbook wb = export(map, "cira");
    Sheet instructions = wb.getSheet(SurveyWorkbook.INSTRUCTIONS);
    int by = labelled(instructions, SurveyWorkbook.ANSWERED_BY);
    int on = labelled(instructions, SurveyWorkbook.ANSWERED_ON);
    set(instructions, by, 1, "Jane Roe");
    set(instructions, on, 1, "14/09/2012");
    InvalidMapException e = assertThrows(InvalidMapException.class,
        () -> SurveyWorkbook.read(MapWorkbookTest.save(wb), "q.xlsx", map));
    assertEquals(List.of("q.xlsx: " + at("Instructions", on, 1) + ": answered on: found '14/09/2012'; expected the "
        + "day of the answers, YYYY-MM-DD"), e.formattedProblems());
    // a formula is said once, as a formula
    XSSFWorkbook formula = export(map, "cira");
    formula.getSheet(SurveyWorkbook.INSTRUCTIONS).getRow(on).getCell(1).setCellFormula("TODAY()");
    set(formula.getSheet(SurveyWorkbook.INSTRUCTIONS), by, 1, "Jane Roe");
    InvalidMapException today = assertThrows(InvalidMapException.class,
        () -> SurveyWorkbook.read(MapWorkbookTest.save(formula), "q.xlsx", map, NOBODY, NO_DAY));
    assertEquals(List.of("q.xlsx: " + at("Instructions", on, 1) + ": a formula (=TODAY()); expected a value typed "
        + "in, not a formula"), today.formattedProblems());
    // a workbook exported before the rows existed: said at the sheet, and the command line can give them
    XSSFWorkbook old = export(map, "cira");
    Sheet oldInstructions = old.getSheet(SurveyWorkbook.INSTRUCTIONS);
    oldInstructions.removeRow(oldInstructions.getRow(by));
    oldInstructions.removeRow(oldInstructions.getRow(on));
    byte[] oldBytes = MapWorkbookTest.save(old);
    InvalidMapException unsigned = assertThrows(InvalidMapException.class,
        () -> SurveyWorkbook.read(oldBytes, "q.xlsx", map, NOBODY, NO_DAY));
    assertEquals(List.of("Instructions!A1", "Instructions!A1"), unsigned.problems().stream()
        .map(Problem::location).toList(), unsigned::getMessage);
    assertTrue(unsigned.problems().get(0).message().startsWith("lacks the row 'answered by'"), unsigned::getMessage);
    assertEquals(java.util.Optional.of("Jane Roe"), SurveyWorkbook.read(oldBytes, "q.xlsx", map,
        java.util.Optional.of("Jane Roe"), java.util.Optional.of(DAY)).respondent());
    // read for what it says, it says nobody and no day
    assertEquals(NOBODY, SurveyWorkbook.read(oldBytes, "q.xlsx", map).respondent());
  }

  @Test
  void aWorkbookRelabelledForAnotherOrganizationIsRefusedAtEveryMismatch() throws IOException {
    EcosystemMap map = callMap();
    XSSFWorkbook wb = export(map, "cira");
    Sheet instructions = wb.getSheet(SurveyWorkbook.INSTRUCTIONS);
    set(instructions, labelled(instructions, "organization"), 1, "pir");
    set(wb.getSheet(SurveyWorkbook.PLACEMENTS), 1, 7, "confirm");
    InvalidMapException e = assertThrows(InvalidMapException.class,
        () -> SurveyWorkbook.read(MapWorkbookTest.save(wb), "q.xlsx", map));
    List<String> at = e.problems().stream().map(Problem::location).toList();
    // kind: cctld, but pir is a registry
    assertTrue(at.contains(at("Instructions", labelled(wb.getSheet(SurveyWorkbook.INSTRUCTIONS), "kind"), 1)),
        e::getMessage);
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
    int asOf;
    try (XSSFWorkbook wb = MapWorkbookTest.open(bytes)) {
      asOf = labelled(wb.getSheet(SurveyWorkbook.INSTRUCTIONS), "map as of");
    }
    assertEquals(List.of(at("Instructions", asOf, 1)), e.problems().stream().map(Problem::location).toList(),
        e::getMessage);
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
