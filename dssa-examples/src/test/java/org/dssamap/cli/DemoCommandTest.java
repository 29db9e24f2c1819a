package org.dssamap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dssamap.examples.maps.BundledMap;
import org.dssamap.model.json.MapJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
  @TempDir
  Path dir;

  @Test
  void theCallMapIsRenderedIntoItsOwnDirectoryWithASummaryOfWhatItShows() throws IOException {
    Path out = dir.resolve("out");
    Cli r = Cli.run("demo", "--out", out.toString(), "--map", "call-2012");
    assertEquals(0, r.exitCode(), r::toString);
    Path call = out.resolve("call-2012");
    try (Stream<Path> files = Files.list(call)) {
      assertEquals(List.of("map.json", "report.html", "table.svg", "wheel.png", "wheel.svg"),
          files.map(f -> f.getFileName().toString()).sorted().toList());
    }
    assertEquals(MapJson.read(call.resolve("map.json")).placements().size(), 16);
    String summary = r.out();
    assertTrue(summary.startsWith("The 2012 call (call-2012): "), summary);
    assertTrue(summary.contains("  coverage: 0 of 27 expected cells have a verified placement (0%)"), summary);
    assertTrue(summary.contains("incident response (external)"), "the call's finding: " + summary);
    assertTrue(summary.contains("  escalation: "), summary);
    assertTrue(Files.readString(call.resolve("report.html")).contains("<section id=\"gaps\">"));
  }

  @Test
  void theRealWorldSummaryNamesTheBackEndAndTheDnsOperatorThatMostRegistriesLeanOn() {
    Cli r = Cli.run("demo", "--out", dir.resolve("out").toString(), "--map", "real-world");
    assertEquals(0, r.exitCode(), r::toString);
    String providers = r.out().lines().filter(l -> l.startsWith("  most depended-on providers: ")).findFirst()
        .orElseThrow(() -> new AssertionError(r.out()));
    // UltraDNS counts only the registries whose sole DNS operator it is (R5); secondaries are no dependence.
    assertTrue(providers.contains("UltraDNS, 143 of 513 clients relying on a provider for technology"), providers);
    assertTrue(providers.contains("Identity Digital, 134 of 512 clients relying on a provider for"), providers);
    long withoutRegion = BundledMap.REAL_WORLD.map().organizations().stream()
        .filter(o -> o.region().isEmpty()).count();
    assertTrue(r.out().contains("  regions: " + withoutRegion + " of 1924 organizations have no region"), r::out);
  }

  @Test
  void anUnknownMapIsAUsageErrorNamingTheMapsThereAre() {
    Cli r = Cli.run("demo", "--out", dir.toString(), "--map", "mars");
    assertEquals(2, r.exitCode(), r::toString);
    assertTrue(r.err().contains("call-2012, real-world"), r::toString);
  }

  @Test
  void anOutputDirectoryThatIsAFileIsAnErrorOnOneLine() throws IOException {
    Path file = Files.writeString(dir.resolve("taken"), "x");
    Cli r = Cli.run("demo", "--out", file.toString(), "--map", "call-2012");
    assertEquals(1, r.exitCode(), r::toString);
    assertEquals(1, r.errLines().size(), r::toString);
    assertTrue(r.err().startsWith(file.resolve("call-2012") + ": cannot create the directory: "), r::toString);
  }
}
