package org.dssamap.analysis.outsourcing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dssamap.analysis.AnalysisOptions;
import org.dssamap.analysis.AnalysisReport;
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
import org.dssamap.model.SecurityFunction;
import org.dssamap.model.Status;
import org.dssamap.model.testing.DssaGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class OutsourcingPropertiesTest {
  /**
   * An organization's best counting status in a function, by definition: scanning every placement; only external
   * ones when {@code externalOnly}; verified always counts, claimed when claims count, disputed never.
   */
  private static Optional<Status> placedIn(EcosystemMap map, String organization, String function,
      boolean externalOnly, boolean claims) {
    Optional<Status> best = Optional.empty();
    for (Placement p : map.placements()) {
      boolean counts = p.status() == Status.VERIFIED || (claims && p.status() == Status.CLAIMED);
      if (p.organization().equals(organization) && p.cell().function().equals(function) && counts
          && (!externalOnly || p.cell().dimension() == Dimension.EXTERNAL)) {
        best = Optional.of(best.orElse(p.status()) == Status.VERIFIED ? Status.VERIFIED : p.status());
      }
    }
    return best;
  }

  /**
   * The routes by definition: per client and function outsourced, direct when the client is placed in the function
   * itself (any dimension), else through the providers placed in it externally, else none.
   */
  private static List<ClientRoute> routesByDefinition(EcosystemMap map, boolean claims) {
    Map<String, Map<Integer, TreeSet<String>>> outsourced = new TreeMap<>();
    for (Relationship r : map.relationships()) {
      if (r.kind() == RelationshipKind.OUTSOURCES_TO) {
        for (SecurityFunction f : map.catalog().functions()) {
          if (r.functions().isEmpty() || r.functions().contains(f.id())) {
            outsourced.computeIfAbsent(r.from(), k -> new TreeMap<>())
                .computeIfAbsent(map.catalog().indexOf(f.id()), k -> new TreeSet<>()).add(r.to());
          }
        }
      }
    }
    List<ClientRoute> routes = new ArrayList<>();
    outsourced.forEach((client, byFunction) -> byFunction.forEach((f, providers) -> {
      String function = map.catalog().functions().get(f).id();
      Optional<Status> own = placedIn(map, client, function, false, claims);
      if (own.isPresent()) {
        routes.add(new ClientRoute(client, function, Route.DIRECT, ImmutableSortedSet.copyOf(providers),
            ImmutableSortedSet.of(), own));
        return;
      }
      TreeSet<String> covering = new TreeSet<>();
      Optional<Status> best = Optional.empty();
      for (String provider : providers) {
        Optional<Status> s = placedIn(map, provider, function, true, claims);
        if (s.isPresent()) {
          covering.add(provider);
          best = Optional.of(best.orElse(s.get()) == Status.VERIFIED ? Status.VERIFIED : s.get());
        }
      }
      routes.add(new ClientRoute(client, function, covering.isEmpty() ? Route.NONE : Route.THROUGH_PROVIDER,
          ImmutableSortedSet.copyOf(providers), ImmutableSortedSet.copyOf(covering), best));
    }));
    return routes;
  }

  /** Small maps of every kind, and maps dense with outsourcing. */
  private static Gen<EcosystemMap> maps() {
    return DssaGenerators.maps(20).mix(DssaGenerators.outsourcingMaps(), 70);
  }

  @Test
  void routesAreEveryOutsourcedFunctionOfEveryClientByDefinition() {
    qt().forAll(maps(), SourceDSL.booleans().all()).checkAssert((map, claims) -> {
      assertEquals(routesByDefinition(map, claims), Outsourcing.of(map, claims, 0.1, 2).routes());
      AnalysisOptions options = AnalysisOptions.defaults().withClaimsCounted(claims);
      assertEquals(routesByDefinition(map, claims), AnalysisReport.of(map, options).outsourcing().routes());
    });
  }

  /**
   * Concentration by definition: per provider and function, the clients covered through it (its route is through a
   * provider and it is among the covering ones), against every client covered through any provider for the
   * function; the weighted share from the sizes when every such client has one and they add up to more than 0;
   * notable from the given number of dependents and share.
   */
  @Test
  void concentrationCountsTheClientsCoveredThroughEachProvider() {
    qt().forAll(maps(), SourceDSL.booleans().all(), SourceDSL.integers().between(1, 3),
            SourceDSL.integers().between(0, 4))
        .checkAssert((map, claims, minDependents, shareStep) -> {
          double minShare = shareStep / 4.0;
          List<ClientRoute> routes = routesByDefinition(map, claims);
          List<Concentration> expected = new ArrayList<>();
          Set<String> providers = new TreeSet<>();
          routes.forEach(r -> providers.addAll(r.providers()));
          for (String provider : providers) {
            for (SecurityFunction f : map.catalog().functions()) {
              List<ClientRoute> relying = routes.stream()
                  .filter(r -> r.function().equals(f.id()) && r.route() == Route.THROUGH_PROVIDER).toList();
              TreeSet<String> dependents = new TreeSet<>();
              relying.stream().filter(r -> r.coveringProviders().contains(provider))
                  .forEach(r -> dependents.add(r.client()));
              if (dependents.isEmpty()) {
                continue;
              }
              boolean allSized = relying.stream().allMatch(r -> map.requireOrganization(r.client()).size().isPresent());
              BigDecimal total = BigDecimal.ZERO;
              BigDecimal mine = BigDecimal.ZERO;
              for (ClientRoute r : relying) {
                if (allSized) {
                  BigDecimal size = BigDecimal.valueOf(map.requireOrganization(r.client()).size().getAsLong());
                  total = total.add(size);
                  mine = dependents.contains(r.client()) ? mine.add(size) : mine;
                }
              }
              OptionalDouble weighted = total.signum() > 0
                  ? OptionalDouble.of(mine.divide(total, MathContext.DECIMAL64).doubleValue()) : OptionalDouble.empty();
              boolean notable = dependents.size() >= minDependents
                  && dependents.size() >= minShare * relying.size();
              expected.add(new Concentration(provider, f.id(), ImmutableSortedSet.copyOf(dependents), relying.size(),
                  weighted, notable));
            }
          }
          List<Concentration> got = Outsourcing.of(map, claims, minShare, minDependents).concentration();
          assertEquals(withoutWeights(expected), withoutWeights(got));
          for (int i = 0; i < got.size(); i++) {
            assertEquals(expected.get(i).weightedShare().isPresent(), got.get(i).weightedShare().isPresent());
            if (got.get(i).weightedShare().isPresent()) {
              assertEquals(expected.get(i).weightedShare().getAsDouble(), got.get(i).weightedShare().getAsDouble(),
                  1e-12, got.get(i).toString());
            }
          }
        });
  }

  /** The entries with the weighted share left out, which the test compares apart, to rounding. */
  private static List<Concentration> withoutWeights(List<Concentration> entries) {
    return entries.stream().map(c -> new Concentration(c.provider(), c.function(), c.dependents(),
        c.clientsOutsourcing(), OptionalDouble.empty(), c.notable())).toList();
  }

  @Test
  void theGeneratorMakesMapsWhereConcentrationIsWeightedAndSometimesNotable() {
    int[] weighted = new int[1];
    int[] notable = new int[1];
    int[] maps = new int[1];
    qt().withFixedSeed(20261201L).withExamples(200).forAll(DssaGenerators.outsourcingMaps()).checkAssert(map -> {
      maps[0]++;
      Outsourcing o = Outsourcing.of(map);
      if (o.concentration().stream().anyMatch(c -> c.weightedShare().isPresent())) {
        weighted[0]++;
      }
      if (!o.notableConcentration().isEmpty()) {
        notable[0]++;
      }
    });
    assertTrue(weighted[0] > maps[0] / 4, weighted[0] + " of " + maps[0] + " maps with a weighted share");
    assertTrue(notable[0] > maps[0] / 4, notable[0] + " of " + maps[0] + " maps with a notable provider");
  }

  @Test
  void aBackEndPlacedOnlyInternallyCoversNoClient() {
    Cell internal = Cell.of("technology", Dimension.INTERNAL, Layer.EDGE);
    Cell external = Cell.of("technology", Dimension.EXTERNAL, Layer.EDGE);
    EcosystemMap map = EcosystemMap.builder()
        .addOrganization(Organization.of("afilias", "Afilias", "registry-backend", Region.NORTH_AMERICA))
        .addOrganization(Organization.of("pir", "PIR", "registry", Region.NORTH_AMERICA))
        .addPlacement(Placement.of("afilias", internal, Status.CLAIMED, EvidenceSource.DESK_RESEARCH))
        .addRelationship(Relationship.of("pir", "afilias", RelationshipKind.OUTSOURCES_TO, List.of("technology")))
        .build();
    ClientRoute route = Outsourcing.of(map).route("pir", "technology").orElseThrow();
    assertEquals(Route.NONE, route.route());
    assertTrue(Outsourcing.of(map).concentration().isEmpty(), "nobody is known to depend on afilias");
    EcosystemMap forOthers = map.toBuilder()
        .addPlacement(Placement.of("afilias", external, Status.VERIFIED, EvidenceSource.SELF_REPORTED)).build();
    assertEquals(Route.THROUGH_PROVIDER, Outsourcing.of(forOthers).route("pir", "technology").orElseThrow().route());
    assertEquals(Optional.of(Status.VERIFIED),
        Outsourcing.of(forOthers).route("pir", "technology").orElseThrow().status());
  }

  @Test
  void aClientThatDoesTheFunctionItselfIsNotCountedAsDependingOnItsProvider() {
    Cell own = Cell.of("incident-response", Dimension.INTERNAL, Layer.EDGE);
    Cell forOthers = Cell.of("incident-response", Dimension.EXTERNAL, Layer.EDGE);
    EcosystemMap map = EcosystemMap.builder()
        .addOrganization(Organization.of("afilias", "Afilias", "registry-backend", Region.NORTH_AMERICA))
        .addOrganization(Organization.of("pir", "PIR", "registry", Region.NORTH_AMERICA))
        .addPlacement(Placement.of("afilias", forOthers, Status.CLAIMED, EvidenceSource.DESK_RESEARCH))
        .addPlacement(Placement.of("pir", own, Status.CLAIMED, EvidenceSource.DESK_RESEARCH))
        .addRelationship(Relationship.of("pir", "afilias", RelationshipKind.OUTSOURCES_TO, List.of()))
        .build();
    Outsourcing o = Outsourcing.of(map);
    assertEquals(Route.DIRECT, o.route("pir", "incident-response").orElseThrow().route());
    assertFalse(o.concentration().stream().anyMatch(c -> c.function().equals("incident-response")),
        "the summary must not say both that pir does it itself and that it depends on afilias for it");
  }

  @Test
  void theWeightedShareCountsTheClientsSizes() {
    Cell forOthers = Cell.of("technology", Dimension.EXTERNAL, Layer.EDGE);
    EcosystemMap.Builder b = EcosystemMap.builder()
        .addOrganization(Organization.of("big-backend", "Big", "registry-backend", Region.GLOBAL))
        .addOrganization(Organization.of("small-backend", "Small", "registry-backend", Region.GLOBAL))
        .addPlacement(Placement.of("big-backend", forOthers, Status.CLAIMED, EvidenceSource.DESK_RESEARCH))
        .addPlacement(Placement.of("small-backend", forOthers, Status.CLAIMED, EvidenceSource.DESK_RESEARCH));
    for (int i = 0; i < 4; i++) {
      b.addOrganization(Organization.of("tld-" + i, "TLD manager " + i, "registry", Region.EUROPE)
          .withSize(i == 0 ? 97 : 1));
      b.addRelationship(Relationship.of("tld-" + i, i == 0 ? "big-backend" : "small-backend",
          RelationshipKind.OUTSOURCES_TO, List.of("technology")));
    }
    List<Concentration> c = Outsourcing.of(b.build()).concentration();
    assertEquals(2, c.size());
    assertEquals(0.25, c.get(0).share(), 1e-9);
    assertEquals(0.97, c.get(0).weightedShare().getAsDouble(), 1e-9);
    assertFalse(c.get(0).notable(), "one dependent is below the default of two");
    assertEquals(0.03, c.get(1).weightedShare().getAsDouble(), 1e-9);
    assertTrue(c.get(1).notable());
  }
}
