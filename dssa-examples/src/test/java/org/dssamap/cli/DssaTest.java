package org.dssamap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DssaTest {
  @Test
  void withoutACommandItPrintsTheCommandsOnStderrAndExitsWithAUsageError() {
    Cli r = Cli.run();
    assertEquals(Dssa.EXIT_USAGE, r.exitCode(), r::toString);
    assertEquals("", r.out());
    assertTrue(r.err().contains("Usage: dssa"), r::toString);
  }

  @Test
  void anUnknownCommandIsAUsageErrorWithAHint() {
    Cli r = Cli.run("frobnicate");
    assertEquals(Dssa.EXIT_USAGE, r.exitCode(), r::toString);
    assertTrue(r.err().contains("'frobnicate'"), r::toString);
    assertTrue(r.err().contains("Try 'dssa --help'"), r::toString);
  }

  @Test
  void helpListsTheExitCodes() {
    Cli r = Cli.run("--help");
    assertEquals(Dssa.EXIT_OK, r.exitCode(), r::toString);
    assertTrue(r.out().contains("Exit codes:"), r::toString);
    assertTrue(r.out().contains("2    usage error"), r::toString);
  }

  @Test
  void versionNamesTheBuildVersion() {
    Cli r = Cli.run("--version");
    assertEquals(Dssa.EXIT_OK, r.exitCode(), r::toString);
    assertTrue(r.out().matches("(?s)dssa \\d+\\.\\d+\\.\\d+.*"), r::toString);
  }
}
