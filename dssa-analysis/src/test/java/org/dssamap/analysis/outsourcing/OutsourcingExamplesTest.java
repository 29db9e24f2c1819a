package org.dssamap.analysis.outsourcing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableSortedSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
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

/** Outsourcing routes and concentration on small maps, and what their values refuse. */
class OutsourcingExamplesTest {
  private static final ImmutableSortedSet<String> AFILIAS = ImmutableSortedSet.of("afilias");
  private static final ImmutableSortedSet<String> NOBODY = ImmutableSortedSet.of();

  private static EcosystemMap registryAndBackEnd(Placement... backEndPlacements) {
    EcosystemMap.Builder b = EcosystemMap.builder()
        .addOrganization(Organization.of("afilias", "Afilias", "registry-backend", Region.NORTH_AMERICA))
        .addOrganization(Organization.of("pir", "PIR", "registry", Region.NORTH_AMERICA))
        .addRelationship(Relationship.of("pir", "afilias", RelationshipKind.OUTSOURCES_TO, List.of("technology")));
    for (Placement p : backEndPlacements) {
      b.addPlacement(p);
    }
    return b.build();
  }

  @Test
  void aProviderVerifiedForOthersAtOneLayerCoversItsClientAsVerifiedWhateverItClaimsAtTheOthers() {
    // verified at the edge, claimed at the glue and the core: the best external status is the one that counts
    EcosystemMap map = registryAndBackEnd(
        Placement.verified("afilias", Cell.of("technology", Dimension.EXTERNAL, Layer.EDGE), EvidenceSource.PEER_REPORTED),
        Placement.claimed("afilias", Cell.of("technology", Dimension.EXTERNAL, Layer.GLUE)),
        Placement.claimed("afilias", Cell.of("technology", Dimension.EXTERNAL, Layer.CORE)));
    ClientRoute route = Outsourcing.of(map).route("pir", "technology").orElseThrow();
    assertEquals(Route.THROUGH_PROVIDER, route.route());
    assertEquals(Optional.of(Status.VERIFIED), route.status());
  }

  @Test
  void aClientCoveredThroughAVerifiedAndAClaimedProviderIsCoveredAsVerified() {
    Cell forOthers = Cell.of("technology", Dimension.EXTERNAL, Layer.EDGE);
    EcosystemMap map = registryAndBackEnd(Placement.verified("afilias", forOthers, EvidenceSource.PEER_REPORTED))
        .toBuilder()
        .addOrganization(Organization.of("neustar", "Neustar", "registry-backend", Region.NORTH_AMERICA))
        .addPlacement(Placement.claimed("neustar", forOthers))
        .addRelationship(Relationship.of("pir", "neustar", RelationshipKind.OUTSOURCES_TO, List.of("technology")))
        .build();
    ClientRoute route = Outsourcing.of(map).route("pir", "technology").orElseThrow();
    assertEquals(List.of("afilias", "neustar"), route.coveringProviders().asList());
    assertEquals(Optional.of(Status.VERIFIED), route.status());
  }

  @Test
  void clientsWhoseSizesAddUpToNothingGiveNoWeightedShare() {
    Cell forOthers = Cell.of("technology", Dimension.EXTERNAL, Layer.EDGE);
    EcosystemMap.Builder b = EcosystemMap.builder()
        .addOrganization(Organization.of("afilias", "Afilias", "registry-backend", Region.NORTH_AMERICA))
        .addPlacement(Placement.claimed("afilias", forOthers));
    for (String tld : List.of("tld-a", "tld-b")) {
      b.addOrganization(Organization.of(tld, tld, "registry", Region.EUROPE).withSize(0));
      b.addRelationship(Relationship.of(tld, "afilias", RelationshipKind.OUTSOURCES_TO, List.of("technology")));
    }
    Concentration c = Outsourcing.of(b.build()).concentration().get(0);
    assertEquals(2, c.dependentCount());
    assertEquals(OptionalDouble.empty(), c.weightedShare());
  }

  @Test
  void aClientPlacedVerifiedAndClaimedInTheFunctionIsDirectAsVerified() {
    EcosystemMap map = registryAndBackEnd().toBuilder()
        .addPlacement(Placement.verified("pir", Cell.of("technology", Dimension.INTERNAL, Layer.EDGE),
            EvidenceSource.PEER_REPORTED))
        .addPlacement(Placement.claimed("pir", Cell.of("technology", Dimension.EXTERNAL, Layer.EDGE)))
        .build();
    ClientRoute route = Outsourcing.of(map).route("pir", "technology").orElseThrow();
    assertEquals(Route.DIRECT, route.route());
    assertEquals(Optional.of(Status.VERIFIED), route.status());
  }

  @Test
  void outsourcingRefusesAThresholdThatCannotMeanAnything() {
    EcosystemMap map = registryAndBackEnd();
    assertThrows(IllegalArgumentException.class, () -> Outsourcing.of(map, true, -0.01, 2));
    assertThrows(IllegalArgumentException.class, () -> Outsourcing.of(map, true, 1.01, 2));
    assertThrows(IllegalArgumentException.class, () -> Outsourcing.of(map, true, 0.1, 0));
    assertEquals(Outsourcing.of(map), Outsourcing.of(map, true, 1.0, 1));
    assertEquals(Outsourcing.of(map), Outsourcing.of(map, true, 0.0, 1));
  }

  @Test
  void outsourcingResultsOfDifferentMapsDifferAndSayHowManyRoutesTheyHold() {
    EcosystemMap none = registryAndBackEnd();
    EcosystemMap covered = registryAndBackEnd(Placement.claimed("afilias",
        Cell.of("technology", Dimension.EXTERNAL, Layer.EDGE)));
    assertEquals(Outsourcing.of(covered), Outsourcing.of(covered));
    assertEquals(Outsourcing.of(covered).hashCode(), Outsourcing.of(covered).hashCode());
    assertNotEquals(Outsourcing.of(none), Outsourcing.of(covered));
    assertEquals("Outsourcing[1 routes, 1 provider functions]", Outsourcing.of(covered).toString());
    assertEquals("Outsourcing[1 routes, 0 provider functions]", Outsourcing.of(none).toString());
  }

  @Test
  void aClientRouteMustAgreeWithItsParts() {
    Optional<Status> claimed = Optional.of(Status.CLAIMED);
    assertThrows(IllegalArgumentException.class,
        () -> new ClientRoute("pir", "technology", Route.NONE, NOBODY, NOBODY, Optional.empty()),
        "outsourcing to nobody");
    assertThrows(IllegalArgumentException.class, () -> new ClientRoute("pir", "technology", Route.THROUGH_PROVIDER,
        AFILIAS, ImmutableSortedSet.of("verisign"), claimed), "a covering provider that is not a provider");
    assertThrows(IllegalArgumentException.class,
        () -> new ClientRoute("pir", "technology", Route.THROUGH_PROVIDER, AFILIAS, NOBODY, claimed));
    assertThrows(IllegalArgumentException.class,
        () -> new ClientRoute("pir", "technology", Route.DIRECT, AFILIAS, AFILIAS, claimed));
    assertThrows(IllegalArgumentException.class,
        () -> new ClientRoute("pir", "technology", Route.NONE, AFILIAS, NOBODY, claimed));
    assertThrows(IllegalArgumentException.class,
        () -> new ClientRoute("pir", "technology", Route.DIRECT, AFILIAS, NOBODY, Optional.empty()));
    assertEquals(Route.DIRECT, new ClientRoute("pir", "technology", Route.DIRECT, AFILIAS, NOBODY, claimed).route());
  }

  @Test
  void aConcentrationMustHaveDependentsAmongTheClientsAndAShareFromZeroToOne() {
    ImmutableSortedSet<String> two = ImmutableSortedSet.of("mobi", "pir");
    assertThrows(IllegalArgumentException.class,
        () -> new Concentration("afilias", "technology", NOBODY, 2, OptionalDouble.empty(), false));
    assertThrows(IllegalArgumentException.class,
        () -> new Concentration("afilias", "technology", two, 1, OptionalDouble.empty(), false));
    assertThrows(IllegalArgumentException.class,
        () -> new Concentration("afilias", "technology", two, 2, OptionalDouble.of(-0.1), false));
    assertThrows(IllegalArgumentException.class,
        () -> new Concentration("afilias", "technology", two, 2, OptionalDouble.of(1.1), false));
    Concentration c = new Concentration("afilias", "technology", two, 4, OptionalDouble.of(1.0), true);
    assertEquals(2, c.dependentCount());
    assertEquals(0.5, c.share());
  }

  @Test
  void routesReadInTheirWireForm() {
    assertEquals(List.of("direct", "through-provider", "none"), List.of(Route.values()).stream().map(Route::id).toList());
  }
}
