package org.dssamap.analysis.outsourcing;

import static com.google.common.base.Preconditions.checkArgument;
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
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.dssamap.analysis.internal.Counting;
import org.dssamap.analysis.internal.SortedIds;
import org.dssamap.model.Dimension;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.FunctionCatalog;
import org.dssamap.model.PlacementTable;
import org.dssamap.model.Relationship;
import org.dssamap.model.RelationshipKind;
import org.dssamap.model.Status;
import org.jspecify.annotations.Nullable;

/**
 * Who covers what through whom along {@code outsources-to} relationships, and how concentrated the providers are.
 *
 * <p>A client that outsources a function (a relationship whose function list covers it; an empty list covers
 * every function) is covered:
 * <ul>
 *   <li>{@link Route#DIRECT directly} when it is placed in the function itself (any cell of it, either
 *       dimension);</li>
 *   <li>else {@link Route#THROUGH_PROVIDER through the providers} that do the function <em>for others</em>: an
 *       {@code external} placement of theirs in the function, at any layer. A provider placed only
 *       {@code internal} does the function for itself, not for its clients;</li>
 *   <li>else by {@link Route#NONE nobody} the map knows of.</li>
 * </ul>
 * A placement counts when verified, or claimed unless claims are left out; a disputed one never does. Being covered through a provider never counts as the client's own placement.
 *
 * <p>{@linkplain #concentration() Concentration} counts the clients that depend on a provider: those covered through
 * it. A client that does the function itself depends on nobody for it, and one whose providers are not placed in
 * the function is not known to depend on anyone, so neither is counted.
 */
public final class Outsourcing {
  private final ImmutableList<ClientRoute> routes;
  private final ImmutableList<Concentration> concentration;

  private Outsourcing(ImmutableList<ClientRoute> routes, ImmutableList<Concentration> concentration) {
    this.routes = routes;
    this.concentration = concentration;
  }

  /**
   * Analyses the outsourcing of {@code map} counting claims, with providers notable from 2 dependents and a 10%
   * share (the defaults of {@code AnalysisOptions}).
   */
  public static Outsourcing of(EcosystemMap map) {
    return of(map, true, 0.10, 2);
  }

  /**
   * Analyses the outsourcing of {@code map}.
   *
   * @param claimsCount whether claimed placements count, besides verified ones
   * @param notableShare the smallest share (0..1) of a function's dependent clients that makes a provider notable
   * @param notableDependents the smallest number of dependent clients that makes a provider notable (1 or more)
   */
  public static Outsourcing of(EcosystemMap map, boolean claimsCount, double notableShare, int notableDependents) {
    requireNonNull(map, "map");
    checkArgument(notableShare >= 0 && notableShare <= 1, "the notable share is from 0 to 1, not %s", notableShare);
    checkArgument(notableDependents >= 1, "a notable provider needs at least 1 dependent, not %s", notableDependents);
    PlacementTable table = map.placementTable();
    FunctionCatalog catalog = map.catalog();
    Placed placed = new Placed(table, claimsCount);
    int functionCount = catalog.functions().size();
    // Relationships come sorted by client then provider, so every list below fills already in id order: a
    // client's providers per function, the routes by client, and per function and provider its dependents.
    ImmutableList.Builder<ClientRoute> routes = ImmutableList.builder();
    List<Map<String, SortedIds>> dependents = new ArrayList<>(functionCount);
    int[] clientsDepending = new int[functionCount];
    double[] sizeDepending = new double[functionCount];
    boolean[] sizeKnown = new boolean[functionCount];
    Arrays.fill(sizeKnown, true);
    for (int f = 0; f < functionCount; f++) {
      dependents.add(new HashMap<>());
    }
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
        }
      }
      OptionalLong size = map.requireOrganization(client).size();
      for (int f = 0; f < functionCount; f++) {
        SortedIds of = providers[f];
        if (of == null) {
          continue;
        }
        ClientRoute route = route(placed, client, catalog.functions().get(f).id(), f, of);
        routes.add(route);
        if (route.route() == Route.THROUGH_PROVIDER) {
          clientsDepending[f]++;
          if (size.isPresent()) {
            sizeDepending[f] += size.getAsLong();
          } else {
            sizeKnown[f] = false;
          }
          for (String provider : route.coveringProviders()) {
            dependents.get(f).computeIfAbsent(provider, k -> new SortedIds()).add(client);
          }
        }
      }
    }
    Map<String, List<Concentration>> byProvider = new TreeMap<>();
    for (int f = 0; f < functionCount; f++) {
      String function = catalog.functions().get(f).id();
      int clients = clientsDepending[f];
      OptionalDouble total = sizeKnown[f] && sizeDepending[f] > 0
          ? OptionalDouble.of(sizeDepending[f]) : OptionalDouble.empty();
      dependents.get(f).forEach((provider, deps) -> {
        ImmutableSortedSet<String> ids = deps.toSet();
        OptionalDouble weighted = OptionalDouble.empty();
        if (total.isPresent()) {
          double sum = 0;
          for (String d : ids) {
            sum += map.requireOrganization(d).size().getAsLong();
          }
          weighted = OptionalDouble.of(Math.min(1.0, sum / total.getAsDouble()));
        }
        boolean notable = ids.size() >= notableDependents && (double) ids.size() / clients >= notableShare;
        byProvider.computeIfAbsent(provider, k -> new ArrayList<>())
            .add(new Concentration(provider, function, ids, clients, weighted, notable));
      });
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

  private static ClientRoute route(Placed placed, String client, String function, int f, SortedIds providers) {
    ImmutableSortedSet<String> all = providers.toSet();
    Status own = placed.of(client).anyDimension[f];
    if (own != null) {
      return new ClientRoute(client, function, Route.DIRECT, all, ImmutableSortedSet.of(), Optional.of(own));
    }
    SortedIds covering = new SortedIds();
    Status best = null;
    for (String provider : all) {
      Status s = placed.of(provider).external[f];
      if (s != null) {
        covering.add(provider);
        best = best == null ? s : Counting.better(best, s);
      }
    }
    return new ClientRoute(client, function, covering.size() == 0 ? Route.NONE : Route.THROUGH_PROVIDER, all,
        covering.toSet(), Optional.ofNullable(best));
  }

  /**
   * Per organization, its best counting status per function (by catalog position) over all its cells and over its
   * external cells; null where it has none. Filled on demand: only the organizations an outsourcing relationship
   * names are ever asked about.
   */
  private static final class Placed {
    private final PlacementTable table;
    private final boolean claimsCount;
    private final int[] functionOfCell;
    private final boolean[] externalCell;
    private final Map<String, Statuses> byOrganization = new HashMap<>();

    Placed(PlacementTable table, boolean claimsCount) {
      this.table = table;
      this.claimsCount = claimsCount;
      FunctionCatalog catalog = table.catalog();
      this.functionOfCell = table.cells().stream().mapToInt(c -> catalog.indexOf(c.function())).toArray();
      this.externalCell = new boolean[table.cells().size()];
      for (int c = 0; c < externalCell.length; c++) {
        externalCell[c] = table.cells().get(c).dimension() == Dimension.EXTERNAL;
      }
    }

    Statuses of(String organization) {
      return byOrganization.computeIfAbsent(organization, this::statuses);
    }

    private Statuses statuses(String organization) {
      int functions = table.catalog().functions().size();
      Statuses s = new Statuses(new Status[functions], new Status[functions]);
      int o = table.organizationIndex(organization);
      for (int row = table.firstRow(o); row < table.endRow(o); row++) {
        Status status = table.status(row);
        if (Counting.counts(status, claimsCount)) {
          int cell = table.cell(row);
          int f = functionOfCell[cell];
          s.anyDimension[f] = s.anyDimension[f] == null ? status : Counting.better(s.anyDimension[f], status);
          if (externalCell[cell]) {
            s.external[f] = s.external[f] == null ? status : Counting.better(s.external[f], status);
          }
        }
      }
      return s;
    }
  }

  /** An organization's best counting status per function: over every cell, and over external cells. */
  @SuppressWarnings("ArrayRecordComponent") // private per-organization scratch arrays; never compared or hashed
  private record Statuses(@Nullable Status[] anyDimension, @Nullable Status[] external) {}

  /** Per client and outsourced function, how it is covered; by client id, then function in wheel order. */
  public ImmutableList<ClientRoute> routes() {
    return routes;
  }

  /** The route of one client for one function, if the client outsources that function. */
  public Optional<ClientRoute> route(String client, String function) {
    return routes.stream().filter(r -> r.client().equals(client) && r.function().equals(function)).findFirst();
  }

  /**
   * Per provider and function, the clients that depend on it (are covered through it); by provider id, then
   * function in wheel order. Every provider with at least one dependent is listed, notable or not.
   */
  public ImmutableList<Concentration> concentration() {
    return concentration;
  }

  /** The {@linkplain Concentration#notable() notable} entries of {@link #concentration()}, in the same order. */
  public ImmutableList<Concentration> notableConcentration() {
    return concentration.stream().filter(Concentration::notable).collect(ImmutableList.toImmutableList());
  }

  /** The distinct providers that at least one client depends on, sorted. */
  public ImmutableSortedSet<String> providers() {
    return concentration.stream().map(Concentration::provider).collect(ImmutableSortedSet.toImmutableSortedSet(
        java.util.Comparator.naturalOrder()));
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
