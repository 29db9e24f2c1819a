package org.dssamap.analysis.escalation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Arrays;
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
    PlacementTable table = map.placementTable();
    Roles roles = Roles.of(table, function, countClaims);
    int[][] next = links(map, table);
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
          reason = Optional.of(roles.edges(from).length == 0 ? UnreachableReason.NO_EDGE_IN_SOURCE
              : roles.edges(to).length == 0 ? UnreachableReason.NO_EDGE_IN_TARGET : UnreachableReason.NO_PATH);
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

  /**
   * Successors of each organization, by position in the map's organizations, ascending (which is id order), with
   * every distrusted pair cut.
   */
  private static int[][] links(EcosystemMap map, PlacementTable table) {
    Map<String, Set<String>> distrusted = new HashMap<>();
    for (Relationship r : map.relationships()) {
      if (r.kind() == org.dssamap.model.RelationshipKind.DISTRUSTS) {
        distrusted.computeIfAbsent(r.from(), k -> new HashSet<>()).add(r.to());
        distrusted.computeIfAbsent(r.to(), k -> new HashSet<>()).add(r.from());
      }
    }
    Map<Integer, TreeSet<Integer>> next = new HashMap<>();
    for (Relationship r : map.relationships()) {
      if (distrusted.getOrDefault(r.from(), Set.of()).contains(r.to())) {
        continue;
      }
      int from = table.organizationIndex(r.from());
      int to = table.organizationIndex(r.to());
      switch (r.kind()) {
        case SHARES_WITH, MEMBER_OF -> {
          next.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
          next.computeIfAbsent(to, k -> new TreeSet<>()).add(from);
        }
        case ESCALATES_TO -> next.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
        case OUTSOURCES_TO, DISTRUSTS -> {
          // not an incident channel
        }
      }
    }
    int[][] sorted = new int[table.organizations().size()][];
    Arrays.fill(sorted, new int[0]);
    next.forEach((k, v) -> sorted[k] = v.stream().mapToInt(Integer::intValue).toArray());
    return sorted;
  }

  /** Where the search stands: at an organization, in a phase of the path's shape. */
  private enum Phase { START, GLUE_OUT, CORE, GLUE_IN, ARRIVED }

  private static final Phase[] PHASES = Phase.values();

  /**
   * One breadth-first search from the edges of {@code from}. A state (organization, phase) is the number
   * {@code organization * PHASES.length + phase}; its parent is kept in an array, a start state being its own.
   */
  private static Map<Region, EscalationPath> search(Region from, Roles roles, int[][] next) {
    Map<Region, EscalationPath> found = new EnumMap<>(Region.class);
    int phases = PHASES.length;
    int[] parent = new int[next.length * phases];
    Arrays.fill(parent, -1);
    int[] queue = new int[parent.length];
    int head = 0;
    int tail = 0;
    for (int e : roles.edges(from)) {
      int s = e * phases + Phase.START.ordinal();
      parent[s] = s;
      queue[tail++] = s;
    }
    Phase[] entered = new Phase[2];
    while (head < tail && found.size() < REGIONS.size() - 1) {
      int s = queue[head++];
      Phase phase = PHASES[s % phases];
      for (int n : next[s / phases]) {
        int count = successors(phase, n, from, roles, entered);
        for (int k = 0; k < count; k++) {
          int t = n * phases + entered[k].ordinal();
          if (parent[t] >= 0) {
            continue;
          }
          parent[t] = s;
          if (entered[k] == Phase.ARRIVED) {
            found.putIfAbsent(requireNonNull(roles.edgeRegion[n]), path(t, parent, roles));
          } else {
            queue[tail++] = t;
          }
        }
      }
    }
    return found;
  }

  /**
   * The phases organization {@code n} can be entered in from a state in {@code phase}, in edge-glue-core order,
   * written to {@code out}; returns how many.
   */
  private static int successors(Phase phase, int n, Region from, Roles roles, Phase[] out) {
    int count = 0;
    boolean glue = roles.glue[n] != null;
    boolean core = roles.core[n] != null;
    switch (phase) {
      case START -> {
        if (glue) {
          out[count++] = Phase.GLUE_OUT;
        }
      }
      case GLUE_OUT -> {
        if (glue) {
          out[count++] = Phase.GLUE_OUT;
        }
        if (core) {
          out[count++] = Phase.CORE;
        }
      }
      case CORE -> {
        if (glue) {
          out[count++] = Phase.GLUE_IN;
        }
        if (core) {
          out[count++] = Phase.CORE;
        }
      }
      case GLUE_IN -> {
        Region edgeRegion = roles.edgeRegion[n];
        if (edgeRegion != null && edgeRegion != from) {
          out[count++] = Phase.ARRIVED;
        }
        if (glue) {
          out[count++] = Phase.GLUE_IN;
        }
      }
      case ARRIVED -> {
        // a path ends at the first edge it reaches
      }
    }
    return count;
  }

  private static EscalationPath path(int end, int[] parent, Roles roles) {
    List<Hop> hops = new ArrayList<>();
    int s = end;
    while (true) {
      hops.add(roles.hop(s / PHASES.length, PHASES[s % PHASES.length]));
      int p = parent[s];
      if (p == s) {
        break;
      }
      s = p;
    }
    Collections.reverse(hops);
    return new EscalationPath(ImmutableList.copyOf(hops));
  }

  /** Who may play which role, with the status that gives it, by position in the map's organizations. */
  private static final class Roles {
    private final ImmutableList<Organization> organizations;
    private final Map<Region, int[]> edgesByRegion = new EnumMap<>(Region.class);
    private final @Nullable Region[] edgeRegion;
    private final @Nullable Status[] edge;
    private final @Nullable Status[] glue;
    private final @Nullable Status[] core;

    private Roles(ImmutableList<Organization> organizations, @Nullable Status[][] best) {
      this.organizations = organizations;
      this.edgeRegion = new Region[organizations.size()];
      this.edge = best[Role.EDGE.ordinal()];
      this.glue = best[Role.GLUE.ordinal()];
      this.core = best[Role.CORE.ordinal()];
    }

    static Roles of(PlacementTable table, String function, boolean countClaims) {
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
      Roles roles = new Roles(table.organizations(), best);
      // Organizations in position order, which is id order, so every region's edge list comes out sorted.
      Map<Region, List<Integer>> edges = new EnumMap<>(Region.class);
      for (int o = 0; o < organizations; o++) {
        Optional<Region> region = table.organizations().get(o).region().filter(REGIONS::contains);
        if (roles.edge[o] != null && region.isPresent()) {
          roles.edgeRegion[o] = region.get();
          edges.computeIfAbsent(region.get(), k -> new ArrayList<>()).add(o);
        } else {
          // An edge role needs a region to reach from or arrive in.
          roles.edge[o] = null;
        }
      }
      edges.forEach((r, positions) -> roles.edgesByRegion.put(r,
          positions.stream().mapToInt(Integer::intValue).toArray()));
      return roles;
    }

    int[] edges(Region region) {
      return edgesByRegion.getOrDefault(region, new int[0]);
    }

    Hop hop(int organization, Phase phase) {
      String id = organizations.get(organization).id();
      return switch (phase) {
        case START, ARRIVED -> new Hop(id, Role.EDGE, requireNonNull(edge[organization]));
        case GLUE_OUT, GLUE_IN -> new Hop(id, Role.GLUE, requireNonNull(glue[organization]));
        case CORE -> new Hop(id, Role.CORE, requireNonNull(core[organization]));
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
