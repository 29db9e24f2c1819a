package org.dssamap.examples.bench;

/** Turns a timed comparison into a table row. */
final class Comparisons {
  private Comparisons() {}

  static BenchRow row(String name, PairedTimer.Result r, double target, String note) {
    return new BenchRow(name, BenchTable.duration(r.oursNanos()), BenchTable.duration(r.baselineNanos()),
        r.ratio(), target, r.spread(), note);
  }
}
