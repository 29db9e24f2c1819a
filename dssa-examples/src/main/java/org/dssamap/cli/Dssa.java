package org.dssamap.cli;

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
 * subcommands are the public command line of FORMAT.md (see also docs/command-line.md); scripts rely on their
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
        "70:internal error (a bug: run again with --debug and report the stack trace)"},
    subcommands = {
        DemoCommand.class,
        ValidateCommand.class,
        ConvertCommand.class,
        RenderCommand.class,
        ReportCommand.class,
        AnalyzeCommand.class,
        DiffCommand.class,
        MigrateCommand.class,
        SurveyCommand.class,
        GuiCommand.class,
        BenchCommand.class,
        CommandLine.HelpCommand.class,
    })
public final class Dssa implements Callable<Integer> {
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

  /** Runs the command line with {@code args} and exits the JVM with its exit code. */
  public static void main(String[] args) {
    CommandLine cl = commandLine();
    Charset charset = terminalCharset();
    cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, charset), true));
    cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, charset), true));
    int code = cl.execute(args);
    cl.getOut().flush();
    cl.getErr().flush();
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

  /** Runs the command line in-process, writing to {@code out} and {@code err}, and returns the exit code. */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = commandLine();
    cl.setOut(out);
    cl.setErr(err);
    try {
      return cl.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** The {@code dssa} command line with its exit codes and error handling configured. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Dssa());
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
    err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return EXIT_USAGE;
  };

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
