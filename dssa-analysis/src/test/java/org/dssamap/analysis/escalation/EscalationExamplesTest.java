package org.dssamap.analysis.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import org.dssamap.model.Status;
import org.junit.jupiter.api.Test;

/** The escalation rules on small maps written by hand, one rule a test. */
class EscalationExamplesTest {
  private static final String IR = "incident-response";

  /** A map written line by line: who plays which role, then the links. */
  private static final class Sketch {
    private final EcosystemMap.Builder b = EcosystemMap.builder();

    Sketch edge(String id, Region region, Status status) {
      return org(id, region, Cell.of(IR, Dimension.INTERNAL, Layer.EDGE), status);
    }

    Sketch glue(String id, Region region, Status status) {
      return org(id, region, Cell.of(IR, Dimension.EXTERNAL, Layer.GLUE), status);
    }

    Sketch core(String id, Status status) {
      return org(id, Region.GLOBAL, Cell.of(IR, Dimension.EXTERNAL, Layer.CORE), status);
    }

    private Sketch org(String id, Region region, Cell cell, Status status) {
      b.addOrganization(Organization.of(id, id, "cert", region));
      b.addPlacement(Placement.of(id, cell, status, EvidenceSource.PEER_REPORTED));
      return this;
    }

    Sketch link(String from, RelationshipKind kind, String to, String... functions) {
      b.addRelationship(Relationship.of(from, to, kind, List.of(functions)));
      return this;
    }

    Escalation escalation() {
      return Escalation.of(b.build());
    }
  }

  private static final Status V = Status.VERIFIED;
  private static final Status C = Status.CLAIMED;

  /** North America and Europe, each an edge escalating to its regional CERT, which escalates to one core. */
  private static Sketch twoRegions() {
    return new Sketch()
        .edge("na-registry", Region.NORTH_AMERICA, V).glue("na-cert", Region.NORTH_AMERICA, V)
        .edge("eu-registry", Region.EUROPE, V).glue("eu-cert", Region.EUROPE, V)
        .core("core", V)
        .link("na-registry", RelationshipKind.ESCALATES_TO, "na-cert")
        .link("eu-registry", RelationshipKind.ESCALATES_TO, "eu-cert")
        .link("na-cert", RelationshipKind.ESCALATES_TO, "core")
        .link("eu-cert", RelationshipKind.ESCALATES_TO, "core");
  }

  private static List<String> organizations(EscalationRoute route) {
    return route.path().orElseThrow().hops().stream().map(Hop::organization).toList();
  }

  @Test
  void aMapWrittenTheWayTheCallSpeaksLetsEveryRegionReachEveryOther() {
    // "go out of our edge and then to reach the regional glue ... the glue is going to reach a core"
    Sketch sketch = new Sketch().core("core", V);
    for (Region region : Escalation.REGIONS) {
      String r = region.id();
      sketch.edge(r + "-registry", region, V).glue(r + "-cert", region, V)
          .link(r + "-registry", RelationshipKind.ESCALATES_TO, r + "-cert")
          .link(r + "-cert", RelationshipKind.ESCALATES_TO, "core");
    }
    Escalation escalation = sketch.escalation();
    assertTrue(escalation.unreachable().isEmpty(), escalation.unreachable().toString());
    assertEquals(List.of("africa-registry", "africa-cert", "core", "europe-cert", "europe-registry"),
        organizations(escalation.route(Region.AFRICA, Region.EUROPE)));
  }

  @Test
  void anIncidentComesBackDownTheEscalatesToLinkItWouldGoUp() {
    Escalation escalation = twoRegions().escalation();
    // eu-registry escalates-to eu-cert: from North America the incident comes down that link to the registry
    assertEquals(List.of("na-registry", "na-cert", "core", "eu-cert", "eu-registry"),
        organizations(escalation.route(Region.NORTH_AMERICA, Region.EUROPE)));
    assertEquals(List.of("eu-registry", "eu-cert", "core", "na-cert", "na-registry"),
        organizations(escalation.route(Region.EUROPE, Region.NORTH_AMERICA)));
  }

  @Test
  void anEdgeNeverReachesAnEdgeItDoesNotTrustWhateverTheRelaysBetweenThem() {
    // Jacques: "two edge in different continents ... that are not trusted or don't trust each other"
    Escalation escalation = twoRegions().link("eu-registry", RelationshipKind.DISTRUSTS, "na-registry").escalation();
    for (EscalationRoute route : List.of(escalation.route(Region.NORTH_AMERICA, Region.EUROPE),
        escalation.route(Region.EUROPE, Region.NORTH_AMERICA))) {
      assertFalse(route.isReachable(), route.toString());
      assertEquals(Optional.of(UnreachableReason.DISTRUST), route.reason());
    }
  }

  @Test
  void anotherEdgeOfTheSameRegionStillReachesTheOneADistrustfulEdgeCannot() {
    Escalation escalation = twoRegions().edge("na-cctld", Region.NORTH_AMERICA, V)
        .link("na-cctld", RelationshipKind.MEMBER_OF, "na-cert")
        .link("eu-registry", RelationshipKind.DISTRUSTS, "na-registry").escalation();
    assertEquals(List.of("na-cctld", "na-cert", "core", "eu-cert", "eu-registry"),
        organizations(escalation.route(Region.NORTH_AMERICA, Region.EUROPE)));
    assertEquals(List.of("eu-registry", "eu-cert", "core", "na-cert", "na-cctld"),
        organizations(escalation.route(Region.EUROPE, Region.NORTH_AMERICA)));
  }

  @Test
  void aPathGoesAroundACoreItsSourceDistrustsThoughTheirNeighboursTrustIt() {
    Sketch sketch = twoRegions().core("second-core", V)
        .link("na-cert", RelationshipKind.ESCALATES_TO, "second-core")
        .link("eu-cert", RelationshipKind.ESCALATES_TO, "second-core");
    assertEquals(List.of("na-registry", "na-cert", "core", "eu-cert", "eu-registry"),
        organizations(sketch.escalation().route(Region.NORTH_AMERICA, Region.EUROPE)));
    Escalation wary = sketch.link("core", RelationshipKind.DISTRUSTS, "na-registry").escalation();
    assertEquals(List.of("na-registry", "na-cert", "second-core", "eu-cert", "eu-registry"),
        organizations(wary.route(Region.NORTH_AMERICA, Region.EUROPE)));
    // Europe's registry trusts the first core: distrust is the source's, not every party's on the way
    assertEquals(List.of("eu-registry", "eu-cert", "core", "na-cert", "na-registry"),
        organizations(wary.route(Region.EUROPE, Region.NORTH_AMERICA)));
  }

  @Test
  void aPairThatOnlyACoreItsSourceDistrustsWouldJoinIsUnreachableBecauseOfDistrust() {
    Escalation escalation = twoRegions().link("na-registry", RelationshipKind.DISTRUSTS, "core").escalation();
    assertEquals(Optional.of(UnreachableReason.DISTRUST),
        escalation.route(Region.NORTH_AMERICA, Region.EUROPE).reason());
    // the other way the core is a relay Europe's registry trusts, and North America's registry trusts the CERT it
    // hears from: the distrust that holds end to end is the source's
    assertTrue(escalation.route(Region.EUROPE, Region.NORTH_AMERICA).isReachable());
  }

  @Test
  void anEquallyShortPathOnVerifiedPlacementsWinsOverAClaimedOneThatComesFirst() {
    EscalationRoute route = twoRegions().glue("na-abuse-desk", Region.NORTH_AMERICA, C)
        .link("na-registry", RelationshipKind.ESCALATES_TO, "na-abuse-desk")
        .link("na-abuse-desk", RelationshipKind.ESCALATES_TO, "core")
        .escalation().route(Region.NORTH_AMERICA, Region.EUROPE);
    // na-abuse-desk sorts before na-cert, but only claims the role
    assertEquals(List.of("na-registry", "na-cert", "core", "eu-cert", "eu-registry"), organizations(route));
    assertFalse(route.path().orElseThrow().reliesOnClaims());
  }

  @Test
  void aShorterPathThatReliesOnAClaimWinsOverALongerVerifiedOneAndSaysSo() {
    Sketch sketch = new Sketch()
        .edge("na-registry", Region.NORTH_AMERICA, V).glue("na-cert", Region.NORTH_AMERICA, V)
        .glue("na-isac", Region.NORTH_AMERICA, V).glue("na-hotline", Region.NORTH_AMERICA, C)
        .edge("eu-registry", Region.EUROPE, V).glue("eu-cert", Region.EUROPE, V)
        .core("core", V)
        // verified: registry -> cert -> isac -> core; claimed: registry -> hotline -> core
        .link("na-registry", RelationshipKind.ESCALATES_TO, "na-cert")
        .link("na-cert", RelationshipKind.SHARES_WITH, "na-isac")
        .link("na-isac", RelationshipKind.ESCALATES_TO, "core")
        .link("na-registry", RelationshipKind.ESCALATES_TO, "na-hotline")
        .link("na-hotline", RelationshipKind.ESCALATES_TO, "core")
        .link("eu-registry", RelationshipKind.ESCALATES_TO, "eu-cert")
        .link("eu-cert", RelationshipKind.ESCALATES_TO, "core");
    EscalationRoute route = sketch.escalation().route(Region.NORTH_AMERICA, Region.EUROPE);
    assertEquals(List.of("na-registry", "na-hotline", "core", "eu-cert", "eu-registry"), organizations(route));
    assertTrue(route.path().orElseThrow().reliesOnClaims());
  }

  @Test
  void glueWithoutACoreSaysTheCoreIsMissing() {
    // Jacques: "today we don't have the core incident response external incidence response bucket"
    Escalation escalation = new Sketch()
        .edge("na-registry", Region.NORTH_AMERICA, V).glue("na-cert", Region.NORTH_AMERICA, V)
        .edge("eu-registry", Region.EUROPE, V)
        .link("na-registry", RelationshipKind.ESCALATES_TO, "na-cert").escalation();
    assertTrue(escalation.assessable());
    assertEquals(Optional.of(UnreachableReason.NO_RELAY_AT_CORE),
        escalation.route(Region.NORTH_AMERICA, Region.EUROPE).reason());
    assertEquals(0, escalation.coreRelays());
    assertEquals(1, escalation.glueRelays());
  }

  @Test
  void anEdgeWithNoChannelToAGlueRelaySaysTheGlueIsMissingEvenIfOneSitsInItsRegion() {
    Escalation escalation = new Sketch()
        .edge("na-registry", Region.NORTH_AMERICA, V).glue("na-cert", Region.NORTH_AMERICA, V)
        .edge("eu-registry", Region.EUROPE, V).glue("eu-cert", Region.EUROPE, V)
        .core("core", V)
        .link("na-registry", RelationshipKind.ESCALATES_TO, "na-cert")
        .link("na-cert", RelationshipKind.ESCALATES_TO, "core")
        .link("eu-cert", RelationshipKind.ESCALATES_TO, "core").escalation();
    assertEquals(Set.of(Region.NORTH_AMERICA), escalation.regionsWithGlue());
    assertEquals(Optional.of(UnreachableReason.NO_RELAY_AT_GLUE),
        escalation.route(Region.NORTH_AMERICA, Region.EUROPE).reason());
    assertEquals(Optional.of(UnreachableReason.NO_RELAY_AT_GLUE),
        escalation.route(Region.EUROPE, Region.NORTH_AMERICA).reason());
  }

  @Test
  void relaysThatExistButDoNotLinkUpGiveNoPath() {
    // Jacques: "we have a fragmented core"
    Escalation escalation = new Sketch()
        .edge("na-registry", Region.NORTH_AMERICA, V).glue("na-cert", Region.NORTH_AMERICA, V)
        .edge("eu-registry", Region.EUROPE, V).glue("eu-cert", Region.EUROPE, V)
        .core("core-americas", V).core("core-europe", V)
        .link("na-registry", RelationshipKind.ESCALATES_TO, "na-cert")
        .link("eu-registry", RelationshipKind.ESCALATES_TO, "eu-cert")
        .link("na-cert", RelationshipKind.ESCALATES_TO, "core-americas")
        .link("eu-cert", RelationshipKind.ESCALATES_TO, "core-europe").escalation();
    assertEquals(Optional.of(UnreachableReason.NO_PATH), escalation.route(Region.NORTH_AMERICA, Region.EUROPE).reason());
  }

  @Test
  void aMapWithNoRelayAtAllCannotBeAssessed() {
    Escalation escalation = new Sketch()
        .edge("na-registry", Region.NORTH_AMERICA, V).edge("eu-registry", Region.EUROPE, V).escalation();
    assertFalse(escalation.assessable());
    assertEquals(Optional.of(NotAssessableReason.NO_RELAY), escalation.notAssessable());
    assertEquals(20, escalation.unreachable().size());
  }

  @Test
  void aMapWithRelaysButNoEdgeCannotBeAssessed() {
    Escalation escalation = new Sketch().glue("na-cert", Region.NORTH_AMERICA, V).core("core", V).escalation();
    assertEquals(Optional.of(NotAssessableReason.NO_EDGE), escalation.notAssessable());
  }

  @Test
  void claimedRelaysDoNotMakeAMapAssessableWhenOnlyVerifiedPlacementsCount() {
    EcosystemMap map = EcosystemMap.builder()
        .addOrganization(Organization.of("na-registry", "na-registry", "cctld", Region.NORTH_AMERICA))
        .addOrganization(Organization.of("na-cert", "na-cert", "cert", Region.NORTH_AMERICA))
        .addPlacement(Placement.verified("na-registry", Cell.of(IR, Dimension.INTERNAL, Layer.EDGE),
            EvidenceSource.PEER_REPORTED))
        .addPlacement(Placement.claimed("na-cert", Cell.of(IR, Dimension.EXTERNAL, Layer.GLUE)))
        .build();
    assertTrue(Escalation.of(map, IR, true).assessable());
    assertEquals(Optional.of(NotAssessableReason.NO_RELAY), Escalation.of(map, IR, false).notAssessable());
  }

  @Test
  void aLinkLimitedToAnotherFunctionCarriesNoIncident() {
    Escalation training = new Sketch()
        .edge("na-registry", Region.NORTH_AMERICA, V).glue("na-cert", Region.NORTH_AMERICA, V)
        .edge("eu-registry", Region.EUROPE, V).glue("eu-cert", Region.EUROPE, V)
        .core("core", V)
        .link("na-registry", RelationshipKind.ESCALATES_TO, "na-cert", "training")
        .link("eu-registry", RelationshipKind.ESCALATES_TO, "eu-cert", IR)
        .link("na-cert", RelationshipKind.ESCALATES_TO, "core")
        .link("eu-cert", RelationshipKind.ESCALATES_TO, "core").escalation();
    assertEquals(Optional.of(UnreachableReason.NO_RELAY_AT_GLUE),
        training.route(Region.EUROPE, Region.NORTH_AMERICA).reason());
    assertEquals(Set.of(Region.EUROPE), training.regionsWithGlue());
  }
}
