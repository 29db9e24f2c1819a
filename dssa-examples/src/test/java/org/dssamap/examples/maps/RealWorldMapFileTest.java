package org.dssamap.examples.maps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dssamap.model.json.MapJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RealWorldMapFileTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return RealWorldMapFile.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private static Path tiny() throws URISyntaxException {
    return Path.of(RealWorldMapFileTest.class.getResource("tiny/tld_orgs_iana_icann.csv").toURI()).getParent();
  }

  @Test
  void writesTheMapItBuildsAsCanonicalJson(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("real-world.json");
    assertEquals(0, run(target.toString(), tiny().toString()));
    assertEquals(RealWorldMapBuilder.fromDirectory(tiny()).build(), MapJson.read(target));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("16 organizations"), out.toString());
  }

  @Test
  void unusableDataLeavesTheOldFileAsItWas(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("data");
    Files.createDirectories(data);
    for (String name : RealWorldMapBuilder.SOURCE_FILES) {
      Files.copy(tiny().resolve(name), data.resolve(name));
    }
    Files.writeString(data.resolve("rirs_from_iana_ipv4.csv"), "rir\nMARS-NIC\n");
    Path target = dir.resolve("real-world.json");
    Files.writeString(target, "the good old map");
    assertEquals(1, run(target.toString(), data.toString()));
    assertEquals("the good old map", Files.readString(target));
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("rirs_from_iana_ipv4.csv: row 2: unknown RIR"),
        err.toString());
    try (var files = Files.list(dir)) {
      assertEquals(2, files.count(), "no temporary file left behind");
    }
  }

  @Test
  void aMissingArgumentIsAUsageError() {
    assertEquals(2, run());
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("usage: "));
  }
}
