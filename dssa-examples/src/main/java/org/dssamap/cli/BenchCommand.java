package org.dssamap.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dssamap.examples.bench.Bench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dssa bench [--quick] [--only NAME,...]}: the benchmark table, every ratio measured side by side. */
@Command(name = "bench",
    header = "Measures dssa-map at world scale against baselines, side by side in this JVM, and prints one table.",
    description = {
        "Rows: load, load-any, analyze, analyze-limit, scaling, scaling-json, svg, batik, memory, hover, startup. "
            + "Each row times ours and its baseline in alternating rounds after a warm-up; the ratio is the median of "
            + "the per-round ratios, and 'ok' says whether it meets the target. docs/benchmarks.md says what each "
            + "row compares.",
        "Progress goes to stderr, the table to stdout. Give the JVM a few GB of heap (-Xmx4g or more)."})
final class BenchCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec = CommandSpec.create();

  @Option(names = "--quick", description = "Fewer rounds: the whole table in a few minutes.")
  private boolean quick;

  @Option(names = "--only", split = ",", paramLabel = "NAME",
      description = "Only these rows (comma-separated): ${COMPLETION-CANDIDATES}.",
      completionCandidates = RowNames.class)
  private List<String> only = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    if (!benchmarksPresent()) {
      spec.commandLine().getErr().println("dssa bench: the benchmarks are not part of this distribution (their "
          + "dependencies, JMH and Batik, are left out of it); run ./dssa bench in a source checkout of dssa-map "
          + "(docs/benchmarks.md)");
      return Dssa.EXIT_USAGE;
    }
    List<String> names = only.isEmpty() ? Bench.names() : only;
    for (String name : names) {
      if (!Bench.names().contains(name)) {
        throw new ParameterException(spec.commandLine(),
            "unknown row '" + name + "' for --only (expected one of " + String.join(", ", Bench.names()) + ")");
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Bench.report(quick ? Bench.Mode.QUICK : Bench.Mode.FULL, names, out, err);
    return Dssa.EXIT_OK;
  }

  /**
   * Whether the benchmarks' dependencies are on the class path: the source tree's runnable jar has them, the
   * installable distribution does not.
   */
  static boolean benchmarksPresent() {
    ClassLoader loader = BenchCommand.class.getClassLoader();
    for (String name : List.of("org.openjdk.jmh.runner.Runner", "org.apache.batik.svggen.SVGGraphics2D")) {
      try {
        Class.forName(name, false, loader);
      } catch (ClassNotFoundException e) {
        return false;
      }
    }
    return true;
  }

  /** The row names, for help and completion. */
  static final class RowNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Bench.names().iterator();
    }
  }
}
