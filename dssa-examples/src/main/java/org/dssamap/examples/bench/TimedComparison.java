package org.dssamap.examples.bench;

import static java.util.Objects.requireNonNull;

import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * A comparison of two timed operations: set up from the shared fixtures, then measured by {@link PairedTimer}.
 *
 * @param name the row's name
 * @param target the bound on ours / baseline
 * @param setup builds the two operations, at the sizes the mode asks for, and says what they are
 */
record TimedComparison(String name, double target, BiFunction<Fixtures, Bench.Mode, Pair> setup) implements Bench.Comparison {

  /**
   * What to time.
   *
   * @param ours our operation
   * @param baseline the operation it is compared with
   * @param perCall how many units (queries) one call makes; times are reported per unit
   * @param note what is compared, in a few words
   */
  record Pair(Supplier<?> ours, Supplier<?> baseline, int perCall, String note) {
    Pair {
      requireNonNull(ours, "ours");
      requireNonNull(baseline, "baseline");
      requireNonNull(note, "note");
    }
  }

  @Override
  public BenchRow run(Bench.Mode mode, Fixtures fixtures) {
    Pair p = setup.apply(fixtures, mode);
    PairedTimer.Result r = PairedTimer.compare(p.ours(), p.baseline(), mode.budget);
    return new BenchRow(name, BenchTable.duration(r.oursNanos() / p.perCall()),
        BenchTable.duration(r.baselineNanos() / p.perCall()), r.ratio(), target, r.spread(), p.note());
  }
}
