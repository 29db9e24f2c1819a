package org.dssamap.analysis.outsourcing;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.FunctionCatalog;
import org.dssamap.model.Placement;
import org.dssamap.model.Relationship;
import org.dssamap.model.RelationshipKind;
import org.dssamap.model.SecurityFunction;
import org.dssamap.model.Status;

/**
 * Who covers what through whom along {@code outsources-to} relationships. A client that outsources a function (a
 * relationship whose function list covers it; an empty list covers every function) and is not placed in it
 * itself is covered through the providers that are: shown as such, never counted as its own placement. An
 * organization is "placed in" a function when it has a verified or claimed placement in any cell of it; a
 * disputed placement does not count.
 */
public final class Outsourcing {
  private final ImmutableList<ClientRoute> routes;
  private final ImmutableList<Concentration> concentration;

  private Outsourcing(ImmutableList<ClientRoute> routes, ImmutableList<Concentration> concentration) {
    this.routes = routes;
    this.concentration = concentration;
  }

  /** Analyses the outsourcing of {@code map}. */
  public static Outsourcing of(EcosystemMap map) {
    requireNonNull(map, "map");
    FunctionCatalog catalog = map.catalog();
    // organization -> function -> best status among its undisputed placements in that function; filled on demand
    // because only the organizations named by an outsourcing relationship are ever asked about
    Map<String, Map<String, Status>> placed = new HashMap<>();
    // client -> function -> providers; function -> provider -> clients
    Map<String, Map<String, TreeSet<String>>> outsourced = new TreeMap<>();
    Map<String, Map<String, TreeSet<String>>> dependents = new HashMap<>();
    for (Relationship r : map.relationships()) {
      if (r.kind() != RelationshipKind.OUTSOURCES_TO) {
        continue;
      }
      Collection<String> functions = r.functions().isEmpty()
          ? catalog.functions().stream().map(SecurityFunction::id).toList()
          : r.functions();
      for (String f : functions) {
        outsourced.computeIfAbsent(r.from(), k -> new HashMap<>()).computeIfAbsent(f, k -> new TreeSet<>()).add(r.to());
        dependents.computeIfAbsent(f, k -> new TreeMap<>()).computeIfAbsent(r.to(), k -> new TreeSet<>()).add(r.from());
      }
    }
    Comparator<String> wheelOrder = Comparator.comparingInt(catalog::indexOf);
    ImmutableList.Builder<ClientRoute> routes = ImmutableList.builder();
    outsourced.forEach((client, byFunction) -> {
      List<String> functions = byFunction.keySet().stream().sorted(wheelOrder).toList();
      for (String f : functions) {
        TreeSet<String> providers = byFunction.get(f);
        Optional<Status> own = statusOf(map, placed, client, f);
        if (own.isPresent()) {
          routes.add(new ClientRoute(client, f, Route.DIRECT, ImmutableSortedSet.copyOf(providers),
              ImmutableSortedSet.of(), own));
          continue;
        }
        ImmutableSortedSet.Builder<String> covering = ImmutableSortedSet.naturalOrder();
        Optional<Status> best = Optional.empty();
        for (String provider : providers) {
          Optional<Status> s = statusOf(map, placed, provider, f);
          if (s.isPresent()) {
            covering.add(provider);
            best = Optional.of(best.map(b -> better(b, s.get())).orElse(s.get()));
          }
        }
        ImmutableSortedSet<String> coveringProviders = covering.build();
        routes.add(new ClientRoute(client, f, coveringProviders.isEmpty() ? Route.NONE : Route.THROUGH_PROVIDER,
            ImmutableSortedSet.copyOf(providers), coveringProviders, best));
      }
    });
    ImmutableList.Builder<Concentration> concentration = ImmutableList.builder();
    Map<String, List<Concentration>> byProvider = new TreeMap<>();
    dependents.entrySet().stream().sorted(Map.Entry.comparingByKey(wheelOrder)).forEach(e -> {
      int clients = (int) e.getValue().values().stream().flatMap(TreeSet::stream).distinct().count();
      e.getValue().forEach((provider, deps) -> byProvider.computeIfAbsent(provider, k -> new java.util.ArrayList<>())
          .add(new Concentration(provider, e.getKey(), ImmutableSortedSet.copyOf(deps), clients)));
    });
    byProvider.values().forEach(concentration::addAll);
    return new Outsourcing(routes.build(), concentration.build());
  }

  private static Optional<Status> statusOf(EcosystemMap map, Map<String, Map<String, Status>> placed, String org,
      String function) {
    return Optional.ofNullable(placed.computeIfAbsent(org, o -> bestStatusByFunction(map, o)).get(function));
  }

  private static Map<String, Status> bestStatusByFunction(EcosystemMap map, String org) {
    Map<String, Status> best = new HashMap<>();
    for (Placement p : map.placementsOf(org)) {
      if (p.status() != Status.DISPUTED) {
        best.merge(p.cell().function(), p.status(), Outsourcing::better);
      }
    }
    return best;
  }

  private static Status better(Status a, Status b) {
    return a == Status.VERIFIED || b == Status.VERIFIED ? Status.VERIFIED : Status.CLAIMED;
  }

  /** Per client and outsourced function, how it is covered; by client id, then function in wheel order. */
  public ImmutableList<ClientRoute> routes() {
    return routes;
  }

  /** The route of one client for one function, if the client outsources that function. */
  public Optional<ClientRoute> route(String client, String function) {
    return routes.stream().filter(r -> r.client().equals(client) && r.function().equals(function)).findFirst();
  }

  /** Per provider and function, the clients that depend on it; by provider id, then function in wheel order. */
  public ImmutableList<Concentration> concentration() {
    return concentration;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Outsourcing other && routes.equals(other.routes) && concentration.equals(other.concentration);
  }

  @Override
  public int hashCode() {
    return Objects.hash(routes, concentration);
  }

  @Override
  public String toString() {
    return "Outsourcing[" + routes.size() + " routes, " + concentration.size() + " provider functions]";
  }
}
