package org.dssamap.examples.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.function.Supplier;

/**
 * Measures the heap an object graph retains: heap used after full collections while the graph is reachable,
 * minus heap used after full collections once it is not. Measured, not estimated, so it counts object headers,
 * padding, compressed references and every index exactly as this JVM lays them out.
 */
final class RetainedHeap {
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  private RetainedHeap() {}

  /** The bytes retained by what {@code build} returns. */
  static long of(Supplier<?> build) {
    Object graph = build.get();
    long reachable;
    try {
      reachable = usedAfterFullGc();
    } finally {
      Reference.reachabilityFence(graph);
    }
    graph = null;
    long unreachable = usedAfterFullGc();
    return reachable - unreachable;
  }

  /** Heap in use once repeated collections stop freeing anything. */
  static long usedAfterFullGc() {
    long previous = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      long used = MEMORY.getHeapMemoryUsage().getUsed();
      if (Math.abs(previous - used) < 64 * 1024) {
        return used;
      }
      previous = used;
    }
    return previous;
  }
}
