package org.dssamap.analysis.outsourcing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.Placement;
import org.dssamap.model.Relationship;
import org.dssamap.model.RelationshipKind;
import org.dssamap.model.SecurityFunction;
import org.dssamap.model.Status;
import org.dssamap.model.testing.DssaGenerators;
import org.junit.jupiter.api.Test;

class OutsourcingPropertiesTest {
  /** An organization's best undisputed status in a function, by definition: scanning every placement. */
  private static Optional<Status> placedIn(EcosystemMap map, String organization, String function) {
    Optional<Status> best = Optional.empty();
    for (Placement p : map.placements()) {
      if (p.organization().equals(organization) && p.cell().function().equals(function)
          && p.status() != Status.DISPUTED) {
        best = Optional.of(best.orElse(p.status()) == Status.VERIFIED ? Status.VERIFIED : p.status());
      }
    }
    return best;
  }

  /** The routes by definition: per client and function outsourced, its providers and who of them is placed. */
  private static List<ClientRoute> routesByDefinition(EcosystemMap map) {
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
      Optional<Status> own = placedIn(map, client, function);
      if (own.isPresent()) {
        routes.add(new ClientRoute(client, function, Route.DIRECT, ImmutableSortedSet.copyOf(providers),
            ImmutableSortedSet.of(), own));
        return;
      }
      TreeSet<String> covering = new TreeSet<>();
      Optional<Status> best = Optional.empty();
      for (String provider : providers) {
        Optional<Status> s = placedIn(map, provider, function);
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

  @Test
  void routesAreEveryOutsourcedFunctionOfEveryClientByDefinition() {
    qt().forAll(DssaGenerators.maps(20)).checkAssert(map -> {
      Outsourcing outsourcing = Outsourcing.of(map);
      assertEquals(routesByDefinition(map), outsourcing.routes());
    });
  }

  @Test
  void concentrationCountsEachProvidersDependentsAgainstEveryClientOutsourcingTheFunction() {
    qt().forAll(DssaGenerators.maps(20)).checkAssert(map -> {
      List<ClientRoute> routes = routesByDefinition(map);
      List<Concentration> expected = new ArrayList<>();
      Set<String> providers = new TreeSet<>();
      routes.forEach(r -> providers.addAll(r.providers()));
      for (String provider : providers) {
        for (SecurityFunction f : map.catalog().functions()) {
          TreeSet<String> dependents = new TreeSet<>();
          long clients = routes.stream().filter(r -> r.function().equals(f.id())).count();
          routes.stream().filter(r -> r.function().equals(f.id()) && r.providers().contains(provider))
              .forEach(r -> dependents.add(r.client()));
          if (!dependents.isEmpty()) {
            expected.add(new Concentration(provider, f.id(), ImmutableSortedSet.copyOf(dependents), (int) clients));
          }
        }
      }
      assertEquals(expected, Outsourcing.of(map).concentration());
    });
  }
}
