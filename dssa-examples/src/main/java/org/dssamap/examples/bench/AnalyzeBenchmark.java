package org.dssamap.examples.bench;

import java.util.concurrent.TimeUnit;
import org.dssamap.analysis.AnalysisReport;
import org.dssamap.examples.synthetic.SyntheticMaps;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: {@link AnalyzeWorkload}, the full analysis against the user's counting loop and the counting limit; the two
 * sizes give the scaling.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class AnalyzeBenchmark {
  /** Placements in the map analysed. */
  @Param({"100000", "1000000"})
  public int placements;

  private AnalyzeWorkload workload;

  /** Generates the map once. */
  @Setup
  public void setUp() {
    workload = new AnalyzeWorkload(SyntheticMaps.generate(Fixtures.SEED, placements));
  }

  /** Ours: {@code AnalysisReport.of}. */
  @Benchmark
  public AnalysisReport analysis() {
    return workload.ours();
  }

  /** The user's loop: placement objects counted per cell. */
  @Benchmark
  public int[] countPerCell() {
    return workload.baseline();
  }

  /** The limit: the map's placement column counted per cell and status. */
  @Benchmark
  public int[] countColumnLimit() {
    return workload.limit();
  }
}
