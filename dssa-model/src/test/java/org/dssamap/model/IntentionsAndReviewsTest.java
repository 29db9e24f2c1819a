package org.dssamap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dssamap.model.json.MapJson;
import org.dssamap.model.testing.DssaGenerators;
import org.junit.jupiter.api.Test;

/** Intentions, notes on cells and reviews: the builder's rules, the intended picture, and how a file holds them. */
class IntentionsAndReviewsTest {
  private static final Cell IR = Cell.of("incident-response", Dimension.INTERNAL, Layer.EDGE);
  private static final Cell TECH = Cell.of("technology", Dimension.EXTERNAL, Layer.CORE);

  private static EcosystemMap.Builder twoOrganizations() {
    return EcosystemMap.builder().title("t")
        .addOrganization(Organization.withoutRegion("pir", "PIR", "registry"))
        .addOrganization(Organization.withoutRegion("cira", "CIRA", "cctld"))
        .addPlacement(Placement.verified("pir", IR, EvidenceSource.DESK_RESEARCH));
  }

  @Test
  void anOrganizationWouldGiveAwayOnlyWhatItDoesAndWantsOnlyWhatItDoesNot() {
    InvalidMapException e = assertThrows(InvalidMapException.class, () -> twoOrganizations()
        .addIntention(Intention.of("pir", IR, IntentionKind.WANTS_TO_DO))
        .addIntention(Intention.of("cira", IR, IntentionKind.WOULD_GIVE_AWAY))
        .addIntention(Intention.of("nobody", IR, IntentionKind.WANTS_TO_DO))
        .addIntention(Intention.of("pir", Cell.of("no-such", Dimension.INTERNAL, Layer.EDGE),
            IntentionKind.WANTS_TO_DO))
        .build());
    List<String> where = e.problems().stream().map(Problem::location).toList();
    assertEquals(List.of("$.intentions[0].kind", "$.intentions[1].kind", "$.intentions[2].organization",
        "$.intentions[3].function"), where, e.getMessage());
    assertTrue(e.problems().get(0).message().contains("places it already"), e.getMessage());
    assertTrue(e.problems().get(1).message().contains("does not place it"), e.getMessage());
  }

  @Test
  void anOrganizationSaysOneThingAboutACell() {
    InvalidMapException e = assertThrows(InvalidMapException.class, () -> twoOrganizations()
        .addIntention(Intention.of("cira", IR, IntentionKind.WANTS_TO_DO))
        .addIntention(Intention.of("cira", IR, IntentionKind.WANTS_TO_DO).withNote("again"))
        .build());
    assertEquals("$.intentions[1]", e.problems().get(0).location(), e.getMessage());
  }

  @Test
  void removingAPlacementFulfilsAnIntentionToGiveItAway() {
    EcosystemMap map = twoOrganizations().addIntention(Intention.of("pir", IR, IntentionKind.WOULD_GIVE_AWAY))
        .addIntention(Intention.of("cira", IR, IntentionKind.WANTS_TO_DO)).build();
    EcosystemMap after = map.withoutPlacement("pir", IR).withPlacement(Placement.claimed("cira", IR));
    assertEquals(List.of(), after.intentions());
    assertEquals(after.placementsIn(IR), map.intendedPicture().placementsIn(IR).stream()
        .map(p -> Placement.claimed(p.organization(), p.cell())).toList());
  }

  /**
   * The intended picture, stated independently: every placement whose organization would not give it away, and a
   * claimed, self-reported placement for every part an organization wants to play; everything else as it is.
   */
  @Test
  void theIntendedPictureIsTodayWithoutWhatIsGivenAwayAndWithWhatIsWanted() {
    qt().withExamples(200).forAll(DssaGenerators.fileMaps()).checkAssert(map -> {
      EcosystemMap intended = map.intendedPicture();
      Set<String> expected = new HashSet<>();
      for (Placement p : map.placements()) {
        boolean givenAway = map.intentions().stream().anyMatch(i -> i.kind() == IntentionKind.WOULD_GIVE_AWAY
            && i.organization().equals(p.organization()) && i.cell().equals(p.cell()));
        if (!givenAway) {
          expected.add(p.toString());
        }
      }
      for (Intention i : map.intentions()) {
        if (i.kind() == IntentionKind.WANTS_TO_DO) {
          expected.add(new Placement(i.organization(), i.cell(), Status.CLAIMED, EvidenceSource.SELF_REPORTED,
              i.note(), i.asOf(), Confidentiality.PUBLIC, Optional.empty()).toString());
        }
      }
      Set<String> actual = new HashSet<>();
      intended.placements().forEach(p -> actual.add(p.toString()));
      assertEquals(expected, actual);
      assertEquals(expected.size(), intended.placements().size());
      assertEquals(List.of(), intended.intentions());
      assertEquals(map.organizations(), intended.organizations());
      assertEquals(map.relationships(), intended.relationships());
      assertEquals(map.cellNotes(), intended.cellNotes());
    });
  }

  @Test
  void reviewsAreKeptOldestFirstAndTheNewestIsTheLatest() {
    Review first = Review.of("pir", LocalDate.of(2012, 9, 1), ReviewOutcome.CONFIRMED);
    Review second = Review.of("working group", LocalDate.of(2013, 1, 5), ReviewOutcome.SETTLED)
        .withComment("verified");
    Placement p = Placement.claimed("pir", IR).reviewed(first).withStatus(Status.VERIFIED).reviewed(second);
    assertEquals(List.of(first, second), p.reviews());
    assertEquals(Optional.of(second), p.latestReview());
    assertEquals(List.of(), Placement.claimed("pir", IR).reviews());
  }

  @Test
  void aMapFileKeepsReviewsIntentionsAndNotesAndLeavesThemOutWhenThereAreNone() {
    EcosystemMap map = twoOrganizations()
        .addPlacement(Placement.claimed("cira", TECH)
            .reviewed(Review.of("cira", LocalDate.of(2012, 9, 1), ReviewOutcome.CORRECTED).withComment("we do")))
        .addIntention(Intention.of("cira", IR, IntentionKind.WANTS_TO_DO).withAsOf(LocalDate.of(2012, 9, 1)))
        .addCellNote(CellNote.of(IR, "Who answers for the edge?"))
        .build();
    String json = MapJson.write(map);
    assertTrue(json.contains("\"reviews\": [\n        {\n          \"by\": \"cira\",\n          \"on\": \"2012-09-01\","
        + "\n          \"outcome\": \"corrected\",\n          \"comment\": \"we do\"\n        }\n      ]"), json);
    assertTrue(json.indexOf("\"relationships\"") < json.indexOf("\"intentions\""), json);
    assertTrue(json.indexOf("\"intentions\"") < json.indexOf("\"cellNotes\""), json);
    assertEquals(map, MapJson.read(json.getBytes(StandardCharsets.UTF_8), "map.json"));
    String none = MapJson.write(map.withoutPlacement("cira", TECH).toBuilder().clearIntentions().build()
        .withTitle("x"));
    assertTrue(!none.contains("\"reviews\"") && !none.contains("\"intentions\""), none);
  }

  @Test
  void settlingVerifiesAndKeepsTheDisputeInTheSettlingReview() {
    Dispute d = Dispute.of("cira", "they outsource it").withAnswer("we run it ourselves since 2011");
    EcosystemMap map = twoOrganizations().clearPlacements()
        .addPlacement(Placement.claimed("pir", IR).disputed(d)).build();
    LocalDate day = LocalDate.of(2013, 1, 5);
    EcosystemMap settled = map.settle("pir", IR, Settlement.of("DSSA working group", day,
        Settlement.Verdict.VERIFIED).withComment("contract seen"));
    Placement p = settled.placement("pir", IR).orElseThrow();
    assertEquals(Status.VERIFIED, p.status());
    assertEquals(Optional.empty(), p.dispute());
    Review r = p.latestReview().orElseThrow();
    assertEquals(new Review("DSSA working group", day, ReviewOutcome.SETTLED, Optional.of("verified; disputed by "
        + "cira: they outsource it; answered: we run it ourselves since 2011; contract seen")), r);
  }

  @Test
  void withdrawingRemovesThePlacementAndKeepsTheRecordOnItsCell() {
    EcosystemMap map = twoOrganizations().clearPlacements()
        .addPlacement(Placement.claimed("pir", IR).disputed(Dispute.of("cira", "not at the edge")))
        .addIntention(Intention.of("pir", IR, IntentionKind.WOULD_GIVE_AWAY)).build();
    EcosystemMap settled = map.settle("pir", IR, Settlement.of("wg", LocalDate.of(2013, 1, 5),
        Settlement.Verdict.WITHDRAWN));
    assertEquals(Optional.empty(), settled.placement("pir", IR));
    assertEquals(List.of(), settled.intentions());
    assertEquals(List.of(CellNote.of(IR, "'pir' withdrawn from this cell, settled by wg on 2013-01-05: withdrawn; "
        + "disputed by cira: not at the edge")), settled.notesAt(IR));
  }

  @Test
  void onlyADisputedPlacementIsSettled() {
    Settlement s = Settlement.of("wg", LocalDate.of(2013, 1, 5), Settlement.Verdict.VERIFIED);
    EcosystemMap map = twoOrganizations().build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> map.settle("pir", IR, s));
    assertTrue(e.getMessage().contains("is verified, not disputed"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> map.settle("cira", IR, s));
  }

  @Test
  void everyProblemOfAReviewIsLocatedInItsHistory() {
    String json = """
        {"format": "dssa-map/1", "title": "t",
         "organizations": [{"id": "pir", "name": "PIR", "kind": "registry"}],
         "placements": [{"organization": "pir", "function": "incident-response", "dimension": "internal",
           "layer": "edge", "status": "verified", "source": "desk-research",
           "reviews": [{"by": "pir", "on": "2012-09-01", "outcome": "confirmed"},
                       {"by": " ", "on": "2012-13-01", "outcome": "approved"}, 7]}],
         "intentions": [{"organization": "cira", "function": "incident-response", "dimension": "internal",
           "layer": "edge", "kind": "wants"}],
         "cellNotes": [{"function": "incident-response", "dimension": "internal", "layer": "edge"}]}
        """;
    InvalidMapException e = assertThrows(InvalidMapException.class,
        () -> MapJson.read(json.getBytes(StandardCharsets.UTF_8), "map.json"));
    assertEquals(List.of("$.placements[0].reviews[1].by", "$.placements[0].reviews[1].on",
        "$.placements[0].reviews[1].outcome", "$.placements[0].reviews[2]", "$.intentions[0].organization",
        "$.intentions[0].kind", "$.cellNotes[0].text"),
        e.problems().stream().map(Problem::location).toList(), e.getMessage());
    assertTrue(e.problems().get(2).message().contains("confirmed, corrected, disputed, answered, settled"),
        e.getMessage());
  }
}
