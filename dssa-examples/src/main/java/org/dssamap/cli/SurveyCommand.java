package org.dssamap.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dssamap.analysis.format.SurveyJson;
import org.dssamap.analysis.format.SurveyText;
import org.dssamap.analysis.survey.Questionnaire;
import org.dssamap.analysis.survey.Responses;
import org.dssamap.analysis.survey.Survey;
import org.dssamap.analysis.survey.SurveyResult;
import org.dssamap.examples.workbook.SurveyWorkbook;
import org.dssamap.model.Cell;
import org.dssamap.model.Dimension;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.InvalidMapException;
import org.dssamap.model.Layer;
import org.dssamap.model.Placement;
import org.dssamap.model.Problem;
import org.dssamap.model.Settlement;
import org.dssamap.model.json.MapJson;
import org.dssamap.model.json.StrictJson;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dssa survey export|apply|settle}: the working group's "have we got you right?" round. */
@Command(name = "survey",
    header = "The \"have we got you right?\" round: export a questionnaire, apply the responses, settle disputes.",
    description = "The files and the rules that apply answers are in docs/analysis-formats.md.",
    subcommands = {SurveyCommand.Export.class, SurveyCommand.Apply.class, SurveyCommand.Settle.class})
final class SurveyCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec = CommandSpec.create();

  /** Without a subcommand: a usage error listing them. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return Dssa.EXIT_USAGE;
  }

  /** {@code dssa survey export FILE --org ID --out F}. */
  @Command(name = "export",
      header = "Writes the questionnaire for one organization: what the map says it does, and where its peers are.",
      description = {"Fill in \"answer\" (confirm, deny, add, want-to-do, give-away) and \"comment\", and who answered "
          + "(\"respondent\") and when (\"date\"); the filled file is the RESPONSES of survey apply.",
          "F.json is the JSON questionnaire; F.xlsx a workbook for a spreadsheet program: the placements to "
              + "confirm or correct, the peers, the survey's three questions and the functions, each answer a "
              + "drop-down (docs/analysis-formats.md).",
          "The questionnaire asks about every placement of the organization, restricted ones too, and shows nothing "
              + "restricted of any other organization, with or without --public."})
  static final class Export implements Callable<Integer> {
    @Mixin
    private MapFile input = new MapFile();

    @Option(names = "--org", paramLabel = "ID", required = true, description = "The organization asked.")
    private String organization = "";

    @Option(names = {"-o", "--out"}, paramLabel = "F", required = true,
        description = "The questionnaire to write (.json or .xlsx; - is stdout, as JSON).")
    private Path out = Path.of("");

    @Spec
    private CommandSpec spec = CommandSpec.create();

    @Override
    public Integer call() {
      boolean stdout = FileRoles.isStandardOutput(out);
      String name = String.valueOf(out.getFileName()).toLowerCase(Locale.ROOT);
      boolean workbook = !stdout && name.endsWith(".xlsx");
      if (!stdout && !workbook && !name.endsWith(".json")) {
        throw CommandFailure.usage("dssa survey export: " + out + ": F must end in .json (the JSON questionnaire) "
            + "or .xlsx (the survey workbook)");
      }
      input.inputs(new FileRoles("dssa survey export")).output("--out", out, "questionnaire").check();
      // The questionnaire goes to the organization it asks: it always asks about all of that organization's
      // placements and never shows anything restricted of anybody else, with or without --public.
      EcosystemMap map = input.loadWhole();
      if (map.organization(organization).isEmpty()) {
        throw CommandFailure.usage("dssa survey export: --org: " + input.file() + " has no organization '"
            + org.dssamap.model.Problem.quote(organization) + "'");
      }
      if (workbook) {
        byte[] bytes = ConvertCommand.workbook(() -> SurveyWorkbook.write(Questionnaire.of(map, organization), map),
            out, "dssa survey export");
        AtomicOutput.write(out, o -> o.write(bytes));
        return Dssa.EXIT_OK;
      }
      String questionnaire = SurveyJson.writeQuestionnaire(Questionnaire.of(map, organization), map);
      if (stdout) {
        CheckedWriter.print(spec.commandLine().getOut(), questionnaire);
      } else {
        AtomicOutput.writeString(out, questionnaire);
      }
      return Dssa.EXIT_OK;
    }
  }

  /** {@code dssa survey apply FILE RESPONSES --out NEW}. */
  @Command(name = "apply",
      header = "Applies an organization's responses: writes the next map and prints the change log.",
      description = {"Every answer is reported: applied, unchanged (and why), kept as an intention, or rejected.",
          "An answer that confirms, corrects, disputes or answers a placement adds a review to it: by who answered "
              + "(--by, else the responses' respondent: \"answered by\" in a workbook), on the day of the answers "
              + "(--on, else the responses' date: \"answered on\"). Without either, the responses are refused at "
              + "the empty cell or key: a round is never dated by the clock nor signed by default."})
  static final class Apply implements Callable<Integer> {
    @Spec
    private CommandSpec spec = CommandSpec.create();

    @Mixin
    private MapFile input = new MapFile();

    @Parameters(index = "1", paramLabel = "RESPONSES",
        description = "The filled-in questionnaire: .json, or the .xlsx survey workbook.")
    private Path responsesFile = Path.of("");

    @Option(names = {"-o", "--out"}, paramLabel = "NEW", required = true, description = "The next map (.json).")
    private Path out = Path.of("");

    @Option(names = "--log", paramLabel = "LOG", description = "Also write the change log as JSON to this file.")
    private @Nullable Path log;

    @Option(names = "--by", paramLabel = "WHO", description = "Who answered (a name and role), instead of what the "
        + "responses say (\"respondent\"; a workbook's \"answered by\").")
    private @Nullable String by;

    @Option(names = "--on", paramLabel = "DATE", description = "The day of the answers (YYYY-MM-DD), instead of what "
        + "the responses say (\"date\"; a workbook's \"answered on\").")
    private @Nullable String on;

    @Override
    public Integer call() {
      if (!String.valueOf(out.getFileName()).toLowerCase(Locale.ROOT).endsWith(".json")) {
        throw CommandFailure.usage("dssa survey apply: " + out + ": NEW must end in .json");
      }
      Path logFile = log;
      if (logFile != null && FileRoles.isStandardOutput(logFile)) {
        throw CommandFailure.usage("dssa survey apply: --log: the change log is printed on stdout already; "
            + "LOG names a file for its JSON form");
      }
      String command = "dssa survey apply";
      String who = by;
      if (who != null && who.isBlank()) {
        throw CommandFailure.usage(command + ": --by: expected who answered, not a blank");
      }
      Optional<String> byOption = Optional.ofNullable(who).map(String::strip);
      Optional<LocalDate> onOption = Optional.ofNullable(on).map(text -> date(command, "--on", text));
      input.inputs(new FileRoles(command).publicView(input.isPublic()))
          .input("RESPONSES", responsesFile, "responses")
          .output("--out", out, "map")
          .output("--log", logFile, "change log")
          .check();
      EcosystemMap map = input.load();
      boolean workbook = String.valueOf(responsesFile.getFileName()).toLowerCase(Locale.ROOT).endsWith(".xlsx");
      Responses responses = MapInput.read(responsesFile, () -> workbook
          ? SurveyWorkbook.read(MapInput.readBounded(responsesFile), responsesFile.toString(), map, byOption,
              onOption)
          : signed(StrictJson.readBytes(responsesFile), responsesFile.toString(), map, byOption, onOption));
      LocalDate day = responses.date().orElseThrow();
      SurveyResult result = Survey.apply(map, responses, day);
      if (logFile == null) {
        AtomicOutput.write(out, o -> MapJson.write(result.map(), o));
      } else {
        // The map and its log both or neither.
        AtomicOutput.writeAll(List.of(out, logFile), List.of(
            o -> MapJson.write(result.map(), o),
            o -> SurveyJson.writeLog(responses, result, day, o)));
      }
      PrintWriter stdout = spec.commandLine().getOut();
      CheckedWriter.print(stdout, SurveyText.write(result));
      return Dssa.EXIT_OK;
    }
  }

  /** {@code dssa survey settle FILE --org ID --function F --dimension D --layer L --by WHO --verdict V --on DATE}. */
  @Command(name = "settle",
      header = "Settles a disputed placement: verified, or withdrawn; writes the next map.",
      description = {"The disputed organization answers (--answer, kept in the dispute), the disputer's reason "
          + "stays as given, and whoever decides (--by, the working group as a rule) settles it.",
          "verified: the placement becomes verified, with a review 'settled' that keeps the dispute. withdrawn: "
              + "the placement is removed, and the same record is kept as a note on its cell."})
  static final class Settle implements Callable<Integer> {
    @Spec
    private CommandSpec spec = CommandSpec.create();

    @Mixin
    private MapFile input = new MapFile();

    @Option(names = "--org", paramLabel = "ID", required = true, description = "The disputed organization.")
    private String organization = "";

    @Option(names = "--function", paramLabel = "F", required = true, description = "The cell's function.")
    private String function = "";

    @Option(names = "--dimension", paramLabel = "D", required = true, description = "The cell's dimension.")
    private String dimension = "";

    @Option(names = "--layer", paramLabel = "L", required = true, description = "The cell's layer.")
    private String layer = "";

    @Option(names = "--by", paramLabel = "WHO", required = true, description = "Who decided.")
    private String by = "";

    @Option(names = "--verdict", paramLabel = "V", required = true, description = "verified or withdrawn.")
    private String verdict = "";

    @Option(names = "--on", paramLabel = "DATE", required = true, description = "The day of the decision.")
    private String on = "";

    @Option(names = "--answer", paramLabel = "TEXT",
        description = "The disputed organization's answer, kept in the dispute before it is settled.")
    private @Nullable String answer;

    @Option(names = "--comment", paramLabel = "TEXT", description = "Why, or on what evidence.")
    private @Nullable String comment;

    @Option(names = {"-o", "--out"}, paramLabel = "NEW", required = true, description = "The next map (.json).")
    private Path out = Path.of("");

    @Override
    public Integer call() {
      String command = "dssa survey settle";
      if (!String.valueOf(out.getFileName()).toLowerCase(Locale.ROOT).endsWith(".json")) {
        throw CommandFailure.usage(command + ": " + out + ": NEW must end in .json");
      }
      if (by.isBlank()) {
        throw CommandFailure.usage(command + ": --by: expected who decided, not a blank");
      }
      LocalDate day = date(command, "--on", on);
      Settlement.Verdict v;
      Cell cell;
      try {
        v = Settlement.Verdict.ofId(verdict);
      } catch (IllegalArgumentException e) {
        throw CommandFailure.usage(command + ": --verdict: " + e.getMessage());
      }
      try {
        cell = Cell.of(function, Dimension.ofId(dimension), Layer.ofId(layer));
      } catch (IllegalArgumentException e) {
        throw CommandFailure.usage(command + ": " + e.getMessage());
      }
      input.inputs(new FileRoles(command).publicView(input.isPublic())).output("--out", out, "map").check();
      EcosystemMap map = input.load();
      Settlement settlement = Settlement.of(by, day, v);
      if (comment != null && !comment.isBlank()) {
        settlement = settlement.withComment(comment);
      }
      EcosystemMap next;
      try {
        String said = answer;
        if (said != null && !said.isBlank()) {
          Placement p = map.placement(organization, cell).orElse(null);
          if (p != null && p.dispute().isPresent()) {
            map = map.withPlacement(p.disputed(p.dispute().get().withAnswer(said)));
          }
        }
        next = map.settle(organization, cell, settlement);
      } catch (IllegalArgumentException e) {
        throw CommandFailure.usage(command + ": " + e.getMessage());
      }
      EcosystemMap written = next;
      AtomicOutput.write(out, o -> MapJson.write(written, o));
      CheckedWriter.print(spec.commandLine().getOut(), "settled: " + organization + " at " + cell + " "
          + v.id() + " by " + by + " on " + day + "\n");
      return Dssa.EXIT_OK;
    }
  }

  /**
   * JSON responses to apply: who answered and when are {@code by} and {@code on} when given, else what the file says
   * ({@code respondent}, {@code date}); when neither gives one, a problem at {@code $.respondent} or {@code $.date},
   * reported with the file's other problems.
   *
   * @throws InvalidMapException listing every problem at once
   */
  static Responses signed(byte[] bytes, String source, EcosystemMap map, Optional<String> by,
      Optional<LocalDate> on) {
    Responses read;
    try {
      read = SurveyJson.readResponses(bytes, source, map);
    } catch (InvalidMapException e) {
      List<Problem> unsigned = unsigned(bytes, by, on);
      if (unsigned.isEmpty()) {
        throw e;
      }
      List<Problem> all = new ArrayList<>(e.problems());
      all.addAll(unsigned);
      throw new InvalidMapException(e.source(), all);
    }
    Optional<String> respondent = by.or(read::respondent);
    Optional<LocalDate> date = on.or(read::date);
    List<Problem> problems = new ArrayList<>();
    if (respondent.isEmpty()) {
      problems.add(unsignedProblem("respondent", "empty", "who answered for the organization (a name and role)",
          "--by"));
    }
    if (date.isEmpty()) {
      problems.add(unsignedProblem("date", "empty", "the day of the answers, YYYY-MM-DD", "--on"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidMapException(source, problems);
    }
    return read.withRespondent(respondent.get()).withDate(date.get());
  }

  /**
   * For JSON responses that have other problems: the problems of a respondent or date that neither the file nor the
   * command line gives, so that they are reported with the others. A date that is not one is the reader's problem.
   */
  private static List<Problem> unsigned(byte[] bytes, Optional<String> by, Optional<LocalDate> on) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(bytes);
    } catch (java.io.IOException | RuntimeException e) {
      return List.of(); // the reader reported why the file is not JSON
    }
    if (root == null || !root.isObject()) {
      return List.of();
    }
    List<Problem> problems = new ArrayList<>();
    JsonNode respondent = root.get("respondent");
    if (by.isEmpty() && (respondent == null || (respondent.isTextual() && respondent.textValue().isEmpty()))) {
      problems.add(unsignedProblem("respondent", respondent == null ? "missing" : "empty",
          "who answered for the organization (a name and role)", "--by"));
    }
    JsonNode date = root.get("date");
    if (on.isEmpty() && (date == null || (date.isTextual() && date.textValue().isEmpty()))) {
      problems.add(unsignedProblem("date", date == null ? "missing" : "empty", "the day of the answers, YYYY-MM-DD",
          "--on"));
    }
    return problems;
  }

  private static Problem unsignedProblem(String key, String found, String expected, String option) {
    return Problem.at("$." + key, found + "; expected " + expected + ", or " + option + " on the command line");
  }

  /** The date an option gives, or a usage error naming it. */
  static LocalDate date(String command, String option, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw CommandFailure.usage(command + ": " + option + ": found '" + Problem.quote(text)
          + "'; expected a date, YYYY-MM-DD");
    }
  }
}
