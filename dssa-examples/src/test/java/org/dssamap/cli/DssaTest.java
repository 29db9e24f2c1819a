package org.dssamap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.concurrent.Callable;
import org.dssamap.model.InvalidMapException;
import org.dssamap.model.Problem;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

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

  @Command(name = "boom")
  static final class Boom implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("the renderer lost its place");
    }
  }

  @Command(name = "invalid")
  static final class Invalid implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new InvalidMapException("map.csv", List.of(Problem.at("3:7", "first"), Problem.at("$.x", "second")));
    }
  }

  private static CommandLine withTestCommands() {
    return Dssa.commandLine().addSubcommand(new Boom()).addSubcommand(new Invalid());
  }

  @Test
  void anInternalErrorIsOneLineWithoutAStackTraceAndExits70() {
    Cli r = Cli.run(withTestCommands(), "boom");
    assertEquals(Dssa.EXIT_INTERNAL, r.exitCode(), r::toString);
    assertEquals(List.of("dssa: internal error: java.lang.IllegalStateException: the renderer lost its place"
        + " (a bug; run again with --debug for the stack trace)"), r.errLines());
  }

  @Test
  void debugAfterTheCommandPrintsTheStackTrace() {
    Cli r = Cli.run(withTestCommands(), "boom", "--debug");
    assertEquals(Dssa.EXIT_INTERNAL, r.exitCode(), r::toString);
    assertTrue(r.err().contains("\tat org.dssamap.cli.DssaTest$Boom.call"), r::toString);
  }

  @Test
  void debugBeforeTheCommandPrintsTheStackTraceToo() {
    Cli r = Cli.run(withTestCommands(), "--debug", "boom");
    assertTrue(r.err().contains("\tat org.dssamap.cli.DssaTest$Boom.call"), r::toString);
  }

  @Test
  void anInvalidMapPrintsEveryProblemLocatedAndExitsOne() {
    Cli r = Cli.run(withTestCommands(), "invalid");
    assertEquals(Dssa.EXIT_INVALID, r.exitCode(), r::toString);
    assertEquals(List.of("map.csv:3:7: first", "map.csv: $.x: second"), r.errLines());
    assertFalse(r.err().contains("\tat "), r::toString);
  }

  @Test
  void everySubcommandHasHelp() {
    for (String name : Dssa.commandLine().getSubcommands().keySet()) {
      if (name.equals("help")) {
        continue;
      }
      Cli r = Cli.run(name, "--help");
      assertEquals(0, r.exitCode(), () -> name + ": " + r);
      assertTrue(r.out().contains("Usage: dssa " + name), () -> name + ": " + r);
    }
  }

  @Test
  void aFileNameThatLooksLikeAnOptionIsExplainedNotJustMissing() {
    Cli r = Cli.run("analyze", "-x.json");
    assertEquals(Dssa.EXIT_USAGE, r.exitCode(), r::toString);
    assertEquals(List.of("dssa analyze: Missing required parameter: 'FILE'",
        "dssa analyze: '-x.json' is not an option; a file whose name starts with '-' is written ./-x.json (or after --)",
        "Try 'dssa analyze --help' for more information."), r.errLines());
  }

  @Test
  void everyUsageErrorOfACommandEndsWithTheHelpHint() {
    String map = AnalysisCommandsTest.callMap("call-map.json");
    for (String[] args : new String[][] {
        {"analyze", map, "--format", "xml"},
        {"survey", "export", map, "--org", "nobody", "-o", "q.json"},
        {"survey", "export", map, "--org", "cira", "-o", "q.csv"},
        {"render", map, "-o", "x.gif"},
        {"convert", map, "x.txt"},
        {"demo", "--map", "atlantis"}}) {
      Cli r = Cli.run(args);
      assertEquals(Dssa.EXIT_USAGE, r.exitCode(), r::toString);
      String command = args[0].equals("survey") ? "dssa survey export" : "dssa " + args[0];
      assertEquals("Try '" + command + " --help' for more information.", r.errLines().get(r.errLines().size() - 1),
          r::toString);
    }
  }

  @Test
  void aQuestionnaireIsJsonOrAWorkbookAndItsNameMustSayWhich() {
    Cli r = Cli.run("survey", "export", AnalysisCommandsTest.callMap("call-map.json"), "--org", "cira", "-o",
        "q.csv");
    assertEquals(Dssa.EXIT_USAGE, r.exitCode(), r::toString);
    assertEquals("dssa survey export: q.csv: F must end in .json (the JSON questionnaire) or .xlsx (the survey "
        + "workbook)", r.errLines().get(0));
    assertFalse(java.nio.file.Files.exists(java.nio.file.Path.of("q.csv")));
  }

  @Test
  void diffUnderPublicSaysOnceWhatItLeftOut() {
    String map = AnalysisCommandsTest.callMap("call-map.json");
    Cli r = Cli.run("diff", "--public", map, map);
    assertEquals(0, r.exitCode(), r::toString);
    assertEquals(List.of("dssa: --public: left out 0 restricted placements of " + map + "; 0 restricted placements of "
        + map), r.errLines());
  }

  @Test
  void theGuiWithoutADisplaySaysSoInsteadOfFailing() {
    Cli r = Cli.run("gui");
    assertEquals(Dssa.EXIT_USAGE, r.exitCode(), r::toString);
    assertTrue(r.err().startsWith("dssa gui: no display to open a window on"), r::toString);
  }
}
