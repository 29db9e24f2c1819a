package org.dssamap.analysis.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dssamap.analysis.AnalysisReport;
import org.dssamap.analysis.diff.MapDiff;
import org.dssamap.analysis.survey.Answer;
import org.dssamap.analysis.survey.Outcome;
import org.dssamap.analysis.survey.Questionnaire;
import org.dssamap.analysis.survey.Responses;
import org.dssamap.analysis.survey.Survey;
import org.dssamap.analysis.survey.SurveyResult;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.InvalidMapException;
import org.dssamap.model.Problem;
import org.dssamap.model.Status;
import org.dssamap.model.json.MapJson;
import org.dssamap.analysis.testing.Examples;
import org.dssamap.model.testing.DssaGenerators;
import org.junit.jupiter.api.Test;

class AnalysisFormatsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static EcosystemMap resource(String name) throws IOException {
    try (InputStream in = AnalysisFormatsTest.class.getResourceAsStream("/analysis/" + name)) {
      return MapJson.read(in, name);
    }
  }

  @Test
  void analysisJsonHasTheFormatTagAndEveryArrayOfTheContract() throws IOException {
    JsonNode root = JSON.readTree(AnalysisJson.write(AnalysisReport.of(resource("call-map.json"))));
    assertEquals("dssa-analysis/1", root.get("format").asText());
    for (String array : List.of("cells", "gaps", "overlaps", "singlePointsOfFailure", "concentration", "escalation",
        "unreachable", "outsourcing")) {
      assertTrue(root.get(array).isArray(), array);
    }
    assertEquals(33 * 2, root.get("cells").size());
    assertTrue(root.get("gaps").findValues("kind").stream().anyMatch(k -> k.asText().equals("uncovered")));
    JsonNode coreGap = null;
    for (JsonNode g : root.get("gaps")) {
      if (g.get("function").asText().equals("incident-response") && g.get("layer").asText().equals("core")) {
        coreGap = g;
      }
    }
    assertEquals("uncovered", coreGap.get("kind").asText());
    assertEquals(20, root.get("unreachable").size());
    JsonNode concentration = root.get("concentration").get(0);
    assertEquals("afilias", concentration.get("provider").asText());
    assertTrue(concentration.get("share").isNumber());
  }

  static String text(String name) throws IOException {
    try (InputStream in = AnalysisFormatsTest.class.getResourceAsStream("/analysis/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theCallMapAnalysisMatchesItsGoldenFilesByteForByte() throws IOException {
    AnalysisReport report = AnalysisReport.of(resource("call-map.json"));
    assertEquals(text("call-map.analysis.json"), AnalysisJson.write(report));
    assertEquals(text("call-map.analysis.txt"), AnalysisText.write(report));
  }

  @Test
  void reachablePairsCarryTheirPathInJsonAndText() throws IOException {
    AnalysisReport report = AnalysisReport.of(resource("call-map-joined-core.json"));
    JsonNode root = JSON.readTree(AnalysisJson.write(report));
    JsonNode reachable = null;
    for (JsonNode r : root.get("escalation")) {
      if (r.get("reachable").asBoolean()) {
        reachable = r;
      }
    }
    assertEquals("north-america", reachable.get("from").asText());
    assertEquals(6, reachable.get("path").size());
    assertTrue(reachable.get("reliesOnClaims").asBoolean());
    assertTrue(AnalysisText.write(report).contains(
        "north-america -> asia-pacific: cira[edge] -> ccirc[glue] -> core-americas[core] -> core-asia[core]"
            + " -> jpcert[glue] -> jprs[edge]  (relies on claims)"), AnalysisText.write(report));
  }

  @Test
  void analysisOutputIsDeterministicAndHostileTextStaysVisible() {
    qt().withExamples(Examples.upTo(40)).forAll(DssaGenerators.maps()).checkAssert(map -> {
      String json = AnalysisJson.write(AnalysisReport.of(map));
      assertEquals(json, AnalysisJson.write(AnalysisReport.of(map.toBuilder().build())));
      JsonNode root;
      try {
        root = JSON.readTree(json);
      } catch (IOException e) {
        throw new AssertionError(e);
      }
      assertEquals(map.title(), root.get("title").asText());
      String text = AnalysisText.write(AnalysisReport.of(map));
      assertFalse(text.contains("\u202e") || text.contains("\r") || text.contains("\u0000"), text);
      assertFalse(json.contains("\u202e"));
    });
  }

  @Test
  void diffJsonCarriesFullValuesAndTextOneLinePerChange() throws IOException {
    EcosystemMap before = resource("call-map.json");
    EcosystemMap after = resource("call-map-joined-core.json");
    MapDiff diff = MapDiff.between(before, after);
    JsonNode root = JSON.readTree(DiffJson.write(diff));
    assertEquals("dssa-diff/1", root.get("format").asText());
    assertEquals(2, root.get("organizations").get("added").size());
    assertEquals("Core CERT, Americas", root.get("organizations").get("added").get(0).get("name").asText());
    assertEquals(3, root.get("relationships").get("added").size());
    assertEquals("incident-response", root.get("gapsClosed").get(0).get("function").asText());
    String text = DiffText.write(diff);
    assertTrue(text.contains("+ core-asia at incident-response/external/core (verified, peer-reported)"), text);
    assertTrue(text.contains("gap closed: incident-response/external/core"), text);
    assertEquals("no changes\n", DiffText.write(MapDiff.between(before, before)));
  }

  @Test
  void aFilledInQuestionnaireReadsBackAsResponses() throws IOException {
    EcosystemMap map = resource("call-map.json");
    ObjectNode q = (ObjectNode) JSON.readTree(SurveyJson.writeQuestionnaire(Questionnaire.of(map, "cira"), map));
    assertEquals("dssa-survey/1", q.get("format").asText());
    ((ObjectNode) q.get("questions").get(0)).put("answer", "confirm");
    ((ObjectNode) q.get("questions").get(1)).put("answer", "give-away").put("comment", "CENTR could do it");
    Responses responses = SurveyJson.readResponses(JSON.writeValueAsBytes(q), "cira.json", map);
    assertEquals(2, responses.answers().size());
    assertEquals(Answer.GIVE_AWAY, responses.answers().get(1).answer());
    SurveyResult result = Survey.apply(map, responses, java.time.LocalDate.of(2012, 9, 14));
    assertEquals(Status.VERIFIED,
        result.map().placement("cira", responses.answers().get(0).cell()).orElseThrow().status());
    assertEquals(1, result.entries(Outcome.RECORDED).size());
    JsonNode log = JSON.readTree(SurveyJson.writeLog(responses, result, java.time.LocalDate.of(2012, 9, 14)));
    assertEquals(2, log.get("log").size());
    assertEquals(1, log.get("wishes").size());
  }

  @Test
  void badResponsesAreReportedAllAtOnceByJsonPath() throws IOException {
    EcosystemMap map = resource("call-map.json");
    ObjectNode q = (ObjectNode) JSON.readTree(SurveyJson.writeQuestionnaire(Questionnaire.of(map, "cira"), map));
    q.putArray("answers")
        .add(JSON.readTree("{\"function\": \"incident-responce\", \"dimension\": \"internal\", \"layer\": \"edge\","
            + " \"answer\": \"confirm\"}"))
        .add(JSON.readTree("{\"function\": \"training\", \"dimension\": \"sideways\", \"layer\": \"edge\","
            + " \"answer\": \"maybe\"}"))
        .add(JSON.readTree("{\"function\": \"training\", \"dimension\": \"internal\", \"layer\": \"edge\","
            + " \"answer\": \"add\", \"comment\": 3}"));
    InvalidMapException e = assertThrows(InvalidMapException.class,
        () -> SurveyJson.readResponses(JSON.writeValueAsBytes(q), "r.json", map));
    assertEquals(List.of("$.answers[0].function", "$.answers[1].dimension", "$.answers[1].answer",
        "$.answers[2].comment"), e.problems().stream().map(Problem::location).toList());
    assertTrue(e.formattedProblems().get(1).startsWith("r.json: $.answers[1].dimension: found 'sideways'; expected one"),
        e.formattedProblems().get(1));
  }

  @Test
  void malformedResponsesAreLocatedByLineAndColumn() throws IOException {
    EcosystemMap map = resource("call-map.json");
    InvalidMapException e = assertThrows(InvalidMapException.class, () -> SurveyJson.readResponses(
        "{\"organization\": \"cira\",\n \"answers\": [}".getBytes(StandardCharsets.UTF_8), "r.json", map));
    assertTrue(e.problems().get(0).location().startsWith("2:"), e.problems().toString());
    InvalidMapException twice = assertThrows(InvalidMapException.class, () -> SurveyJson.readResponses(
        "{\"organization\": \"cira\",\n \"organization\": \"pir\", \"answers\": []}"
            .getBytes(StandardCharsets.UTF_8), "r.json", map));
    assertEquals("2:2", twice.problems().get(0).location(), twice.getMessage());
    assertEquals("duplicate key 'organization'; expected each key once per object",
        twice.problems().get(0).message());
  }
}
