package example;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dssamap.analysis.AnalysisReport;
import org.dssamap.analysis.Gap;
import org.dssamap.analysis.format.AnalysisJson;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.json.MapJson;

/** The README's example ("Embed it"), as a tool that depends on dssa-model and dssa-analysis alone. */
public final class Example {
  private Example() {}

  public static void main(String[] args) throws IOException {
    Path mapFile = Path.of(args[0]);
    Path jsonFile = Path.of(args[1]);
    // README:analysis:begin
    EcosystemMap map = MapJson.read(mapFile);                 // every problem at once, located, if invalid
    AnalysisReport analysis = AnalysisReport.of(map);
    for (Gap gap : analysis.gaps()) {                         // expected cells nobody verified covers
      System.out.println(gap.cell() + ": " + gap.kind().id()); // incident-response/external/core: uncovered
    }
    try (OutputStream out = Files.newOutputStream(jsonFile)) {
      AnalysisJson.write(analysis, out);                      // "format": "dssa-analysis/1", as dssa analyze writes
    }
    // README:analysis:end
  }
}
