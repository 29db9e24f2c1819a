package org.dssamap.cli;

import static org.dssamap.cli.AnalysisCommandsTest.callMap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void diffPrintsThePairThatJoiningTheCoreMakesReachable() {
    Cli r = Cli.run("diff", callMap("call-map.json"), callMap("call-map-joined-core.json"));
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.out().contains("escalation now reachable: north-america -> asia-pacific: "), r::toString);
  }

  @Test
  void theAnalysisOptionsOfTheDiffApplyToBothMaps() throws IOException {
    Path out = dir.resolve("diff.json");
    Cli r = Cli.run("diff", callMap("call-map.json"), callMap("call-map-joined-core.json"), "--format", "json",
        "--region", "europe", "--verified-only", "--out", out.toString());
    assertEquals(0, r.exitCode(), r::toString);
    JsonNode root = JSON.readTree(out.toFile());
    assertEquals("europe", root.get("options").get("region").asText());
    assertFalse(root.get("options").get("escalationCountsClaims").asBoolean());
    // The core body that closes the gap is in North America and Asia: nothing closes in Europe's view.
    assertEquals(0, root.get("gapsClosed").size(), root::toString);
    Cli whole = Cli.run("diff", callMap("call-map.json"), callMap("call-map-joined-core.json"), "--format", "json");
    assertEquals(1, JSON.readTree(whole.out()).get("gapsClosed").size(), whole::toString);
  }

  @Test
  void anOutOfRangeThresholdIsAUsageError() {
    Cli r = Cli.run("diff", callMap("call-map.json"), callMap("call-map.json"), "--overlap-threshold", "1");
    assertEquals(2, r.exitCode(), r::toString);
    assertTrue(r.err().startsWith("dssa diff: "), r::toString);
  }
}
