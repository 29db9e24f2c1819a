package org.dssamap.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.dssamap.model.InvalidMapException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code dssa} command: maps who does what in the DNS security, stability and resiliency ecosystem. Its
 * subcommands are the public command line that {@code docs/command-line.md} specifies; scripts rely on their
 * exit codes ({@value #EXIT_OK} success, {@value #EXIT_INVALID} invalid input, {@value #EXIT_USAGE} usage error).
 *
 * <p>Run it in-process with {@link #execute(PrintWriter, PrintWriter, String...)}, or build the configured
 * {@link CommandLine} with {@link #commandLine()} to add subcommands.
 */
@Command(
    name = "dssa",
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = Dssa.Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    header = "Maps who does what in the DNS security, stability and resiliency (SSR) ecosystem.",
    synopsisSubcommandLabel = "COMMAND",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success",
        "1:the input is invalid (every problem on stderr as FILE:LINE[:COL]: message or FILE: $.path: message), "
            + "or a named file cannot be read or written",
        "2:usage error",
        "70:internal error (a bug: run again with --debug and report the stack trace)"})
public final class Dssa implements Callable<Integer> {
  /**
   * The subcommands, in the order help lists them: each name (as its {@code @Command} says it, which {@code
   * LazyCommandLineTest} checks) and its class, which picocli instantiates. Added in code rather than in the {@code @Command} annotation so that a
   * run of one command need not build the model of every other (picocli reflects over each one it is given,
   * about a third of a second of a short command's start on a small machine): see {@link #commandLine(String...)}.
   */
  static final java.util.List<java.util.Map.Entry<String, Class<?>>> SUBCOMMANDS = java.util.List.of(
      java.util.Map.entry("demo", DemoCommand.class),
      java.util.Map.entry("validate", ValidateCommand.class),
      java.util.Map.entry("convert", ConvertCommand.class),
      java.util.Map.entry("render", RenderCommand.class),
      java.util.Map.entry("report", ReportCommand.class),
      java.util.Map.entry("pictures", PicturesCommand.class),
      java.util.Map.entry("analyze", AnalyzeCommand.class),
      java.util.Map.entry("diff", DiffCommand.class),
      java.util.Map.entry("migrate", MigrateCommand.class),
      java.util.Map.entry("survey", SurveyCommand.class),
      java.util.Map.entry("gui", GuiCommand.class),
      java.util.Map.entry("bench", BenchCommand.class),
      java.util.Map.entry("help", CommandLine.HelpCommand.class));

  /** Exit code: success. */
  public static final int EXIT_OK = 0;
  /** Exit code: the input is invalid, or a file named by the user cannot be read or written. */
  public static final int EXIT_INVALID = 1;
  /** Exit code: the command was called wrongly. */
  public static final int EXIT_USAGE = 2;
  /** Exit code: an unexpected internal error, a bug (sysexits' EX_SOFTWARE). */
  public static final int EXIT_INTERNAL = 70;

  @Spec
  private CommandSpec spec;

  // Inherited: every subcommand accepts it, and picocli sets it here, on the root.
  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "On an internal error, print the stack trace.")
  private boolean debug;

  /** Creates the root command; picocli calls this. */
  public Dssa() {
    this.spec = CommandSpec.create();
  }

  /** Without a command: says which commands there are, on stderr, as a usage error. */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    spec.commandLine().usage(err);
    return EXIT_USAGE;
  }

  /**
   * Runs the command line with {@code args} and exits the JVM with its exit code. Standard output is written
   * through a stream that reports errors (not {@code System.out}, which swallows them), so that a full disk or a
   * closed pipe ends the command with exit code {@value #EXIT_INVALID} and one line on stderr.
   */
  public static void main(String[] args) {
    Charset charset = terminalCharset();
    PrintWriter out = new CheckedWriter(new FileOutputStream(FileDescriptor.out), charset);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, charset), true);
    int code = execute(commandLine(args), out, err, args);
    System.exit(code);
  }

  /**
   * The charset to print in. A POSIX locale (no {@code LANG}, as in many containers and CI runners) makes Java
   * print every non-ASCII character, an organization's name included, as {@code ?}; such a locale says nothing
   * was configured, and a terminal of today reads UTF-8.
   */
  static Charset terminalCharset() {
    Charset nativeCharset = Charset.defaultCharset();
    return nativeCharset.equals(StandardCharsets.US_ASCII) ? StandardCharsets.UTF_8 : nativeCharset;
  }

  /**
   * Runs the command line in-process, writing to {@code out} and {@code err}, and returns the exit code. A command
   * that succeeded but whose output did not all arrive (see {@link PrintWriter#checkError()}) fails with
   * {@value #EXIT_INVALID}; so does one that runs out of memory, with one line saying what ran out and how to give
   * the JVM more.
   */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    return execute(commandLine(), out, err, args);
  }

  /** Runs {@code cl}, a command line made by {@link #commandLine()} and perhaps extended, as {@link #execute} does. */
  static int execute(CommandLine cl, PrintWriter out, PrintWriter err, String... args) {
    cl.setOut(out);
    cl.setErr(err);
    Progress.reset();
    int code;
    try {
      code = cl.execute(args);
    } catch (OutOfMemoryError e) {
      code = outOfMemory(err, e);
    }
    if (code == EXIT_OK) {
      java.util.Optional<String> failure = CheckedWriter.failure(out);
      if (failure.isPresent()) {
        err.println("dssa: standard output: cannot write: " + failure.get());
        code = EXIT_INVALID;
      }
    } else {
      out.flush();
    }
    err.flush();
    return code;
  }

  /**
   * Says that the JVM ran out of memory, where, and how to give it more: one line, exit code {@value #EXIT_INVALID}.
   * Every output file is written atomically, so none is left behind.
   */
  static int outOfMemory(PrintWriter err, OutOfMemoryError e) {
    long max = Runtime.getRuntime().maxMemory();
    long suggestedGib = Math.max(2, (2 * max + (1L << 30) - 1) >> 30);
    String where = Progress.unfinished().map(step -> " while " + step).orElse("");
    String what = e.getMessage() == null || e.getMessage().isBlank() ? "memory" : e.getMessage();
    err.println("dssa: out of memory" + where + " (" + what + "; this JVM may use at most "
        + (max == Long.MAX_VALUE ? "all memory" : (max >> 20) + " MiB") + "): give it more, e.g. DSSA_JAVA_OPTS=-Xmx"
        + suggestedGib + "g (with java -jar: java -Xmx" + suggestedGib + "g -jar ...); docs/command-line.md says how "
        + "much each command needs");
    err.flush();
    return EXIT_INVALID;
  }

  /** The {@code dssa} command line with its exit codes and error handling configured. */
  public static CommandLine commandLine() {
    return configured(new CommandLine(new Dssa()), SUBCOMMANDS);
  }

  /**
   * The command line that runs {@code args}: when they name a command (the first argument that is not an
   * option; the root's options take no value), a command line with only that subcommand, which behaves for those
   * arguments as the whole one does, its help, errors and exit codes included; otherwise (no command, an
   * unknown one or {@code help}, which list every command) the whole {@link #commandLine()}.
   */
  static CommandLine commandLine(String... args) {
    for (String arg : args) {
      if (arg.equals("--")) {
        break;
      }
      if (!arg.startsWith("-")) {
        for (var sub : SUBCOMMANDS) {
          if (sub.getKey().equals(arg) && !arg.equals("help")) {
            return configured(new CommandLine(new Dssa()), java.util.List.of(sub));
          }
        }
        break;
      }
    }
    return commandLine();
  }

  private static CommandLine configured(CommandLine cl,
      java.util.List<java.util.Map.Entry<String, Class<?>>> subcommands) {
    // Subcommands first: picocli gives handlers and converters to the subcommands present when they are set.
    for (var sub : subcommands) {
      cl.addSubcommand(sub.getKey(), sub.getValue());
    }
    cl.setParameterExceptionHandler(USAGE_ERROR);
    cl.setExecutionExceptionHandler(EXECUTION_ERROR);
    Converters.register(cl);
    return cl;
  }

  /** Whether {@code --debug} was given to the command line {@code command} belongs to. */
  static boolean debug(CommandLine command) {
    Object root = command.getCommandSpec().root().userObject();
    return root instanceof Dssa dssa && dssa.debug;
  }

  private static final IParameterExceptionHandler USAGE_ERROR = (ParameterException ex, String[] args) -> {
    CommandLine cl = ex.getCommandLine();
    PrintWriter err = cl.getErr();
    err.println(cl.getCommandSpec().qualifiedName() + ": " + ex.getMessage());
    UnmatchedArgumentException.printSuggestions(ex, err);
    if (ex instanceof CommandLine.MissingParameterException) {
      unknownOption(cl, args).ifPresent(err::println);
    }
    err.println(tryHelp(cl));
    err.flush();
    return EXIT_USAGE;
  };

  private static String tryHelp(CommandLine cl) {
    return "Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.";
  }

  /**
   * A hint when an argument looks like an option the command does not have: picocli then reports only what is
   * missing ({@code Missing required parameter: 'FILE'}), which hides that {@code -x.json} was taken for an
   * option rather than a file.
   */
  private static java.util.Optional<String> unknownOption(CommandLine cl, String[] args) {
    CommandSpec spec = cl.getCommandSpec();
    boolean optionsEnded = false;
    for (String arg : args) {
      if (arg.equals("--")) {
        optionsEnded = true;
      }
      if (optionsEnded || arg.length() < 2 || !arg.startsWith("-")) {
        continue;
      }
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      if (spec.findOption(name) == null && !spec.subcommands().containsKey(arg)
          && spec.root().findOption(name) == null) {
        return java.util.Optional.of(spec.qualifiedName() + ": '" + org.dssamap.model.Problem.quote(arg)
            + "' is not an option; a file whose name starts with '-' is written ./" + org.dssamap.model.Problem.quote(arg)
            + " (or after --)");
      }
    }
    return java.util.Optional.empty();
  }

  private static final IExecutionExceptionHandler EXECUTION_ERROR =
      (Exception ex, CommandLine cl, ParseResult parseResult) -> {
        PrintWriter err = cl.getErr();
        int code;
        if (ex instanceof InvalidMapException invalid) {
          MapInput.problemLines(invalid).forEach(err::println);
          code = EXIT_INVALID;
        } else if (ex instanceof CommandFailure failure) {
          failure.lines().forEach(err::println);
          code = failure.exitCode();
          if (code == EXIT_USAGE) {
            err.println(tryHelp(cl));
          }
        } else {
          err.println("dssa: internal error: " + ex
              + (debug(cl) ? "" : " (a bug; run again with --debug for the stack trace)"));
          code = EXIT_INTERNAL;
        }
        if (debug(cl)) {
          ex.printStackTrace(err);
        }
        err.flush();
        return code;
      };

  /** The version, from the build. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties p = new Properties();
      try (InputStream in = Dssa.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {
          "dssa " + p.getProperty("version", "(development build)"),
          "Java " + Runtime.version() + ", " + System.getProperty("java.vm.name", "")};
    }
  }
}
