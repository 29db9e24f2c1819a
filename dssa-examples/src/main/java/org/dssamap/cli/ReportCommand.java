package org.dssamap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dssamap.render.report.HtmlReport;
import org.dssamap.model.EcosystemMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dssa report FILE --out F.html}: one self-contained page with the wheel, the table and the findings. */
@Command(name = "report",
    header = "Writes one self-contained HTML page: the wheel, the table, the findings, the definitions.",
    description = "The page loads nothing from anywhere (no scripts, fonts or images) and works offline.")
final class ReportCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec = CommandSpec.create();

  @Mixin
  private MapFile input = new MapFile();

  @Option(names = {"-o", "--out"}, paramLabel = "F.html", required = true,
      description = "The page to write (- is stdout).")
  private Path out = Path.of("");

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    String name = String.valueOf(out.getFileName()).toLowerCase(Locale.ROOT);
    boolean stdout = FileRoles.isStandardOutput(out);
    if (!stdout && !name.endsWith(".html") && !name.endsWith(".htm")) {
      throw CommandFailure.usage("dssa report: " + out + ": the page's name must end in .html");
    }
    input.inputs(new FileRoles("dssa report")).output("--out", out, "report").check();
    EcosystemMap map = input.load();
    String html = Progress.get(err, "making the page", () -> HtmlReport.of(map).toHtml());
    if (stdout) {
      CheckedWriter.print(spec.commandLine().getOut(), html);
    } else {
      Progress.run(err, "writing " + out, () -> AtomicOutput.writeString(out, html));
    }
    return Dssa.EXIT_OK;
  }
}
