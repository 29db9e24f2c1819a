package org.dssamap.analysis.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableSortedSet;
import java.util.List;
import java.util.Optional;
import org.dssamap.model.Cell;
import org.dssamap.model.Dimension;
import org.dssamap.model.Dispute;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.EvidenceSource;
import org.dssamap.model.Layer;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Region;
import org.dssamap.model.Status;
import org.junit.jupiter.api.Test;

/** The survey's rules on small maps of their own, and what its values refuse. */
class SurveyRulesTest {
  private static final Cell GLUE_IR = Cell.of("incident-response", Dimension.EXTERNAL, Layer.GLUE);

  private static EcosystemMap ccircPlaced(Placement placement) {
    return EcosystemMap.builder()
        .addOrganization(Organization.of("ccirc", "Canadian Cyber Incident Response Centre", "cert",
            Region.NORTH_AMERICA))
        .addOrganization(Organization.of("cira", "CIRA", "cctld", Region.NORTH_AMERICA))
        .addPlacement(placement)
        .build();
  }

  private static SurveyResult answer(EcosystemMap map, Response... responses) {
    return Survey.apply(map, Responses.of("ccirc", List.of(responses)), java.time.LocalDate.of(2012, 9, 14));
  }

  @Test
  void denyingAClaimAPeerReportedDisputesItRatherThanErasingIt() {
    EcosystemMap map = ccircPlaced(Placement.of("ccirc", GLUE_IR, Status.CLAIMED, EvidenceSource.PEER_REPORTED));
    SurveyResult r = answer(map, Response.of(GLUE_IR, Answer.DENY));
    Placement p = r.map().placement("ccirc", GLUE_IR).orElseThrow();
    assertEquals(Status.DISPUTED, p.status());
    assertEquals(EvidenceSource.PEER_REPORTED, p.source());
    assertEquals(Dispute.of("ccirc", "denied by the organization in the verification round"), p.dispute().orElseThrow());
    assertEquals(Outcome.APPLIED, r.log().get(0).outcome());
  }

  @Test
  void denyingAClaimTheOrganizationMadeItselfRemovesIt() {
    EcosystemMap map = ccircPlaced(Placement.of("ccirc", GLUE_IR, Status.CLAIMED, EvidenceSource.SELF_REPORTED));
    SurveyResult r = answer(map, Response.of(GLUE_IR, Answer.DENY));
    assertEquals(Optional.empty(), r.map().placement("ccirc", GLUE_IR));
    assertEquals(Outcome.APPLIED, r.log().get(0).outcome());
  }

  @Test
  void aWishBesideAConfirmationForTheSameCellContradictsNothing() {
    EcosystemMap map = ccircPlaced(Placement.claimed("ccirc", GLUE_IR));
    SurveyResult r = answer(map, Response.of(GLUE_IR, Answer.GIVE_AWAY), Response.of(GLUE_IR, Answer.CONFIRM));
    assertEquals(List.of(Outcome.RECORDED, Outcome.APPLIED), r.log().stream().map(LogEntry::outcome).toList());
    assertEquals(Status.VERIFIED, r.map().placement("ccirc", GLUE_IR).orElseThrow().status());
    assertEquals(1, r.wishes().size());
  }

  @Test
  void aRepeatedWishIsRejected() {
    EcosystemMap map = ccircPlaced(Placement.claimed("ccirc", GLUE_IR));
    SurveyResult r = answer(map, Response.of(GLUE_IR, Answer.GIVE_AWAY), Response.of(GLUE_IR, Answer.GIVE_AWAY));
    assertEquals(List.of(Outcome.RECORDED, Outcome.REJECTED), r.log().stream().map(LogEntry::outcome).toList());
    assertEquals(1, r.wishes().size());
  }

  @Test
  void answersAndOutcomesReadInTheirWireForm() {
    for (Answer a : Answer.values()) {
      assertEquals(a, Answer.ofId(a.id()));
    }
    assertEquals(List.of("confirm", "deny", "add", "want-to-do", "give-away"),
        List.of(Answer.values()).stream().map(Answer::id).toList());
    assertEquals(List.of("applied", "unchanged", "recorded", "rejected"),
        List.of(Outcome.values()).stream().map(Outcome::id).toList());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Answer.ofId("maybe"));
    assertEquals("'maybe' is not one of confirm, deny, add, want-to-do, give-away", e.getMessage());
  }

  @Test
  void aQuestionMustBeAboutItsPlacementsCellAndAskSomething() {
    Placement elsewhere = Placement.claimed("ccirc", Cell.of("incident-response", Dimension.EXTERNAL, Layer.EDGE));
    assertThrows(IllegalArgumentException.class,
        () -> new Question(GLUE_IR, Optional.of(elsewhere), ImmutableSortedSet.of()));
    assertThrows(IllegalArgumentException.class, () -> new Question(GLUE_IR, Optional.empty(), ImmutableSortedSet.of()));
    assertEquals(ImmutableSortedSet.of("jpcert"),
        new Question(GLUE_IR, Optional.empty(), ImmutableSortedSet.of("jpcert")).peers());
  }

  @Test
  void aWishIsNeverAPlacementChange() {
    assertThrows(IllegalArgumentException.class, () -> new Wish("ccirc", GLUE_IR, Answer.ADD, Optional.empty()));
    assertThrows(IllegalArgumentException.class, () -> new Wish("ccirc", GLUE_IR, Answer.CONFIRM, Optional.empty()));
    assertEquals(Answer.GIVE_AWAY, new Wish("ccirc", GLUE_IR, Answer.GIVE_AWAY, Optional.empty()).answer());
  }
}
