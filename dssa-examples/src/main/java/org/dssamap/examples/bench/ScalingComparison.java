package org.dssamap.examples.bench;

/**
 * {@code scaling}: the full analysis of a 10<sup>6</sup>-placement map against that of a 10<sup>5</sup> one;
 * target at most 11x, linear with a little slack.
 */
final class ScalingComparison implements Bench.Comparison {
  @Override
  public String name() {
    return "scaling";
  }

  @Override
  public BenchRow run(Bench.Mode mode, Fixtures fixtures) {
    AnalyzeWorkload large = new AnalyzeWorkload(fixtures.map(1_000_000));
    AnalyzeWorkload small = new AnalyzeWorkload(fixtures.map(100_000));
    PairedTimer.Result r = PairedTimer.compare(large::ours, small::ours, mode.budget);
    return Comparisons.row(name(), r, 11.0, "AnalysisReport.of at 10^6 vs at 10^5 placements");
  }
}
