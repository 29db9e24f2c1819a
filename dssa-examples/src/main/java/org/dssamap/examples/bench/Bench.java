package org.dssamap.examples.bench;

import com.google.common.collect.ImmutableList;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark table behind {@code dssa bench}: every comparison measured in this JVM, ours and its baseline
 * side by side in alternating rounds, one row per target.
 *
 * <p>This is an in-process harness rather than JMH's {@code Runner}: JMH forks a JVM per benchmark, so ours
 * and the baseline would run minutes apart in different JVMs and a noisy shared machine would skew their
 * ratio; here each round times both back to back, alternating which goes first, and the ratio is the median of
 * the per-round ratios. The same workloads are JMH benchmarks too ({@code *Benchmark} in this package), for
 * absolute numbers with JMH's rigour.
 */
public final class Bench {
  /** How thoroughly to measure. */
  public enum Mode {
    /** A few rounds: the whole table in a few minutes. */
    QUICK(new PairedTimer.Budget(2, 5, 100_000_000L), 1),
    /** Many rounds, for the report. */
    FULL(new PairedTimer.Budget(5, 15, 300_000_000L), 3);

    final PairedTimer.Budget budget;
    final int memoryRepeats;

    Mode(PairedTimer.Budget budget, int memoryRepeats) {
      this.budget = budget;
      this.memoryRepeats = memoryRepeats;
    }
  }

  /** One comparison: produces its row, measuring as thoroughly as the mode asks. */
  interface Comparison {
    /** The row's name. */
    String name();

    /** Sets up, measures and returns the row. */
    BenchRow run(Mode mode, Fixtures fixtures) throws Exception;
  }

  private Bench() {}

  /** Runs every comparison and returns the rows; progress goes to {@code log}. */
  public static ImmutableList<BenchRow> run(Mode mode, PrintStream log) throws Exception {
    Fixtures fixtures = new Fixtures();
    List<BenchRow> rows = new ArrayList<>();
    for (Comparison c : comparisons()) {
      long start = System.nanoTime();
      log.printf(Locale.ROOT, "bench: %s ...%n", c.name());
      BenchRow row = c.run(mode, fixtures);
      log.printf(Locale.ROOT, "bench: %s done in %.0f s: %s vs %s%n",
          c.name(), (System.nanoTime() - start) / 1e9, row.ours(), row.baseline());
      rows.add(row);
    }
    return ImmutableList.copyOf(rows);
  }

  /** Every comparison, in table order. */
  static ImmutableList<Comparison> comparisons() {
    return ImmutableList.of(new MemoryComparison());
  }

  /** A line describing this machine and JVM, to print with the table. */
  public static String machine() {
    Runtime rt = Runtime.getRuntime();
    return String.format(Locale.ROOT, "%s %s on %s %s, %d cores, max heap %d MB, load average %.2f",
        System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
        System.getProperty("os.name"), System.getProperty("os.arch"), rt.availableProcessors(),
        rt.maxMemory() >> 20, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  /**
   * Runs the table and prints it: {@code --quick} for the short run.
   *
   * @param args {@code --quick} or nothing
   */
  public static void main(String[] args) throws Exception {
    Mode mode = List.of(args).contains("--quick") ? Mode.QUICK : Mode.FULL;
    long start = System.nanoTime();
    String before = machine();
    ImmutableList<BenchRow> rows = run(mode, System.err);
    System.out.print(BenchTable.format(rows));
    System.out.printf(Locale.ROOT, "%s run, %.0f s; before: %s; after: load average %.2f%n",
        mode.name().toLowerCase(Locale.ROOT), (System.nanoTime() - start) / 1e9, before,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }
}
