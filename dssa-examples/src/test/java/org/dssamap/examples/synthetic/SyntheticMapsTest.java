package org.dssamap.examples.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Map;
import java.util.stream.Collectors;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.Layer;
import org.dssamap.model.Placement;
import org.dssamap.model.Relationship;
import org.dssamap.model.RelationshipKind;
import org.dssamap.model.Status;
import org.junit.jupiter.api.Test;

class SyntheticMapsTest {

  @Test
  void sameSeedGivesEqualMaps() {
    qt().withExamples(10).forAll(longs().all(), integers().between(0, 3_000))
        .checkAssert((seed, placements) ->
            assertEquals(SyntheticMaps.generate(seed, placements), SyntheticMaps.generate(seed, placements)));
  }

  @Test
  void differentSeedsGiveDifferentMaps() {
    assertNotEquals(SyntheticMaps.generate(1, 2_000), SyntheticMaps.generate(2, 2_000));
  }

  @Test
  void hasExactlyTheRequestedPlacements() {
    qt().withExamples(20).forAll(longs().all(), integers().between(0, 5_000))
        .checkAssert((seed, placements) ->
            assertEquals((int) placements, SyntheticMaps.generate(seed, placements).placements().size()));
  }

  @Test
  void hasTheRequestedOrganizations() {
    EcosystemMap map = SyntheticMaps.generate(new SyntheticMaps.Spec(7, 1_000, 333));
    assertEquals(333, map.organizations().size());
    assertEquals(1_000, map.placements().size());
  }

  @Test
  void holdsAWorldOfPlacementsOnTenThousandOrganizations() {
    EcosystemMap map = SyntheticMaps.generate(42, 100_000);
    assertEquals(100_000, map.placements().size());
    assertEquals(10_000, map.organizations().size());
    long registries = map.organizations().stream().filter(o -> o.kind().equals("registry")).count();
    long registrars = map.organizations().stream().filter(o -> o.kind().equals("registrar")).count();
    assertEquals(1_250, registries);
    assertEquals(2_500, registrars);
    assertEquals(40, SyntheticMaps.backends(map).size());
  }

  @Test
  void scalesOrganizationsBeyondTheWorldSoThatPlacementsFit() {
    assertEquals(25_000, SyntheticMaps.defaultOrganizations(1_000_000));
    assertEquals(10_000, SyntheticMaps.defaultOrganizations(100_000));
    assertEquals(100, SyntheticMaps.defaultOrganizations(1_000));
  }

  @Test
  void refusesMorePlacementsThanTheOrganizationsHaveCells() {
    assertThrows(IllegalArgumentException.class, () -> new SyntheticMaps.Spec(1, 10_000, 20));
  }

  @Test
  void theTopBackEndServesALargeShareOfTheRegistriesThatOutsource() {
    EcosystemMap map = SyntheticMaps.generate(3, 100_000);
    Map<String, Long> clients = map.relationships().stream()
        .filter(r -> r.kind() == RelationshipKind.OUTSOURCES_TO)
        .collect(Collectors.groupingBy(Relationship::to, Collectors.counting()));
    long outsourcing = clients.values().stream().mapToLong(Long::longValue).sum();
    long top = clients.values().stream().mapToLong(Long::longValue).max().orElseThrow();
    long topFive = clients.values().stream().sorted((a, b) -> Long.compare(b, a)).limit(5)
        .mapToLong(Long::longValue).sum();
    assertTrue(outsourcing > 1_000, "registries that outsource: " + outsourcing);
    assertTrue(top > 0.2 * outsourcing, "top back-end serves " + top + " of " + outsourcing);
    assertTrue(topFive > 0.5 * outsourcing, "top five serve " + topFive + " of " + outsourcing);
    // And the tail is long: most back-end operators have few clients.
    assertTrue(clients.size() > 20, "back-ends with clients: " + clients.size());
  }

  @Test
  void leavesExternalIncidentResponseAtTheCoreUncovered() {
    EcosystemMap map = SyntheticMaps.generate(5, 50_000);
    assertTrue(map.placementsIn(SyntheticMaps.CORE_INCIDENT_RESPONSE_GAP).isEmpty());
  }

  @Test
  void theCoreIsSparseAndMostPlacementsAreAtTheEdge() {
    EcosystemMap map = SyntheticMaps.generate(11, 100_000);
    Map<Layer, Long> byLayer = map.placements().stream()
        .collect(Collectors.groupingBy(p -> p.cell().layer(), Collectors.counting()));
    assertTrue(byLayer.get(Layer.CORE) < 0.1 * map.placements().size(), "core: " + byLayer);
    assertTrue(byLayer.get(Layer.EDGE) > 0.7 * map.placements().size(), "edge: " + byLayer);
  }

  @Test
  void mixesEveryStatusAndEveryRelationshipKind() {
    EcosystemMap map = SyntheticMaps.generate(13, 20_000);
    for (Status s : Status.values()) {
      assertTrue(map.placements().stream().map(Placement::status).anyMatch(s::equals), "no " + s);
    }
    for (RelationshipKind k : RelationshipKind.values()) {
      assertTrue(map.relationships().stream().map(Relationship::kind).anyMatch(k::equals), "no " + k);
    }
  }
}
