package org.dssamap.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchHarnessTest {
  @Test
  void tableHasOneLinePerRowEndingInTheVerdict() {
    String table = BenchTable.format(List.of(
        new BenchRow("load", "1.20 s", "0.70 s", 1.71, 2.0, 0.05, "read vs scan"),
        new BenchRow("memory", "101.3 B", "-", 101.3, 96, 0, "bytes")));
    List<String> lines = table.lines().toList();
    assertEquals(3, lines.size(), table);
    assertTrue(lines.get(0).startsWith("name"), table);
    assertTrue(lines.get(1).matches("load\\s+1\\.20 s\\s+0\\.70 s\\s+1\\.71x\\s+<= 2\\.00x\\s+yes\\s+.*"), table);
    assertTrue(lines.get(2).matches("memory\\s+101\\.3 B\\s+-\\s+101\\.3\\s+<= 96\\s+no\\s+.*"), table);
    // Columns line up: the verdict of every row ends where the header's "ok" ends.
    int end = lines.get(0).indexOf(" ok") + 3;
    assertEquals("yes", lines.get(1).substring(end - 3, end));
    assertEquals(" no", lines.get(2).substring(end - 3, end));
  }

  @Test
  void smallRatiosKeepTwoSignificantDigits() {
    assertEquals("0.00021x", BenchTable.ratio(0.000_21));
    assertEquals("0.031x", BenchTable.ratio(0.031));
    assertEquals("1.76x", BenchTable.ratio(1.756));
    assertEquals("27.8x", BenchTable.ratio(27.8));
  }

  @Test
  void durationsUseTheLargestUnitAboveOne() {
    assertEquals("812.0 ns", BenchTable.duration(812));
    assertEquals("3.41 ms", BenchTable.duration(3_410_000));
    assertEquals("1.20 s", BenchTable.duration(1.2e9));
  }

  @Test
  void quantilesInterpolateBetweenSortedValues() {
    double[] values = {5, 1, 3, 2, 4};
    assertEquals(3, PairedTimer.median(values));
    assertEquals(2, PairedTimer.quantile(values, 0.25));
    assertEquals(4.5, PairedTimer.quantile(values, 0.875));
    assertEquals(2.5, PairedTimer.median(new double[] {4, 1, 2, 3}));
  }

  @Test
  void aComparisonOfTwoOperationsGivesFinitePositiveTimesAndTheirRatio() {
    PairedTimer.Result r = PairedTimer.compare(() -> new int[64], () -> new int[8],
        new PairedTimer.Budget(1, 0, 3, 1_000_000));
    assertTrue(r.oursNanos() > 0 && Double.isFinite(r.oursNanos()), r.toString());
    assertTrue(r.baselineNanos() > 0 && Double.isFinite(r.baselineNanos()), r.toString());
    assertTrue(r.ratio() > 0 && Double.isFinite(r.ratio()), r.toString());
  }

  @Test
  void bothSidesWarmUpForAtLeastTheBudgetsTimeNotJustItsCountOfSamples() {
    long millisecond = 1_000_000L;
    // a fast side and a slow one, each way round: each must warm up 60 ms, not just the slow one, nor one sample
    for (boolean slowFirst : new boolean[] {false, true}) {
      long[] busyNanos = new long[2];
      long oursCall = slowFirst ? 5 * millisecond : millisecond;
      long baselineCall = slowFirst ? millisecond : 5 * millisecond;
      PairedTimer.compare(() -> busy(busyNanos, 0, oursCall), () -> busy(busyNanos, 1, baselineCall),
          new PairedTimer.Budget(1, 60 * millisecond, 1, millisecond));
      // counted samples alone (calibration, one warm-up sample, one round) would run each side 3 calls: 3 or 15 ms
      assertTrue(busyNanos[0] >= 60 * millisecond && busyNanos[1] >= 60 * millisecond,
          "busy: " + busyNanos[0] + " ns, " + busyNanos[1] + " ns");
    }
  }

  private static Object busy(long[] busyNanos, int side, long nanos) {
    long start = System.nanoTime();
    long end = start + nanos;
    while (System.nanoTime() < end) {
      Thread.onSpinWait();
    }
    busyNanos[side] += System.nanoTime() - start;
    return busyNanos;
  }

  @Test
  void retainedHeapOfArraysIsTheirSize() {
    // 4,096 arrays of 4 KiB, 16 MiB in all: small objects, as a map's are. One array of 16 MiB would be a humongous
    // object to G1, which counts it in whole regions (17 MiB with 1 MiB regions), and the test would measure that.
    long bytes = RetainedHeap.of(() -> {
      byte[][] arrays = new byte[4096][];
      for (int i = 0; i < arrays.length; i++) {
        arrays[i] = new byte[4096];
      }
      return arrays;
    });
    assertTrue(Math.abs(bytes - (16 << 20)) < (1 << 20), "retained " + bytes);
  }
}
