package org.dssamap.examples.bench;

import java.util.concurrent.TimeUnit;
import org.dssamap.examples.synthetic.SyntheticMaps;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: {@link RenderWorkload} on the wheel of a 10<sup>4</sup>-organization map: SVG through our painter, the
 * same calls precomputed straight into JFreeSVG (set up as ours, the same bytes), Batik; hit tests through the index and by a scan (a batch of queries
 * per call).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g", "-Djava.awt.headless=true"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class RenderBenchmark {
  private RenderWorkload workload;

  /** Lays the wheel out once. */
  @Setup
  public void setUp() {
    workload = new RenderWorkload(SyntheticMaps.generate(
        new SyntheticMaps.Spec(Fixtures.SEED, Bench.WHEEL_PLACEMENTS, Bench.WHEEL_ORGANIZATIONS)),
        Bench.WHEEL_WIDTH, Bench.QUERIES);
  }

  /** Ours: {@code SvgExport.toSvg}. */
  @Benchmark
  public String svgOurs() {
    return workload.svgOurs();
  }

  /** The floor: the same calls, precomputed, into JFreeSVG set up as ours; the same bytes. */
  @Benchmark
  public String svgDirect() {
    return workload.svgDirect();
  }

  /** The other library: our painter into Batik. */
  @Benchmark
  public String svgBatik() {
    return workload.svgBatik();
  }

  /** Ours: a batch of hit tests through {@code SceneIndex}. */
  @Benchmark
  public int hoverIndexed() {
    return workload.hoverIndexed();
  }

  /** The baseline: the same batch scanning every dot. */
  @Benchmark
  public int hoverLinear() {
    return workload.hoverLinear();
  }
}
