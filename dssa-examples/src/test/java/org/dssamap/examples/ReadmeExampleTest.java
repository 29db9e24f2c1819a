package org.dssamap.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dssamap.analysis.AnalysisReport;
import org.dssamap.analysis.Gap;
import org.dssamap.analysis.format.AnalysisJson;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.json.MapJson;
import org.dssamap.render.MapRenderer;
import org.dssamap.render.View;
import org.dssamap.render.options.RenderOptions;
import org.dssamap.render.report.HtmlReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java examples of the README, run as a test so that they never rot: the code between each pair of markers is
 * in README.md as it is (the first needs dssa-model and dssa-analysis only, the second dssa-render too), and
 * {@link #theReadmeShowsTheExamplesAsTheyAreHere} fails when the two differ.
 */
class ReadmeExampleTest {
  private static final Path SOURCE = Path.of("src/test/java/org/dssamap/examples/ReadmeExampleTest.java");
  private static final Pattern BLOCK =
      Pattern.compile("// README:(\\w+):begin\\n(.*?)\\n\\s*// README:\\1:end", Pattern.DOTALL);

  @TempDir
  Path dir;

  @Test
  void theReadmeExampleLoadsAMapListsItsGapsAndWritesTheAnalysisTheWheelAndTheReport() throws IOException {
    Files.copy(Path.of("src/test/resources/org/dssamap/cli/small.json"), dir.resolve("map.json"));
    PrintStream stdout = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    AnalysisReport analysis;
    try {
      analysis = analysisExample(dir.resolve("map.json"), dir.resolve("analysis.json"));
    } finally {
      System.setOut(stdout);
    }
    String gaps = printed.toString(StandardCharsets.UTF_8);
    assertTrue(gaps.contains("incident-response/external/core: uncovered\n"), gaps);
    assertTrue(gaps.contains("incident-response/internal/edge: unverified\n"), gaps);
    assertEquals(AnalysisJson.write(analysis), Files.readString(dir.resolve("analysis.json")));
    assertTrue(Files.readString(dir.resolve("analysis.json")).startsWith("{\n  \"format\": \"dssa-analysis/1\""));

    EcosystemMap map = MapJson.read(dir.resolve("map.json"));
    renderExample(map, analysis, dir.resolve("wheel.svg"), dir.resolve("report.html"));
    assertTrue(Files.readString(dir.resolve("wheel.svg")).contains("<svg"));
    assertEquals(HtmlReport.of(map).toHtml(), Files.readString(dir.resolve("report.html")));
  }

  @Test
  void theReadmeShowsTheExamplesAsTheyAreHere() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    Matcher m = BLOCK.matcher(Files.readString(SOURCE, StandardCharsets.UTF_8));
    List<String> blocks = m.results().map(r -> r.group(2).lines().map(l -> l.replaceFirst("^ {4}", ""))
        .collect(Collectors.joining("\n"))).toList();
    assertEquals(2, blocks.size(), "the analysis example and the render example");
    for (String block : blocks) {
      assertTrue(readme.contains("```java\n" + block + "\n```\n"), () -> "README.md lacks, as it is:\n" + block);
    }
  }

  private static AnalysisReport analysisExample(Path mapFile, Path jsonFile) throws IOException {
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
    return analysis;
  }

  private static void renderExample(EcosystemMap map, AnalysisReport analysis, Path svgFile, Path htmlFile)
      throws IOException {
    // README:render:begin
    Files.writeString(svgFile, MapRenderer.svg(map, View.WHEEL, RenderOptions.defaults()));
    Files.writeString(htmlFile, HtmlReport.of(map, analysis).toHtml()); // the page dssa report writes
    // README:render:end
  }
}
