package org.dssamap.analysis.escalation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dssamap.model.Cell;
import org.dssamap.model.Dimension;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.Layer;
import org.dssamap.model.Organization;
import org.dssamap.model.PlacementTable;
import org.dssamap.model.Region;
import org.dssamap.model.Relationship;
import org.dssamap.model.Status;
import org.jspecify.annotations.Nullable;

/**
 * Escalation reachability between regions, the working group's "fragmented core".
 *
 * <p>The rules:
 *
 * <ul>
 *   <li>The <b>edge</b> of a region is its organizations placed at the edge, in either dimension, in the followed
 *       function (incident response by default). {@link Region#GLOBAL} organizations and those with no region are
 *       the edge of no region: the question is whether regions reach each other.
 *   <li><b>Glue</b> and <b>core</b> relays are the organizations placed in the function, external dimension, at
 *       the glue or the core layer, whatever their region (glue is often regional, but an incident may cross a
 *       regional body on its way).
 *   <li>A placement counts when verified, or claimed if claims are counted (the default); a disputed placement
 *       never does. A path that relies on any claimed placement says so ({@link EscalationPath#reliesOnClaims()}).
 *   <li>Links: {@code shares-with} and {@code member-of} carry an incident both ways (sharing is mutual in practice,
 *       and an association reaches its members as they reach it); {@code escalates-to} only forward, as written;
 *       {@code outsources-to} is a contract, not an incident channel. No hop ever joins two organizations with a
 *       {@code distrusts} relationship between them, in either direction.
 *   <li>Shape: edge, then one or more glue, then one or more core, then one or more glue, then the other edge.
 *       Glue-to-glue hops let a national CERT pass to a regional body; core-to-core hops are what joins the
 *       fragments of a fragmented core. The core is mandatory: a glue-only shortcut is not the escalation the
 *       format asks about. An organization may appear twice in different roles (a glue body on both sides).
 *   <li>The path given is the shortest (fewest links); among equally short paths, the one whose sequence of
 *       organization ids (then roles, in edge-glue-core order) comes first.
 * </ul>
 *
 * <p>One breadth-first search per source region over (organization, phase) states: linear in organizations and
 * relationships.
 */
public final class Escalation {
  /** The regions whose edges are joined: ICANN's five, without {@link Region#GLOBAL}. */
  public static final ImmutableSet<Region> REGIONS = ImmutableSet.of(Region.AFRICA, Region.ASIA_PACIFIC,
      Region.EUROPE, Region.LATIN_AMERICA_CARIBBEAN, Region.NORTH_AMERICA);

  private final String function;
  private final boolean countsClaims;
  private final ImmutableList<EscalationRoute> routes;

  private Escalation(String function, boolean countsClaims, ImmutableList<EscalationRoute> routes) {
    this.function = function;
    this.countsClaims = countsClaims;
    this.routes = routes;
  }

  /** Escalation along incident response, counting claims. */
  public static Escalation of(EcosystemMap map) {
    return of(map, "incident-response", true);
  }

  /**
   * Escalation along {@code function}; claimed placements count when {@code countClaims}. A function the catalog
   * does not have gives no roles, so every pair is unreachable.
   */
  public static Escalation of(EcosystemMap map, String function, boolean countClaims) {
    requireNonNull(map, "map");
    requireNonNull(function, "function");
    Roles roles = Roles.of(map.placementTable(), function, countClaims);
    Map<String, List<String>> next = links(map);
    ImmutableList.Builder<EscalationRoute> routes = ImmutableList.builder();
    for (Region from : REGIONS) {
      Map<Region, EscalationPath> found = search(from, roles, next);
      for (Region to : REGIONS) {
        if (to == from) {
          continue;
        }
        EscalationPath path = found.get(to);
        Optional<UnreachableReason> reason = Optional.empty();
        if (path == null) {
          reason = Optional.of(roles.edges(from).isEmpty() ? UnreachableReason.NO_EDGE_IN_SOURCE
              : roles.edges(to).isEmpty() ? UnreachableReason.NO_EDGE_IN_TARGET : UnreachableReason.NO_PATH);
        }
        routes.add(new EscalationRoute(from, to, Optional.ofNullable(path), reason));
      }
    }
    return new Escalation(function, countClaims, routes.build());
  }

  /** The function followed. */
  public String function() {
    return function;
  }

  /** Whether claimed placements counted. */
  public boolean countsClaims() {
    return countsClaims;
  }

  /** Every ordered pair of distinct regions, by source region then target region, in {@link #REGIONS} order. */
  public ImmutableList<EscalationRoute> routes() {
    return routes;
  }

  /** The pairs that cannot reach each other, in the order of {@link #routes()}. */
  public ImmutableList<EscalationRoute> unreachable() {
    return routes.stream().filter(r -> !r.isReachable()).collect(ImmutableList.toImmutableList());
  }

  /**
   * The route from one region to another.
   *
   * @throws IllegalArgumentException when either is {@link Region#GLOBAL} or they are the same
   */
  public EscalationRoute route(Region from, Region to) {
    return routes.stream().filter(r -> r.from() == from && r.to() == to).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no route from " + from.id() + " to " + to.id()));
  }

  /** Successors of each organization, sorted by id, with every distrusted pair cut. */
  private static Map<String, List<String>> links(EcosystemMap map) {
    Map<String, Set<String>> distrusted = new HashMap<>();
    for (Relationship r : map.relationships()) {
      if (r.kind() == org.dssamap.model.RelationshipKind.DISTRUSTS) {
        distrusted.computeIfAbsent(r.from(), k -> new HashSet<>()).add(r.to());
        distrusted.computeIfAbsent(r.to(), k -> new HashSet<>()).add(r.from());
      }
    }
    Map<String, TreeSet<String>> next = new HashMap<>();
    for (Relationship r : map.relationships()) {
      if (distrusted.getOrDefault(r.from(), Set.of()).contains(r.to())) {
        continue;
      }
      switch (r.kind()) {
        case SHARES_WITH, MEMBER_OF -> {
          next.computeIfAbsent(r.from(), k -> new TreeSet<>()).add(r.to());
          next.computeIfAbsent(r.to(), k -> new TreeSet<>()).add(r.from());
        }
        case ESCALATES_TO -> next.computeIfAbsent(r.from(), k -> new TreeSet<>()).add(r.to());
        case OUTSOURCES_TO, DISTRUSTS -> {
          // not an incident channel
        }
      }
    }
    Map<String, List<String>> sorted = new HashMap<>();
    next.forEach((k, v) -> sorted.put(k, List.copyOf(v)));
    return sorted;
  }

  /** Where the search stands: at an organization, in a phase of the path's shape. */
  private enum Phase { START, GLUE_OUT, CORE, GLUE_IN, ARRIVED }

  private record State(String organization, Phase phase) {}

  private static Map<Region, EscalationPath> search(Region from, Roles roles, Map<String, List<String>> next) {
    Map<Region, EscalationPath> found = new EnumMap<>(Region.class);
    Map<State, State> parent = new HashMap<>();
    ArrayDeque<State> queue = new ArrayDeque<>();
    for (String e : roles.edges(from)) {
      State s = new State(e, Phase.START);
      parent.put(s, s);
      queue.add(s);
    }
    while (!queue.isEmpty() && found.size() < REGIONS.size() - 1) {
      State s = queue.poll();
      for (String n : next.getOrDefault(s.organization(), List.of())) {
        for (Phase p : successors(s.phase(), n, from, roles)) {
          State t = new State(n, p);
          if (parent.putIfAbsent(t, s) != null) {
            continue;
          }
          if (p == Phase.ARRIVED) {
            Region to = roles.regionOfEdge(n).orElseThrow();
            found.putIfAbsent(to, path(t, parent, roles));
          } else {
            queue.add(t);
          }
        }
      }
    }
    return found;
  }

  /** The phases an organization can be entered in from a state in {@code phase}, in edge-glue-core order. */
  private static List<Phase> successors(Phase phase, String n, Region from, Roles roles) {
    List<Phase> out = new ArrayList<>(2);
    boolean glue = roles.glue.containsKey(n);
    boolean core = roles.core.containsKey(n);
    switch (phase) {
      case START -> {
        if (glue) {
          out.add(Phase.GLUE_OUT);
        }
      }
      case GLUE_OUT -> {
        if (glue) {
          out.add(Phase.GLUE_OUT);
        }
        if (core) {
          out.add(Phase.CORE);
        }
      }
      case CORE -> {
        if (glue) {
          out.add(Phase.GLUE_IN);
        }
        if (core) {
          out.add(Phase.CORE);
        }
      }
      case GLUE_IN -> {
        if (roles.regionOfEdge(n).filter(r -> r != from).isPresent()) {
          out.add(Phase.ARRIVED);
        }
        if (glue) {
          out.add(Phase.GLUE_IN);
        }
      }
      case ARRIVED -> {
        // a path ends at the first edge it reaches
      }
    }
    return out;
  }

  private static EscalationPath path(State end, Map<State, State> parent, Roles roles) {
    List<Hop> hops = new ArrayList<>();
    State s = end;
    while (true) {
      hops.add(roles.hop(s.organization(), s.phase()));
      State p = parent.get(s);
      if (p.equals(s)) {
        break;
      }
      s = p;
    }
    Collections.reverse(hops);
    return new EscalationPath(ImmutableList.copyOf(hops));
  }

  /** Who may play which role, with the status that gives it. */
  private static final class Roles {
    private final Map<Region, List<String>> edgesByRegion = new EnumMap<>(Region.class);
    private final Map<String, Region> edgeRegion = new HashMap<>();
    private final Map<String, Status> edge = new HashMap<>();
    private final Map<String, Status> glue = new HashMap<>();
    private final Map<String, Status> core = new HashMap<>();

    static Roles of(PlacementTable table, String function, boolean countClaims) {
      Roles roles = new Roles();
      ImmutableList<Cell> cells = table.cells();
      // Which role a placement in each cell gives, if any: any edge cell of the function, its external glue and
      // core cells.
      @Nullable Role[] roleOfCell = new Role[cells.size()];
      for (int c = 0; c < cells.size(); c++) {
        Cell cell = cells.get(c);
        if (cell.function().equals(function)) {
          roleOfCell[c] = cell.layer() == Layer.EDGE ? Role.EDGE
              : cell.dimension() != Dimension.EXTERNAL ? null
              : cell.layer() == Layer.GLUE ? Role.GLUE : Role.CORE;
        }
      }
      int organizations = table.organizations().size();
      @Nullable Status[][] best = new Status[Role.values().length][organizations];
      for (int o = 0; o < organizations; o++) {
        for (int row = table.firstRow(o); row < table.endRow(o); row++) {
          Role role = roleOfCell[table.cell(row)];
          Status s = table.status(row);
          if (role != null && (s == Status.VERIFIED || (countClaims && s == Status.CLAIMED))) {
            Status[] byOrganization = best[role.ordinal()];
            byOrganization[o] = byOrganization[o] == null ? s : better(byOrganization[o], s);
          }
        }
      }
      // Organizations in id order, so every region's edge list comes out sorted.
      Map<Region, List<String>> edges = new EnumMap<>(Region.class);
      for (int o = 0; o < organizations; o++) {
        Organization org = table.organizations().get(o);
        Status edge = best[Role.EDGE.ordinal()][o];
        Optional<Region> region = org.region().filter(REGIONS::contains);
        if (edge != null && region.isPresent()) {
          roles.edge.put(org.id(), edge);
          roles.edgeRegion.put(org.id(), region.get());
          edges.computeIfAbsent(region.get(), k -> new ArrayList<>()).add(org.id());
        }
        Status glue = best[Role.GLUE.ordinal()][o];
        if (glue != null) {
          roles.glue.put(org.id(), glue);
        }
        Status core = best[Role.CORE.ordinal()][o];
        if (core != null) {
          roles.core.put(org.id(), core);
        }
      }
      edges.forEach((r, ids) -> roles.edgesByRegion.put(r, List.copyOf(ids)));
      return roles;
    }

    List<String> edges(Region region) {
      return edgesByRegion.getOrDefault(region, List.of());
    }

    Optional<Region> regionOfEdge(String organization) {
      return Optional.ofNullable(edgeRegion.get(organization));
    }

    Hop hop(String organization, Phase phase) {
      return switch (phase) {
        case START, ARRIVED -> new Hop(organization, Role.EDGE, edge.get(organization));
        case GLUE_OUT, GLUE_IN -> new Hop(organization, Role.GLUE, glue.get(organization));
        case CORE -> new Hop(organization, Role.CORE, core.get(organization));
      };
    }

    private static Status better(Status a, Status b) {
      return a == Status.VERIFIED || b == Status.VERIFIED ? Status.VERIFIED : Status.CLAIMED;
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Escalation other && function.equals(other.function) && countsClaims == other.countsClaims
        && routes.equals(other.routes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(function, countsClaims, routes);
  }

  @Override
  public String toString() {
    return "Escalation[" + function + ", " + unreachable().size() + " of " + routes.size() + " pairs unreachable]";
  }
}
