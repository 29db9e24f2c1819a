package org.dssamap.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.dssamap.analysis.AnalysisOptions;
import org.dssamap.analysis.AnalysisReport;
import org.dssamap.analysis.format.AnalysisJson;
import org.dssamap.analysis.format.AnalysisText;
import org.dssamap.model.EcosystemMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dssa analyze FILE [--format text|json]}: the findings of the analysis. */
@Command(name = "analyze",
    header = "Coverage, gaps, overlaps, single points of failure, concentration, self-classification, escalation.",
    description = {
        "Only a verified placement covers a cell: a claim is never proof.",
        "The rules and the JSON format (\"dssa-analysis/1\") are in docs/analysis-formats.md."})
final class AnalyzeCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec = CommandSpec.create();

  @Mixin
  private MapFile input = new MapFile();

  @Mixin
  private ReportOutput output = new ReportOutput();

  @Mixin
  private AnalysisOptionsMixin analysis = new AnalysisOptionsMixin();

  @Option(names = "--intended", description = "Analyse the intended picture: every organization doing what it "
      + "wants to do (as a claim) and giving away what it would give away (the map's intentions).")
  private boolean intended;

  @Override
  public Integer call() {
    boolean json = output.json();
    AnalysisOptions options = analysis.options();
    input.inputs(new FileRoles("dssa analyze")).output("--out", output.out(), "analysis").check();
    EcosystemMap map = input.load();
    PrintWriter err = spec.commandLine().getErr();
    AnalysisReport report = Progress.get(err, "analysing " + input.file(), () -> intended ? AnalysisReport.ofIntended(map, options) : AnalysisReport.of(map, options));
    String text = Progress.get(err, "writing the analysis",
        () -> json ? AnalysisJson.write(report) : AnalysisText.write(report));
    output.write(text);
    return Dssa.EXIT_OK;
  }
}
