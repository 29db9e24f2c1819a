package org.dssamap.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --format text|json} and {@code --out} options of the commands that report (analyze, diff): text for
 * people or JSON for programs, on stdout or atomically into a file.
 */
public final class ReportOutput {
  @Spec(Spec.Target.MIXEE)
  private CommandSpec mixee = CommandSpec.create();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  private String format = "text";

  @Option(names = {"-o", "--out"}, paramLabel = "OUT",
      description = "Write to this file instead of stdout (- is stdout).")
  private @Nullable Path out;

  /** Creates the options; picocli calls this. */
  public ReportOutput() {}

  /**
   * Whether {@code --format json} was given.
   *
   * @throws CommandFailure a usage error when the format is neither text nor json
   */
  public boolean json() {
    return switch (format.toLowerCase(Locale.ROOT)) {
      case "text" -> false;
      case "json" -> true;
      default -> throw CommandFailure.usage(mixee.qualifiedName() + ": --format: '"
          + org.dssamap.model.Problem.quote(format) + "' is not one of text, json");
    };
  }

  /** The file given with {@code --out}, if any ({@code -} stands for stdout). */
  public @Nullable Path out() {
    return out;
  }

  /**
   * Writes the report to {@code --out}, atomically, or else to stdout.
   *
   * @throws CommandFailure when it cannot be written, stdout included
   */
  public void write(String text) {
    Path target = out;
    if (target != null && !FileRoles.isStandardOutput(target)) {
      AtomicOutput.writeString(target, text);
    } else {
      CheckedWriter.print(mixee.commandLine().getOut(), text);
    }
  }
}
