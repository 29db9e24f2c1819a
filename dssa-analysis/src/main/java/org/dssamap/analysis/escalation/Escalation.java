package org.dssamap.analysis.escalation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dssamap.analysis.internal.Counting;
import org.dssamap.model.Cell;
import org.dssamap.model.Dimension;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.Layer;
import org.dssamap.model.Organization;
import org.dssamap.model.PlacementTable;
import org.dssamap.model.Region;
import org.dssamap.model.Relationship;
import org.dssamap.model.RelationshipKind;
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
 *       never does.
 *   <li>Links: {@code shares-with}, {@code member-of} and {@code escalates-to} are channels an incident travels both
 *       ways (an incident goes up an {@code escalates-to} link from the one that escalates and comes back down it to
 *       the other side); {@code outsources-to} is a contract, not an incident channel. A relationship limited to
 *       functions that do not include the followed one is no channel (and no distrust) for it.
 *   <li>Distrust holds end to end: no hop joins two organizations with a {@code distrusts} relationship between
 *       them (in either direction), and no path from a source edge organization passes through or ends at an
 *       organization that one distrusts or is distrusted by, whatever the relays between them.
 *   <li>Shape: edge, then one or more glue, then one or more core, then one or more glue, then the other edge.
 *       Glue-to-glue hops let a national CERT pass to a regional body; core-to-core hops are what joins the
 *       fragments of a fragmented core. The core is mandatory: a glue-only shortcut is not the escalation the
 *       format asks about. An organization may appear twice in different roles (a glue body on both sides).
 *   <li>The path given is the shortest (fewest links); among equally short paths, one that relies on no claim wins,
 *       so a path {@linkplain EscalationPath#reliesOnClaims() relies on claims} only when every shortest path does;
 *       then the one whose sequence of organization ids (then roles, in edge-glue-core order) comes first.
 *   <li>An unreachable pair gives the first missing layer as its {@link UnreachableReason}; a map with no relay at
 *       all, or no edge at all, {@linkplain #assessable() cannot be assessed}.
 * </ul>
 *
 * <p>Breadth-first searches over (organization, phase) states, per source region whose edge reaches a glue relay,
 * when the map has a core relay: one from all its edge organizations that distrust no relay and no edge of another
 * region, one per such distrusted set its other edges have (those never entered, and no deeper than the best path
 * found so far), and for the targets whose first path relies on a claim, one more over verified roles only, no
 * deeper than that path. Each is linear in the relays and their links; every array is allocated once and reset
 * by the states it touched.
 */
public final class Escalation {
  /** The regions whose edges are joined: ICANN's five, without {@link Region#GLOBAL}. */
  public static final ImmutableSet<Region> REGIONS = ImmutableSet.of(Region.AFRICA, Region.ASIA_PACIFIC,
      Region.EUROPE, Region.LATIN_AMERICA_CARIBBEAN, Region.NORTH_AMERICA);

  /** Shortest first, then one that relies on no claim, then by organization ids and roles, hop by hop. */
  private static final Comparator<EscalationPath> ORDER = Comparator.comparingInt(EscalationPath::length)
      .thenComparing(EscalationPath::reliesOnClaims)
      .thenComparing((a, b) -> {
        for (int i = 0; i < Math.min(a.hops().size(), b.hops().size()); i++) {
          Hop x = a.hops().get(i);
          Hop y = b.hops().get(i);
          int c = x.organization().compareTo(y.organization());
          if (c == 0) {
            c = x.role().compareTo(y.role());
          }
          if (c != 0) {
            return c;
          }
        }
        return 0;
      });

  private final String function;
  private final boolean countsClaims;
  private final ImmutableList<EscalationRoute> routes;
  private final ImmutableSet<Region> regionsWithEdge;
  private final ImmutableSet<Region> regionsWithGlue;
  private final int glueRelays;
  private final int coreRelays;

  private Escalation(String function, boolean countsClaims, ImmutableList<EscalationRoute> routes,
      ImmutableSet<Region> regionsWithEdge, ImmutableSet<Region> regionsWithGlue, int glueRelays, int coreRelays) {
    this.function = function;
    this.countsClaims = countsClaims;
    this.routes = routes;
    this.regionsWithEdge = regionsWithEdge;
    this.regionsWithGlue = regionsWithGlue;
    this.glueRelays = glueRelays;
    this.coreRelays = coreRelays;
  }

  /** Escalation along incident response, counting claims. */
  public static Escalation of(EcosystemMap map) {
    return of(map, "incident-response", true);
  }

  /**
   * Escalation along {@code function}; claimed placements count when {@code countClaims}. A function the catalog
   * does not have gives no roles, so every pair is unreachable and escalation cannot be assessed.
   */
  public static Escalation of(EcosystemMap map, String function, boolean countClaims) {
    requireNonNull(map, "map");
    requireNonNull(function, "function");
    PlacementTable table = map.placementTable();
    Roles roles = Roles.of(table, function, countClaims);
    Graph graph = Graph.of(map, table, function);
    Search search = new Search(roles, table.organizations().size());
    Set<Region> withEdge = EnumSet.noneOf(Region.class);
    REGIONS.stream().filter(r -> roles.edges(r).length > 0).forEach(withEdge::add);
    Set<Region> withGlue = roles.regionsWithGlue(graph.channels);
    ImmutableList.Builder<EscalationRoute> routes = ImmutableList.builder();
    for (Region from : REGIONS) {
      // Only regions whose edge has a channel to a glue relay can start or end a path, and only if there is a core.
      Set<Region> targets = EnumSet.copyOf(withGlue);
      targets.remove(from);
      Map<Region, EscalationPath> found = targets.isEmpty() || !withGlue.contains(from) || roles.coreRelays == 0
          ? Map.of() : shortest(from, targets, roles, graph, search, countClaims);
      @Nullable Set<Region> ignoringDistrust = null;
      for (Region to : REGIONS) {
        if (to == from) {
          continue;
        }
        @Nullable EscalationPath path = found.get(to);
        @Nullable UnreachableReason reason = null;
        if (path == null) {
          if (!withEdge.contains(from)) {
            reason = UnreachableReason.NO_EDGE_IN_SOURCE;
          } else if (!withEdge.contains(to)) {
            reason = UnreachableReason.NO_EDGE_IN_TARGET;
          } else if (roles.coreRelays == 0) {
            reason = UnreachableReason.NO_RELAY_AT_CORE;
          } else if (!withGlue.contains(from) || !withGlue.contains(to)) {
            reason = UnreachableReason.NO_RELAY_AT_GLUE;
          } else {
            if (ignoringDistrust == null) {
              Set<Region> missed = EnumSet.copyOf(targets);
              missed.removeAll(found.keySet());
              ignoringDistrust = graph.anyDistrust ? search.run(from, roles.edges(from), graph.channels, Graph.NONE,
                  false, Integer.MAX_VALUE, missed).keySet() : Set.of();
            }
            reason = ignoringDistrust.contains(to) ? UnreachableReason.DISTRUST : UnreachableReason.NO_PATH;
          }
        }
        routes.add(new EscalationRoute(from, to, Optional.ofNullable(path), Optional.ofNullable(reason)));
      }
    }
    return new Escalation(function, countClaims, routes.build(), Sets.immutableEnumSet(withEdge),
        Sets.immutableEnumSet(withGlue), roles.glueRelays, roles.coreRelays);
  }

  /**
   * The best path from the edges of {@code from} to each target region it reaches: over every source edge
   * organization, searched together when they distrust nobody and by distrusted set otherwise.
   */
  private static Map<Region, EscalationPath> shortest(Region from, Set<Region> targets, Roles roles, Graph graph,
      Search search, boolean countClaims) {
    // Sources grouped by the organizations a search from them must not enter: those they distrust that could be
    // entered at all (a relay, or an edge of another region). Most distrust nobody, or nobody that matters.
    List<Integer> trusting = new ArrayList<>();
    Map<List<Integer>, List<Integer>> wary = new LinkedHashMap<>();
    for (int e : roles.edges(from)) {
      List<Integer> avoid = Arrays.stream(graph.distrust[e]).filter(d -> roles.enterable(d, from)).boxed().toList();
      (avoid.isEmpty() ? trusting : wary.computeIfAbsent(avoid, k -> new ArrayList<>())).add(e);
    }
    Map<Region, EscalationPath> best = new EnumMap<>(Region.class);
    if (!trusting.isEmpty()) {
      merge(best, group(from, ints(trusting), Graph.NONE, targets, best, graph, search, countClaims));
    }
    for (Map.Entry<List<Integer>, List<Integer>> g : wary.entrySet()) {
      merge(best, group(from, ints(g.getValue()), ints(g.getKey()), targets, best, graph, search, countClaims));
    }
    return best;
  }

  private static int[] ints(List<Integer> values) {
    return values.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * The best path to each target from a group of sources that must not enter the same organizations, where it can
   * still beat the {@code best} found so far (a longer path cannot, so the search goes no deeper than needed).
   */
  private static Map<Region, EscalationPath> group(Region from, int[] sources, int[] avoid, Set<Region> targets,
      Map<Region, EscalationPath> best, Graph graph, Search search, boolean countClaims) {
    int deepest = best.size() < targets.size() ? Integer.MAX_VALUE
        : best.values().stream().mapToInt(EscalationPath::length).max().orElseThrow();
    Map<Region, EscalationPath> any = search.run(from, sources, graph.next, avoid, false, deepest, targets);
    if (countClaims) {
      Set<Region> claimed = EnumSet.noneOf(Region.class);
      int longest = 0;
      for (Map.Entry<Region, EscalationPath> e : any.entrySet()) {
        EscalationPath known = best.get(e.getKey());
        if (e.getValue().reliesOnClaims() && (known == null || e.getValue().length() <= known.length())) {
          claimed.add(e.getKey());
          longest = Math.max(longest, e.getValue().length());
        }
      }
      if (!claimed.isEmpty()) {
        // A path as short that relies on no claim wins: the first one over verified roles only.
        search.run(from, sources, graph.next, avoid, true, longest, claimed).forEach((r, p) -> {
          if (p.length() == requireNonNull(any.get(r)).length()) {
            any.put(r, p);
          }
        });
      }
    }
    return any;
  }

  private static void merge(Map<Region, EscalationPath> best, Map<Region, EscalationPath> more) {
    more.forEach((r, p) -> best.merge(r, p, (a, b) -> ORDER.compare(a, b) <= 0 ? a : b));
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
   * Whether the map holds the data escalation needs: at least one relay (glue or core) and one edge. When it does
   * not, every pair is unreachable for want of data, which is no finding about the ecosystem.
   */
  public boolean assessable() {
    return notAssessable().isEmpty();
  }

  /** Why escalation cannot be assessed from this map; empty when it can. No relay is checked before no edge. */
  public Optional<NotAssessableReason> notAssessable() {
    if (glueRelays == 0 && coreRelays == 0) {
      return Optional.of(NotAssessableReason.NO_RELAY);
    }
    return regionsWithEdge.isEmpty() ? Optional.of(NotAssessableReason.NO_EDGE) : Optional.empty();
  }

  /** The regions with at least one edge organization, in {@link #REGIONS} order. */
  public ImmutableSet<Region> regionsWithEdge() {
    return regionsWithEdge;
  }

  /**
   * The regions at least one of whose edge organizations has an incident channel (a link of a kind that carries
   * an incident, distrusted or not) to a glue relay, in {@link #REGIONS} order.
   */
  public ImmutableSet<Region> regionsWithGlue() {
    return regionsWithGlue;
  }

  /** How many organizations are glue relays, whatever their region. */
  public int glueRelays() {
    return glueRelays;
  }

  /** How many organizations are core relays, whatever their region. */
  public int coreRelays() {
    return coreRelays;
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

  /** The links between organizations, by position in the map's organizations (which is id order). */
  private static final class Graph {
    static final int[] NONE = new int[0];

    /** Incident channels in the followed function, both ways, ascending, distrust or not. */
    final int[][] channels;
    /** The channels without the pairs that distrust each other: the hops a path may take. */
    final int[][] next;
    /** Who each organization distrusts or is distrusted by, ascending. */
    final int[][] distrust;
    final boolean anyDistrust;

    private Graph(int[][] channels, int[][] next, int[][] distrust, boolean anyDistrust) {
      this.channels = channels;
      this.next = next;
      this.distrust = distrust;
      this.anyDistrust = anyDistrust;
    }

    static Graph of(EcosystemMap map, PlacementTable table, String function) {
      int organizations = table.organizations().size();
      long[] channelPairs = new long[2 * map.relationships().size()];
      long[] distrustPairs = new long[2 * map.relationships().size()];
      int channelCount = 0;
      int distrustCount = 0;
      // Relationships come sorted by from: the last one's position is looked up once for all of them.
      String lastFrom = "";
      long a = -1;
      for (Relationship r : map.relationships()) {
        if (r.kind() == RelationshipKind.OUTSOURCES_TO || !r.covers(function)) {
          continue;
        }
        if (!r.from().equals(lastFrom)) {
          lastFrom = r.from();
          a = table.organizationIndex(lastFrom);
        }
        long b = table.organizationIndex(r.to());
        switch (r.kind()) {
          case SHARES_WITH, MEMBER_OF, ESCALATES_TO -> {
            channelPairs[channelCount++] = a << 32 | b;
            channelPairs[channelCount++] = b << 32 | a;
          }
          case DISTRUSTS -> {
            distrustPairs[distrustCount++] = a << 32 | b;
            distrustPairs[distrustCount++] = b << 32 | a;
          }
          case OUTSOURCES_TO -> {
            // a contract, not an incident channel
          }
        }
      }
      int[][] channels = adjacency(organizations, channelPairs, channelCount);
      int[][] distrust = adjacency(organizations, distrustPairs, distrustCount);
      int[][] next = new int[organizations][];
      for (int o = 0; o < organizations; o++) {
        int[] d = distrust[o];
        next[o] = d.length == 0 ? channels[o]
            : Arrays.stream(channels[o]).filter(n -> Arrays.binarySearch(d, n) < 0).toArray();
      }
      return new Graph(channels, next, distrust, distrustCount > 0);
    }

    /** Each organization's successors, ascending and distinct, from {@code count} pairs (from << 32 | to). */
    private static int[][] adjacency(int organizations, long[] pairs, int count) {
      Arrays.sort(pairs, 0, count);
      int[] degree = new int[organizations];
      for (int i = 0; i < count; i++) {
        if (i == 0 || pairs[i] != pairs[i - 1]) {
          degree[(int) (pairs[i] >>> 32)]++;
        }
      }
      int[][] adjacency = new int[organizations][];
      for (int o = 0; o < organizations; o++) {
        adjacency[o] = degree[o] == 0 ? NONE : new int[degree[o]];
        degree[o] = 0;
      }
      for (int i = 0; i < count; i++) {
        if (i == 0 || pairs[i] != pairs[i - 1]) {
          int o = (int) (pairs[i] >>> 32);
          adjacency[o][degree[o]++] = (int) pairs[i];
        }
      }
      return adjacency;
    }
  }

  /** Where the search stands: at an organization, in a phase of the path's shape. */
  private enum Phase { START, GLUE_OUT, CORE, GLUE_IN, ARRIVED }

  private static final Phase[] PHASES = Phase.values();

  /**
   * Breadth-first searches over states (organization, phase), numbered {@code organization * PHASES.length +
   * phase}, with their parents in an array, a start state being its own. The arrays are allocated once; each
   * search resets the entries it set.
   */
  private static final class Search {
    private final Roles roles;
    private final int[] parent;
    private final int[] queue;
    private final int[] arrivals;
    private final boolean[] blocked;
    private final Phase[] entered = new Phase[2];

    Search(Roles roles, int organizations) {
      this.roles = roles;
      this.parent = new int[organizations * PHASES.length];
      Arrays.fill(parent, -1);
      this.queue = new int[parent.length];
      this.arrivals = new int[organizations];
      this.blocked = new boolean[organizations];
    }

    /**
     * The first shortest path from {@code sources} (edges of {@code from}, ascending) to each region of
     * {@code wanted} it reaches in at most {@code maxLength} links, over {@code graph}, never entering an
     * organization of {@code avoid}; with {@code verifiedOnly}, only roles given by a verified placement count.
     */
    @SuppressWarnings("EnumOrdinal") // search states are organization * phases + phase, in declaration order
    Map<Region, EscalationPath> run(Region from, int[] sources, int[][] graph, int[] avoid, boolean verifiedOnly,
        int maxLength, Set<Region> wanted) {
      Map<Region, EscalationPath> found = new EnumMap<>(Region.class);
      for (int a : avoid) {
        blocked[a] = true;
      }
      int phases = PHASES.length;
      int head = 0;
      int tail = 0;
      int arrived = 0;
      for (int e : sources) {
        if (Roles.has(roles.edge, e, verifiedOnly)) {
          int s = e * phases + Phase.START.ordinal();
          parent[s] = s;
          queue[tail++] = s;
        }
      }
      int depth = 0;
      while (head < tail && found.size() < wanted.size() && depth < maxLength) {
        depth++;
        int levelEnd = tail;
        while (head < levelEnd && found.size() < wanted.size()) {
          int s = queue[head++];
          Phase phase = PHASES[s % phases];
          for (int n : graph[s / phases]) {
            if (blocked[n]) {
              continue;
            }
            int count = successors(phase, n, from, verifiedOnly);
            for (int k = 0; k < count; k++) {
              int t = n * phases + entered[k].ordinal();
              if (parent[t] >= 0) {
                continue;
              }
              if (entered[k] == Phase.ARRIVED) {
                Region region = requireNonNull(roles.edgeRegion[n]);
                if (wanted.contains(region) && !found.containsKey(region)) {
                  parent[t] = s;
                  arrivals[arrived++] = t;
                  found.put(region, path(t));
                }
              } else {
                parent[t] = s;
                queue[tail++] = t;
              }
            }
          }
        }
      }
      for (int i = 0; i < tail; i++) {
        parent[queue[i]] = -1;
      }
      for (int i = 0; i < arrived; i++) {
        parent[arrivals[i]] = -1;
      }
      for (int a : avoid) {
        blocked[a] = false;
      }
      return found;
    }

    /**
     * The phases organization {@code n} can be entered in from a state in {@code phase}, in edge-glue-core order,
     * written to {@link #entered}; returns how many.
     */
    private int successors(Phase phase, int n, Region from, boolean verifiedOnly) {
      int count = 0;
      boolean glue = Roles.has(roles.glue, n, verifiedOnly);
      boolean core = Roles.has(roles.core, n, verifiedOnly);
      switch (phase) {
        case START -> {
          if (glue) {
            entered[count++] = Phase.GLUE_OUT;
          }
        }
        case GLUE_OUT -> {
          if (glue) {
            entered[count++] = Phase.GLUE_OUT;
          }
          if (core) {
            entered[count++] = Phase.CORE;
          }
        }
        case CORE -> {
          if (glue) {
            entered[count++] = Phase.GLUE_IN;
          }
          if (core) {
            entered[count++] = Phase.CORE;
          }
        }
        case GLUE_IN -> {
          Region edgeRegion = roles.edgeRegion[n];
          if (edgeRegion != null && edgeRegion != from && Roles.has(roles.edge, n, verifiedOnly)) {
            entered[count++] = Phase.ARRIVED;
          }
          if (glue) {
            entered[count++] = Phase.GLUE_IN;
          }
        }
        case ARRIVED -> {
          // a path ends at the first edge it reaches
        }
      }
      return count;
    }

    private EscalationPath path(int end) {
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
  }

  /** Who may play which role, with the status that gives it, by position in the map's organizations. */
  private static final class Roles {
    private final ImmutableList<Organization> organizations;
    private final Map<Region, int[]> edgesByRegion = new EnumMap<>(Region.class);
    private final @Nullable Region[] edgeRegion;
    private final @Nullable Status[] edge;
    private final @Nullable Status[] glue;
    private final @Nullable Status[] core;
    private int glueRelays;
    private int coreRelays;

    @SuppressWarnings("EnumOrdinal") // best statuses by role, in declaration order, from of(...)
    private Roles(ImmutableList<Organization> organizations, @Nullable Status[][] best) {
      this.organizations = organizations;
      this.edgeRegion = new Region[organizations.size()];
      this.edge = best[Role.EDGE.ordinal()];
      this.glue = best[Role.GLUE.ordinal()];
      this.core = best[Role.CORE.ordinal()];
    }

    @SuppressWarnings("EnumOrdinal") // best statuses by role, in declaration order; never written out
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
          if (role != null && Counting.counts(s, countClaims)) {
            Status[] byOrganization = best[role.ordinal()];
            byOrganization[o] = byOrganization[o] == null ? s : Counting.better(byOrganization[o], s);
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
        roles.glueRelays += roles.glue[o] != null ? 1 : 0;
        roles.coreRelays += roles.core[o] != null ? 1 : 0;
      }
      edges.forEach((r, positions) -> roles.edgesByRegion.put(r,
          positions.stream().mapToInt(Integer::intValue).toArray()));
      return roles;
    }

    /** Whether the organization at {@code o} has the role, with a verified placement if {@code verifiedOnly}. */
    static boolean has(@Nullable Status[] role, int o, boolean verifiedOnly) {
      Status s = role[o];
      return s != null && (!verifiedOnly || s == Status.VERIFIED);
    }

    int[] edges(Region region) {
      return edgesByRegion.getOrDefault(region, Graph.NONE);
    }

    /** Whether a search from the edge of {@code from} could enter organization {@code o}: a relay or a target. */
    boolean enterable(int o, Region from) {
      return glue[o] != null || core[o] != null || (edgeRegion[o] != null && edgeRegion[o] != from);
    }

    /** The regions with an edge organization that has a channel to a glue relay. */
    Set<Region> regionsWithGlue(int[][] channels) {
      Set<Region> regions = EnumSet.noneOf(Region.class);
      edgesByRegion.forEach((region, edges) -> {
        for (int e : edges) {
          if (Arrays.stream(channels[e]).anyMatch(n -> glue[n] != null)) {
            regions.add(region);
            return;
          }
        }
      });
      return regions;
    }

    Hop hop(int organization, Phase phase) {
      String id = organizations.get(organization).id();
      return switch (phase) {
        case START, ARRIVED -> new Hop(id, Role.EDGE, requireNonNull(edge[organization]));
        case GLUE_OUT, GLUE_IN -> new Hop(id, Role.GLUE, requireNonNull(glue[organization]));
        case CORE -> new Hop(id, Role.CORE, requireNonNull(core[organization]));
      };
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Escalation other && function.equals(other.function) && countsClaims == other.countsClaims
        && routes.equals(other.routes) && regionsWithEdge.equals(other.regionsWithEdge)
        && regionsWithGlue.equals(other.regionsWithGlue) && glueRelays == other.glueRelays
        && coreRelays == other.coreRelays;
  }

  @Override
  public int hashCode() {
    return Objects.hash(function, countsClaims, routes, regionsWithEdge, regionsWithGlue, glueRelays, coreRelays);
  }

  @Override
  public String toString() {
    return "Escalation[" + function + ", " + unreachable().size() + " of " + routes.size() + " pairs unreachable"
        + notAssessable().map(r -> ", not assessable: " + r.id()).orElse("") + "]";
  }
}
