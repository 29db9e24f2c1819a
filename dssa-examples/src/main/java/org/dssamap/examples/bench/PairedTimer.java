package org.dssamap.examples.bench;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Times two operations against each other in the same JVM: both are warmed up, then measured in alternating
 * rounds (ours first in even rounds, the baseline first in odd ones) so that machine noise, GC and frequency
 * changes hit both; the result is the median of each side and the median of the per-round ratios.
 */
final class PairedTimer {
  @SuppressWarnings("UnusedVariable") // a sink: written so that the JIT cannot discard the results it consumes
  private static volatile int sink;

  /**
   * How long to measure.
   *
   * <p>Both sides are warmed up alike, in alternating samples, until each has taken at least {@code warmups}
   * samples and run for at least {@code minWarmupNanos}: a count of calls alone would measure a slow operation
   * (a 10^5-placement read, a few dozen milliseconds) while the JIT is still compiling it, around its fourth to
   * tenth call, and the baseline (a token scan, steady from its second call) at its steady state. What is
   * compared is each side's steady state, as JMH's time-based warm-up iterations do; a cold start is the
   * {@code startup} row's subject.
   *
   * @param warmups warm-up samples of each side, not recorded
   * @param minWarmupNanos the least time each side runs warming up, not recorded
   * @param rounds recorded rounds; each round takes one sample of each side
   * @param minSampleNanos a sample repeats its operation until it has run at least this long
   */
  record Budget(int warmups, long minWarmupNanos, int rounds, long minSampleNanos) {
    Budget {
      checkArgument(warmups >= 0 && minWarmupNanos >= 0 && rounds >= 1 && minSampleNanos > 0, "bad budget");
    }
  }

  /**
   * The outcome of a comparison.
   *
   * @param oursNanos median time of one operation of ours
   * @param baselineNanos median time of one operation of the baseline
   * @param ratio median over rounds of ours / baseline
   * @param spread the interquartile range of the per-round ratios, as a fraction of the median ratio
   */
  record Result(double oursNanos, double baselineNanos, double ratio, double spread) {}

  private PairedTimer() {}

  static Result compare(Supplier<?> ours, Supplier<?> baseline, Budget budget) {
    int oursReps = calibrate(ours, budget);
    int baselineReps = calibrate(baseline, budget);
    long oursWarm = 0;
    long baselineWarm = 0;
    double oursLast = 0;
    double baselineLast = 0;
    for (int i = 0; i < budget.warmups() || oursWarm < budget.minWarmupNanos()
        || baselineWarm < budget.minWarmupNanos(); i++) {
      oursLast = sample(ours, oursReps);
      baselineLast = sample(baseline, baselineReps);
      oursWarm += (long) (oursLast * oursReps);
      baselineWarm += (long) (baselineLast * baselineReps);
    }
    // calibrated again on the warm code: a call timed cold may be several times a warm one
    if (oursLast > 0) {
      oursReps = repsFor(oursLast, budget);
      baselineReps = repsFor(baselineLast, budget);
    }
    double[] o = new double[budget.rounds()];
    double[] b = new double[budget.rounds()];
    double[] ratios = new double[budget.rounds()];
    for (int r = 0; r < budget.rounds(); r++) {
      if (r % 2 == 0) {
        o[r] = sample(ours, oursReps);
        b[r] = sample(baseline, baselineReps);
      } else {
        b[r] = sample(baseline, baselineReps);
        o[r] = sample(ours, oursReps);
      }
      ratios[r] = o[r] / b[r];
    }
    double ratio = median(ratios);
    return new Result(median(o), median(b), ratio, (quantile(ratios, 0.75) - quantile(ratios, 0.25)) / ratio);
  }

  /** How many repetitions make one sample last at least the budget's minimum (at least one). */
  private static int calibrate(Supplier<?> op, Budget budget) {
    long start = System.nanoTime();
    consume(op.get());
    long once = Math.max(1, System.nanoTime() - start);
    if (once >= budget.minSampleNanos()) {
      // Long enough already, cold as it was: one call per sample.
      return 1;
    }
    int reps = repsFor((double) once, budget);
    // A second look after the first (cold) call, which is much slower than the warm ones.
    return repsFor(sample(op, reps), budget);
  }

  /** How many calls of {@code nanosPerCall} make a sample of at least the budget's minimum (1 to 10^6). */
  private static int repsFor(double nanosPerCall, Budget budget) {
    return (int) Math.min(1_000_000, Math.max(1, (double) budget.minSampleNanos() / Math.max(1, nanosPerCall)));
  }

  /**
   * Runs {@code op} {@code reps} times and returns the time of one run, in nanoseconds. A full collection first,
   * so that neither side pays for the garbage the other left behind.
   */
  private static double sample(Supplier<?> op, int reps) {
    System.gc();
    long start = System.nanoTime();
    for (int i = 0; i < reps; i++) {
      consume(op.get());
    }
    return (double) (System.nanoTime() - start) / reps;
  }

  @SuppressWarnings("NonAtomicVolatileUpdate") // one thread measures; only that the write happens matters
  private static void consume(Object result) {
    // Keeps the JIT from discarding the work whose result nobody reads.
    sink += System.identityHashCode(result);
  }

  static double median(double[] values) {
    return quantile(values, 0.5);
  }

  static double quantile(double[] values, double q) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double pos = q * (sorted.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = (int) Math.ceil(pos);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
  }
}
