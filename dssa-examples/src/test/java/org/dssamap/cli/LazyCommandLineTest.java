package org.dssamap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code main} builds only the command it runs; for any arguments that behaves as the whole command line. */
class LazyCommandLineTest {
  @Test
  void everySubcommandIsListedUnderTheNameItsAnnotationGives() {
    List<String> names = new ArrayList<>();
    for (var sub : Dssa.SUBCOMMANDS) {
      assertEquals(sub.getValue().getAnnotation(Command.class).name(), sub.getKey());
      names.add(sub.getKey());
    }
    assertEquals(names, List.copyOf(Dssa.commandLine().getSubcommands().keySet()));
  }

  @Test
  void aCommandLineOfTheNamedCommandOnlyHasThatCommand() {
    assertEquals(List.of("validate"), List.copyOf(Dssa.commandLine("--debug", "validate", "x.json")
        .getSubcommands().keySet()));
    // no command, an unknown one, or help: every command, so that help and suggestions list them all
    for (String[] args : new String[][] {{}, {"--help"}, {"valdate", "x.json"}, {"help", "validate"},
        {"--", "validate"}}) {
      assertEquals(Dssa.SUBCOMMANDS.size(), Dssa.commandLine(args).getSubcommands().size(), List.of(args)::toString);
    }
  }

  @Test
  void theLazyCommandLineAnswersAnyArgumentsAsTheWholeOneDoes() {
    String map = AnalysisCommandsTest.callMap("call-map.json");
    List<String> words = new ArrayList<>();
    Dssa.SUBCOMMANDS.forEach(s -> words.add(s.getKey()));
    words.addAll(List.of("--help", "-h", "--version", "--debug", "-q", "--quiet", "--nope", map, "x.json", "--",
        "export", "--format", "json", "valdate", "-x.json"));
    List<String> commands = Dssa.SUBCOMMANDS.stream().map(s -> s.getKey())
        .filter(n -> !n.equals("gui") && !n.equals("bench") && !n.equals("demo")).toList();
    qt().withExamples(60).forAll(arbitrary().pick(commands),
        integers().between(0, 3), integers().between(0, Integer.MAX_VALUE))
        .checkAssert((command, extra, seed) -> {
          List<String> args = new ArrayList<>();
          java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
          if (random.nextBoolean()) {
            args.add("--debug");
          }
          args.add(command);
          for (int i = 0; i < extra; i++) {
            String w = words.get(random.nextInt(words.size()));
            // nothing that would open a window or run the benchmark
            args.add(w.equals("gui") || w.equals("bench") || w.equals("demo") ? "--help" : w);
          }
          String[] a = args.toArray(String[]::new);
          Cli whole = Cli.run(Dssa.commandLine(), a);
          Cli lazy = Cli.run(Dssa.commandLine(a), a);
          assertEquals(whole.exitCode(), lazy.exitCode(), args::toString);
          assertEquals(whole.out(), lazy.out(), args::toString);
          // --debug prints a stack trace, whose frames name how the command line was built: compared without
          assertEquals(withoutStackFrames(whole.errLines()), withoutStackFrames(lazy.errLines()), args::toString);
        });
  }

  @Test
  void helpOfTheRootStillListsEveryCommand() {
    Cli r = Cli.run(Dssa.commandLine("--help"), "--help");
    for (var sub : Dssa.SUBCOMMANDS) {
      assertEquals(true, r.out().contains("  " + sub.getKey()), sub.getKey() + "\n" + r.out());
    }
    CommandLine.Help help = Dssa.commandLine().getHelp();
    assertEquals(help.commandList(), Dssa.commandLine("--help").getHelp().commandList());
  }

  private static List<String> withoutStackFrames(List<String> lines) {
    return lines.stream().filter(l -> !l.startsWith("\tat ") && !l.startsWith("\t... ")).toList();
  }
}
