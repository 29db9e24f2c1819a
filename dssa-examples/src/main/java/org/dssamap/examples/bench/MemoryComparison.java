package org.dssamap.examples.bench;

import java.util.Arrays;
import java.util.Locale;
import org.dssamap.examples.synthetic.SyntheticMaps;

/**
 * {@code memory}: the heap a map of 10<sup>6</sup> placements retains, per placement (organizations,
 * relationships and every index included), measured with full collections.
 */
final class MemoryComparison implements Bench.Comparison {
  static final int PLACEMENTS = 1_000_000;
  static final double TARGET_BYTES = 96;

  @Override
  public String name() {
    return "memory";
  }

  @Override
  public BenchRow run(Bench.Mode mode, Fixtures fixtures) {
    fixtures.clear();
    double[] perPlacement = new double[mode.memoryRepeats];
    for (int i = 0; i < perPlacement.length; i++) {
      long bytes = RetainedHeap.of(() -> SyntheticMaps.generate(Fixtures.SEED, PLACEMENTS));
      perPlacement[i] = (double) bytes / PLACEMENTS;
    }
    double median = PairedTimer.median(perPlacement);
    double spread = (PairedTimer.quantile(perPlacement, 0.75) - PairedTimer.quantile(perPlacement, 0.25)) / median;
    return new BenchRow(name(), String.format(Locale.ROOT, "%.1f B", median), "-", median, TARGET_BYTES, spread,
        "retained bytes per placement, generated 10^6 map " + Arrays.toString(perPlacement));
  }
}
