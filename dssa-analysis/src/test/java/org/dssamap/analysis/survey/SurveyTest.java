package org.dssamap.analysis.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dssamap.analysis.CallMap;
import org.dssamap.model.Cell;
import org.dssamap.model.Dimension;
import org.dssamap.model.Dispute;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.EvidenceSource;
import org.dssamap.model.FunctionCatalog;
import org.dssamap.model.Intention;
import org.dssamap.model.IntentionKind;
import org.dssamap.model.Layer;
import org.dssamap.model.Placement;
import org.dssamap.model.Review;
import org.dssamap.model.ReviewOutcome;
import org.dssamap.model.Status;
import org.dssamap.model.testing.DssaGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class SurveyTest {
  private static final Cell EDGE_IR = Cell.of("incident-response", Dimension.INTERNAL, Layer.EDGE);
  private static final Cell GLUE_IR = Cell.of("incident-response", Dimension.EXTERNAL, Layer.GLUE);
  private static final Cell TRAINING = Cell.of("training", Dimension.INTERNAL, Layer.EDGE);
  /**
   * The day of the round: after every date the generators give (2012-08-24 plus at most 5,000 days), so that the
   * intentions a round records are told from earlier ones by their date.
   */
  private static final LocalDate DAY = LocalDate.of(2030, 9, 14);

  private static SurveyResult answer(EcosystemMap map, String org, Response... responses) {
    return Survey.apply(map, Responses.of(org, List.of(responses)), DAY);
  }

  @Test
  void questionnaireAsksAboutEachPlacementAndWherePeersOfTheSameKindAre() {
    Questionnaire q = Questionnaire.of(CallMap.map(), "pir");
    // pir is placed in nine functions; its peer "mobi" is placed nowhere, so no other questions
    assertEquals(9, q.questions().size());
    assertTrue(q.questions().stream().allMatch(Question::onTheMap));
    Questionnaire cctld = Questionnaire.of(CallMap.map().withoutPlacement("cira", TRAINING), "cira");
    Question training = cctld.questions().stream().filter(x -> x.cell().equals(TRAINING)).findFirst().orElseThrow();
    assertFalse(training.onTheMap());
    assertEquals(List.of("denic", "jprs", "nic-br", "zadna"), training.peers().asList());
  }

  @Test
  void confirmingDeskResearchVerifiesIt() {
    SurveyResult r = answer(CallMap.map(), "cira", Response.of(EDGE_IR, Answer.CONFIRM));
    Placement p = r.map().placement("cira", EDGE_IR).orElseThrow();
    assertEquals(Status.VERIFIED, p.status());
    assertEquals(EvidenceSource.DESK_RESEARCH, p.source());
    assertEquals(Outcome.APPLIED, r.log().get(0).outcome());
  }

  @Test
  void confirmingWhatTheOrganizationReportedItselfLeavesItClaimed() {
    EcosystemMap map = CallMap.map().withPlacement(
        Placement.of("cira", EDGE_IR, Status.CLAIMED, EvidenceSource.SELF_REPORTED));
    SurveyResult r = answer(map, "cira", Response.of(EDGE_IR, Answer.CONFIRM));
    assertEquals(Status.CLAIMED, r.map().placement("cira", EDGE_IR).orElseThrow().status());
    assertEquals(Outcome.UNCHANGED, r.log().get(0).outcome());
    assertEquals(map, r.map());
  }

  @Test
  void confirmingDoesNotSettleAnotherPartysDispute() {
    Cell assessment = Cell.of("risk-assessment", Dimension.EXTERNAL, Layer.GLUE);
    SurveyResult r = answer(CallMap.map(), "centr", Response.of(assessment, Answer.CONFIRM));
    Placement p = r.map().placement("centr", assessment).orElseThrow();
    assertEquals(Status.DISPUTED, p.status());
    assertEquals("denic", p.dispute().orElseThrow().by());
    assertEquals(Outcome.UNCHANGED, r.log().get(0).outcome());
  }

  @Test
  void denyingOwnOrDeskResearchClaimRemovesIt() {
    SurveyResult r = answer(CallMap.map(), "ccirc", Response.of(GLUE_IR, Answer.DENY));
    assertEquals(Optional.empty(), r.map().placement("ccirc", GLUE_IR));
    assertEquals(Outcome.APPLIED, r.log().get(0).outcome());
  }

  @Test
  void denyingWhatAPeerVouchesForDisputesItKeepingWhoAndWhy() {
    Cell mitigation = Cell.of("frontline-mitigation", Dimension.EXTERNAL, Layer.EDGE);
    SurveyResult r = answer(CallMap.map(), "afilias",
        Response.of(mitigation, Answer.DENY).withComment("we only resell that service"));
    Placement p = r.map().placement("afilias", mitigation).orElseThrow();
    assertEquals(Status.DISPUTED, p.status());
    assertEquals(Dispute.of("afilias", "we only resell that service"), p.dispute().orElseThrow());
  }

  @Test
  void addingPlacesTheOrganizationAsAClaimItReportedItself() {
    SurveyResult r = answer(CallMap.map(), "mobi", Response.of(TRAINING, Answer.ADD).withComment("since 2011"));
    Placement p = r.map().placement("mobi", TRAINING).orElseThrow();
    assertEquals(Status.CLAIMED, p.status());
    assertEquals(EvidenceSource.SELF_REPORTED, p.source());
    assertEquals(Optional.of("since 2011"), p.note());
  }

  @Test
  void wishesChangeNoPlacementAndAreRecorded() {
    Cell coreIr = Cell.of("incident-response", Dimension.EXTERNAL, Layer.CORE);
    SurveyResult r = answer(CallMap.map(), "cira",
        Response.of(coreIr, Answer.WANT_TO_DO).withComment("with the other ccTLDs"),
        Response.of(TRAINING, Answer.GIVE_AWAY));
    assertEquals(CallMap.map().placements(), r.map().placements());
    assertEquals(List.of(Intention.of("cira", coreIr, IntentionKind.WANTS_TO_DO).withAsOf(DAY)
            .withNote("with the other ccTLDs"), Intention.of("cira", TRAINING, IntentionKind.WOULD_GIVE_AWAY)
            .withAsOf(DAY)), r.map().intentionsOf("cira"));
    EcosystemMap intended = r.map().intendedPicture();
    assertEquals(EvidenceSource.SELF_REPORTED, intended.placement("cira", coreIr).orElseThrow().source());
    assertEquals(Optional.empty(), intended.placement("cira", TRAINING));
    assertEquals(List.of(new Wish("cira", coreIr, Answer.WANT_TO_DO, Optional.of("with the other ccTLDs")),
        new Wish("cira", TRAINING, Answer.GIVE_AWAY, Optional.empty())), r.wishes());
    assertEquals(2, r.entries(Outcome.RECORDED).size());
  }

  @Test
  void answersThatCannotApplyAreReportedNotDropped() {
    SurveyResult r = answer(CallMap.map(), "mobi",
        Response.of(Cell.of("no-such-function", Dimension.INTERNAL, Layer.EDGE), Answer.ADD),
        Response.of(TRAINING, Answer.CONFIRM),
        Response.of(EDGE_IR, Answer.ADD),
        Response.of(EDGE_IR, Answer.DENY));
    assertEquals(4, r.log().size());
    assertEquals(List.of(Outcome.REJECTED, Outcome.REJECTED, Outcome.REJECTED, Outcome.REJECTED),
        r.log().stream().map(LogEntry::outcome).toList());
    assertTrue(r.log().get(0).explanation().contains("no-such-function"));
    assertTrue(r.log().get(1).explanation().contains("nothing to confirm"));
    assertEquals(CallMap.map(), r.map());
  }

  @Test
  void anAllConfirmResponseVerifiesExactlyTheClaimsSomeoneElseMade() {
    qt().forAll(DssaGenerators.maps(FunctionCatalog.dssa2012(), 1, 6)).checkAssert(map -> {
      String org = "org-0";
      List<Response> confirms = map.placementsOf(org).stream().map(p -> Response.of(p.cell(), Answer.CONFIRM)).toList();
      SurveyResult r = Survey.apply(map, Responses.of(org, confirms).withRespondent("A. Person"), DAY);
      assertEquals(map.placements().size(), r.map().placements().size());
      for (Placement before : map.placements()) {
        Placement after = r.map().placement(before.organization(), before.cell()).orElseThrow();
        boolean ours = before.organization().equals(org);
        boolean selfClaim = before.status() == Status.CLAIMED && before.source() == EvidenceSource.SELF_REPORTED;
        Placement expected;
        if (!ours || selfClaim) {
          expected = before;
        } else if (before.status() == Status.DISPUTED) {
          // the organization's answer to the dispute is kept; the dispute stands
          expected = new Placement(before.organization(), before.cell(), Status.DISPUTED, before.source(),
              before.note(), before.asOf(), before.confidentiality(), before.dispute().map(d -> new Dispute(d.by(),
                  d.reason(), Optional.of("confirmed by the organization in the verification round"))),
              append(before, ReviewOutcome.ANSWERED));
        } else {
          expected = new Placement(before.organization(), before.cell(), Status.VERIFIED, before.source(),
              before.note(), before.asOf(), before.confidentiality(), Optional.empty(),
              append(before, ReviewOutcome.CONFIRMED));
        }
        assertEquals(expected, after);
      }
      assertEquals(confirms.size(), r.log().size());
      assertTrue(r.entries(Outcome.REJECTED).isEmpty());
    });
  }

  @Test
  void everyAnswerGetsExactlyOneLogEntryInOrder() {
    qt().forAll(DssaGenerators.maps(FunctionCatalog.dssa2012(), 1, 6)
        .flatMap(DssaGenerators::withIntentionsAndNotes).flatMap(m -> responses(m).map(r -> List.of(m, r))))
        .checkAssert(pair -> {
          EcosystemMap map = (EcosystemMap) pair.get(0);
          Responses responses = (Responses) pair.get(1);
          SurveyResult r = Survey.apply(map, responses, DAY);
          assertEquals(responses.answers(), r.log().stream().map(LogEntry::response).toList());
          // earlier reviews are kept, oldest first: a placement's history only grows at its end
          for (Placement after : r.map().placements()) {
            map.placement(after.organization(), after.cell()).ifPresent(before -> assertEquals(before.reviews(),
                after.reviews().subList(0, before.reviews().size())));
          }
          // each recorded wish is an intention of the round; nobody else's intentions change
          assertEquals(r.entries(Outcome.RECORDED).size(), r.map().intentionsOf("org-0").stream()
              .filter(i -> i.asOf().equals(Optional.of(DAY))).count());
          assertEquals(map.intentions().stream().filter(i -> !i.organization().equals("org-0")).toList(),
              r.map().intentions().stream().filter(i -> !i.organization().equals("org-0")).toList());
          assertEquals(r.entries(Outcome.RECORDED).size(), r.wishes().size());
          // only the answering organization's placements change
          assertEquals(map.placements().stream().filter(p -> !p.organization().equals("org-0")).toList(),
              r.map().placements().stream().filter(p -> !p.organization().equals("org-0")).toList());
        });
  }

  /** The reviews of {@code before} and one more, by the respondent on the day of the round. */
  private static com.google.common.collect.ImmutableList<Review> append(Placement before, ReviewOutcome outcome) {
    return com.google.common.collect.ImmutableList.<Review>builder().addAll(before.reviews())
        .add(Review.of("A. Person", DAY, outcome)).build();
  }

  /** Random answers of org-0, some about cells the catalog does not have. */
  private static Gen<Responses> responses(EcosystemMap map) {
    List<Cell> cells = map.catalog().cells();
    return in -> {
      int n = DssaGenerators.between(in, 0, 10);
      List<Response> answers = new java.util.ArrayList<>();
      for (int i = 0; i < n; i++) {
        int c = DssaGenerators.between(in, 0, cells.size());
        Cell cell = c == cells.size() ? Cell.of("unknown-function", Dimension.INTERNAL, Layer.EDGE) : cells.get(c);
        Answer a = Answer.values()[DssaGenerators.between(in, 0, Answer.values().length - 1)];
        answers.add(Response.of(cell, a));
      }
      return Responses.of("org-0", answers);
    };
  }
}
