package org.dssamap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidateCommandTest {
  static String resource(String name) {
    try {
      return Path.of(ValidateCommandTest.class.getResource(name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aValidMapSaysWhatItHoldsAndExitsZero() {
    String file = resource("small.json");
    Cli r = Cli.run("validate", file);
    assertEquals(0, r.exitCode(), r::toString);
    assertEquals(file + ": ok, 3 organizations, 3 placements, 1 relationship, catalog dssa-2012\n", r.out());
    assertEquals("", r.err());
  }

  @Test
  void everyProblemOfAnInvalidMapIsOnStderrLocatedByJsonPath() {
    String file = resource("broken.json");
    Cli r = Cli.run("validate", file);
    assertEquals(1, r.exitCode(), r::toString);
    assertEquals("", r.out());
    List<String> lines = r.errLines();
    assertEquals(3, lines.size(), r::toString);
    assertTrue(lines.get(0).startsWith(file + ": $.placements[0].organization: "), r::toString);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith(file + ": $.placements[1].function: ")), r::toString);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith(file + ": $.placements[2].dimension: ")), r::toString);
  }

  @Test
  void aSyntaxErrorIsLocatedByLineAndColumn() {
    String file = resource("truncated.json");
    Cli r = Cli.run("validate", file);
    assertEquals(1, r.exitCode(), r::toString);
    assertTrue(r.err().matches("(?s)" + java.util.regex.Pattern.quote(file) + ":\\d+:\\d+: .*"), r::toString);
  }

  @Test
  void everyFileIsCheckedEvenAfterABadOne() {
    String bad = resource("broken.json");
    String good = resource("small.json");
    Cli r = Cli.run("validate", bad, "no-such-map.json", good);
    assertEquals(1, r.exitCode(), r::toString);
    assertTrue(r.out().startsWith(good + ": ok"), r::toString);
    assertTrue(r.err().contains("no-such-map.json: no such file\n"), r::toString);
  }

  @Test
  void anUnknownExtensionIsAUsageError() {
    Cli r = Cli.run("validate", "map.txt");
    assertEquals(2, r.exitCode(), r::toString);
    assertEquals("map.txt: not a map file name (expected one ending in .json, .csv or .xlsx)\n", r.err());
  }

  @Test
  void withoutFilesItIsAUsageError() {
    Cli r = Cli.run("validate");
    assertEquals(2, r.exitCode(), r::toString);
    assertTrue(r.err().startsWith("dssa validate: Missing required parameter: 'FILE'"), r::toString);
  }

  @Test
  void helpDescribesTheCommandAndItsExitCodes() {
    Cli r = Cli.run("validate", "--help");
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.out().contains("Usage: dssa validate"), r::toString);
    assertTrue(r.out().contains("Exit codes:"), r::toString);
    assertTrue(r.out().contains("--catalog=FILE"), r::toString);
  }
}
