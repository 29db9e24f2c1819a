package org.dssamap.examples.bench;

/** {@code load}: {@link LoadWorkload} on the JSON of a 10<sup>6</sup>-placement map; target at most 2x. */
final class LoadComparison implements Bench.Comparison {
  static final int PLACEMENTS = 1_000_000;

  @Override
  public String name() {
    return "load";
  }

  @Override
  public BenchRow run(Bench.Mode mode, Fixtures fixtures) {
    LoadWorkload w = new LoadWorkload(fixtures.map(PLACEMENTS));
    PairedTimer.Result r = PairedTimer.compare(w::ours, w::baseline, mode.budget);
    return Comparisons.row(name(), r, 2.0,
        String.format(java.util.Locale.ROOT, "MapJson.read vs Jackson nextToken() scan, %.0f MB, 10^6 placements",
            w.size() / 1e6));
  }
}
