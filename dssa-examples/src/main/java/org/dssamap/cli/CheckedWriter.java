package org.dssamap.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A {@link PrintWriter} that remembers why writing failed. A {@code PrintWriter}, like {@code System.out}, swallows
 * write errors and only sets a flag; this one keeps the first error, so that a full disk or a closed pipe behind
 * standard output becomes one line and exit code {@value Dssa#EXIT_INVALID}, not a silent success.
 */
final class CheckedWriter extends PrintWriter {
  private final Recorder recorder;

  /** A writer of {@code charset} text to {@code out}, flushed at every line end. */
  CheckedWriter(OutputStream out, Charset charset) {
    this(new Recorder(new OutputStreamWriter(out, charset)));
  }

  private CheckedWriter(Recorder recorder) {
    super(recorder, true);
    this.recorder = recorder;
  }

  /**
   * Why writing to {@code out} has failed, after flushing it: empty when everything written so far arrived. Works
   * for any {@code PrintWriter}; only a {@code CheckedWriter} knows the reason.
   */
  static Optional<String> failure(PrintWriter out) {
    if (!out.checkError()) {
      return Optional.empty();
    }
    IOException e = out instanceof CheckedWriter checked ? checked.recorder.failure : null;
    return Optional.of(e == null ? "a write error" : AtomicOutput.describe(e));
  }

  /**
   * Prints {@code text} to {@code out} and makes sure it arrived.
   *
   * @throws CommandFailure when it did not (exit code {@value Dssa#EXIT_INVALID}, one line saying why)
   */
  static void print(PrintWriter out, String text) {
    out.print(text);
    failure(out).ifPresent(reason -> {
      throw CommandFailure.io("dssa: standard output", "cannot write: " + reason, null);
    });
  }

  /** Writes through, keeping the first exception it sees. */
  private static final class Recorder extends Writer {
    private final Writer out;
    private @Nullable IOException failure;

    Recorder(Writer out) {
      this.out = out;
    }

    private IOException keep(IOException e) {
      if (failure == null) {
        failure = e;
      }
      return e;
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
      try {
        out.write(buffer, offset, length);
      } catch (IOException e) {
        throw keep(e);
      }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
      try {
        out.write(text, offset, length);
      } catch (IOException e) {
        throw keep(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        throw keep(e);
      }
    }

    @Override
    public void close() throws IOException {
      try {
        out.close();
      } catch (IOException e) {
        throw keep(e);
      }
    }
  }
}
