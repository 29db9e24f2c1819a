package org.dssamap.cli;

import static org.dssamap.cli.AnalysisCommandsTest.callMap;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.csv.PlacementSheet;
import org.dssamap.model.json.MapJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's workbooks: dssa convert to and from .xlsx, dssa survey export and apply with .xlsx. */
class WorkbookCommandsTest {
  @TempDir
  Path dir;

  private static byte[] save(XSSFWorkbook wb) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    wb.write(out);
    wb.close();
    return out.toByteArray();
  }

  @Test
  void convertToATableWorkbookAndBackKeepsWhatTheCsvSheetsKeep() throws IOException {
    Path xlsx = dir.resolve("table.xlsx");
    Cli out = Cli.run("convert", callMap("call-map.json"), xlsx.toString());
    assertEquals(0, out.exitCode(), out::toString);
    // the call map has a title, a date and organizations without placements: named, as for CSV
    assertTrue(out.err().contains(xlsx + " leaves out: the map's title"), out::toString);
    assertTrue(out.err().contains(xlsx + " leaves out: 1 relationship(s) of organizations without placements"),
        out::toString);
    assertFalse(out.err().contains("StatusLogger"), out::toString);
    Path back = dir.resolve("back.json");
    Cli in = Cli.run("convert", xlsx.toString(), back.toString());
    assertEquals(0, in.exitCode(), in::toString);
    Path csv = dir.resolve("p.csv");
    Path rel = dir.resolve("r.csv");
    assertEquals(0, Cli.run("convert", callMap("call-map.json"), csv.toString(), "--relationships-out",
        rel.toString()).exitCode());
    // the table holds what the CSV sheets hold: the same placements and organizations, and the relationships
    // between placed organizations (the CSV relationships sheet keeps one it cannot read back)
    EcosystemMap viaCsv = PlacementSheet.read(csv, null, org.dssamap.model.FunctionCatalog.dssa2012());
    EcosystemMap read = MapJson.read(back);
    assertEquals(viaCsv.organizations(), read.organizations());
    assertEquals(viaCsv.placements(), read.placements());
    EcosystemMap call = MapJson.read(Path.of(callMap("call-map.json")));
    assertEquals(call.relationships().stream().filter(r -> read.organization(r.from()).isPresent()
        && read.organization(r.to()).isPresent()).toList(), read.relationships());
    byte[] first = Files.readAllBytes(xlsx);
    assertEquals(0, Cli.run("convert", callMap("call-map.json"), xlsx.toString()).exitCode());
    assertArrayEquals(first, Files.readAllBytes(xlsx));
  }

  @Test
  void aBadTableWorkbookExitsOneWithEachProblemAtItsCell() throws IOException {
    Path xlsx = dir.resolve("table.xlsx");
    assertEquals(0, Cli.run("convert", callMap("call-map.json"), xlsx.toString()).exitCode());
    XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx));
    wb.getSheet("placements").getRow(2).getCell(6).setCellValue("Sideways");
    Files.write(xlsx, save(wb));
    Path back = dir.resolve("back.json");
    Cli r = Cli.run("convert", xlsx.toString(), back.toString());
    assertEquals(1, r.exitCode(), r::toString);
    assertTrue(r.errLines().stream().anyMatch(l -> l.startsWith(xlsx + ": placements!G3: layer: found 'Sideways'")),
        r::toString);
    assertFalse(Files.exists(back));
  }

  /** The row (0-based) of the Instructions sheet labelled {@code label} in column A. */
  private static int labelled(XSSFWorkbook wb, String label) {
    Sheet instructions = wb.getSheet("Instructions");
    for (int r = 0; r <= instructions.getLastRowNum(); r++) {
      var row = instructions.getRow(r);
      if (row != null && row.getCell(0) != null && row.getCell(0).getStringCellValue().equals(label)) {
        return r;
      }
    }
    throw new AssertionError("no row " + label);
  }

  /** Exports cira's workbook, confirms its first placement and fills in who and when (when not null). */
  private Path ciraConfirms(String by, String on) throws IOException {
    Path q = dir.resolve("cira.xlsx");
    Cli export = Cli.run("survey", "export", callMap("call-map.json"), "--org", "cira", "--out", q.toString());
    assertEquals(0, export.exitCode(), export::toString);
    XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(q));
    wb.getSheet("Placements").getRow(1).getCell(7).setCellValue("confirm");
    Sheet instructions = wb.getSheet("Instructions");
    if (by != null) {
      instructions.getRow(labelled(wb, "answered by")).getCell(1).setCellValue(by);
    }
    if (on != null) {
      instructions.getRow(labelled(wb, "answered on")).getCell(1).setCellValue(java.time.LocalDate.parse(on));
    }
    Files.write(q, save(wb));
    return q;
  }

  /** The reviews of cira's first placement on the Placements sheet, in the map {@code file}. */
  private static List<org.dssamap.model.Review> firstPlacementReviews(Path file) throws IOException {
    EcosystemMap map = MapJson.read(file);
    org.dssamap.model.Cell first = org.dssamap.analysis.survey.Questionnaire.of(map, "cira").questions().stream()
        .filter(org.dssamap.analysis.survey.Question::onTheMap).findFirst().orElseThrow().cell();
    return map.placement("cira", first).orElseThrow().reviews();
  }

  @Test
  void surveyExportAsAWorkbookThenApplyVerifiesWhatTheOrganizationConfirmsByWhoAndWhenItSays() throws IOException {
    Path q = ciraConfirms("Jane Roe, DNS operations", "2012-09-14");
    Path next = dir.resolve("next.json");
    Cli apply = Cli.run("survey", "apply", callMap("call-map.json"), q.toString(), "--out", next.toString());
    assertEquals(0, apply.exitCode(), apply::toString);
    assertTrue(apply.out().contains("applied: confirm "), apply::toString);
    org.dssamap.model.Review review = firstPlacementReviews(next).get(firstPlacementReviews(next).size() - 1);
    assertEquals(List.of("Jane Roe, DNS operations", "2012-09-14", "confirmed"), List.of(review.by(),
        review.on().toString(), review.outcome().id()));
  }

  @Test
  void byAndOnFillInWhatTheWorkbookLeavesEmptyAndReplaceWhatItSays() throws IOException {
    Path next = dir.resolve("next.json");
    for (String[] given : new String[][] {{null, null}, {"Jane Roe", "2012-09-14"}}) {
      Path q = ciraConfirms(given[0], given[1]);
      Cli apply = Cli.run("survey", "apply", callMap("call-map.json"), q.toString(), "--out", next.toString(),
          "--by", "DSSA working group", "--on", "2012-10-01");
      assertEquals(0, apply.exitCode(), apply::toString);
      List<org.dssamap.model.Review> reviews = firstPlacementReviews(next);
      assertEquals(List.of("DSSA working group", "2012-10-01"), List.of(reviews.get(reviews.size() - 1).by(),
          reviews.get(reviews.size() - 1).on().toString()), java.util.Arrays.toString(given));
    }
    Cli blank = Cli.run("survey", "apply", callMap("call-map.json"), ciraConfirms(null, null).toString(), "--out",
        next.toString(), "--by", "  ", "--on", "2012-10-01");
    assertEquals(2, blank.exitCode(), blank::toString);
    assertTrue(blank.err().contains("--by: expected who answered, not a blank"), blank::toString);
  }

  @Test
  void badAnswersInAWorkbookExitOneChangeNothingAndShowNoStackTrace() throws IOException {
    Path q = dir.resolve("cira.xlsx");
    assertEquals(0, Cli.run("survey", "export", callMap("call-map.json"), "--org", "cira", "--out", q.toString())
        .exitCode());
    XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(q));
    int by = labelled(wb, "answered by"); // left empty, as is the date
    int on = labelled(wb, "answered on");
    wb.getSheet("Placements").getRow(1).getCell(7).setCellValue("yes please");
    wb.getSheet("Placements").getRow(2).getCell(7).setCellFormula("\"deny\"");
    Files.write(q, save(wb));
    Path next = dir.resolve("next.json");
    Files.writeString(next, "the map of the last round");
    Cli r = Cli.run("survey", "apply", callMap("call-map.json"), q.toString(), "--out", next.toString());
    assertEquals(1, r.exitCode(), r::toString);
    assertEquals(List.of(
        q + ": Instructions!B" + (by + 1) + ": answered by: empty; expected who answered for the organization (a name "
            + "and role), or --by on the command line",
        q + ": Instructions!B" + (on + 1) + ": answered on: empty; expected the day of the answers, YYYY-MM-DD, or "
            + "--on on the command line",
        q + ": Placements!H2: answer: found 'yes please'; expected one of confirm, deny, add, want-to-do, give-away",
        q + ": Placements!H3: a formula (=\"deny\"); expected a value typed in, not a formula"),
        r.errLines().stream().filter(l -> l.startsWith(q.toString())).toList(), r::toString);
    assertFalse(r.err().contains("Exception"), r::toString);
    assertEquals("the map of the last round", Files.readString(next));
    Files.delete(next);
    Files.writeString(q, "this is not a workbook");
    Cli damaged = Cli.run("survey", "apply", callMap("call-map.json"), q.toString(), "--out", next.toString());
    assertEquals(1, damaged.exitCode(), damaged::toString);
    assertTrue(damaged.err().contains(q + ": not a readable .xlsx workbook"), damaged::toString);
    assertFalse(damaged.err().contains("\tat "), damaged::toString);
    assertFalse(Files.exists(next));
  }

  @Test
  void jsonResponsesThatSayNeitherWhoNorWhenAreRefusedUnlessTheCommandLineSays() throws IOException {
    Path q = dir.resolve("cira.json");
    assertEquals(0, Cli.run("survey", "export", callMap("call-map.json"), "--org", "cira", "--out", q.toString())
        .exitCode());
    Path next = dir.resolve("next.json");
    Cli r = Cli.run("survey", "apply", callMap("call-map.json"), q.toString(), "--out", next.toString());
    assertEquals(1, r.exitCode(), r::toString);
    assertEquals(List.of(
        q + ": $.respondent: empty; expected who answered for the organization (a name and role), or --by on the "
            + "command line",
        q + ": $.date: empty; expected the day of the answers, YYYY-MM-DD, or --on on the command line"),
        r.errLines().stream().filter(l -> l.startsWith(q.toString())).toList(), r::toString);
    assertFalse(Files.exists(next));
    // with the file's other problems, all at once
    Files.writeString(q, Files.readString(q).replace("\"cctld\"", "\"registry\""));
    Cli both = Cli.run("survey", "apply", callMap("call-map.json"), q.toString(), "--out", next.toString());
    assertEquals(List.of("$.kind", "$.respondent", "$.date"), both.errLines().stream()
        .filter(l -> l.startsWith(q + ": $.")).map(l -> l.substring(q.toString().length() + 2, l.indexOf(':',
            q.toString().length() + 2))).toList(), both::toString);
    Files.writeString(q, Files.readString(q).replace("\"registry\"", "\"cctld\""));
    Cli signed = Cli.run("survey", "apply", callMap("call-map.json"), q.toString(), "--out", next.toString(),
        "--by", "cira", "--on", "2012-09-14");
    assertEquals(0, signed.exitCode(), signed::toString);
  }

  @Test
  void aValueTooLongForACellIsRefusedAndNothingIsWritten() throws IOException {
    EcosystemMap call = MapJson.read(Path.of(callMap("call-map.json")));
    EcosystemMap.Builder b = call.toBuilder().clearPlacements();
    call.placements().forEach(p -> b.addPlacement(p.equals(call.placements().get(0))
        ? p.withNote("x".repeat(40_000)) : p));
    Path map = dir.resolve("long.json");
    try (java.io.OutputStream o = Files.newOutputStream(map)) {
      MapJson.write(b.build(), o);
    }
    Path xlsx = dir.resolve("long.xlsx");
    Cli r = Cli.run("convert", map.toString(), xlsx.toString());
    assertEquals(1, r.exitCode(), r::toString);
    assertTrue(r.err().contains("dssa convert: " + xlsx + ": cannot write the workbook: the value for placements!N2 "
        + "has 40,000 characters; a spreadsheet cell holds at most 32,767"), r::toString);
    assertFalse(Files.exists(xlsx));
  }

  @Test
  void surveyExportRefusesAnOutputThatIsNeitherJsonNorXlsx() {
    Cli r = Cli.run("survey", "export", callMap("call-map.json"), "--org", "cira", "--out",
        dir.resolve("q.ods").toString());
    assertEquals(2, r.exitCode(), r::toString);
    assertTrue(r.err().contains("F must end in .json (the JSON questionnaire) or .xlsx (the survey workbook)"),
        r::toString);
  }
}
