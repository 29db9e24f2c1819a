package org.dssamap.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dssamap.analysis.AnalysisReport;
import org.dssamap.analysis.Gap;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.json.MapJson;
import org.dssamap.render.MapRenderer;
import org.dssamap.render.options.RenderOptions;
import org.dssamap.render.View;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java example of the README, run as a test so that it never rots: the code between the markers is pasted
 * into README.md as it is.
 */
class ReadmeExampleTest {
  @TempDir
  Path dir;

  @Test
  void theReadmeExampleLoadsAMapListsItsGapsAndWritesTheWheel() throws IOException {
    Files.copy(Path.of("src/test/resources/org/dssamap/cli/small.json"), dir.resolve("map.json"));
    PrintStream stdout = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      example(dir.resolve("map.json"), dir.resolve("wheel.svg"));
    } finally {
      System.setOut(stdout);
    }
    String gaps = printed.toString(StandardCharsets.UTF_8);
    assertTrue(gaps.contains("incident-response/external/core: uncovered\n"), gaps);
    assertTrue(gaps.contains("incident-response/internal/edge: unverified\n"), gaps);
    assertTrue(Files.readString(dir.resolve("wheel.svg")).contains("<svg"));
  }

  private static void example(Path mapFile, Path svgFile) throws IOException {
    // README:begin
    EcosystemMap map = MapJson.read(mapFile);                 // every problem at once, located, if invalid
    AnalysisReport analysis = AnalysisReport.of(map);
    for (Gap gap : analysis.gaps()) {                         // expected cells nobody verified covers
      System.out.println(gap.cell() + ": " + gap.kind().id()); // incident-response/external/core: uncovered
    }
    Files.writeString(svgFile, MapRenderer.svg(map, View.WHEEL, RenderOptions.defaults()));
    // README:end
  }
}
