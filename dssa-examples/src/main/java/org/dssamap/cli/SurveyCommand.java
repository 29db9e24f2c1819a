package org.dssamap.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dssamap.analysis.survey.Outcome;
import org.dssamap.analysis.survey.Questionnaire;
import org.dssamap.analysis.survey.Responses;
import org.dssamap.analysis.survey.Survey;
import org.dssamap.analysis.survey.SurveyResult;
import org.dssamap.examples.analysis.SurveyJson;
import org.dssamap.examples.workbook.SurveyWorkbook;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.json.StrictJson;
import org.dssamap.model.json.MapJson;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dssa survey export|apply}: the working group's "have we got you right?" round. */
@Command(name = "survey",
    header = "The \"have we got you right?\" round: export a questionnaire, apply the responses.",
    description = "The files and the rules that apply answers are in docs/analysis-formats.md.",
    subcommands = {SurveyCommand.Export.class, SurveyCommand.Apply.class})
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
      description = {"Fill in \"answer\" (confirm, deny, add, want-to-do, give-away) and \"comment\"; the filled "
          + "file is the RESPONSES of survey apply.",
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
      description = "Every answer is reported: applied, unchanged (and why), recorded as a wish, or rejected.")
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
      input.inputs(new FileRoles("dssa survey apply").publicView(input.isPublic()))
          .input("RESPONSES", responsesFile, "responses")
          .output("--out", out, "map")
          .output("--log", logFile, "change log")
          .check();
      EcosystemMap map = input.load();
      boolean workbook = String.valueOf(responsesFile.getFileName()).toLowerCase(Locale.ROOT).endsWith(".xlsx");
      Responses responses = MapInput.read(responsesFile, () -> workbook
          ? SurveyWorkbook.read(MapInput.readBounded(responsesFile), responsesFile.toString(), map)
          : SurveyJson.readResponses(StrictJson.readBytes(responsesFile), responsesFile.toString(), map));
      SurveyResult result = Survey.apply(map, responses);
      if (logFile == null) {
        AtomicOutput.write(out, o -> MapJson.write(result.map(), o));
      } else {
        // The map and its log both or neither.
        String logJson = SurveyJson.writeLog(responses, result);
        AtomicOutput.writeAll(List.of(out, logFile), List.of(
            o -> MapJson.write(result.map(), o),
            o -> o.write(logJson.getBytes(StandardCharsets.UTF_8))));
      }
      PrintWriter stdout = spec.commandLine().getOut();
      CheckedWriter.print(stdout, SurveyJson.describeLog(result)
          + result.entries(Outcome.APPLIED).size() + " applied, " + result.entries(Outcome.UNCHANGED).size()
          + " unchanged, " + result.entries(Outcome.RECORDED).size() + " recorded as wishes, "
          + result.entries(Outcome.REJECTED).size() + " rejected\n");
      return Dssa.EXIT_OK;
    }
  }
}
