package org.dssamap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Random;
import org.dssamap.model.testing.DssaGenerators;
import org.junit.jupiter.api.Test;

class EcosystemMapTest {
  private static final Cell IR_EDGE = Cell.of("incident-response", Dimension.INTERNAL, Layer.EDGE);

  @Test
  void buildsIndexesByCellAndByOrganization() {
    EcosystemMap map = EcosystemMap.builder()
        .addOrganization(Organization.of("pir", "Public Interest Registry", "registry", Region.NORTH_AMERICA))
        .addOrganization(Organization.of("afilias", "Afilias", "registry-backend", Region.NORTH_AMERICA))
        .addPlacement(Placement.claimed("pir", IR_EDGE))
        .addPlacement(Placement.verified("afilias", IR_EDGE, EvidenceSource.SELF_REPORTED))
        .build();
    assertEquals(List.of("afilias", "pir"), map.placementsIn(IR_EDGE).stream().map(Placement::organization).toList());
    assertEquals(1, map.placementsOf("pir").size());
    assertTrue(map.placement("afilias", IR_EDGE).orElseThrow().isVerified());
  }

  @Test
  void reportsEveryProblemAtOnceWithTheirLocations() {
    InvalidMapException e = assertThrows(InvalidMapException.class, () -> EcosystemMap.builder()
        .addOrganization(Organization.of("pir", "PIR", "registry", Region.EUROPE))
        .addOrganization(Organization.of("pir", "Another PIR", "registry", Region.EUROPE))
        .addPlacement(Placement.claimed("nobody", IR_EDGE))
        .addPlacement(Placement.claimed("pir", Cell.of("no-such-function", Dimension.INTERNAL, Layer.EDGE)))
        .addPlacement(Placement.claimed("pir", IR_EDGE))
        .addPlacement(Placement.claimed("pir", IR_EDGE))
        .addRelationship(Relationship.of("pir", "ghost", RelationshipKind.OUTSOURCES_TO))
        .addRelationship(Relationship.of("pir", "pir", RelationshipKind.SHARES_WITH))
        .build());
    List<String> locations = e.problems().stream().map(Problem::location).toList();
    assertEquals(List.of("$.organizations[1].id", "$.placements[0].organization", "$.placements[1].function",
        "$.placements[3]", "$.relationships[0].to", "$.relationships[1]"), locations);
    assertTrue(e.problems().get(0).message().contains("contradictory"), e.getMessage());
  }

  @Test
  void distrustAndSharingBetweenTheSameTwoAboutACommonFunctionContradictEachOther() {
    EcosystemMap.Builder b = EcosystemMap.builder()
        .addOrganization(Organization.of("a", "A", "cert", Region.EUROPE))
        .addOrganization(Organization.of("b", "B", "cert", Region.EUROPE))
        .addOrganization(Organization.of("c", "C", "cert", Region.EUROPE))
        .addRelationship(Relationship.of("a", "b", RelationshipKind.SHARES_WITH))
        .addRelationship(Relationship.of("b", "a", RelationshipKind.DISTRUSTS))
        .addRelationship(Relationship.of("a", "c", RelationshipKind.DISTRUSTS, List.of("training")))
        .addRelationship(Relationship.of("c", "a", RelationshipKind.SHARES_WITH, List.of("incident-response")))
        .addRelationship(Relationship.of("b", "c", RelationshipKind.SHARES_WITH, List.of("training")))
        .addRelationship(Relationship.of("c", "b", RelationshipKind.DISTRUSTS, List.of("training", "technology")));
    InvalidMapException e = assertThrows(InvalidMapException.class, b::build);
    // a and c distrust each other about training only, and share about incident response: no contradiction
    assertEquals(List.of("$.relationships[1]", "$.relationships[5]"),
        e.problems().stream().map(Problem::location).toList(), e::getMessage);
    assertEquals("relationship 'b distrusts a' contradicts 'a shares-with b' (at $.relationships[0]): organizations "
        + "that distrust each other do not share; expected one or the other", e.problems().get(0).message());
  }

  @Test
  void rejectsIdsThatAreNotSlugsAndUrlsThatAreNotWeb() {
    assertThrows(IllegalArgumentException.class, () -> Organization.of("Not A Slug", "x", "registry", Region.EUROPE));
    assertThrows(IllegalArgumentException.class,
        () -> Organization.of("ok", "x", "registry", Region.EUROPE).withUrl("javascript:alert(1)"));
    assertThrows(IllegalArgumentException.class,
        () -> Organization.of("ok", "x", "registry", Region.EUROPE).withUrl("file:///etc/passwd"));
    assertEquals("https://example.org/",
        Organization.of("ok", "x", "registry", Region.EUROPE).withUrl("https://example.org/").url().orElseThrow());
  }

  @Test
  void aDisputeNeedsTheDisputedStatus() {
    Placement p = Placement.claimed("pir", IR_EDGE).disputed(Dispute.of("cira", "never seen it"));
    assertEquals(Status.DISPUTED, p.status());
    assertTrue(p.withStatus(Status.VERIFIED).dispute().isEmpty());
  }

  @Test
  void publicViewLeavesOutRestrictedPlacements() {
    EcosystemMap map = EcosystemMap.builder()
        .addOrganization(Organization.of("pir", "PIR", "registry", Region.EUROPE))
        .addPlacement(Placement.claimed("pir", IR_EDGE).withConfidentiality(Confidentiality.RESTRICTED))
        .addPlacement(Placement.claimed("pir", Cell.of("training", Dimension.INTERNAL, Layer.EDGE)))
        .build();
    assertEquals(1, map.restrictedPlacementCount());
    EcosystemMap published = map.publicView();
    assertEquals(1, published.placements().size());
    assertTrue(published.placements().stream().allMatch(Placement::isPublic));
  }

  @Test
  void theOrderOfInputDoesNotChangeTheMap() {
    qt().forAll(DssaGenerators.maps(), org.quicktheories.generators.SourceDSL.longs().all()).checkAssert((map, seed) -> {
      assertEquals(map, DssaGenerators.rebuiltInRandomOrder(map, new Random(seed)));
    });
  }

  @Test
  void inputAlreadyInMapOrderGivesTheMapShuffledInputGives() {
    qt().forAll(DssaGenerators.maps(), org.quicktheories.generators.SourceDSL.longs().all())
        .checkAssert((map, seed) -> {
          EcosystemMap inOrder = map.toBuilder().build();
          assertEquals(map, inOrder);
          assertEquals(inOrder, DssaGenerators.rebuiltInRandomOrder(map, new Random(seed)));
          for (Placement p : inOrder.placements()) {
            assertTrue(inOrder.placementsIn(p.cell()).contains(p), p.toString());
            assertTrue(inOrder.placementsOf(p.organization()).contains(p), p.toString());
          }
        });
  }

  @Test
  void aDuplicateInInputAlreadyInMapOrderIsReportedWithBothLocations() {
    Cell irGlue = Cell.of("incident-response", Dimension.INTERNAL, Layer.GLUE);
    InvalidMapException e = assertThrows(InvalidMapException.class, () -> EcosystemMap.builder()
        .addOrganization(Organization.of("afilias", "Afilias", "registry-backend", Region.NORTH_AMERICA))
        .addOrganization(Organization.of("pir", "PIR", "registry", Region.NORTH_AMERICA))
        .addPlacement(Placement.claimed("afilias", IR_EDGE), "$.placements[0]")
        .addPlacement(Placement.claimed("pir", IR_EDGE), "$.placements[1]")
        .addPlacement(Placement.claimed("pir", irGlue), "$.placements[2]")
        .addPlacement(Placement.claimed("pir", irGlue).withStatus(Status.VERIFIED), "$.placements[3]")
        .build());
    assertEquals(1, e.problems().size(), e.getMessage());
    assertEquals("$.placements[3]", e.problems().get(0).location());
    assertTrue(e.problems().get(0).message().contains("(first at $.placements[2])"), e.getMessage());
  }

  @Test
  void placementsAddedWithAndWithoutLocationsAreEachLocated() {
    InvalidMapException e = assertThrows(InvalidMapException.class, () -> EcosystemMap.builder()
        .addOrganization(Organization.of("pir", "PIR", "registry", Region.EUROPE))
        .addPlacement(Placement.claimed("ghost", IR_EDGE))
        .addPlacement(Placement.claimed("phantom", IR_EDGE), "sheet.csv:7")
        .addPlacement(Placement.claimed("spectre", IR_EDGE))
        .build());
    List<String> locations = e.problems().stream().map(Problem::location).toList();
    assertEquals(List.of("$.placements[0].organization", "sheet.csv:7", "$.placements[2].organization"), locations);
  }

  @Test
  void validationReportsEveryInjectedDefect() {
    qt().forAll(DssaGenerators.maps(), org.quicktheories.generators.SourceDSL.integers().between(1, 6))
        .checkAssert((map, defects) -> {
          EcosystemMap.Builder b = map.toBuilder();
          int start = map.placements().size();
          for (int i = 0; i < defects; i++) {
            b.addPlacement(Placement.claimed("missing-" + i, IR_EDGE));
          }
          InvalidMapException e = assertThrows(InvalidMapException.class, b::build);
          assertEquals(defects, e.problems().size(), e.getMessage());
          for (int i = 0; i < defects; i++) {
            assertEquals("$.placements[" + (start + i) + "].organization", e.problems().get(i).location());
          }
        });
  }

  @Test
  void withPlacementReplacesTheOrganizationsPlacementInTheSameCell() {
    qt().forAll(DssaGenerators.mapsWithPlacements()).checkAssert(map -> {
      Placement first = map.placements().get(0);
      EcosystemMap changed = map.withPlacement(first.withStatus(Status.VERIFIED));
      assertEquals(map.placements().size(), changed.placements().size());
      assertTrue(changed.placement(first.organization(), first.cell()).orElseThrow().isVerified());
      EcosystemMap removed = map.withoutPlacement(first.organization(), first.cell());
      assertFalse(removed.placement(first.organization(), first.cell()).isPresent());
    });
  }
}
