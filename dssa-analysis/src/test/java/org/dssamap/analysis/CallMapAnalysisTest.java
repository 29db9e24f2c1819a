package org.dssamap.analysis;

import static org.dssamap.analysis.CallMap.IR;
import static org.dssamap.analysis.CallMap.cell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.dssamap.analysis.escalation.Escalation;
import org.dssamap.analysis.escalation.EscalationPath;
import org.dssamap.analysis.escalation.EscalationRoute;
import org.dssamap.analysis.escalation.Hop;
import org.dssamap.analysis.escalation.UnreachableReason;
import org.dssamap.analysis.outsourcing.ClientRoute;
import org.dssamap.analysis.outsourcing.Concentration;
import org.dssamap.analysis.outsourcing.Route;
import org.dssamap.model.Dimension;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.EvidenceSource;
import org.dssamap.model.Layer;
import org.dssamap.model.Placement;
import org.dssamap.model.Region;
import org.dssamap.model.Relationship;
import org.dssamap.model.RelationshipKind;
import org.dssamap.model.Status;
import org.junit.jupiter.api.Test;

class CallMapAnalysisTest {
  private final AnalysisReport report = AnalysisReport.of(CallMap.map());

  @Test
  void nobodyDoingExternalIncidentResponseAtTheCoreIsAnUncoveredGap() {
    Gap gap = report.gaps().stream().filter(g -> g.cell().equals(cell(IR, Dimension.EXTERNAL, Layer.CORE)))
        .findFirst().orElseThrow();
    assertEquals(GapKind.UNCOVERED, gap.kind());
  }

  @Test
  void gapIsUnverifiedWhenOnlyClaimsCoverTheCell() {
    Gap gap = report.gaps().stream().filter(g -> g.cell().equals(cell(IR, Dimension.EXTERNAL, Layer.GLUE)))
        .findFirst().orElseThrow();
    assertEquals(GapKind.UNVERIFIED, gap.kind());
    assertEquals(List.of("ccirc", "centr", "jpcert"), gap.claimedBy().asList());
  }

  @Test
  void aVerifiedPlacementClosesTheGapAndCountsApartFromClaims() {
    CellCoverage research = report.coverage().cell(cell("research-analysis", Dimension.INTERNAL, Layer.EDGE));
    assertTrue(research.isCovered());
    assertEquals(1, research.verified());
    assertEquals(6, research.claimed());
    assertTrue(report.gaps().stream().noneMatch(g -> g.cell().equals(research.cell())));
  }

  @Test
  void everyRegionPairIsUnreachableWithoutACore() {
    Escalation escalation = report.escalation();
    assertEquals(20, escalation.routes().size());
    assertEquals(20, escalation.unreachable().size());
    assertTrue(escalation.routes().stream()
        .allMatch(r -> r.reason().equals(Optional.of(UnreachableReason.NO_RELAY_AT_CORE))));
    assertTrue(escalation.assessable(), "the map holds glue relays: the missing core is a finding");
  }

  @Test
  void regionsWhoseCoresDoNotConnectCannotReachEachOther() {
    Escalation escalation = Escalation.of(CallMap.withFragmentedCore());
    EscalationRoute route = escalation.route(Region.NORTH_AMERICA, Region.ASIA_PACIFIC);
    assertFalse(route.isReachable());
    assertEquals(Optional.of(UnreachableReason.NO_PATH), route.reason());
  }

  @Test
  void joiningTheCoreGivesTheShortestPathAndFlagsItsClaims() {
    Escalation escalation = Escalation.of(CallMap.withJoinedCore());
    EscalationPath path = escalation.route(Region.NORTH_AMERICA, Region.ASIA_PACIFIC).path().orElseThrow();
    assertEquals(List.of("cira", "ccirc", "core-americas", "core-asia", "jpcert", "jprs"),
        path.hops().stream().map(Hop::organization).toList());
    assertTrue(path.reliesOnClaims());
    assertEquals(5, path.length());
  }

  @Test
  void anIncidentComesBackDownTheLinkCiraEscalatesToTheCanadianCertBy() {
    // cira escalates-to ccirc: the channel carries an incident from Asia down to CIRA too
    EscalationRoute back = Escalation.of(CallMap.withJoinedCore()).route(Region.ASIA_PACIFIC, Region.NORTH_AMERICA);
    assertEquals(List.of("jprs", "jpcert", "core-asia", "core-americas", "ccirc", "cira"),
        back.path().orElseThrow().hops().stream().map(Hop::organization).toList());
  }

  @Test
  void distrustCutsTheCoreApart() {
    // joined by escalation both ways rather than by sharing: two that share cannot distrust each other
    EcosystemMap joined = CallMap.withFragmentedCore().toBuilder()
        .addRelationship(Relationship.of("core-americas", "core-asia", RelationshipKind.ESCALATES_TO))
        .addRelationship(Relationship.of("core-asia", "core-americas", RelationshipKind.ESCALATES_TO)).build();
    assertTrue(Escalation.of(joined).route(Region.NORTH_AMERICA, Region.ASIA_PACIFIC).isReachable());
    EcosystemMap distrust = joined.toBuilder()
        .addRelationship(Relationship.of("core-asia", "core-americas", RelationshipKind.DISTRUSTS)).build();
    assertFalse(Escalation.of(distrust).route(Region.NORTH_AMERICA, Region.ASIA_PACIFIC).isReachable());
  }

  @Test
  void pathsThatRelyOnClaimsVanishWhenClaimsDoNotCount() {
    Escalation verifiedOnly = Escalation.of(CallMap.withJoinedCore(), IR, false);
    assertEquals(20, verifiedOnly.unreachable().size());
    assertEquals(Optional.of(UnreachableReason.NO_EDGE_IN_SOURCE),
        verifiedOnly.route(Region.NORTH_AMERICA, Region.ASIA_PACIFIC).reason());
  }

  @Test
  void aRegionWithNoEdgeSaysSo() {
    EcosystemMap noAfrica = CallMap.map().toBuilder().clearPlacements().build();
    EscalationRoute route = Escalation.of(noAfrica).route(Region.AFRICA, Region.EUROPE);
    assertEquals(Optional.of(UnreachableReason.NO_EDGE_IN_SOURCE), route.reason());
  }

  @Test
  void aRegistryThatOutsourcesIsCoveredThroughItsBackEnd() {
    ClientRoute technology = report.outsourcing().route("pir", "technology").orElseThrow();
    assertEquals(Route.THROUGH_PROVIDER, technology.route());
    assertEquals(List.of("afilias"), technology.coveringProviders().asList());
    assertEquals(Optional.of(Status.CLAIMED), technology.status());
    assertEquals(Optional.of(Status.VERIFIED),
        report.outsourcing().route("pir", "frontline-mitigation").orElseThrow().status());
    assertEquals(Route.NONE, report.outsourcing().route("mobi", "training").orElseThrow().route());
    assertEquals(Optional.empty(), report.outsourcing().route("pir", "training"));
  }

  @Test
  void aClientPlacedInTheFunctionItselfIsDirect() {
    EcosystemMap map = CallMap.map().withPlacement(
        org.dssamap.model.Placement.claimed("pir", cell("technology", Dimension.INTERNAL, Layer.EDGE)));
    assertEquals(Route.DIRECT, org.dssamap.analysis.outsourcing.Outsourcing.of(map)
        .route("pir", "technology").orElseThrow().route());
  }

  @Test
  void registriesThatAllLeanOnOneBackEndShowAsFullConcentration() {
    Concentration technology = report.outsourcing().concentration().stream()
        .filter(c -> c.provider().equals("afilias") && c.function().equals("technology")).findFirst().orElseThrow();
    assertEquals(List.of("mobi", "pir"), technology.dependents().asList());
    assertEquals(1.0, technology.share());
    assertTrue(technology.notable());
    // afilias is not placed in training at all: mobi outsources it, but nobody is known to do it for mobi
    assertTrue(report.outsourcing().concentration().stream().noneMatch(c -> c.function().equals("training")));
    assertEquals(Route.NONE, report.outsourcing().route("mobi", "training").orElseThrow().route());
    // afilias does incident response for itself only: that covers none of its clients
    assertEquals(Route.NONE, report.outsourcing().route("mobi", IR).orElseThrow().route());
    assertEquals(List.of("afilias"), report.outsourcing().providers().asList());
  }

  @Test
  void aCellThatOneOrganizationCoversIsASinglePointOfFailureWithItsStatus() {
    assertTrue(report.singlePointsOfFailure().contains(new SinglePointOfFailure(
        cell("compliance-monitoring", Dimension.EXTERNAL, Layer.CORE), "icann", Status.VERIFIED)));
    assertTrue(report.singlePointsOfFailure().contains(new SinglePointOfFailure(
        cell("risk-planning", Dimension.EXTERNAL, Layer.CORE), "icann", Status.CLAIMED)));
    // centr's risk assessment is disputed: it covers nothing, so that cell is no single point of failure
    assertTrue(report.singlePointsOfFailure().stream()
        .noneMatch(s -> s.cell().equals(cell("risk-assessment", Dimension.EXTERNAL, Layer.GLUE))));
    // dns-oarc's own research is work it does for itself: nobody else fails if it stops
    assertTrue(report.singlePointsOfFailure().stream().allMatch(s -> s.cell().dimension() == Dimension.EXTERNAL));
  }

  @Test
  void organizationsOfOneRegionDoingTheSameThingForThemselvesOverlapOnlyWhenInternalCellsAreAskedFor() {
    assertTrue(report.overlaps().stream().noneMatch(o -> o.cell().dimension() == Dimension.INTERNAL));
    AnalysisOptions internal = AnalysisOptions.defaults().withInternalCells(true);
    Overlap overlap = AnalysisReport.of(CallMap.map(), internal).overlaps().stream()
        .filter(o -> o.cell().equals(cell(IR, Dimension.INTERNAL, Layer.EDGE)) && o.region() == Region.NORTH_AMERICA)
        .findFirst().orElseThrow();
    assertEquals(List.of("afilias", "cira", "pir"), overlap.organizations().asList());
    assertTrue(Overlap.findAll(CallMap.map(), internal.withOverlapThreshold(4)).stream()
        .noneMatch(o -> o.region() == Region.NORTH_AMERICA));
  }

  @Test
  void organizationsPlacedOnlyByDeskResearchAndPeersAreNotAskedYetAndNeverFlagged() {
    assertEquals(List.of(), report.selfClassification().flagged());
    assertEquals(report.selfClassification().organizations().size(),
        report.selfClassification().count(OrganizationClassification.Category.NOT_ASKED));
    EcosystemMap asked = CallMap.map().withPlacement(Placement.of("cira",
        cell(IR, Dimension.EXTERNAL, Layer.GLUE), Status.CLAIMED, EvidenceSource.SELF_REPORTED));
    OrganizationClassification cira = AnalysisReport.of(asked).selfClassification().flagged().get(0);
    assertEquals("cira", cira.organization());
    assertEquals(OrganizationClassification.Category.UNCONFIRMED, cira.category());
    assertEquals(new StatusCounts(1, 0, 0), cira.selfReported());
  }

  @Test
  void aRegionalViewCountsTheRegionAndTheGlobalBodies() {
    Coverage europe = Coverage.of(CallMap.map(), Optional.of(Region.EUROPE));
    assertEquals(List.of("centr", "denic", "dns-oarc", "icann", "mobi"), europe.organizations().asList());
    assertTrue(europe.cell(cell("compliance-monitoring", Dimension.EXTERNAL, Layer.CORE)).isCovered());
    assertEquals(List.of("denic"),
        europe.cell(cell(IR, Dimension.INTERNAL, Layer.EDGE)).organizations().asList());
  }

  @Test
  void coverageRatiosCountVerifiedApartFromClaimed() {
    CoverageRatio core = report.coverage().byLayer().get(Layer.CORE);
    // core expected: risk-planning, risk-assessment, compliance, incident-response, standards (external)
    assertEquals(5, core.expectedCells());
    assertEquals(1, core.verifiedCells());
    assertEquals(1, core.claimedOnlyCells());
    assertEquals(0.2, core.verifiedShare(), 1e-9);
    assertEquals(0.4, core.claimedShare(), 1e-9);
  }
}
