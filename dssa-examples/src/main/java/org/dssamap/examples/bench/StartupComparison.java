package org.dssamap.examples.bench;

import java.util.Optional;

/**
 * The {@code startup} row ({@link StartupWorkload}): measured only when this runs from the runnable jar of a source
 * tree, where the {@code ./dssa} launcher is; otherwise a row that says so, with no ratio and not ok.
 */
final class StartupComparison implements Bench.Comparison {
  /** The bound on the ratio. */
  static final double TARGET = 6.0;

  @Override
  public String name() {
    return "startup";
  }

  @Override
  public BenchRow run(Bench.Mode mode, Fixtures fixtures) {
    Optional<StartupWorkload> found = StartupWorkload.find();
    if (found.isEmpty()) {
      return new BenchRow(name(), "-", "-", Double.NaN, TARGET, 0,
          "not measured: run from the runnable jar beside the ./dssa launcher (./dssa bench)");
    }
    StartupWorkload w = found.get();
    String first = w.prepare();
    PairedTimer.Result r = PairedTimer.compare(w::ours, w::baseline, mode.budget);
    return new BenchRow(name(), BenchTable.duration(r.oursNanos()), BenchTable.duration(r.baselineNanos()),
        r.ratio(), TARGET, r.spread(), "./dssa validate of the call map vs java -version, each a new process, same JVM"
            + (first.contains("building") ? " (the untimed first run rebuilt the jar)" : ""));
  }
}
