package org.dssamap.analysis.format;

import static org.dssamap.analysis.format.AnalysisFormatsTest.resource;
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
import java.util.Random;
import org.dssamap.analysis.AnalysisOptions;
import org.dssamap.analysis.diff.MapDiff;
import org.dssamap.model.Cell;
import org.dssamap.model.Dimension;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.Layer;
import org.dssamap.model.Placement;
import org.dssamap.model.Region;
import org.dssamap.model.Status;
import org.dssamap.analysis.testing.Examples;
import org.dssamap.model.testing.DssaGenerators;
import org.junit.jupiter.api.Test;

/** The diff's JSON and text carry every finding change of the {@link MapDiff}, in a deterministic form. */
class DiffFormatsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> FINDING_LINES = List.of("gap opened: ", "gap closed: ", "gap changed: ",
      "overlap appeared: ", "overlap gone: ", "overlap changed: ", "single point of failure appeared: ",
      "single point of failure gone: ", "single point of failure changed: ", "escalation now reachable: ",
      "escalation now unreachable: ", "escalation changed: ");

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theJsonListsEveryFindingChangeAndTheTextGivesEachItsLine() {
    qt().withExamples(Examples.upTo(150))
        .forAll(DssaGenerators.maps(8).mix(DssaGenerators.escalationMaps(8), 40)
            .flatMap(a -> DssaGenerators.edited(a).map(b -> List.of(a, b))))
        .checkAssert(pair -> {
          EcosystemMap a = pair.get(0);
          EcosystemMap b = pair.get(1);
          MapDiff diff = MapDiff.between(a, b);
          String json = DiffJson.write(diff);
          JsonNode root = parse(json);
          assertEquals(diff.gapsOpened().size(), root.get("gapsOpened").size());
          assertEquals(diff.gapsClosed().size(), root.get("gapsClosed").size());
          assertEquals(diff.gaps().changed().size(), root.get("gapsChanged").size());
          assertEquals(diff.overlaps().appeared().size(), root.get("overlaps").get("appeared").size());
          assertEquals(diff.overlaps().gone().size(), root.get("overlaps").get("gone").size());
          assertEquals(diff.overlaps().changed().size(), root.get("overlaps").get("changed").size());
          assertEquals(diff.singlePointsOfFailure().appeared().size(),
              root.get("singlePointsOfFailure").get("appeared").size());
          assertEquals(diff.singlePointsOfFailure().gone().size(), root.get("singlePointsOfFailure").get("gone").size());
          assertEquals(diff.singlePointsOfFailure().changed().size(),
              root.get("singlePointsOfFailure").get("changed").size());
          assertEquals(diff.escalation().changed().size(), root.get("escalation").get("changed").size());
          for (JsonNode c : root.get("escalation").get("changed")) {
            assertEquals(c.get("before").get("from"), c.get("after").get("from"));
            assertFalse(c.get("before").equals(c.get("after")), c::toString);
          }
          // byte-identical for the same maps built in another order
          Random random = new Random(json.length());
          assertEquals(json, DiffJson.write(MapDiff.between(DssaGenerators.rebuiltInRandomOrder(a, random),
              DssaGenerators.rebuiltInRandomOrder(b, random))));
          String text = DiffText.write(diff);
          long findingLines = text.lines().filter(l -> FINDING_LINES.stream().anyMatch(l::startsWith)).count();
          int findingChanges = diff.gapsOpened().size() + diff.gapsClosed().size() + diff.gaps().changed().size()
              + diff.overlaps().appeared().size() + diff.overlaps().gone().size() + diff.overlaps().changed().size()
              + diff.singlePointsOfFailure().appeared().size() + diff.singlePointsOfFailure().gone().size()
              + diff.singlePointsOfFailure().changed().size() + diff.escalation().changed().size();
          assertEquals(findingChanges, findingLines, text);
          assertFalse(text.contains("\u202e") || text.contains("\r"), text);
        });
  }

  @Test
  void joiningTheCoreReadsAsAPairNowReachableInTextAndJson() throws IOException {
    MapDiff diff = MapDiff.between(resource("call-map.json"), resource("call-map-joined-core.json"));
    String text = DiffText.write(diff);
    assertTrue(text.contains("escalation now reachable: north-america -> asia-pacific: cira[edge] -> "), text);
    JsonNode root = parse(DiffJson.write(diff));
    JsonNode change = null;
    for (JsonNode c : root.get("escalation").get("changed")) {
      if (c.get("after").get("from").asText().equals("north-america")
          && c.get("after").get("to").asText().equals("asia-pacific")) {
        change = c;
      }
    }
    assertFalse(change == null, root::toString);
    assertFalse(change.get("before").get("reachable").asBoolean());
    assertTrue(change.get("before").has("reason"));
    assertTrue(change.get("after").get("reachable").asBoolean());
    assertEquals("cira", change.get("after").get("path").get(0).get("organization").asText());
    assertEquals(2, root.get("options").get("overlapThreshold").asInt());
    assertFalse(root.get("options").has("region"));
  }

  @Test
  void aGapThatLosesItsOnlyClaimChangesKindInTextAndJson() throws IOException {
    EcosystemMap before = resource("call-map.json");
    Cell coreIr = Cell.of("incident-response", Dimension.EXTERNAL, Layer.CORE);
    EcosystemMap claimed = before.withPlacement(Placement.claimed("icann", coreIr));
    MapDiff diff = MapDiff.between(claimed, before);
    assertTrue(DiffText.write(diff).contains(
        "gap changed: incident-response/external/core: unverified (claimed by icann) -> uncovered"),
        DiffText.write(diff));
    JsonNode change = parse(DiffJson.write(diff)).get("gapsChanged").get(0);
    assertEquals("unverified", change.get("before").get("kind").asText());
    assertEquals("icann", change.get("before").get("claimedBy").get(0).asText());
    assertEquals("uncovered", change.get("after").get("kind").asText());
    assertEquals("core", change.get("after").get("layer").asText());
  }

  @Test
  void theTextNamesTheRegionViewAndTheJsonItsOptions() throws IOException {
    EcosystemMap before = resource("call-map.json");
    List<Placement> europe = new ArrayList<>();
    for (Placement p : before.placements()) {
      if (p.organization().equals("denic") && p.status() == Status.CLAIMED) {
        europe.add(p.withStatus(Status.VERIFIED));
      }
    }
    EcosystemMap after = before;
    for (Placement p : europe) {
      after = after.withPlacement(p);
    }
    AnalysisOptions options = AnalysisOptions.defaults().withRegion(Region.EUROPE).withEscalationCountingClaims(false);
    MapDiff diff = MapDiff.between(before, after, options);
    assertTrue(diff.findingsChanged(), diff::toString);
    assertTrue(DiffText.write(diff).contains("findings in the view of europe (its organizations and the global ones):"),
        DiffText.write(diff));
    JsonNode root = parse(DiffJson.write(diff));
    assertEquals("europe", root.get("options").get("region").asText());
    assertFalse(root.get("options").get("escalationCountsClaims").asBoolean());
  }
}
