package org.dssamap.examples.bench;

/** {@code analyze}: {@link AnalyzeWorkload} on a 10<sup>6</sup>-placement map; target at most 3x. */
final class AnalyzeComparison implements Bench.Comparison {
  static final int PLACEMENTS = 1_000_000;

  @Override
  public String name() {
    return "analyze";
  }

  @Override
  public BenchRow run(Bench.Mode mode, Fixtures fixtures) {
    AnalyzeWorkload w = new AnalyzeWorkload(fixtures.map(PLACEMENTS));
    PairedTimer.Result r = PairedTimer.compare(w::ours, w::baseline, mode.budget);
    return Comparisons.row(name(), r, 3.0, "AnalysisReport.of vs one pass counting per cell, 10^6 placements");
  }
}
