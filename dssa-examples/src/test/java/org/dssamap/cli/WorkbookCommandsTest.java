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

  @Test
  void surveyExportAsAWorkbookThenApplyVerifiesWhatTheOrganizationConfirms() throws IOException {
    Path q = dir.resolve("cira.xlsx");
    Cli export = Cli.run("survey", "export", callMap("call-map.json"), "--org", "cira", "--out", q.toString());
    assertEquals(0, export.exitCode(), export::toString);
    XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(q));
    Sheet placements = wb.getSheet("Placements");
    placements.getRow(1).getCell(7).setCellValue("confirm");
    String function = placements.getRow(1).getCell(1).getStringCellValue();
    Files.write(q, save(wb));
    Path next = dir.resolve("next.json");
    Cli apply = Cli.run("survey", "apply", callMap("call-map.json"), q.toString(), "--out", next.toString());
    assertEquals(0, apply.exitCode(), apply::toString);
    assertTrue(apply.out().contains(": confirm " + function + "/"), apply::toString);
  }

  @Test
  void badAnswersInAWorkbookExitOneWriteNothingAndShowNoStackTrace() throws IOException {
    Path q = dir.resolve("cira.xlsx");
    assertEquals(0, Cli.run("survey", "export", callMap("call-map.json"), "--org", "cira", "--out", q.toString())
        .exitCode());
    XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(q));
    wb.getSheet("Placements").getRow(1).getCell(7).setCellValue("yes please");
    wb.getSheet("Placements").getRow(2).getCell(7).setCellFormula("\"deny\"");
    Files.write(q, save(wb));
    Path next = dir.resolve("next.json");
    Cli r = Cli.run("survey", "apply", callMap("call-map.json"), q.toString(), "--out", next.toString());
    assertEquals(1, r.exitCode(), r::toString);
    assertEquals(List.of(q + ": Placements!H2: answer: found 'yes please'; expected one of confirm, deny, add, "
        + "want-to-do, give-away", q + ": Placements!H3: a formula (=\"deny\"); expected a value typed in, not a "
        + "formula"), r.errLines().stream().filter(l -> l.startsWith(q.toString())).toList(), r::toString);
    assertFalse(r.err().contains("Exception"), r::toString);
    assertFalse(Files.exists(next));
    Files.writeString(q, "this is not a workbook");
    Cli damaged = Cli.run("survey", "apply", callMap("call-map.json"), q.toString(), "--out", next.toString());
    assertEquals(1, damaged.exitCode(), damaged::toString);
    assertTrue(damaged.err().contains(q + ": not a readable .xlsx workbook"), damaged::toString);
    assertFalse(damaged.err().contains("\tat "), damaged::toString);
    assertFalse(Files.exists(next));
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
