package org.dssamap.examples.bench;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the JVM from shrinking its heap after the collections the harness forces, for as long as it is open.
 *
 * <p>{@link PairedTimer} collects before every sample, so that neither side pays for the other's garbage. A full
 * collection lets HotSpot give memory back ({@code MaxHeapFreeRatio}), and a heap shrunk to a little above what is
 * live then gets a young generation too small for one large operation, so G1 would collect in the middle of some
 * samples and not others: the harness's own collections, not the code measured, would decide the result. A run
 * without forced collections never shrinks like that. Where the flag cannot be set (another JVM), a line says so
 * and the run goes on.
 */
final class HeapKept implements AutoCloseable {
  private static final String FLAG = "MaxHeapFreeRatio";
  private final @Nullable HotSpotDiagnosticMXBean bean;
  private final String previous;

  private HeapKept(@Nullable HotSpotDiagnosticMXBean bean, String previous) {
    this.bean = bean;
    this.previous = previous;
  }

  /** Stops shrinking until {@link #close()}; says on {@code log} if it cannot. */
  static HeapKept during(PrintWriter log) {
    try {
      HotSpotDiagnosticMXBean bean = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
      String previous = bean.getVMOption(FLAG).getValue();
      bean.setVMOption(FLAG, "100");
      return new HeapKept(bean, previous);
    } catch (RuntimeException e) {
      log.printf(Locale.ROOT, "bench: cannot keep the heap from shrinking between samples (%s); results may vary "
          + "more%n", e.getMessage());
      return new HeapKept(null, "");
    }
  }

  @Override
  public void close() {
    if (bean != null) {
      bean.setVMOption(FLAG, previous);
    }
  }
}
