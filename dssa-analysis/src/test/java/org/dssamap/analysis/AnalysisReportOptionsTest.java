package org.dssamap.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.dssamap.analysis.outsourcing.Concentration;
import org.dssamap.model.Cell;
import org.dssamap.model.Dimension;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.EvidenceSource;
import org.dssamap.model.Layer;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Region;
import org.dssamap.model.Relationship;
import org.dssamap.model.RelationshipKind;
import org.junit.jupiter.api.Test;

/** Each knob of {@link AnalysisOptions} reaches the finding it is about, and the options refuse what they cannot mean. */
class AnalysisReportOptionsTest {
  private static final Cell TECHNOLOGY = Cell.of("technology", Dimension.EXTERNAL, Layer.EDGE);

  /** Two back-ends: big-backend serves two registries, small-backend one. */
  private static EcosystemMap backEnds() {
    return EcosystemMap.builder().title("back-ends")
        .addOrganization(Organization.of("big-backend", "Big", "registry-backend", Region.GLOBAL))
        .addOrganization(Organization.of("small-backend", "Small", "registry-backend", Region.GLOBAL))
        .addOrganization(Organization.of("tld-a", "A", "registry", Region.EUROPE))
        .addOrganization(Organization.of("tld-b", "B", "registry", Region.EUROPE))
        .addOrganization(Organization.of("tld-c", "C", "registry", Region.AFRICA))
        .addPlacement(Placement.claimed("big-backend", TECHNOLOGY))
        .addPlacement(Placement.verified("small-backend", TECHNOLOGY, EvidenceSource.PEER_REPORTED))
        .addRelationship(Relationship.of("tld-a", "big-backend", RelationshipKind.OUTSOURCES_TO, List.of("technology")))
        .addRelationship(Relationship.of("tld-b", "big-backend", RelationshipKind.OUTSOURCES_TO, List.of("technology")))
        .addRelationship(Relationship.of("tld-c", "small-backend", RelationshipKind.OUTSOURCES_TO,
            List.of("technology")))
        .build();
  }

  private static List<String> notable(AnalysisReport report) {
    return report.outsourcing().notableConcentration().stream().map(Concentration::provider).toList();
  }

  @Test
  void theConcentrationShareAndDependentsReachTheOutsourcingFindings() {
    // big-backend: 2 of 3 clients; small-backend: 1 of 3
    assertEquals(List.of("big-backend"), notable(AnalysisReport.of(backEnds())), "defaults: 2 dependents, 10%");
    AnalysisOptions anyOne = AnalysisOptions.defaults().withConcentrationThreshold(0.0, 1);
    assertEquals(List.of("big-backend", "small-backend"), notable(AnalysisReport.of(backEnds(), anyOne)));
    AnalysisOptions half = AnalysisOptions.defaults().withConcentrationThreshold(0.5, 1);
    assertEquals(List.of("big-backend"), notable(AnalysisReport.of(backEnds(), half)),
        "a third is below a half, whatever the number of dependents");
    AnalysisOptions third = AnalysisOptions.defaults().withConcentrationThreshold(1.0 / 3, 1);
    assertEquals(List.of("big-backend", "small-backend"), notable(AnalysisReport.of(backEnds(), third)),
        "a share exactly at the threshold is notable");
    AnalysisOptions twoThirdsOfTwo = AnalysisOptions.defaults().withConcentrationThreshold(2.0 / 3, 2);
    assertEquals(List.of("big-backend"), notable(AnalysisReport.of(backEnds(), twoThirdsOfTwo)),
        "two dependents and two thirds, each exactly at its threshold");
    assertEquals(List.of(), notable(AnalysisReport.of(backEnds(),
        AnalysisOptions.defaults().withConcentrationThreshold(0.0, 3))), "nobody has three dependents");
    assertEquals(0.5, half.concentrationShare());
    assertEquals(1, half.concentrationDependents());
  }

  @Test
  void claimsCountedOrNotReachTheOutsourcingRoutes() {
    AnalysisReport verifiedOnly = AnalysisReport.of(backEnds(), AnalysisOptions.defaults().withClaimsCounted(false));
    assertEquals(Optional.empty(), verifiedOnly.outsourcing().route("tld-a", "technology").orElseThrow().status(),
        "big-backend's placement is only claimed");
    assertEquals(List.of("small-backend"), verifiedOnly.outsourcing().providers().asList());
  }

  @Test
  void escalationFollowsTheFunctionAndClaimsTheOptionsName() {
    AnalysisReport report = AnalysisReport.of(backEnds(), AnalysisOptions.defaults()
        .withEscalationFunction("technology").withEscalationCountingClaims(false));
    assertEquals("technology", report.escalation().function());
    assertFalse(report.escalation().countsClaims());
    assertTrue(AnalysisReport.of(backEnds()).escalation().countsClaims());
    assertEquals(AnalysisOptions.INCIDENT_RESPONSE, AnalysisReport.of(backEnds()).escalation().function());
    AnalysisOptions verifiedOnly = AnalysisOptions.defaults().withVerifiedOnly();
    assertFalse(verifiedOnly.claimsCount());
    assertFalse(verifiedOnly.escalationCountsClaims());
  }

  @Test
  void aReportKeepsTheTitleAndOptionsAndSummarisesItsFindings() {
    AnalysisOptions options = AnalysisOptions.defaults().withRegion(Region.EUROPE);
    AnalysisReport report = AnalysisReport.of(backEnds(), options);
    assertEquals("back-ends", report.title());
    assertEquals(options, report.options());
    assertEquals("AnalysisReport[" + report.gaps().size() + " gaps, " + report.overlaps().size() + " overlaps, "
        + report.singlePointsOfFailure().size() + " single points of failure, "
        + report.escalation().unreachable().size() + " unreachable region pairs]", report.toString());
  }

  @Test
  void reportsOfDifferentMapsOrOptionsDiffer() {
    AnalysisReport report = AnalysisReport.of(backEnds());
    assertEquals(report, AnalysisReport.of(backEnds()));
    assertEquals(report.hashCode(), AnalysisReport.of(backEnds()).hashCode());
    assertNotEquals(report, AnalysisReport.of(backEnds(), AnalysisOptions.defaults().withConcentrationThreshold(0, 1)));
    assertNotEquals(report, AnalysisReport.of(backEnds().toBuilder().title("other title").build()));
    assertNotEquals(report, AnalysisReport.of(backEnds().withoutPlacement("big-backend", TECHNOLOGY)));
  }

  @Test
  void optionsDifferingInOneKnobAreNotEqual() {
    AnalysisOptions d = AnalysisOptions.defaults();
    assertEquals(d, AnalysisOptions.defaults().withRegion(Region.EUROPE).withoutRegion());
    assertEquals(d.hashCode(), AnalysisOptions.defaults().withRegion(Region.EUROPE).withoutRegion().hashCode());
    for (AnalysisOptions other : List.of(d.withRegion(Region.AFRICA), d.withOverlapThreshold(3),
        d.withUnconfirmedThreshold(0.25), d.withEscalationFunction("technology"), d.withEscalationCountingClaims(false),
        d.withClaimsCounted(false), d.withInternalCells(true), d.withConcentrationThreshold(0.2, 2),
        d.withConcentrationThreshold(0.1, 3))) {
      assertNotEquals(d, other, other.toString());
    }
  }

  @Test
  void theDefaultsReadAsEveryKnobWithItsValue() {
    assertEquals("AnalysisOptions[region=all, overlapThreshold=2, unconfirmedThreshold=0.5,"
        + " escalationFunction=incident-response, escalationCountsClaims=true, claimsCount=true,"
        + " internalCells=false, concentrationShare=0.1, concentrationDependents=2]",
        AnalysisOptions.defaults().toString());
    assertTrue(AnalysisOptions.defaults().withRegion(Region.EUROPE).toString().startsWith("AnalysisOptions[region=europe,"));
  }

  @Test
  void optionsRefuseWhatTheyCannotMean() {
    AnalysisOptions d = AnalysisOptions.defaults();
    assertThrows(IllegalArgumentException.class, () -> d.withOverlapThreshold(1));
    assertThrows(IllegalArgumentException.class, () -> d.withUnconfirmedThreshold(-0.01));
    assertThrows(IllegalArgumentException.class, () -> d.withUnconfirmedThreshold(1.01));
    assertThrows(IllegalArgumentException.class, () -> d.withConcentrationThreshold(-0.01, 2));
    assertThrows(IllegalArgumentException.class, () -> d.withConcentrationThreshold(1.01, 2));
    assertThrows(IllegalArgumentException.class, () -> d.withConcentrationThreshold(0.1, 0));
    assertThrows(IllegalArgumentException.class, () -> d.withEscalationFunction("Not A Slug"));
    assertEquals(2, d.withOverlapThreshold(2).overlapThreshold());
    assertEquals(1.0, d.withUnconfirmedThreshold(1.0).unconfirmedThreshold());
    assertEquals(0.0, d.withConcentrationThreshold(0.0, 1).concentrationShare());
    assertEquals(1.0, d.withConcentrationThreshold(1.0, 1).concentrationShare());
  }
}
