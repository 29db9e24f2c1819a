package org.dssamap.examples.synthetic;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.dssamap.model.Cell;
import org.dssamap.model.Confidentiality;
import org.dssamap.model.Dimension;
import org.dssamap.model.Dispute;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.EvidenceSource;
import org.dssamap.model.FunctionCatalog;
import org.dssamap.model.Layer;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Region;
import org.dssamap.model.Relationship;
import org.dssamap.model.RelationshipKind;
import org.dssamap.model.Status;

/**
 * Generates synthetic maps of the whole DNS ecosystem on the bundled {@link FunctionCatalog#dssa2012()}
 * catalog, from 10<sup>3</sup> to 10<sup>6</sup> placements, the same map for the same {@link Spec}.
 *
 * <p>The maps have the shape of the real ecosystem rather than uniform noise: registries (about 15% of the
 * organizations), registrars (25%), CERTs, DNS operators, a few dozen back-end operators, regional glue and a
 * very small core. Back-end operators are ranked and both their breadth and the registries that outsource to
 * them follow a Zipf law, so the first few serve most registries. Organizations overstate: some of their
 * placements sit in layers they do not belong to, and those are rarely verified and often disputed. Nobody is
 * placed in external incident response at the core, the gap the working group found.
 */
public final class SyntheticMaps {
  /** The cell nobody covers in a synthetic map, as in the 2012 call. */
  public static final Cell CORE_INCIDENT_RESPONSE_GAP = Cell.of("incident-response", Dimension.EXTERNAL, Layer.CORE);

  /** The organization kind of back-end operators, the providers registries outsource to. */
  public static final String BACKEND_KIND = "registry-backend";

  private static final double ZIPF_EXPONENT = 1.1;
  private static final Region[] REGIONAL = {
      Region.NORTH_AMERICA, Region.EUROPE, Region.ASIA_PACIFIC, Region.LATIN_AMERICA_CARIBBEAN, Region.AFRICA};
  private static final double[] REGION_WEIGHTS = {30, 30, 22, 10, 8};
  private static final ImmutableList<String> OUTSOURCED_FUNCTIONS = ImmutableList.of(
      "technology", "frontline-mitigation", "event-monitoring", "operational-practices", "incident-response");
  private static final ImmutableList<String> NOTES = ImmutableList.of(
      "said so on the call", "per its web site", "annual report", "needs a second source",
      "only for its own zones", "via its back-end operator");
  private static final ImmutableList<String> DISPUTE_REASONS = ImmutableList.of(
      "really? no evidence of this", "only in one region", "stopped in 2011", "done by its back-end operator");
  private static final ImmutableList<LocalDate> DATES = ImmutableList.of(
      LocalDate.of(2012, 3, 1), LocalDate.of(2012, 6, 15), LocalDate.of(2012, 8, 24), LocalDate.of(2013, 1, 10));

  private SyntheticMaps() {}

  /**
   * What to generate.
   *
   * @param seed the same seed gives the same map
   * @param placements how many placements, exactly
   * @param organizations how many organizations; at least {@link #minimumOrganizations(int)}
   */
  public record Spec(long seed, int placements, int organizations) {
    /** Checks that the placements fit: an organization has at most one placement per cell. */
    public Spec {
      checkArgument(placements >= 0, "placements must not be negative, got %s", placements);
      checkArgument(organizations >= minimumOrganizations(placements),
          "%s placements need at least %s organizations, got %s",
          placements, minimumOrganizations(placements), organizations);
    }

    /** A world-shaped spec: {@link #defaultOrganizations(int)} organizations for the placements. */
    public static Spec of(long seed, int placements) {
      return new Spec(seed, placements, defaultOrganizations(placements));
    }

    /** This spec with another number of organizations. */
    public Spec withOrganizations(int newOrganizations) {
      return new Spec(seed, placements, newOrganizations);
    }
  }

  /** The map of {@link Spec#of(long, int)}. */
  public static EcosystemMap generate(long seed, int placements) {
    return generate(Spec.of(seed, placements));
  }

  /** The map of {@code spec}; equal specs give equal maps. */
  public static EcosystemMap generate(Spec spec) {
    return new Generator(spec).map();
  }

  /**
   * How many organizations a map of {@code placements} placements has by default: one per ten placements up to
   * the 10<sup>4</sup> of the real world, more beyond that so that an organization averages at most 40 of the
   * 66 cells.
   */
  public static int defaultOrganizations(int placements) {
    int worldLike = Math.max(40, Math.min(10_000, placements / 10));
    return Math.max(worldLike, ceilDiv(placements, 40));
  }

  /** The fewest organizations that can hold {@code placements}, given the cells each may be placed in. */
  public static int minimumOrganizations(int placements) {
    return Math.max(Kind.values().length, ceilDiv(placements, placeableCells().size()));
  }

  /** The ids of the back-end operators of a map, in the order the generator ranked them (most clients first). */
  public static ImmutableList<String> backends(EcosystemMap map) {
    return map.organizations().stream()
        .filter(o -> o.kind().equals(BACKEND_KIND))
        .map(Organization::id)
        .collect(ImmutableList.toImmutableList());
  }

  private static int ceilDiv(int a, int b) {
    return (a + b - 1) / b;
  }

  private static ImmutableList<Cell> placeableCells() {
    return FunctionCatalog.dssa2012().cells().stream()
        .filter(c -> !c.equals(CORE_INCIDENT_RESPONSE_GAP))
        .collect(ImmutableList.toImmutableList());
  }

  /** The sorts of organization, with their share of the world, home ring and breadth. */
  private enum Kind {
    CORE("core", Layer.CORE, 0.002, 2, 25, 6.0),
    GLUE("isac", Layer.GLUE, 0.006, 6, 120, 4.0),
    BACKEND(BACKEND_KIND, Layer.EDGE, 0.004, 3, 60, 12.0),
    CERT("cert", Layer.EDGE, 0.03, 1, Integer.MAX_VALUE, 2.0),
    CCTLD("cctld", Layer.EDGE, 0.025, 1, Integer.MAX_VALUE, 1.5),
    REGISTRY("registry", Layer.EDGE, 0.125, 1, Integer.MAX_VALUE, 1.5),
    REGISTRAR("registrar", Layer.EDGE, 0.25, 1, Integer.MAX_VALUE, 0.6),
    // The rest of the world: resolver operators, DNS hosting, ISPs.
    OPERATOR("dns-operator", Layer.EDGE, 0.0, 1, Integer.MAX_VALUE, 0.8);

    final String id;
    final Layer home;
    final double share;
    final int min;
    final int max;
    final double breadth;

    Kind(String id, Layer home, double share, int min, int max, double breadth) {
      this.id = id;
      this.home = home;
      this.share = share;
      this.min = min;
      this.max = max;
      this.breadth = breadth;
    }

    int count(int organizations) {
      return (int) Math.max(min, Math.min(max, Math.round(organizations * share)));
    }
  }

  private record Org(Organization organization, Kind kind, int rank, int regionIndex) {
    String id() {
      return organization.id();
    }
  }

  @SuppressWarnings("EnumOrdinal") // per-kind counts and lists in declaration order; only ids reach the map
  private static final class Generator {
    private final Spec spec;
    private final SplittableRandom random;
    private final FunctionCatalog catalog = FunctionCatalog.dssa2012();
    private final ImmutableList<Cell> cells = placeableCells();
    private final double[] functionPopularity;
    private final List<Org> orgs = new ArrayList<>();
    private final List<List<Org>> byKind = new ArrayList<>();

    Generator(Spec spec) {
      this.spec = spec;
      this.random = new SplittableRandom(spec.seed());
      this.functionPopularity = new double[catalog.functions().size()];
      for (int i = 0; i < functionPopularity.length; i++) {
        functionPopularity[i] = 0.4 + 0.6 * random.nextDouble();
      }
      for (int i = 0; i < Kind.values().length; i++) {
        byKind.add(new ArrayList<>());
      }
    }

    EcosystemMap map() {
      EcosystemMap.Builder b = EcosystemMap.builder()
          .title("Synthetic DNS SSR ecosystem, seed " + spec.seed() + ", " + spec.placements() + " placements")
          .asOf(LocalDate.of(2012, 8, 24));
      createOrganizations();
      orgs.forEach(o -> b.addOrganization(o.organization()));
      placements(b);
      relationships(b);
      return b.build();
    }

    private void createOrganizations() {
      int total = spec.organizations();
      int[] counts = new int[Kind.values().length];
      int assigned = 0;
      for (Kind k : Kind.values()) {
        if (k != Kind.OPERATOR) {
          counts[k.ordinal()] = k.count(total);
          assigned += counts[k.ordinal()];
        }
      }
      // Small maps cannot hold every kind at its minimum; trim the largest kinds, never below one each.
      while (assigned > total - 1) {
        int largest = 0;
        for (int i = 1; i < counts.length; i++) {
          largest = counts[i] > counts[largest] ? i : largest;
        }
        counts[largest]--;
        assigned--;
      }
      counts[Kind.OPERATOR.ordinal()] = total - assigned;
      for (Kind k : Kind.values()) {
        for (int rank = 0; rank < counts[k.ordinal()]; rank++) {
          Org o = organization(k, rank);
          orgs.add(o);
          byKind.get(k.ordinal()).add(o);
        }
      }
    }

    private Org organization(Kind kind, int rank) {
      String id = String.format("%s-%05d", kind.id, rank + 1);
      String name = switch (kind) {
        case CORE -> "Core operator " + (rank + 1);
        case GLUE -> "Regional sharing group " + (rank + 1);
        case BACKEND -> "Back-end operator " + (rank + 1);
        case CERT -> "CERT " + (rank + 1);
        case CCTLD -> "ccTLD registry " + (rank + 1);
        case REGISTRY -> "gTLD registry " + (rank + 1);
        case REGISTRAR -> "Registrar " + (rank + 1);
        case OPERATOR -> "DNS operator " + (rank + 1);
      };
      int regionIndex;
      Region region;
      if (kind == Kind.CORE) {
        regionIndex = -1;
        region = Region.GLOBAL;
      } else if (kind == Kind.GLUE) {
        // Every region gets its own glue first; the rest spread round the regions and the globe.
        regionIndex = rank % (REGIONAL.length + 1);
        regionIndex = regionIndex == REGIONAL.length ? -1 : regionIndex;
        region = regionIndex < 0 ? Region.GLOBAL : REGIONAL[regionIndex];
      } else if (kind == Kind.BACKEND) {
        regionIndex = rank < 4 ? rank % 2 : pick(REGION_WEIGHTS);
        region = REGIONAL[regionIndex];
      } else {
        regionIndex = pick(REGION_WEIGHTS);
        region = REGIONAL[regionIndex];
      }
      Organization org = Organization.of(id, name, kind.id, region);
      if (random.nextInt(4) == 0) {
        org = org.withUrl("https://" + id + ".example");
      }
      return new Org(org, kind, rank, regionIndex);
    }

    private double breadth(Org o) {
      return o.kind() == Kind.BACKEND ? o.kind().breadth / Math.pow(o.rank() + 1, 0.5) : o.kind().breadth;
    }

    private void placements(EcosystemMap.Builder b) {
      int[] quotas = quotas();
      double[] keys = new double[cells.size()];
      Integer[] order = new Integer[cells.size()];
      for (int i = 0; i < orgs.size(); i++) {
        Org o = orgs.get(i);
        // Weighted sampling without replacement (Efraimidis-Spirakis): the q largest keys u^(1/w).
        for (int c = 0; c < cells.size(); c++) {
          keys[c] = Math.log(random.nextDouble()) / weight(o, cells.get(c));
          order[c] = c;
        }
        Arrays.sort(order, (x, y) -> Double.compare(keys[y], keys[x]));
        for (int j = 0; j < quotas[i]; j++) {
          b.addPlacement(placement(o, cells.get(order[j])));
        }
      }
    }

    /** How many placements each organization gets: proportional to its breadth, capped at one per cell. */
    private int[] quotas() {
      int n = orgs.size();
      int cap = cells.size();
      int[] quotas = new int[n];
      double[] weights = new double[n];
      for (int i = 0; i < n; i++) {
        weights[i] = breadth(orgs.get(i)) * (0.5 + random.nextDouble());
      }
      int remaining = spec.placements();
      while (remaining > 0) {
        double open = 0;
        for (int i = 0; i < n; i++) {
          open += quotas[i] < cap ? weights[i] : 0;
        }
        int given = 0;
        for (int i = 0; i < n && given < remaining; i++) {
          if (quotas[i] < cap) {
            int share = Math.min(cap - quotas[i], (int) (remaining * weights[i] / open));
            share = Math.min(share, remaining - given);
            quotas[i] += share;
            given += share;
          }
        }
        if (given == 0) {
          // What proportional shares round away goes out one by one from a random start.
          int start = random.nextInt(n);
          for (int k = 0; k < n && given < remaining; k++) {
            int i = (start + k) % n;
            if (quotas[i] < cap) {
              quotas[i]++;
              given++;
            }
          }
        }
        remaining -= given;
      }
      return quotas;
    }

    private double weight(Org o, Cell cell) {
      Layer home = o.kind().home;
      double layer;
      if (cell.layer() == home) {
        layer = 1.0;
      } else if (home == Layer.EDGE) {
        layer = cell.layer() == Layer.GLUE ? 0.12 : 0.03;
      } else {
        layer = cell.layer() == Layer.EDGE ? 0.3 : 0.08;
      }
      double dimension = (home == Layer.EDGE) == (cell.dimension() == Dimension.INTERNAL) ? 1.0 : 0.45;
      return layer * dimension * functionPopularity[catalog.indexOf(cell.function())] * affinity(o.kind(), cell);
    }

    private static double affinity(Kind kind, Cell cell) {
      return switch (kind) {
        case CERT -> switch (cell.function()) {
          case "incident-response" -> 4.0;
          case "event-monitoring", "research-analysis" -> 2.0;
          default -> 1.0;
        };
        case BACKEND -> switch (cell.function()) {
          case "technology", "frontline-mitigation" -> 3.0;
          case "event-monitoring" -> 2.0;
          default -> 1.0;
        };
        case REGISTRAR -> switch (cell.function()) {
          case "compliance-monitoring", "operational-practices" -> 2.0;
          default -> 1.0;
        };
        default -> 1.0;
      };
    }

    private Placement placement(Org o, Cell cell) {
      boolean home = cell.layer() == o.kind().home;
      double verifiedChance = !home ? 0.05 : switch (cell.layer()) {
        case CORE -> 0.6;
        case GLUE -> 0.45;
        case EDGE -> 0.3;
      };
      double disputedChance = home ? 0.04 : 0.2;
      double r = random.nextDouble();
      Placement p;
      if (r < verifiedChance) {
        p = Placement.verified(o.id(), cell,
            random.nextInt(3) == 0 ? EvidenceSource.PEER_REPORTED : EvidenceSource.SELF_REPORTED);
      } else {
        p = Placement.of(o.id(), cell, Status.CLAIMED,
            random.nextInt(3) == 0 ? EvidenceSource.SELF_REPORTED : EvidenceSource.DESK_RESEARCH);
        if (r < verifiedChance + disputedChance) {
          Org by = any(Kind.GLUE);
          p = p.disputed(Dispute.of(by.id(), DISPUTE_REASONS.get(random.nextInt(DISPUTE_REASONS.size()))));
        }
      }
      if (random.nextInt(32) == 0) {
        p = p.withNote(NOTES.get(random.nextInt(NOTES.size())));
      }
      if (random.nextInt(10) == 0) {
        p = p.withAsOf(DATES.get(random.nextInt(DATES.size())));
      }
      if (random.nextInt(50) == 0) {
        p = p.withConfidentiality(Confidentiality.RESTRICTED);
      }
      return p;
    }

    private void relationships(EcosystemMap.Builder b) {
      Set<String> seen = new HashSet<>();
      List<Org> backends = byKind.get(Kind.BACKEND.ordinal());
      double[] zipf = new double[backends.size()];
      for (int i = 0; i < zipf.length; i++) {
        zipf[i] = 1.0 / Math.pow(i + 1, ZIPF_EXPONENT);
      }
      for (Kind kind : List.of(Kind.REGISTRY, Kind.CCTLD)) {
        for (Org registry : byKind.get(kind.ordinal())) {
          // Most gTLD registries outsource; many ccTLDs run their own registry.
          if (random.nextDouble() < (kind == Kind.REGISTRY ? 0.85 : 0.5)) {
            Org backend = backends.get(pick(zipf));
            add(b, seen, new Relationship(registry.id(), backend.id(), RelationshipKind.OUTSOURCES_TO,
                outsourcedFunctions(), Optional.empty()));
          }
          if (kind == Kind.CCTLD && random.nextDouble() < 0.7) {
            add(b, seen, Relationship.of(registry.id(), regionalGlue(registry).id(), RelationshipKind.MEMBER_OF));
          }
        }
      }
      for (Org registrar : byKind.get(Kind.REGISTRAR.ordinal())) {
        if (random.nextDouble() < 0.2) {
          add(b, seen, Relationship.of(registrar.id(), regionalGlue(registrar).id(), RelationshipKind.MEMBER_OF));
        }
      }
      List<Org> certs = byKind.get(Kind.CERT.ordinal());
      for (Org cert : certs) {
        if (random.nextDouble() < 0.8) {
          add(b, seen, Relationship.of(cert.id(), regionalGlue(cert).id(), RelationshipKind.ESCALATES_TO,
              List.of("incident-response")));
        }
        if (certs.size() > 1 && random.nextDouble() < 0.3) {
          Org other = certs.get(random.nextInt(certs.size()));
          if (!other.equals(cert)) {
            add(b, seen, Relationship.of(cert.id(), other.id(), RelationshipKind.SHARES_WITH));
          }
        }
      }
      List<Org> core = byKind.get(Kind.CORE.ordinal());
      for (Org glue : byKind.get(Kind.GLUE.ordinal())) {
        // A sparse core: not every regional group has a path to it.
        if (random.nextDouble() < 0.6) {
          add(b, seen, Relationship.of(glue.id(), core.get(random.nextInt(core.size())).id(),
              RelationshipKind.ESCALATES_TO, List.of("incident-response")));
        }
      }
      List<Org> wary = new ArrayList<>(byKind.get(Kind.GLUE.ordinal()));
      wary.addAll(certs);
      wary.addAll(core);
      for (int i = 0; i < Math.max(1, orgs.size() / 500); i++) {
        Org from = wary.get(random.nextInt(wary.size()));
        Org to = wary.get(random.nextInt(wary.size()));
        // Two that share do not distrust each other: a map refuses the pair.
        if (!from.equals(to) && !seen.contains(Relationship.of(from.id(), to.id(), RelationshipKind.SHARES_WITH).key())
            && !seen.contains(Relationship.of(to.id(), from.id(), RelationshipKind.SHARES_WITH).key())) {
          add(b, seen, Relationship.of(from.id(), to.id(), RelationshipKind.DISTRUSTS));
        }
      }
    }

    private ImmutableSortedSet<String> outsourcedFunctions() {
      if (random.nextBoolean()) {
        return ImmutableSortedSet.of();
      }
      ImmutableSortedSet.Builder<String> functions = ImmutableSortedSet.naturalOrder();
      int count = 2 + random.nextInt(3);
      for (int i = 0; i < count; i++) {
        functions.add(OUTSOURCED_FUNCTIONS.get(random.nextInt(OUTSOURCED_FUNCTIONS.size())));
      }
      return functions.build();
    }

    private static void add(EcosystemMap.Builder b, Set<String> seen, Relationship r) {
      if (seen.add(r.key())) {
        b.addRelationship(r);
      }
    }

    /** The glue group of an organization's region, or any when the region has none. */
    private Org regionalGlue(Org o) {
      List<Org> glue = byKind.get(Kind.GLUE.ordinal());
      List<Org> local = glue.stream().filter(g -> g.regionIndex() == o.regionIndex()).toList();
      List<Org> from = local.isEmpty() ? glue : local;
      return from.get(random.nextInt(from.size()));
    }

    private Org any(Kind kind) {
      List<Org> of = byKind.get(kind.ordinal());
      return of.get(random.nextInt(of.size()));
    }

    private int pick(double[] weights) {
      double total = 0;
      for (double w : weights) {
        total += w;
      }
      double x = random.nextDouble() * total;
      for (int i = 0; i < weights.length; i++) {
        x -= weights[i];
        if (x < 0) {
          return i;
        }
      }
      return weights.length - 1;
    }
  }
}
