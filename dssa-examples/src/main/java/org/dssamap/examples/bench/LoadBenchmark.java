package org.dssamap.examples.bench;

import java.util.concurrent.TimeUnit;
import org.dssamap.examples.synthetic.SyntheticMaps;
import org.dssamap.model.EcosystemMap;
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

/** JMH: {@link LoadWorkload}, reading a map file against Jackson's token scan of the same bytes. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class LoadBenchmark {
  /** Placements in the map read. */
  @Param({"100000", "1000000"})
  public int placements;

  private LoadWorkload workload;
  private LoadWorkload nonCanonical;

  /** Writes the map's files once: canonical, and as another tool might write it. */
  @Setup
  public void setUp() {
    EcosystemMap map = SyntheticMaps.generate(Fixtures.SEED, placements);
    workload = new LoadWorkload(map);
    nonCanonical = LoadWorkload.nonCanonical(map);
  }

  /** Ours: {@code MapJson.read}. */
  @Benchmark
  public EcosystemMap mapJsonRead() {
    return workload.ours();
  }

  /** The baseline: every token visited. */
  @Benchmark
  public int jacksonTokenScan() {
    return workload.baseline();
  }

  /** Ours on the non-canonical file ({@code load-any}). */
  @Benchmark
  public EcosystemMap mapJsonReadAny() {
    return nonCanonical.ours();
  }

  /** Every token of the non-canonical file visited. */
  @Benchmark
  public int jacksonTokenScanAny() {
    return nonCanonical.baseline();
  }
}
