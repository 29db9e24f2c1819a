package org.dssamap.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Tells the user on stderr that a step is under way, but only when it takes long enough for them to wonder:
 * a step that finishes within the delay prints nothing, so quick commands stay quiet and scripts see clean
 * output. Use it in try-with-resources around the step.
 *
 * <pre>{@code
 * try (Progress p = Progress.start(err, "rendering wheel.png")) {
 *   ...
 * }
 * }</pre>
 */
public final class Progress implements AutoCloseable {
  /** How long a step runs before it is announced. */
  public static final long DEFAULT_DELAY_MILLIS = 1500;

  private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "dssa-progress");
    t.setDaemon(true);
    return t;
  });

  private final PrintWriter err;
  private final String step;
  private final long startNanos;
  private final ScheduledFuture<?> announcement;
  private boolean announced;

  private Progress(PrintWriter err, String step, long delayMillis) {
    this.err = err;
    this.step = step;
    this.startNanos = System.nanoTime();
    this.announcement = TIMER.schedule(this::announce, delayMillis, TimeUnit.MILLISECONDS);
  }

  /** Starts a step that is announced on {@code err} if it is still running after {@link #DEFAULT_DELAY_MILLIS}. */
  public static Progress start(PrintWriter err, String step) {
    return new Progress(err, step, DEFAULT_DELAY_MILLIS);
  }

  /** Starts a step that is announced on {@code err} if it is still running after {@code delayMillis}. */
  public static Progress start(PrintWriter err, String step, long delayMillis) {
    return new Progress(err, step, delayMillis);
  }

  private synchronized void announce() {
    announced = true;
    err.println("dssa: " + step + "…");
    err.flush();
  }

  /** Ends the step; if it was announced, says how long it took. */
  @Override
  public void close() {
    announcement.cancel(false);
    synchronized (this) {
      if (announced) {
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
        err.println("dssa: " + step + ": done in " + String.format(Locale.ROOT, "%.1f", millis / 1000.0) + " s");
        err.flush();
      }
    }
  }
}
