package org.dssamap.cli;

import static org.dssamap.cli.ValidateCommandTest.resource;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.json.MapJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {
  @TempDir
  Path dir;

  @Test
  void aSheetAndItsRelationshipsBecomeACanonicalJsonMap() throws IOException {
    Path out = dir.resolve("map.json");
    Cli r = Cli.run("convert", resource("sheet.csv"), out.toString(), "--relationships",
        resource("sheet-relationships.csv"));
    assertEquals(0, r.exitCode(), r::toString);
    assertEquals("", r.err());
    EcosystemMap map = MapJson.read(out);
    assertEquals(3, map.placements().size());
    assertEquals(1, map.relationships().size());
    Path again = dir.resolve("again.json");
    assertEquals(0, Cli.run("convert", out.toString(), again.toString()).exitCode());
    assertArrayEquals(Files.readAllBytes(out), Files.readAllBytes(again),
        "canonical: converting again changes nothing");
  }

  @Test
  void aJsonMapSurvivesTheRoundTripThroughTheSheets() throws IOException {
    Path sheet = dir.resolve("map.csv");
    Path relationships = dir.resolve("relationships.csv");
    Path back = dir.resolve("back.json");
    Cli there = Cli.run("convert", resource("small.json"), sheet.toString(), "--relationships-out",
        relationships.toString());
    assertEquals(0, there.exitCode(), there::toString);
    Cli r = Cli.run("convert", sheet.toString(), back.toString(), "--relationships", relationships.toString());
    assertEquals(0, r.exitCode(), r::toString);
    EcosystemMap original = MapJson.read(Path.of(resource("small.json")));
    EcosystemMap roundTripped = MapJson.read(back);
    assertEquals(original.placements(), roundTripped.placements());
    assertEquals(original.organizations(), roundTripped.organizations());
    assertEquals(original.relationships(), roundTripped.relationships());
  }

  @Test
  void whatASheetCannotHoldIsNamedOnStderr() {
    Cli r = Cli.run("convert", resource("small.json"), dir.resolve("map.csv").toString());
    assertEquals(0, r.exitCode(), r::toString);
    String out = dir.resolve("map.csv").toString();
    assertTrue(r.errLines().contains("dssa convert: " + out + " leaves out: the map's title"), r::toString);
    assertTrue(r.errLines().contains("dssa convert: " + out
        + " leaves out: 1 relationship (give --relationships-out FILE.csv to keep them)"), r::toString);
  }

  @Test
  void aFailingConvertLeavesTheExistingOutputByteIdenticalAndNoTemporaryFile() throws IOException {
    Path out = dir.resolve("map.json");
    byte[] good = Files.readAllBytes(Path.of(resource("small.json")));
    Files.write(out, good);
    String sheet = resource("broken-sheet.csv");
    String relationships = resource("broken-relationships.csv");
    Cli r = Cli.run("convert", sheet, out.toString(), "--relationships", relationships);
    assertEquals(1, r.exitCode(), r::toString);
    assertEquals(List.of(
        sheet + ":3:5: function: found 'juggling'; expected a function of catalog dssa-2012: risk-planning, "
            + "risk-assessment, compliance-monitoring, event-monitoring, frontline-mitigation, technology, "
            + "operational-practices, incident-response, research-analysis, standards-tools-techniques, training",
        sheet + ":4:6: dimension: found 'sideways'; expected one of internal, external",
        sheet + ":4:8: status: found 'maybe'; expected one of claimed, verified, disputed",
        relationships + ":2:3: kind: found 'likes'; expected one of outsources-to, member-of, shares-with, "
            + "escalates-to, distrusts"), r.errLines());
    assertArrayEquals(good, Files.readAllBytes(out));
    assertEquals(List.of(out), listing());
  }

  @Test
  void publicLeavesTheRestrictedPlacementAndItsNoteBehind() throws IOException {
    Path out = dir.resolve("public.json");
    Cli r = Cli.run("convert", "--public", resource("small.json"), out.toString());
    assertEquals(0, r.exitCode(), r::toString);
    assertEquals("dssa: --public: left out 1 organization and 1 placement (restricted, or naming a left-out "
        + "organization)\n", r.err());
    String json = Files.readString(out, StandardCharsets.UTF_8);
    assertFalse(json.contains("SECRET-NOTE"), json);
    assertFalse(json.contains("restricted"), json);
    assertEquals(2, MapJson.read(out).placements().size());
    Path all = dir.resolve("all.json");
    Cli.run("convert", resource("small.json"), all.toString());
    assertTrue(Files.readString(all).contains("SECRET-NOTE"), "without --public the note is kept");
  }

  @Test
  void aMissingRelationshipsFileIsNamedAsMissing() {
    Path missing = dir.resolve("missing.csv");
    Cli r = Cli.run("convert", resource("sheet.csv"), dir.resolve("x.json").toString(), "--relationships",
        missing.toString());
    assertEquals(1, r.exitCode(), r::toString);
    assertEquals(missing + ": no such file\n", r.err());
  }

  @Test
  void usageErrorsExitTwoAndWriteNothing() throws IOException {
    String json = resource("small.json");
    assertEquals(2, Cli.run("convert", json, dir.resolve("x.xml").toString()).exitCode());
    assertEquals(2, Cli.run("convert", json).exitCode());
    assertEquals(2, Cli.run("convert", json, dir.resolve("x.json").toString(), "--relationships-out",
        dir.resolve("r.csv").toString()).exitCode());
    assertEquals(2, Cli.run("convert", json, dir.resolve("x.json").toString(), "--catalog", json).exitCode());
    assertEquals(2, Cli.run("convert", json, dir.resolve("x.json").toString(), "--bogus").exitCode());
    assertEquals(List.of(), listing());
  }

  @Test
  void aDirectoryThatDoesNotExistIsAnErrorOnOneLine() {
    Path out = dir.resolve("nowhere").resolve("x.json");
    Cli r = Cli.run("convert", resource("small.json"), out.toString());
    assertEquals(1, r.exitCode(), r::toString);
    assertEquals(1, r.errLines().size(), r::toString);
    assertTrue(r.errLines().get(0).startsWith(out + ": cannot write: directory "), r::toString);
  }

  private List<Path> listing() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }
}
