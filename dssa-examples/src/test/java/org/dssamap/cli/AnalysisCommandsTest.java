package org.dssamap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dssamap.model.Cell;
import org.dssamap.model.Dimension;
import org.dssamap.model.Layer;
import org.dssamap.model.Status;
import org.dssamap.model.json.MapJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  static String callMap(String name) {
    try {
      return Path.of(AnalysisCommandsTest.class.getResource("/analysis/" + name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void analyzePrintsTheGapTheCallFound() {
    Cli r = Cli.run("analyze", callMap("call-map.json"));
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.out().contains("uncovered  incident-response/external/core"), r::toString);
  }

  @Test
  void analyzeJsonIsTheGoldenFile() throws IOException {
    Cli r = Cli.run("analyze", callMap("call-map.json"), "--format", "json");
    assertEquals(0, r.exitCode(), r::toString);
    assertEquals(Files.readString(Path.of(callMap("call-map.analysis.json"))), r.out());
  }

  @Test
  void analyzeWritesAtomicallyToOut() throws IOException {
    Path out = dir.resolve("analysis.json");
    Cli r = Cli.run("analyze", callMap("call-map.json"), "--format", "json", "--region", "europe", "--out",
        out.toString());
    assertEquals(0, r.exitCode(), r::toString);
    assertEquals("europe", JSON.readTree(out.toFile()).get("options").get("region").asText());
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    Cli r = Cli.run("analyze", callMap("call-map.json"), "--format", "xml");
    assertEquals(2, r.exitCode(), r::toString);
    assertTrue(r.err().contains("--format: 'xml' is not one of text, json"), r::toString);
  }

  @Test
  void anInvalidMapExitsOneWithLocatedProblems() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"format\": \"dssa-map/1\", \"organizations\": [{\"id\": \"x\"}]}");
    Cli r = Cli.run("analyze", bad.toString());
    assertEquals(1, r.exitCode(), r::toString);
    // progress lines may come first on a slow machine; the problems are located lines of their own
    assertTrue(r.errLines().stream().anyMatch(l -> l.startsWith(bad + ": $.organizations[0]")), r::toString);
  }

  @Test
  void diffShowsTheCoreJoinedAndTheGapClosed() {
    Cli r = Cli.run("diff", callMap("call-map.json"), callMap("call-map-joined-core.json"));
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.out().contains("gap closed: incident-response/external/core"), r::toString);
    Cli same = Cli.run("diff", callMap("call-map.json"), callMap("call-map.json"), "--format", "json");
    assertTrue(same.out().contains("\"empty\": true"), same::toString);
  }

  @Test
  void surveyExportThenApplyVerifiesWhatTheOrganizationConfirms() throws IOException {
    Path questionnaire = dir.resolve("cira.json");
    Cli export = Cli.run("survey", "export", callMap("call-map.json"), "--org", "cira", "--out",
        questionnaire.toString());
    assertEquals(0, export.exitCode(), export::toString);
    ObjectNode q = (ObjectNode) JSON.readTree(questionnaire.toFile());
    ObjectNode first = (ObjectNode) q.get("questions").get(0);
    first.put("answer", "confirm");
    q.put("respondent", "Jane Roe").put("date", "2012-09-14");
    Files.write(questionnaire, JSON.writeValueAsBytes(q));
    Path next = dir.resolve("next.json");
    Cli apply = Cli.run("survey", "apply", callMap("call-map.json"), questionnaire.toString(), "--out",
        next.toString());
    assertEquals(0, apply.exitCode(), apply::toString);
    assertTrue(apply.out().contains("1 applied"), apply::toString);
    Cell cell = Cell.of(first.get("function").asText(), Dimension.ofId(first.get("dimension").asText()),
        Layer.ofId(first.get("layer").asText()));
    assertEquals(Status.VERIFIED, MapJson.read(next).placement("cira", cell).orElseThrow().status());
  }

  @Test
  void badResponsesExitOneAndWriteNothing() throws IOException {
    Path responses = dir.resolve("r.json");
    Files.writeString(responses, "{\"organization\": \"cira\", \"answers\": [{\"function\": \"training\"}]}");
    Path next = dir.resolve("next.json");
    Cli r = Cli.run("survey", "apply", callMap("call-map.json"), responses.toString(), "--out", next.toString());
    assertEquals(1, r.exitCode(), r::toString);
    assertTrue(r.err().contains(responses + ": $.answers[0].dimension: missing"), r::toString);
    // and, all at once, who answered and when, which neither the file nor the command line gives
    assertTrue(r.err().contains(responses + ": $.respondent: missing; expected who answered"), r::toString);
    assertTrue(r.err().contains(responses + ": $.date: missing; expected the day of the answers"), r::toString);
    assertFalse(Files.exists(next));
  }

  @Test
  void exportForAnUnknownOrganizationIsAUsageError() {
    Cli r = Cli.run("survey", "export", callMap("call-map.json"), "--org", "nobody", "--out",
        dir.resolve("q.json").toString());
    assertEquals(2, r.exitCode(), r::toString);
  }
}
