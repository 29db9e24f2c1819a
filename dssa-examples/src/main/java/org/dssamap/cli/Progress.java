package org.dssamap.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Tells the user on stderr that a step is under way, but only when it takes long enough for them to wonder:
 * a step that finishes within the delay prints nothing, so quick commands stay quiet and scripts see clean
 * output. A step announced and then finished says how long it took; a step that fails says nothing more (the
 * error follows), and is remembered as {@link #unfinished()}, so that running out of memory can say where.
 *
 * <pre>{@code
 * EcosystemMap map = Progress.get(err, "reading map.json", () -> read(file));
 * Progress.run(err, "drawing wheel.png", () -> draw(map));
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

  /** The innermost step that ended without finishing since {@link #reset()}. */
  private static volatile @Nullable String unfinished;

  private final PrintWriter err;
  private final String step;
  private final long startNanos;
  private final ScheduledFuture<?> announcement;
  private boolean announced;
  private boolean finished;

  private Progress(PrintWriter err, String step, long delayMillis) {
    this.err = err;
    this.step = step;
    this.startNanos = System.nanoTime();
    this.announcement = TIMER.schedule(this::announce, delayMillis, TimeUnit.MILLISECONDS);
  }

  /** Runs {@code work} as a step announced on {@code err} after {@link #DEFAULT_DELAY_MILLIS}, and returns its result. */
  public static <T> T get(PrintWriter err, String step, Supplier<T> work) {
    return get(err, step, DEFAULT_DELAY_MILLIS, work);
  }

  /** Runs {@code work} as a step announced on {@code err} after {@code delayMillis}, and returns its result. */
  public static <T> T get(PrintWriter err, String step, long delayMillis, Supplier<T> work) {
    try (Progress p = new Progress(err, step, delayMillis)) {
      T result = work.get();
      p.finished = true;
      return result;
    }
  }

  /** Runs {@code work} as a step announced on {@code err} after {@link #DEFAULT_DELAY_MILLIS}. */
  public static void run(PrintWriter err, String step, Runnable work) {
    get(err, step, DEFAULT_DELAY_MILLIS, () -> {
      work.run();
      return Boolean.TRUE;
    });
  }

  /** The innermost step that a failure (an exception, running out of memory) ended since {@link #reset()}. */
  public static Optional<String> unfinished() {
    return Optional.ofNullable(unfinished);
  }

  /** Forgets the step {@link #unfinished()} names; the command line calls this before each command. */
  public static void reset() {
    unfinished = null;
  }

  private synchronized void announce() {
    announced = true;
    err.println("dssa: " + step + "…");
    err.flush();
  }

  /** Ends the step; if it was announced and finished, says how long it took. */
  @Override
  public void close() {
    announcement.cancel(false);
    if (!finished && unfinished == null) {
      unfinished = step;
    }
    synchronized (this) {
      if (announced && finished) {
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
        err.println("dssa: " + step + ": done in " + String.format(Locale.ROOT, "%.1f", millis / 1000.0) + " s");
        err.flush();
      }
    }
  }
}
