package org.dssamap.analysis.outsourcing;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.dssamap.analysis.internal.SortedIds;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.FunctionCatalog;
import org.dssamap.model.PlacementTable;
import org.dssamap.model.Relationship;
import org.dssamap.model.RelationshipKind;
import org.dssamap.model.Status;
import org.jspecify.annotations.Nullable;

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
    PlacementTable table = map.placementTable();
    FunctionCatalog catalog = map.catalog();
    int[] functionOfCell = table.cells().stream().mapToInt(c -> catalog.indexOf(c.function())).toArray();
    int functionCount = catalog.functions().size();
    // organization -> best undisputed status per function (by catalog position), null where it has none; filled on
    // demand because only the organizations an outsourcing relationship names are ever asked about
    Map<String, @Nullable Status[]> placed = new HashMap<>();
    // Relationships come sorted by client then provider, so every list below fills already in id order: a
    // client's providers per function, and per function and provider the clients that depend on it.
    List<Map<String, SortedIds>> dependents = new ArrayList<>(functionCount);
    int[] clientsOutsourcing = new int[functionCount];
    @Nullable String[] lastClient = new String[functionCount];
    for (int f = 0; f < functionCount; f++) {
      dependents.add(new HashMap<>());
    }
    ImmutableList.Builder<ClientRoute> routes = ImmutableList.builder();
    ImmutableList<Relationship> relationships = map.relationships();
    @Nullable SortedIds[] providers = new SortedIds[functionCount];
    for (int i = 0; i < relationships.size(); ) {
      String client = relationships.get(i).from();
      Arrays.fill(providers, null);
      for (; i < relationships.size() && relationships.get(i).from().equals(client); i++) {
        Relationship r = relationships.get(i);
        if (r.kind() != RelationshipKind.OUTSOURCES_TO) {
          continue;
        }
        for (int f : functionsOf(r, catalog)) {
          if (providers[f] == null) {
            providers[f] = new SortedIds();
          }
          providers[f].add(r.to());
          dependents.get(f).computeIfAbsent(r.to(), k -> new SortedIds()).add(client);
          if (!client.equals(lastClient[f])) {
            lastClient[f] = client;
            clientsOutsourcing[f]++;
          }
        }
      }
      for (int f = 0; f < functionCount; f++) {
        if (providers[f] != null) {
          routes.add(route(table, functionOfCell, placed, client, catalog.functions().get(f).id(), f, providers[f]));
        }
      }
    }
    Map<String, List<Concentration>> byProvider = new TreeMap<>();
    for (int f = 0; f < functionCount; f++) {
      String function = catalog.functions().get(f).id();
      int clients = clientsOutsourcing[f];
      dependents.get(f).forEach((provider, deps) -> byProvider.computeIfAbsent(provider, k -> new ArrayList<>())
          .add(new Concentration(provider, function, deps.toSet(), clients)));
    }
    ImmutableList.Builder<Concentration> concentration = ImmutableList.builder();
    byProvider.values().forEach(concentration::addAll);
    return new Outsourcing(routes.build(), concentration.build());
  }

  /** The catalog positions of the functions a relationship is about, ascending; every function for none. */
  private static int[] functionsOf(Relationship r, FunctionCatalog catalog) {
    if (r.functions().isEmpty()) {
      return IntStream.range(0, catalog.functions().size()).toArray();
    }
    return r.functions().stream().mapToInt(catalog::indexOf).sorted().toArray();
  }

  private static ClientRoute route(PlacementTable table, int[] functionOfCell, Map<String, @Nullable Status[]> placed,
      String client, String function, int f, SortedIds providers) {
    ImmutableSortedSet<String> all = providers.toSet();
    Status own = statusesOf(table, functionOfCell, placed, client)[f];
    if (own != null) {
      return new ClientRoute(client, function, Route.DIRECT, all, ImmutableSortedSet.of(), Optional.of(own));
    }
    SortedIds covering = new SortedIds();
    Status best = null;
    for (String provider : all) {
      Status s = statusesOf(table, functionOfCell, placed, provider)[f];
      if (s != null) {
        covering.add(provider);
        best = best == null ? s : better(best, s);
      }
    }
    return new ClientRoute(client, function, covering.size() == 0 ? Route.NONE : Route.THROUGH_PROVIDER, all,
        covering.toSet(), Optional.ofNullable(best));
  }

  private static @Nullable Status[] statusesOf(PlacementTable table, int[] functionOfCell,
      Map<String, @Nullable Status[]> placed, String organization) {
    return placed.computeIfAbsent(organization, o -> bestStatusByFunction(table, functionOfCell, o));
  }

  /** An organization's best undisputed status per function, from its contiguous rows of the table. */
  private static @Nullable Status[] bestStatusByFunction(PlacementTable table, int[] functionOfCell,
      String organization) {
    @Nullable Status[] best = new Status[table.catalog().functions().size()];
    int o = table.organizationIndex(organization);
    for (int row = table.firstRow(o); row < table.endRow(o); row++) {
      Status s = table.status(row);
      if (s != Status.DISPUTED) {
        int f = functionOfCell[table.cell(row)];
        best[f] = best[f] == null ? s : better(best[f], s);
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
