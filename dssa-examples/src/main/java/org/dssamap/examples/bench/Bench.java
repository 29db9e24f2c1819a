package org.dssamap.examples.bench;

import com.google.common.collect.ImmutableList;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dssamap.examples.synthetic.SyntheticMaps;

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
    /**
     * Few rounds, two seconds of warm-up a side, and the load row on a 10^5-placement file: the whole table in a
     * few minutes.
     */
    QUICK(new PairedTimer.Budget(1, 2_000_000_000L, 5, 100_000_000L), 1, 100_000),
    /** More rounds, five seconds of warm-up a side, every row at full size, for the report. */
    FULL(new PairedTimer.Budget(3, 5_000_000_000L, 11, 300_000_000L), 3, 1_000_000);

    @SuppressWarnings("ImmutableEnumChecker") // Budget is a record of primitives
    final PairedTimer.Budget budget;
    final int memoryRepeats;
    final int loadPlacements;

    Mode(PairedTimer.Budget budget, int memoryRepeats, int loadPlacements) {
      this.budget = budget;
      this.memoryRepeats = memoryRepeats;
      this.loadPlacements = loadPlacements;
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
  public static ImmutableList<BenchRow> run(Mode mode, PrintWriter log) throws Exception {
    return run(mode, names(), log);
  }

  /** Runs the named comparisons, in table order, and returns their rows; progress goes to {@code log}. */
  @SuppressWarnings("try") // the resource is held for the duration of the block, never referenced in it
  public static ImmutableList<BenchRow> run(Mode mode, java.util.Collection<String> only, PrintWriter log)
      throws Exception {
    try (HeapKept kept = HeapKept.during(log)) {
      return runRows(mode, only, log);
    }
  }

  private static ImmutableList<BenchRow> runRows(Mode mode, java.util.Collection<String> only, PrintWriter log)
      throws Exception {
    Fixtures fixtures = new Fixtures();
    List<BenchRow> rows = new ArrayList<>();
    for (Comparison c : comparisons()) {
      if (!only.contains(c.name())) {
        continue;
      }
      // Each row starts from an empty heap, as JMH's fork per benchmark would give it: a million-placement map
      // another row left behind makes every collection of this row's garbage slower (the render rows allocate
      // drawings of several megabytes, which start concurrent marking of everything live).
      fixtures.clear();
      System.gc();
      long start = System.nanoTime();
      log.printf(Locale.ROOT, "bench: %s ...%n", c.name());
      log.flush();
      BenchRow row = c.run(mode, fixtures);
      log.printf(Locale.ROOT, "bench: %s done in %.0f s: %s vs %s%n",
          c.name(), (System.nanoTime() - start) / 1e9, row.ours(), row.baseline());
      log.flush();
      rows.add(row);
    }
    return ImmutableList.copyOf(rows);
  }

  /** Organizations on the wheel of the render rows. */
  static final int WHEEL_ORGANIZATIONS = 10_000;
  /** Placements on that wheel: two dots per organization. */
  static final int WHEEL_PLACEMENTS = 20_000;
  /** A poster-sized wheel, so that every cell shows its dots rather than an aggregate. */
  static final int WHEEL_WIDTH = 4_000;
  /** Hit-test queries per measured call. */
  static final int QUERIES = 1_000;

  /** Every comparison, in table order. */
  static ImmutableList<Comparison> comparisons() {
    return ImmutableList.of(
        new TimedComparison("load", 2.0, (f, mode) -> {
          LoadWorkload w = new LoadWorkload(f.map(mode.loadPlacements));
          return new TimedComparison.Pair(w::ours, w::baseline, 1, String.format(Locale.ROOT,
              "MapJson.read vs Jackson nextToken() scan, %.0f MB, %d placements", w.size() / 1e6,
              mode.loadPlacements));
        }),
        new TimedComparison("load-any", 3.0, (f, mode) -> {
          LoadWorkload w = LoadWorkload.nonCanonical(f.map(mode.loadPlacements));
          return new TimedComparison.Pair(w::ours, w::baseline, 1, String.format(Locale.ROOT,
              "MapJson.read vs Jackson nextToken() scan, non-canonical file (fields reversed, compact, unknown "
                  + "fields), %.0f MB, %d placements", w.size() / 1e6, mode.loadPlacements));
        }),
        new TimedComparison("analyze", 3.0, (f, mode) -> {
          AnalyzeWorkload w = new AnalyzeWorkload(f.map(1_000_000));
          return new TimedComparison.Pair(w::ours, w::baseline, 1,
              "AnalysisReport.of vs what a user's own loop would cost: placement objects counted per cell, "
                  + "10^6 placements");
        }),
        new TimedComparison("analyze-limit", 100.0, (f, mode) -> {
          AnalyzeWorkload w = new AnalyzeWorkload(f.map(1_000_000));
          return new TimedComparison.Pair(w::ours, w::limit, 1,
              "AnalysisReport.of (coverage, gaps, overlaps, SPOFs, outsourcing, self-classification, escalation "
                  + "search) vs the limit: the map's int column counted per cell and status, 10^6 placements");
        }),
        new TimedComparison("scaling", 11.0, (f, mode) -> {
          AnalyzeWorkload large = new AnalyzeWorkload(f.map(1_000_000));
          AnalyzeWorkload small = new AnalyzeWorkload(f.map(100_000));
          return new TimedComparison.Pair(large::ours, small::ours, 1,
              "AnalysisReport.of at 10^6 vs at 10^5 placements");
        }),
        new TimedComparison("scaling-json", 11.0, (f, mode) -> {
          AnalyzeWorkload large = new AnalyzeWorkload(f.map(1_000_000));
          AnalyzeWorkload small = new AnalyzeWorkload(f.map(100_000));
          return new TimedComparison.Pair(large::oursJson, small::oursJson, 1,
              "AnalysisReport.of + AnalysisJson.write at 10^6 vs at 10^5 placements");
        }),
        new TimedComparison("svg", 1.2, (f, mode) -> {
          RenderWorkload w = wheel(f);
          return new TimedComparison.Pair(w::svgOurs, w::svgDirect, 1, String.format(Locale.ROOT,
              "SvgExport.toSvg vs the same calls precomputed into SVGGraphics2D set up as ours (same bytes), "
                  + "wheel of %d dots", w.dots()));
        }),
        new TimedComparison("batik", 0.1, (f, mode) -> {
          RenderWorkload w = wheel(f);
          return new TimedComparison.Pair(w::svgOurs, w::svgBatik, 1, String.format(Locale.ROOT,
              "SvgExport.toSvg vs ScenePainter into Batik SVGGraphics2D + stream, wheel of %d dots", w.dots()));
        }),
        new MemoryComparison(),
        new TimedComparison("hover", 0.1, (f, mode) -> {
          RenderWorkload w = wheel(f);
          return new TimedComparison.Pair(w::hoverIndexed, w::hoverLinear, w.queries(), String.format(Locale.ROOT,
              "SceneIndex.placementAt vs linear scan, per query, %d organizations, %d dots",
              WHEEL_ORGANIZATIONS, w.dots()));
        }),
        new StartupComparison());
  }

  private static RenderWorkload wheel(Fixtures fixtures) {
    return fixtures.workload(RenderWorkload.class, () -> new RenderWorkload(
        SyntheticMaps.generate(new SyntheticMaps.Spec(Fixtures.SEED, WHEEL_PLACEMENTS, WHEEL_ORGANIZATIONS)),
        WHEEL_WIDTH, QUERIES));
  }

  /** The names of every comparison, in table order. */
  public static ImmutableList<String> names() {
    return comparisons().stream().map(Comparison::name).collect(ImmutableList.toImmutableList());
  }

  /** A line describing this machine and JVM, to print with the table. */
  public static String machine() {
    Runtime rt = Runtime.getRuntime();
    // The collector changes what building a large map costs; its beans are named after it ("PS Scavenge", "G1
    // Young Generation").
    String collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
        .map(java.lang.management.GarbageCollectorMXBean::getName).collect(java.util.stream.Collectors.joining(" + "));
    return String.format(Locale.ROOT, "%s %s on %s %s, %d cores, max heap %d MB, collector %s, load average %.2f",
        System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
        System.getProperty("os.name"), System.getProperty("os.arch"), rt.availableProcessors(),
        rt.maxMemory() >> 20, collectors, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  /**
   * Runs the comparisons named in {@code only} and prints their table to {@code out}, followed by a line on the
   * machine, the mode and the run time; progress goes to {@code log}.
   */
  public static ImmutableList<BenchRow> report(Mode mode, java.util.Collection<String> only, PrintWriter out,
      PrintWriter log) throws Exception {
    long start = System.nanoTime();
    String before = machine();
    ImmutableList<BenchRow> rows = run(mode, only, log);
    out.print(BenchTable.format(rows));
    out.printf(Locale.ROOT, "%s run, %.0f s; %s; load average after: %.2f%n",
        mode.name().toLowerCase(Locale.ROOT), (System.nanoTime() - start) / 1e9, before,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    out.flush();
    return rows;
  }

  /**
   * Runs the table and prints it, without the command line: {@code --quick} for the short run, {@code --only
   * NAME,NAME} for some rows.
   *
   * @param args {@code --quick}, {@code --only NAMES}, or nothing
   */
  public static void main(String[] args) throws Exception {
    List<String> list = List.of(args);
    Mode mode = list.contains("--quick") ? Mode.QUICK : Mode.FULL;
    int only = list.indexOf("--only");
    List<String> names = only >= 0 && only + 1 < args.length ? List.of(args[only + 1].split(",")) : names();
    // the console's charset, as before
    report(mode, names, new PrintWriter(new OutputStreamWriter(System.out, Charset.defaultCharset()), true),
        new PrintWriter(new OutputStreamWriter(System.err, Charset.defaultCharset()), true));
  }
}
