package org.dssamap.cli;

import java.nio.file.Path;

/**
 * A process for tests: starts writing {@code args[0]} through {@link AtomicOutput}, then waits to be stopped, so
 * that a test can send it a signal in the middle of a write.
 */
final class SlowWrite {
  private SlowWrite() {}

  public static void main(String[] args) {
    AtomicOutput.write(Path.of(args[0]), out -> {
      out.write(new byte[1 << 20]);
      out.flush();
      System.out.println("writing");
      System.out.flush();
      try {
        Thread.sleep(120_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
  }
}
