package org.dssamap.cli;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A command cannot do what it was asked because of something the user can fix (a missing file, an output
 * directory that does not exist, an unknown file type): the command line prints the lines on stderr, without a
 * stack trace, and exits with the code.
 */
public final class CommandFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;
  private final ImmutableList<String> lines;

  private CommandFailure(int exitCode, List<String> lines, @Nullable Throwable cause) {
    super(String.join("\n", lines), cause);
    this.exitCode = exitCode;
    this.lines = ImmutableList.copyOf(lines);
  }

  /** The input cannot be used (exit code {@value Dssa#EXIT_INVALID}), for the reasons given one per line. */
  public static CommandFailure invalid(List<String> lines) {
    return new CommandFailure(Dssa.EXIT_INVALID, lines, null);
  }

  /** A file named by the user cannot be read or written (exit code {@value Dssa#EXIT_INVALID}). */
  public static CommandFailure io(String file, String what, @Nullable Throwable cause) {
    return new CommandFailure(Dssa.EXIT_INVALID, List.of(file + ": " + what), cause);
  }

  /** The command was called wrongly in a way its options cannot say (exit code {@value Dssa#EXIT_USAGE}). */
  public static CommandFailure usage(String line) {
    return new CommandFailure(Dssa.EXIT_USAGE, List.of(line), null);
  }

  /** The exit code the command line ends with. */
  public int exitCode() {
    return exitCode;
  }

  /** What to print on stderr, one line each. */
  public ImmutableList<String> lines() {
    return lines;
  }
}
