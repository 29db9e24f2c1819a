package org.dssamap.examples.bench;

import java.util.Arrays;
import java.util.Locale;
import org.dssamap.model.json.MapJson;

/**
 * {@code memory}: the heap a map of 10<sup>6</sup> placements read from its JSON file retains, per placement (organizations,
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
    byte[] json = LoadWorkload.json(fixtures.map(PLACEMENTS));
    // Only the file's bytes stay reachable, on both sides of every measurement.
    fixtures.clear();
    double[] perPlacement = new double[mode.memoryRepeats];
    for (int i = 0; i < perPlacement.length; i++) {
      long bytes = RetainedHeap.of(() -> MapJson.read(json, "bench.json"));
      perPlacement[i] = (double) bytes / PLACEMENTS;
    }
    double median = PairedTimer.median(perPlacement);
    double spread = (PairedTimer.quantile(perPlacement, 0.75) - PairedTimer.quantile(perPlacement, 0.25)) / median;
    return new BenchRow(name(), String.format(Locale.ROOT, "%.1f B", median), "-", median, TARGET_BYTES, spread,
        "retained heap per placement of a 10^6 map read by MapJson, "
            + Arrays.stream(perPlacement).mapToObj(b -> String.format(Locale.ROOT, "%.1f", b)).toList());
  }
}
