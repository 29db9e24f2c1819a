package org.dssamap.analysis.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dssamap.analysis.AnalysisReport;
import org.dssamap.analysis.escalation.Escalation;
import org.dssamap.analysis.escalation.EscalationRoute;
import org.dssamap.analysis.escalation.NotAssessableReason;
import org.dssamap.analysis.escalation.UnreachableReason;
import org.dssamap.model.Cell;
import org.dssamap.model.Dimension;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.Layer;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Region;
import org.dssamap.analysis.testing.Examples;
import org.dssamap.model.testing.DssaGenerators;
import org.junit.jupiter.api.Test;

/** How escalation reads in the analysis JSON and text, assessable or not. */
class EscalationOutputTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Two registries at the edge and nobody doing incident response for others at the glue or the core. */
  private static EcosystemMap noRelay() {
    return EcosystemMap.builder().title("no relay")
        .addOrganization(Organization.of("denic", "DENIC", "cctld", Region.EUROPE))
        .addOrganization(Organization.of("cira", "CIRA", "cctld", Region.NORTH_AMERICA))
        .addPlacement(Placement.claimed("denic", Cell.of("incident-response", Dimension.INTERNAL, Layer.EDGE)))
        .addPlacement(Placement.claimed("cira", Cell.of("incident-response", Dimension.INTERNAL, Layer.EDGE)))
        .build();
  }

  private static JsonNode json(AnalysisReport report) {
    try {
      return JSON.readTree(AnalysisJson.write(report));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aMapWithNoRelaySaysEscalationCannotBeAssessedInsteadOfListingTwentyPairs() {
    AnalysisReport report = AnalysisReport.of(noRelay());
    String text = AnalysisText.write(report);
    assertTrue(text.contains("Escalation along incident-response (claims count): cannot be assessed from this data: "
        + "the map holds no glue or core relay"), text);
    assertFalse(text.contains("unreachable,"), text);
    JsonNode assessment = json(report).get("escalationAssessment");
    assertFalse(assessment.get("assessable").asBoolean());
    assertEquals("no-relay", assessment.get("reason").asText());
    assertEquals(0, assessment.get("glueRelays").asInt());
    assertEquals(List.of("europe", "north-america"), strings(assessment.get("regionsWithEdge")));
    // the pairs stay in the JSON, for tools: the contract's arrays are unchanged
    assertEquals(20, json(report).get("unreachable").size());
  }

  @Test
  void anAssessableMapGivesItsRelaysAndEveryPairWithItsReason() throws IOException {
    AnalysisReport report = AnalysisReport.of(AnalysisFormatsTest.resource("call-map.json"));
    String text = AnalysisText.write(report);
    assertTrue(text.contains("  relays: 3 glue relays, no core relay; regions whose edge has a channel to the glue: "
        + "asia-pacific, europe, north-america\n"), text);
    assertTrue(text.contains("  europe -> asia-pacific: unreachable, no relay at core\n"), text);
    JsonNode assessment = json(report).get("escalationAssessment");
    assertTrue(assessment.get("assessable").asBoolean());
    assertFalse(assessment.has("reason"));
    assertEquals(List.of("asia-pacific", "europe", "north-america"), strings(assessment.get("regionsWithGlue")));
  }

  @Test
  void theJsonAssessmentAndTheTextAgreeWithTheAnalysisOnAnyMap() {
    qt().withExamples(Examples.upTo(100)).forAll(DssaGenerators.escalationMaps(8)).checkAssert(map -> {
      AnalysisReport report = AnalysisReport.of(map);
      Escalation escalation = report.escalation();
      JsonNode root = json(report);
      JsonNode assessment = root.get("escalationAssessment");
      assertEquals(escalation.assessable(), assessment.get("assessable").asBoolean());
      assertEquals(escalation.notAssessable().map(NotAssessableReason::id),
          Optional.ofNullable(assessment.get("reason")).map(JsonNode::asText));
      assertEquals(escalation.glueRelays(), assessment.get("glueRelays").asInt());
      assertEquals(escalation.coreRelays(), assessment.get("coreRelays").asInt());
      assertEquals(escalation.regionsWithGlue().stream().map(Region::id).toList(),
          strings(assessment.get("regionsWithGlue")));
      assertEquals(escalation.unreachable().size(), root.get("unreachable").size());
      String text = AnalysisText.write(report);
      String section = text.substring(text.indexOf("\nEscalation along "));
      assertEquals(escalation.assessable() ? escalation.unreachable().size() : 0,
          section.split("unreachable, ", -1).length - 1, section);
      assertEquals(!escalation.assessable(), section.contains("cannot be assessed from this data"), section);
    });
  }

  @Test
  void theWordsAroundTheFunctionNeedNoHtmlEscaping() {
    // HtmlReport puts the sentences into the page as they are, with the function's name already escaped
    Escalation escalation = Escalation.of(noRelay());
    List<String> sentences = new ArrayList<>();
    for (NotAssessableReason reason : NotAssessableReason.values()) {
      sentences.add(EscalationWords.notAssessable(reason, "F"));
    }
    for (EscalationRoute route : escalation.routes()) {
      for (UnreachableReason reason : UnreachableReason.values()) {
        sentences.add(EscalationWords.reason(reason, route, escalation, "F"));
      }
    }
    sentences.add(EscalationWords.relays(escalation, Region::displayName));
    for (String s : sentences) {
      assertTrue(s.chars().noneMatch(c -> "&<>\"'".indexOf(c) >= 0), s);
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
