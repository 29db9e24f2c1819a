package org.dssamap.cli;

import static org.dssamap.cli.ValidateCommandTest.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  @TempDir
  Path dir;

  @Test
  void writesOnePageWithBothPicturesAndTheFindings() throws IOException {
    Path out = dir.resolve("report.html");
    Cli r = Cli.run("report", resource("small.json"), "--out", out.toString());
    assertEquals(0, r.exitCode(), r::toString);
    String html = Files.readString(out);
    assertTrue(html.startsWith("<!DOCTYPE html>"), html);
    assertEquals(2, html.split("<svg", -1).length - 1, "the wheel and the table, inline");
    for (String section : new String[] {"gaps", "overlaps", "spof", "concentration", "escalation",
        "self-classification", "organizations", "catalog"}) {
      assertTrue(html.contains("<section id=\"" + section + "\">"), section);
    }
  }

  @Test
  void publicLeavesNothingRestrictedInThePage() throws IOException {
    Path all = dir.resolve("all.html");
    Path pub = dir.resolve("public.html");
    Cli.run("report", resource("small.json"), "--out", all.toString());
    Cli r = Cli.run("report", resource("small.json"), "--public", "--out", pub.toString());
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.err().contains("left out 1 organization and 1 placement (restricted, or naming a left-out organization)"),
        r::toString);
    assertTrue(Files.readString(all).contains("SECRET-NOTE-told-in-confidence"), "the note is in the full report");
    assertFalse(Files.readString(pub).contains("SECRET-NOTE-told-in-confidence"));
  }

  @Test
  void theOutputMustBeAnHtmlFile() {
    Cli r = Cli.run("report", resource("small.json"), "--out", dir.resolve("report.pdf").toString());
    assertEquals(2, r.exitCode(), r::toString);
  }

  @Test
  void aMissingMapIsReportedWithoutATrace() {
    Cli r = Cli.run("report", dir.resolve("nope.json").toString(), "--out", dir.resolve("r.html").toString());
    assertEquals(1, r.exitCode(), r::toString);
    assertEquals(dir.resolve("nope.json") + ": no such file\n", r.err());
    assertFalse(Files.exists(dir.resolve("r.html")));
  }
}
