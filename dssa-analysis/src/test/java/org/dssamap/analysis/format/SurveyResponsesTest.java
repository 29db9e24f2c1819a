package org.dssamap.analysis.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dssamap.analysis.survey.Answer;
import org.dssamap.analysis.survey.Questionnaire;
import org.dssamap.analysis.survey.Responses;
import org.dssamap.model.Cell;
import org.dssamap.model.Dimension;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.FunctionCatalog;
import org.dssamap.model.InvalidMapException;
import org.dssamap.model.Layer;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Problem;
import org.dssamap.model.Status;
import org.dssamap.analysis.testing.Examples;
import org.dssamap.model.testing.DssaGenerators;
import org.junit.jupiter.api.Test;

/** Responses are bound to the questionnaire they answer, and read as strictly as a map file. */
class SurveyResponsesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Cell IR_EDGE = Cell.of("incident-response", Dimension.INTERNAL, Layer.EDGE);

  private static ObjectNode questionnaire(EcosystemMap map, String organization) throws IOException {
    return (ObjectNode) JSON.readTree(SurveyJson.writeQuestionnaire(Questionnaire.of(map, organization), map));
  }

  private static InvalidMapException refused(ObjectNode file, EcosystemMap map) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(file);
    return assertThrows(InvalidMapException.class, () -> SurveyJson.readResponses(bytes, "r.json", map));
  }

  private static List<String> locations(InvalidMapException e) {
    return e.problems().stream().map(Problem::location).toList();
  }

  @Test
  void aQuestionnaireRelabelledForAnotherOrganizationIsRefusedWithEveryMismatchLocated() throws IOException {
    EcosystemMap map = AnalysisFormatsTest.resource("call-map.json");
    // exported for CIRA, relabelled "pir", PIR's placements denied, the rest confirmed
    ObjectNode q = questionnaire(map, "cira");
    q.put("organization", "pir");
    for (JsonNode question : q.get("questions")) {
      ((ObjectNode) question).put("answer", "confirm");
    }
    ArrayNode answers = q.putArray("answers");
    for (Placement p : map.placementsOf("pir")) {
      answers.addObject().put("function", p.cell().function()).put("dimension", p.cell().dimension().id())
          .put("layer", p.cell().layer().id()).put("answer", "deny");
    }
    InvalidMapException e = refused(q, map);
    List<String> at = locations(e);
    assertTrue(at.contains("$.kind"), e::getMessage);
    // CIRA was asked about frontline mitigation and technology, which PIR's questionnaire does not ask
    assertTrue(e.formattedProblems().stream().anyMatch(l -> l.matches(
        "r\\.json: \\$\\.questions\\[\\d+\\]: the questionnaire for 'pir' from this map does not ask about "
            + "frontline-mitigation/internal/edge")), e::getMessage);
    assertEquals("the questionnaire says 'cctld'; the map's 'pir' is a 'registry'",
        e.problems().get(at.indexOf("$.kind")).message());
  }

  @Test
  void answersToAnEarlierVersionOfTheMapAreRefusedNotApplied() throws IOException {
    EcosystemMap map = AnalysisFormatsTest.resource("call-map.json");
    ObjectNode q = questionnaire(map, "cira");
    ((ObjectNode) q.get("questions").get(0)).put("answer", "deny");
    // meanwhile a peer vouched for CIRA's incident response, and the map got a date
    Placement ir = map.placement("cira", IR_EDGE).orElseThrow();
    EcosystemMap later = map.withoutPlacement("cira", IR_EDGE).withPlacement(ir.withStatus(Status.VERIFIED))
        .toBuilder().asOf(LocalDate.of(2012, 9, 1)).build();
    InvalidMapException e = refused(q, later);
    int index = indexOfQuestion(q, IR_EDGE);
    assertEquals(List.of("$.map.asOf", "$.questions[" + index + "].status"), locations(e), e::getMessage);
    assertEquals("the questionnaire says 'claimed'; this map says 'verified'", e.problems().get(1).message());
  }

  @Test
  void aQuestionnaireOfAnotherCatalogOrMapIsRefused() throws IOException {
    EcosystemMap map = AnalysisFormatsTest.resource("call-map.json");
    ObjectNode q = questionnaire(map, "cira");
    q.put("catalog", "other-catalog");
    ((ObjectNode) q.get("map")).put("title", "Another map");
    assertEquals(List.of("$.catalog", "$.map.title"), locations(refused(q, map)));
  }

  @Test
  void questionsLeftOutOrAddedOrAFingerprintEditedAreRefused() throws IOException {
    EcosystemMap map = AnalysisFormatsTest.resource("call-map.json");
    ObjectNode removed = questionnaire(map, "cira");
    String first = removed.get("questions").get(0).get("function").asText();
    ((ArrayNode) removed.get("questions")).remove(0);
    InvalidMapException e = refused(removed, map);
    assertEquals(List.of("$.questions"), locations(e), e::getMessage);
    assertTrue(e.problems().get(0).message().startsWith("lacks the question about " + first + "/"), e::getMessage);

    ObjectNode twice = questionnaire(map, "cira");
    ((ArrayNode) twice.get("questions")).add(twice.get("questions").get(0).deepCopy());
    assertEquals(List.of("$.questions[11]"), locations(refused(twice, map)));

    ObjectNode edited = questionnaire(map, "cira");
    edited.put("fingerprint", "sha256:" + "0".repeat(64));
    InvalidMapException f = refused(edited, map);
    assertEquals(List.of("$.fingerprint"), locations(f));
  }

  @Test
  void aBareListOfAnswersIsNotBoundToAnythingAndIsRefused() throws IOException {
    EcosystemMap map = AnalysisFormatsTest.resource("call-map.json");
    ObjectNode bare = (ObjectNode) JSON.readTree("{\"organization\": \"cira\", \"answers\": [{\"function\": "
        + "\"training\", \"dimension\": \"internal\", \"layer\": \"edge\", \"answer\": \"confirm\"}]}");
    assertEquals(List.of("$.format", "$.questions", "$.kind", "$.catalog", "$.map", "$.fingerprint"),
        locations(refused(bare, map)));
  }

  @Test
  void theResponsesReaderIsAsStrictAsTheMapReader() throws IOException {
    EcosystemMap map = AnalysisFormatsTest.resource("call-map.json");
    byte[] good = SurveyJson.writeQuestionnaire(Questionnaire.of(map, "cira"), map).getBytes(StandardCharsets.UTF_8);
    String text = new String(good, StandardCharsets.UTF_8);
    List<byte[]> bad = new ArrayList<>();
    // an overlong encoding of "/" inside a comment, UTF-16, content after the object, a lone surrogate escape,
    // nesting beyond the limit
    bad.add(withBytes(text.replace("\"comment\": \"\"", "\"comment\": \"a\u0000b\"").replace("\u0000", "~"),
        "~", new byte[] {(byte) 0xc0, (byte) 0xaf}));
    bad.add(text.getBytes(StandardCharsets.UTF_16));
    bad.add((text + "{}").getBytes(StandardCharsets.UTF_8));
    bad.add(text.replaceFirst("\"comment\": \"\"", "\"comment\": \"\\\\ud800\"").getBytes(StandardCharsets.UTF_8));
    bad.add(text.replaceFirst("\"answers\": \\[\\]", "\"answers\": " + "[".repeat(70) + "]".repeat(70))
        .getBytes(StandardCharsets.UTF_8));
    for (byte[] bytes : bad) {
      InvalidMapException e = assertThrows(InvalidMapException.class,
          () -> SurveyJson.readResponses(bytes, "r.json", map));
      for (Problem p : e.problems()) {
        assertTrue(p.location().matches("[0-9]+:[0-9]+"), () -> "located by line and column: " + p);
      }
    }
    assertEquals(0, SurveyJson.readResponses(good, "r.json", map).answers().size());
  }

  private static byte[] withBytes(String text, String marker, byte[] replacement) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    int at = text.indexOf(marker); // ASCII before the marker, so character and byte offsets agree
    byte[] out = new byte[bytes.length - 1 + replacement.length];
    System.arraycopy(bytes, 0, out, 0, at);
    System.arraycopy(replacement, 0, out, at, replacement.length);
    System.arraycopy(bytes, at + 1, out, at + replacement.length, bytes.length - at - 1);
    return out;
  }

  @Test
  void everyFilledInQuestionnaireReadsBackForItsOwnOrganizationAndNoOther() {
    qt().withExamples(Examples.upTo(60)).forAll(DssaGenerators.maps(FunctionCatalog.dssa2012(), 2, 6), integers().all())
        .checkAssert((map, seed) -> {
          List<Organization> orgs = map.organizations();
          Organization asked = orgs.get(Math.floorMod(seed, orgs.size()));
          Organization other = orgs.get(Math.floorMod(seed + 1, orgs.size()));
          try {
            ObjectNode q = questionnaire(map, asked.id());
            int i = 0;
            List<Answer> expected = new ArrayList<>();
            for (JsonNode question : q.get("questions")) {
              Answer a = Answer.values()[Math.floorMod(seed + i++, Answer.values().length)];
              ((ObjectNode) question).put("answer", a.id());
              expected.add(a);
            }
            Responses read = SurveyJson.readResponses(JSON.writeValueAsBytes(q), "r.json", map);
            assertEquals(asked.id(), read.organization());
            assertEquals(expected, read.answers().stream().map(r -> r.answer()).toList());
            // relabelled for another organization: always refused, whatever the two have in common
            q.put("organization", other.id());
            InvalidMapException e = refused(q, map);
            assertFalse(e.problems().isEmpty());
          } catch (IOException ex) {
            throw new AssertionError(ex);
          }
        });
  }

  private static int indexOfQuestion(ObjectNode q, Cell cell) {
    JsonNode questions = q.get("questions");
    for (int i = 0; i < questions.size(); i++) {
      JsonNode x = questions.get(i);
      if (x.get("function").asText().equals(cell.function()) && x.get("dimension").asText().equals(
          cell.dimension().id()) && x.get("layer").asText().equals(cell.layer().id())) {
        return i;
      }
    }
    throw new AssertionError("no question about " + cell);
  }

  @Test
  void whoAnsweredAndWhenAreReadAndABadDateIsLocated() throws IOException {
    EcosystemMap map = AnalysisFormatsTest.resource("call-map.json");
    ObjectNode q = questionnaire(map, "cira");
    assertEquals("", q.get("respondent").asText());
    assertEquals("", q.get("date").asText());
    Responses blank = SurveyJson.readResponses(JSON.writeValueAsBytes(q), "r.json", map);
    assertEquals("cira", blank.reviewer());
    assertEquals(java.util.Optional.empty(), blank.date());
    q.put("respondent", "Jacques Latour").put("date", "2012-09-14");
    Responses named = SurveyJson.readResponses(JSON.writeValueAsBytes(q), "r.json", map);
    assertEquals("Jacques Latour", named.reviewer());
    assertEquals(java.util.Optional.of(LocalDate.of(2012, 9, 14)), named.date());
    q.put("date", "14 September").put("respondent", "  ");
    assertEquals(List.of("$.date", "$.respondent"), locations(refused(q, map)));
  }
}
