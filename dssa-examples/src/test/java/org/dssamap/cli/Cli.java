package org.dssamap.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and keeps what it printed, for tests. */
public record Cli(int exitCode, String out, String err) {
  /** Runs {@code dssa args...}. */
  public static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Dssa.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new Cli(code, out.toString(), err.toString());
  }

  /** Runs {@code args} on a command line built by {@link Dssa#commandLine()} and then extended by a test. */
  public static Cli run(picocli.CommandLine commandLine, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Dssa.execute(commandLine, new PrintWriter(out), new PrintWriter(err), args);
    return new Cli(code, out.toString(), err.toString());
  }

  /**
   * The lines written on stderr, without progress ({@code dssa: reading m.json…}, {@code dssa: reading m.json: done
   * in 1.6 s}), which a slow or busy machine adds to any command.
   */
  public java.util.List<String> errLines() {
    return err.lines().filter(l -> !l.endsWith("…") && !l.matches("dssa: .*: done in [0-9.]+ s")).toList();
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
  }
}
