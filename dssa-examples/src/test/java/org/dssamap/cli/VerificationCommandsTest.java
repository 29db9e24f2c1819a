package org.dssamap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dssamap.model.Cell;
import org.dssamap.model.Dimension;
import org.dssamap.model.Dispute;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.IntentionKind;
import org.dssamap.model.Layer;
import org.dssamap.model.Placement;
import org.dssamap.model.Review;
import org.dssamap.model.ReviewOutcome;
import org.dssamap.model.Status;
import org.dssamap.model.json.MapJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verification round on the command line: reviews, intentions, settling, the intended picture. */
class VerificationCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Cell AFILIAS_IR = Cell.of("incident-response", Dimension.EXTERNAL, Layer.EDGE);
  private static final Cell WANTED = Cell.of("incident-response", Dimension.EXTERNAL, Layer.GLUE);

  @TempDir
  Path dir;

  /** The bundled map of the 2012 call, where a peer reported Afilias's external incident response. */
  private static String callMap(String ignored) {
    try {
      return Path.of(VerificationCommandsTest.class.getResource("/org/dssamap/examples/maps/call-2012.json").toURI())
          .toString();
    } catch (java.net.URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

  /** Afilias confirms a claim a peer made and wants to play a part it does not play; returns the next map. */
  private Path afiliasRound(String map, String... more) throws IOException {
    Path questionnaire = dir.resolve("afilias.json");
    assertEquals(0, Cli.run("survey", "export", map, "--org", "afilias", "--out", questionnaire.toString())
        .exitCode());
    ObjectNode q = (ObjectNode) JSON.readTree(questionnaire.toFile());
    q.put("respondent", "Jane Roe");
    for (JsonNode question : q.get("questions")) {
      if (question.get("function").asText().equals("incident-response")
          && question.get("dimension").asText().equals("external")) {
        ((ObjectNode) question).put("answer", "confirm").put("comment", "abuse desk");
      }
    }
    q.putArray("answers").addObject().put("function", "incident-response").put("dimension", "external")
        .put("layer", "glue").put("answer", "want-to-do");
    Files.write(questionnaire, JSON.writeValueAsBytes(q));
    Path next = dir.resolve("next.json");
    List<String> args = new java.util.ArrayList<>(List.of("survey", "apply", map, questionnaire.toString(), "--out",
        next.toString()));
    args.addAll(List.of(more));
    Cli apply = Cli.run(args.toArray(String[]::new));
    assertEquals(0, apply.exitCode(), apply::toString);
    return next;
  }

  @Test
  void applyRecordsWhoConfirmedAndWhenAndKeepsTheWishAsAnIntention() throws IOException {
    EcosystemMap next = MapJson.read(afiliasRound(callMap("call-2012.json"), "--on", "2012-09-14"));
    Placement p = next.placement("afilias", AFILIAS_IR).orElseThrow();
    assertEquals(Status.VERIFIED, p.status());
    assertEquals(List.of(new Review("Jane Roe", LocalDate.of(2012, 9, 14), ReviewOutcome.CONFIRMED,
        java.util.Optional.of("abuse desk"))), p.reviews());
    assertEquals(IntentionKind.WANTS_TO_DO, next.intentionsOf("afilias").get(0).kind());
    assertEquals(WANTED, next.intentionsOf("afilias").get(0).cell());
  }

  @Test
  void aBadDateIsAUsageErrorAndWritesNothing() throws IOException {
    Path questionnaire = dir.resolve("q.json");
    Cli.run("survey", "export", callMap("call-2012.json"), "--org", "afilias", "--out", questionnaire.toString());
    Cli r = Cli.run("survey", "apply", callMap("call-2012.json"), questionnaire.toString(), "--out",
        dir.resolve("n.json").toString(), "--on", "14/09/2012");
    assertEquals(2, r.exitCode(), r::toString);
    assertTrue(r.err().contains("--on: found '14/09/2012'; expected a date, YYYY-MM-DD"), r::toString);
    assertFalse(Files.exists(dir.resolve("n.json")));
  }

  @Test
  void analyzeIntendedSaysSoAndCountsTheWishAsAClaim() throws IOException {
    Path next = afiliasRound(callMap("call-2012.json"), "--on", "2012-09-14");
    Cli today = Cli.run("analyze", next.toString(), "--format", "json");
    Cli intended = Cli.run("analyze", next.toString(), "--intended", "--format", "json");
    assertEquals(0, intended.exitCode(), intended::toString);
    JsonNode t = JSON.readTree(today.out());
    JsonNode i = JSON.readTree(intended.out());
    assertFalse(t.has("picture"));
    assertEquals("intended", i.get("picture").asText());
    assertTrue(cellOf(i, WANTED).get("organizations").toString().contains("afilias"));
    assertFalse(cellOf(t, WANTED).get("organizations").toString().contains("afilias"));
  }

  private static JsonNode cellOf(JsonNode analysis, Cell cell) {
    for (JsonNode c : analysis.get("cells")) {
      if (c.get("function").asText().equals(cell.function()) && c.get("dimension").asText().equals(
          cell.dimension().id()) && c.get("layer").asText().equals(cell.layer().id())) {
        return c;
      }
    }
    throw new AssertionError("no cell " + cell);
  }

  @Test
  void diffIntendedListsWhatWouldComeAndDiffShowsWhoVerified() throws IOException {
    Path next = afiliasRound(callMap("call-2012.json"), "--on", "2012-09-14");
    Cli intended = Cli.run("diff", "--intended", next.toString());
    assertEquals(0, intended.exitCode(), intended::toString);
    assertTrue(intended.out().contains("+ afilias at incident-response/external/glue (claimed, self-reported)"),
        intended::toString);
    Cli diff = Cli.run("diff", callMap("call-2012.json"), next.toString());
    assertTrue(diff.out().contains("~ afilias at incident-response/external/edge: claimed -> verified, reviews "
        + "changed (confirmed by Jane Roe on 2012-09-14)"), diff::toString);
    assertEquals(2, Cli.run("diff", callMap("call-2012.json")).exitCode());
  }

  @Test
  void settleVerifiesADisputedPlacementAndRecordsWhoDecided() throws IOException {
    EcosystemMap map = MapJson.read(Path.of(callMap("call-2012.json")));
    Placement p = map.placement("afilias", AFILIAS_IR).orElseThrow();
    Path disputed = dir.resolve("disputed.json");
    MapJson.write(map.withPlacement(p.disputed(Dispute.of("cira", "they resell it"))), disputed);
    Path out = dir.resolve("settled.json");
    Cli r = Cli.run("survey", "settle", disputed.toString(), "--org", "afilias", "--function", "incident-response",
        "--dimension", "external", "--layer", "edge", "--by", "DSSA working group", "--verdict", "verified",
        "--on", "2013-01-05", "--answer", "we run the desk", "-o", out.toString());
    assertEquals(0, r.exitCode(), r::toString);
    Placement settled = MapJson.read(out).placement("afilias", AFILIAS_IR).orElseThrow();
    assertEquals(Status.VERIFIED, settled.status());
    assertEquals("verified; disputed by cira: they resell it; answered: we run the desk",
        settled.latestReview().orElseThrow().comment().orElseThrow());
    Cli notDisputed = Cli.run("survey", "settle", out.toString(), "--org", "afilias", "--function",
        "incident-response", "--dimension", "external", "--layer", "edge", "--by", "wg", "--verdict", "withdrawn",
        "--on", "2013-01-05", "-o", dir.resolve("x.json").toString());
    assertEquals(2, notDisputed.exitCode(), notDisputed::toString);
    assertTrue(notDisputed.err().contains("not disputed"), notDisputed::toString);
    assertFalse(Files.exists(dir.resolve("x.json")));
  }
}
