package org.dssamap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BenchCommandTest {
  @Test
  void anUnknownRowIsAUsageErrorNamingTheRows() {
    Cli r = Cli.run("bench", "--quick", "--only", "load,nope");
    assertEquals(Dssa.EXIT_USAGE, r.exitCode(), r.toString());
    assertTrue(r.err().contains("unknown row 'nope'"), r.toString());
    assertTrue(r.err().contains("load, load-any, analyze, analyze-limit, scaling, scaling-json, svg, batik, memory, hover, startup"), r.toString());
    assertEquals("", r.out());
  }

  @Test
  void helpListsTheRows() {
    Cli r = Cli.run("bench", "--help");
    assertEquals(Dssa.EXIT_OK, r.exitCode(), r.toString());
    assertTrue(r.out().contains("--quick"), r.out());
    assertTrue(r.out().replaceAll("\\s+", " ").contains("load, load-any, analyze, analyze-limit, scaling, scaling-json, svg, batik, memory, hover, startup"), r.out());
  }
}
