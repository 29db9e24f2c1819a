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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {
  @TempDir
  Path dir;

  @Test
  void drawsTheWheelAsSvg() throws IOException {
    Path out = dir.resolve("wheel.svg");
    Cli r = Cli.run("render", resource("small.json"), "--view", "wheel", "--out", out.toString());
    assertEquals(0, r.exitCode(), r::toString);
    String svg = Files.readString(out);
    assertTrue(svg.contains("<svg"), svg);
    assertTrue(svg.contains("Two registries and a back-end"), "the map's title is drawn");
  }

  @Test
  void drawsTheRelationshipsItIsAskedForAsLinksOnTheWheel() throws IOException {
    Path with = dir.resolve("links.svg");
    Path without = dir.resolve("plain.svg");
    Cli r = Cli.run("render", resource("small.json"), "--links", "outsourcing,escalation", "--out", with.toString());
    assertEquals(0, r.exitCode(), r::toString);
    Cli.run("render", resource("small.json"), "--out", without.toString());
    assertTrue(Files.readString(with).contains("<g class='link' data-kind='outsources-to' data-from='"),
        "an outsourcing link is drawn");
    assertFalse(Files.readString(without).contains("class='link'"), "no link unless asked for");
  }

  @Test
  void intentionsAreDrawnOnlyWithTheFlagAndTheRoundsNotesAlways() throws IOException {
    // the sample round of docs/examples: three intentions, no notes on cells; a note added here
    Path round = Path.of("..", "docs", "examples", "sample-round", "call-map-after-round.json");
    Path map = dir.resolve("round.json");
    String json = Files.readString(round).replaceFirst("\"openQuestions\": \\[", "\"cellNotes\": [{\"function\": "
        + "\"incident-response\", \"dimension\": \"external\", \"layer\": \"core\", \"text\": \"Who does it?\"}], "
        + "\"openQuestions\": [");
    Files.writeString(map, json);
    for (String view : List.of("wheel", "table")) {
      Path with = dir.resolve(view + "-intentions.svg");
      Path without = dir.resolve(view + ".svg");
      assertEquals(0, Cli.run("render", map.toString(), "--view", view, "--intentions", "--out", with.toString())
          .exitCode());
      assertEquals(0, Cli.run("render", map.toString(), "--view", view, "--out", without.toString()).exitCode());
      String drawn = Files.readString(with);
      assertTrue(drawn.contains("<g class='intention' data-organization='cira' data-kind='wants-to-do'>"), view);
      assertTrue(drawn.contains("<g class='intention' data-organization='afilias' data-kind='would-give-away'>"),
          view);
      assertFalse(Files.readString(without).contains("class='intention'"), "no intention unless asked for");
      for (String svg : List.of(drawn, Files.readString(without))) {
        assertTrue(svg.contains("<g class='note' data-note='1' data-notes='1'><title>Incident response, external, "
            + "core \u00b7 note 1: Who does it?</title>"), view);
      }
    }
  }

  @Test
  void anUnknownLinkKindIsAUsageErrorAndWritesNothing() throws IOException {
    Path out = dir.resolve("x.svg");
    Cli r = Cli.run("render", resource("small.json"), "--links", "gossip", "--out", out.toString());
    assertEquals(2, r.exitCode(), r::toString);
    assertTrue(r.err().startsWith("dssa render: --links: "), r.err());
    assertTrue(r.err().contains("outsources-to"), "names the accepted kinds: " + r.err());
    assertEquals(List.of(), listing());
  }

  @Test
  void pathCoreAndTableNamesReachTheDrawing() throws IOException {
    Path call = dir.resolve("call.json");
    Files.writeString(call, new String(org.dssamap.examples.maps.BundledMap.class.getResourceAsStream(
        "call-2012.json").readAllBytes(), StandardCharsets.UTF_8));
    Path wheel = dir.resolve("w.svg");
    Cli r = Cli.run("render", call.toString(), "--path", "asia-pacific,north-america", "--core", "--out",
        wheel.toString());
    assertEquals(0, r.exitCode(), r::toString);
    String svg = Files.readString(wheel);
    assertTrue(svg.contains("<g class='link path' data-kind='escalates-to' data-from='jprs' data-to='jpcert' "
        + "data-step='1'>"), "the first step of the call's path");
    // the note's words, whatever lines it is wrapped onto
    String words = svg.replaceAll("<title>.*?</title>", "").replaceAll("<[^>]*>", "").replaceAll("\\s", "");
    assertTrue(words.contains("Core(incidentresponseforothers):1organizationin1fragment;linkedtonoother"
        + "coreorganization(ringed):FIRST."), "the core, FIRST alone");
    Path table = dir.resolve("t.svg");
    assertEquals(0, Cli.run("render", call.toString(), "--view", "table", "--table-names", "2", "--out",
        table.toString()).exitCode());
    assertTrue(Files.readString(table).contains("+ 3 more"), "incident response at the edge: 5 claimed, 2 named");
  }

  @Test
  void aBadPathOrTableNamesIsAUsageErrorAndWritesNothing() throws IOException {
    Path out = dir.resolve("x.svg");
    for (String[] bad : List.of(new String[] {"--path", "europe"}, new String[] {"--path", "europe,europe"},
        new String[] {"--path", "europe,global"}, new String[] {"--path", "europe,mars"},
        new String[] {"--table-names", "0"}, new String[] {"--table-names", "many"})) {
      Cli r = Cli.run("render", resource("small.json"), bad[0], bad[1], "--out", out.toString());
      assertEquals(2, r.exitCode(), r::toString);
      assertTrue(r.err().startsWith("dssa render: " + bad[0] + ": "), r.err());
    }
    assertEquals(List.of(), listing());
  }

  @Test
  void drawsTheTableAsPng() throws IOException {
    Path out = dir.resolve("table.png");
    Cli r = Cli.run("render", resource("small.json"), "--view", "table", "--out", out.toString());
    assertEquals(0, r.exitCode(), r::toString);
    byte[] png = Files.readAllBytes(out);
    assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4));
  }

  @Test
  void theSameMapGivesAByteIdenticalSvg() throws IOException {
    Path a = dir.resolve("a.svg");
    Path b = dir.resolve("b.svg");
    Cli.run("render", resource("small.json"), "--view", "table", "--out", a.toString());
    Cli.run("render", resource("small.json"), "--view", "table", "--out", b.toString());
    assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
  }

  @Test
  void publicLeavesTheRestrictedPlacementOutOfThePicture() throws IOException {
    Path all = dir.resolve("all.svg");
    Path pub = dir.resolve("public.svg");
    Cli.run("render", resource("small.json"), "--view", "table", "--out", all.toString());
    Cli r = Cli.run("render", resource("small.json"), "--view", "table", "--public", "--out", pub.toString());
    assertEquals(0, r.exitCode(), r::toString);
    assertEquals("dssa: --public: left out 1 organization and 1 placement (restricted, or naming a left-out "
        + "organization)\n", r.err());
    assertTrue(Files.readString(all).contains("DENIC"), "DENIC's only placement is restricted");
    assertFalse(Files.readString(pub).contains("DENIC"));
  }

  @Test
  void anUnknownViewIsAUsageErrorAndWritesNothing() throws IOException {
    Path out = dir.resolve("x.svg");
    Cli r = Cli.run("render", resource("small.json"), "--view", "pie", "--out", out.toString());
    assertEquals(2, r.exitCode(), r::toString);
    assertEquals("dssa render: --view: 'pie' is not one of wheel, table\n"
        + "Try 'dssa render --help' for more information.\n", r.err());
    assertEquals(List.of(), listing());
  }

  @Test
  void anUnknownOutputTypeIsAUsageError() {
    Cli r = Cli.run("render", resource("small.json"), "--out", dir.resolve("x.gif").toString());
    assertEquals(2, r.exitCode(), r::toString);
    assertTrue(r.err().endsWith("OUT must end in .svg or .png\nTry 'dssa render --help' for more information.\n"),
        r::toString);
  }

  @Test
  void aWidthOutOfRangeIsAUsageError() {
    Cli r = Cli.run("render", resource("small.json"), "--width", "5", "--out", dir.resolve("x.svg").toString());
    assertEquals(2, r.exitCode(), r::toString);
    assertEquals("dssa render: width must be 600 to 20000 pixels, got 5\n"
        + "Try 'dssa render --help' for more information.\n", r.err());
  }

  @Test
  void aRegionIsGivenInItsWireForm() throws IOException {
    Path out = dir.resolve("europe.svg");
    Cli r = Cli.run("render", resource("small.json"), "--view", "table", "--region", "europe,north-america",
        "--status", "claimed", "--out", out.toString());
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(Files.readString(out).contains("DENIC"));
    Cli bad = Cli.run("render", resource("small.json"), "--region", "mars", "--out", out.toString());
    assertEquals(2, bad.exitCode(), bad::toString);
    assertTrue(bad.err().contains("mars"), bad::toString);
  }

  @Test
  void anInvalidMapLeavesTheExistingPictureByteIdentical() throws IOException {
    Path out = dir.resolve("wheel.svg");
    byte[] good = "<svg>a good picture</svg>".getBytes(StandardCharsets.UTF_8);
    Files.write(out, good);
    Cli r = Cli.run("render", resource("broken.json"), "--out", out.toString());
    assertEquals(1, r.exitCode(), r::toString);
    assertEquals(3, r.errLines().size(), r::toString);
    assertArrayEquals(good, Files.readAllBytes(out));
    assertEquals(List.of(out), listing());
  }

  @Test
  void highlightingAnOrganizationTheMapDoesNotHaveIsAUsageError() {
    Cli r = Cli.run("render", resource("small.json"), "--highlight", "icann", "--out", dir.resolve("x.svg").toString());
    assertEquals(2, r.exitCode(), r::toString);
    assertTrue(r.err().contains("has no organization 'icann'"), r::toString);
  }

  private List<Path> listing() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }
}
