package org.dssamap.analysis.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.dssamap.model.Dimension;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.Layer;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Region;
import org.dssamap.model.Relationship;
import org.dssamap.model.RelationshipKind;
import org.dssamap.model.Status;
import org.dssamap.model.testing.DssaGenerators;
import org.junit.jupiter.api.Test;

/**
 * Checks {@link Escalation} against the rules written again here, independently: an exhaustive depth-first
 * enumeration of every path of the right shape from every source edge organization, on small random maps, and the
 * unreachable reasons and the assessability from their definitions.
 */
class EscalationPropertiesTest {
  private static final String IR = "incident-response";
  /** Shrinking reruns the exhaustive search on every smaller map it tries: a few hundred tries are plenty. */
  private static final int SHRINKS = 300;

  @Test
  void agreesWithAnExhaustiveSearchOnRandomGraphs() {
    qt().withExamples(300).withShrinkCycles(SHRINKS).forAll(DssaGenerators.escalationMaps(8), booleans().all())
        .checkAssert((map, countClaims) -> agrees(map, countClaims, new Tally()));
  }

  @Test
  void agreesWithAnExhaustiveSearchOnMapsWrittenTheWayTheCallSpeaks() {
    qt().withExamples(300).withShrinkCycles(SHRINKS).forAll(DssaGenerators.escalationWorlds(), booleans().all())
        .checkAssert((map, countClaims) -> agrees(map, countClaims, new Tally()));
  }

  @Test
  void theGeneratorsGiveEveryCaseAtAUsefulRate() {
    // The agreement above proves little if the generators rarely make the cases the rules are about. How many
    // they make varies with the random seed, so they are counted on a fixed one; the properties run on a fresh
    // seed each time.
    Tally random = new Tally();
    qt().withFixedSeed(20120824L).withExamples(300).withShrinkCycles(SHRINKS).forAll(DssaGenerators.escalationMaps(8), booleans().all())
        .checkAssert((map, countClaims) -> agrees(map, countClaims, random));
    Tally worlds = new Tally();
    qt().withFixedSeed(20120824L).withExamples(300).withShrinkCycles(SHRINKS).forAll(DssaGenerators.escalationWorlds(), booleans().all())
        .checkAssert((map, countClaims) -> agrees(map, countClaims, worlds));
    String counts = "random " + random + ", worlds " + worlds;
    // On this seed (300 maps each, 20 pairs a map): random reachable=94, worlds reachable=1247 reachesAll=173
    // distrust=61 endToEnd=37 claimFreeWins=60 relyOnClaims=721; the floors are about half.
    assertTrue(random.reachable >= 45, counts);
    assertTrue(worlds.reachable >= 600, counts);
    assertTrue(worlds.reachesAll >= 80, "source regions that reach every other region: " + counts);
    assertTrue(worlds.reasons.getOrDefault("distrust", 0) >= 30, "pairs only a distrust blocks: " + counts);
    assertTrue(worlds.endToEnd >= 15, "pairs blocked by a distrust of a party not next to the edge: " + counts);
    assertTrue(worlds.claimFreeWins >= 25, "claim-free paths that beat an earlier claimed one: " + counts);
    assertTrue(worlds.relyOnClaims >= 300, "paths that rely on claims: " + counts);
    for (UnreachableReason reason : UnreachableReason.values()) {
      assertTrue(random.reasons.getOrDefault(reason.id(), 0) + worlds.reasons.getOrDefault(reason.id(), 0) >= 10,
          reason.id() + ": " + counts);
    }
    for (NotAssessableReason reason : NotAssessableReason.values()) {
      assertTrue(random.notAssessable.getOrDefault(reason.id(), 0) >= 3, reason.id() + ": " + counts);
    }
  }

  /** What the generated maps held, to tell whether they exercise the rules. */
  private static final class Tally {
    int reachable;
    int reachesAll;
    int endToEnd;
    int claimFreeWins;
    int relyOnClaims;
    final Map<String, Integer> reasons = new TreeMap<>();
    final Map<String, Integer> notAssessable = new TreeMap<>();

    @Override
    public String toString() {
      return "reachable=" + reachable + " reachesAll=" + reachesAll + " endToEnd=" + endToEnd + " claimFreeWins="
          + claimFreeWins + " relyOnClaims=" + relyOnClaims + " reasons=" + reasons + " notAssessable="
          + notAssessable;
    }
  }

  /** Checks one map against the independent definitions, and counts what it held into {@code tally}. */
  private static void agrees(EcosystemMap map, boolean countClaims, Tally tally) {
    Escalation escalation = Escalation.of(map, IR, countClaims);
    Rules rules = new Rules(map, countClaims);
    Exhaustive full = new Exhaustive(rules, Distrust.END_TO_END, true);
    Exhaustive ignoringDistrust = new Exhaustive(rules, Distrust.IGNORED, true);
    Exhaustive hopByHop = new Exhaustive(rules, Distrust.HOP_BY_HOP, true);
    Exhaustive lexicalOnly = new Exhaustive(rules, Distrust.END_TO_END, false);
    for (Region from : Escalation.REGIONS) {
      Map<Region, List<Hop>> expected = full.from(from);
      int reached = 0;
      for (Region to : Escalation.REGIONS) {
        if (to == from) {
          continue;
        }
        EscalationRoute route = escalation.route(from, to);
        Optional<List<Hop>> path = Optional.ofNullable(expected.get(to));
        assertEquals(path, route.path().map(EscalationPath::hops), route.toString());
        if (path.isPresent()) {
          reached++;
          tally.reachable++;
          boolean claimed = path.get().stream().anyMatch(h -> h.status() == Status.CLAIMED);
          assertEquals(claimed, route.path().orElseThrow().reliesOnClaims(), route.toString());
          tally.relyOnClaims += claimed ? 1 : 0;
          tally.claimFreeWins += path.get().equals(lexicalOnly.from(from).get(to)) ? 0 : 1;
        } else {
          UnreachableReason reason = expectedReason(rules, from, to, ignoringDistrust);
          assertEquals(Optional.of(reason), route.reason(), route.toString());
          tally.reasons.merge(reason.id(), 1, Integer::sum);
          tally.endToEnd += reason == UnreachableReason.DISTRUST && hopByHop.from(from).containsKey(to) ? 1 : 0;
        }
      }
      tally.reachesAll += reached == Escalation.REGIONS.size() - 1 ? 1 : 0;
    }
    Optional<NotAssessableReason> notAssessable = rules.glueOrCore().isEmpty()
        ? Optional.of(NotAssessableReason.NO_RELAY)
        : rules.regionsWithEdge().isEmpty() ? Optional.of(NotAssessableReason.NO_EDGE) : Optional.empty();
    assertEquals(notAssessable, escalation.notAssessable());
    assertEquals(notAssessable.isEmpty(), escalation.assessable());
    notAssessable.ifPresent(r -> tally.notAssessable.merge(r.id(), 1, Integer::sum));
    assertEquals(rules.regionsWithEdge(), escalation.regionsWithEdge());
    assertEquals(Escalation.REGIONS.stream().filter(rules::glueLinked).collect(Collectors.toSet()),
        escalation.regionsWithGlue());
    assertEquals(rules.relays(Layer.GLUE), escalation.glueRelays());
    assertEquals(rules.relays(Layer.CORE), escalation.coreRelays());
  }

  /**
   * The reason, from its definition: the first layer missing (source edge, target edge, any core relay, a glue
   * relay linked to an edge of either region), then whether the pair is reachable with distrust ignored.
   */
  private static UnreachableReason expectedReason(Rules rules, Region from, Region to, Exhaustive ignoringDistrust) {
    if (!rules.regionsWithEdge().contains(from)) {
      return UnreachableReason.NO_EDGE_IN_SOURCE;
    }
    if (!rules.regionsWithEdge().contains(to)) {
      return UnreachableReason.NO_EDGE_IN_TARGET;
    }
    if (rules.relays(Layer.CORE) == 0) {
      return UnreachableReason.NO_RELAY_AT_CORE;
    }
    if (!rules.glueLinked(from) || !rules.glueLinked(to)) {
      return UnreachableReason.NO_RELAY_AT_GLUE;
    }
    return ignoringDistrust.from(from).containsKey(to) ? UnreachableReason.DISTRUST : UnreachableReason.NO_PATH;
  }

  @Test
  void aPathNeverPassesThroughOrEndsAtAnOrganizationItsSourceDistrusts() {
    qt().withExamples(200).withShrinkCycles(SHRINKS).forAll(DssaGenerators.escalationWorlds()).checkAssert(map -> {
      Set<String> distrust = new HashSet<>();
      map.relationships().stream().filter(r -> r.kind() == RelationshipKind.DISTRUSTS && r.covers(IR)).forEach(r -> {
        distrust.add(r.from() + " " + r.to());
        distrust.add(r.to() + " " + r.from());
      });
      for (EscalationRoute route : Escalation.of(map).routes()) {
        route.path().ifPresent(path -> {
          for (int i = 1; i < path.hops().size(); i++) {
            String source = path.start().organization();
            assertTrue(!distrust.contains(source + " " + path.hops().get(i).organization()), path.toString());
            assertTrue(!distrust.contains(path.hops().get(i - 1).organization() + " "
                + path.hops().get(i).organization()), path.toString());
          }
        });
      }
    });
  }

  @Test
  void whichWayAnEscalatesToLinkIsWrittenChangesNothing() {
    qt().withExamples(200).withShrinkCycles(SHRINKS).forAll(DssaGenerators.escalationWorlds()).checkAssert(map -> {
      EcosystemMap.Builder turned = EcosystemMap.builder(map.catalog());
      map.organizations().forEach(turned::addOrganization);
      map.placements().forEach(turned::addPlacement);
      Set<String> keys = new HashSet<>();
      for (Relationship r : map.relationships()) {
        Relationship t = r.kind() == RelationshipKind.ESCALATES_TO
            ? new Relationship(r.to(), r.from(), r.kind(), r.functions(), r.note()) : r;
        if (keys.add(t.key())) {
          turned.addRelationship(t);
        }
      }
      assertEquals(Escalation.of(map), Escalation.of(turned.build()));
    });
  }

  @Test
  void sharingMoreNeverCutsAPathAndDistrustNeverAddsOne() {
    qt().withExamples(200).forAll(DssaGenerators.escalationMaps(8), integers().between(0, 63))
        .checkAssert((map, pick) -> {
          int n = map.organizations().size();
          String a = map.organizations().get(pick % n).id();
          String b = map.organizations().get((pick / n + 1 + pick % n) % n).id();
          if (a.equals(b)) {
            return;
          }
          Escalation before = Escalation.of(map);
          Escalation shared = Escalation.of(with(map, Relationship.of(a, b, RelationshipKind.SHARES_WITH)));
          Escalation distrusted = Escalation.of(with(map, Relationship.of(a, b, RelationshipKind.DISTRUSTS)));
          for (int i = 0; i < before.routes().size(); i++) {
            EscalationRoute was = before.routes().get(i);
            assertTrue(!was.isReachable() || shared.routes().get(i).isReachable(), was.toString());
            assertTrue(was.isReachable() || !distrusted.routes().get(i).isReachable(), was.toString());
            if (was.isReachable() && shared.routes().get(i).isReachable()) {
              assertTrue(shared.routes().get(i).path().orElseThrow().length() <= was.path().orElseThrow().length());
            }
          }
        });
  }

  /**
   * The map with the relationship added, unless one with the same key is already there or the map refuses it (a
   * distrust between two that share, or the other way round).
   */
  private static EcosystemMap with(EcosystemMap map, Relationship r) {
    if (map.relationships().stream().anyMatch(x -> x.key().equals(r.key()))) {
      return map;
    }
    try {
      return map.toBuilder().addRelationship(r).build();
    } catch (org.dssamap.model.InvalidMapException e) {
      return map;
    }
  }

  /** How distrust is applied: the rule, as it was (between neighbours only), or not at all. */
  private enum Distrust { END_TO_END, HOP_BY_HOP, IGNORED }

  /** The roles and links of one map, read from its placements and relationships as the documentation says. */
  private static final class Rules {
    private final EcosystemMap map;
    private final boolean countClaims;
    private final Map<String, Optional<Status>> statuses = new java.util.HashMap<>();
    private final Map<String, Boolean> channels = new java.util.HashMap<>();
    private final Map<String, Boolean> distrusts = new java.util.HashMap<>();

    Rules(EcosystemMap map, boolean countClaims) {
      this.map = map;
      this.countClaims = countClaims;
    }

    /** The status an organization plays a role with: verified if any placement giving it is, else claimed. */
    Optional<Status> status(String org, Role role) {
      return statuses.computeIfAbsent(org + " " + role, k -> findStatus(org, role));
    }

    private Optional<Status> findStatus(String org, Role role) {
      Organization o = map.requireOrganization(org);
      if (role == Role.EDGE && o.region().filter(Escalation.REGIONS::contains).isEmpty()) {
        return Optional.empty();
      }
      List<Status> statuses = map.placementsOf(org).stream()
          .filter(p -> p.cell().function().equals(IR) && counts(p))
          .filter(p -> role == Role.EDGE ? p.cell().layer() == Layer.EDGE
              : p.cell().dimension() == Dimension.EXTERNAL
                  && p.cell().layer() == (role == Role.GLUE ? Layer.GLUE : Layer.CORE))
          .map(Placement::status).toList();
      return statuses.isEmpty() ? Optional.empty()
          : Optional.of(statuses.contains(Status.VERIFIED) ? Status.VERIFIED : Status.CLAIMED);
    }

    private boolean counts(Placement p) {
      return p.status() == Status.VERIFIED || (countClaims && p.status() == Status.CLAIMED);
    }

    List<String> edgesOf(Region region) {
      return map.organizations().stream()
          .filter(o -> o.region().equals(Optional.of(region)) && status(o.id(), Role.EDGE).isPresent())
          .map(Organization::id).toList();
    }

    Set<Region> regionsWithEdge() {
      return Escalation.REGIONS.stream().filter(r -> !edgesOf(r).isEmpty()).collect(Collectors.toSet());
    }

    int relays(Layer layer) {
      Role role = layer == Layer.GLUE ? Role.GLUE : Role.CORE;
      return (int) map.organizations().stream().filter(o -> status(o.id(), role).isPresent()).count();
    }

    List<String> glueOrCore() {
      return map.organizations().stream().map(Organization::id)
          .filter(o -> status(o, Role.GLUE).isPresent() || status(o, Role.CORE).isPresent()).toList();
    }

    /** Whether an edge organization of the region has a channel, distrusted or not, to a glue relay. */
    boolean glueLinked(Region region) {
      return edgesOf(region).stream().anyMatch(e -> map.organizations().stream()
          .anyMatch(o -> status(o.id(), Role.GLUE).isPresent() && channel(e, o.id())));
    }

    /** Whether a relationship between the two carries an incident, whichever way it is written. */
    boolean channel(String a, String b) {
      return channels.computeIfAbsent(a + " " + b, k -> map.relationships().stream().anyMatch(r -> between(r, a, b) && r.covers(IR)
          && (r.kind() == RelationshipKind.SHARES_WITH || r.kind() == RelationshipKind.MEMBER_OF
              || r.kind() == RelationshipKind.ESCALATES_TO)));
    }

    boolean distrust(String a, String b) {
      return distrusts.computeIfAbsent(a + " " + b, k -> map.relationships().stream()
          .anyMatch(r -> between(r, a, b) && r.covers(IR) && r.kind() == RelationshipKind.DISTRUSTS));
    }

    private static boolean between(Relationship r, String a, String b) {
      return (r.from().equals(a) && r.to().equals(b)) || (r.from().equals(b) && r.to().equals(a));
    }
  }

  /**
   * Every path, enumerated depth first from each source edge organization with no repeated (organization, phase)
   * state, the best kept per target region: fewest links, then (if {@code claimFreeFirst}) one with no claimed
   * hop, then the smallest sequence of organization ids and roles.
   */
  private static final class Exhaustive {
    private final Rules rules;
    private final Distrust distrust;
    private final Comparator<List<Hop>> order;
    private final Map<Region, Map<Region, List<Hop>>> cache = new EnumMap<>(Region.class);

    Exhaustive(Rules rules, Distrust distrust, boolean claimFreeFirst) {
      this.rules = rules;
      this.distrust = distrust;
      Comparator<List<Hop>> shortest = Comparator.comparingInt(List::size);
      if (claimFreeFirst) {
        shortest = shortest.thenComparing(p -> p.stream().anyMatch(h -> h.status() == Status.CLAIMED));
      }
      this.order = shortest.thenComparing((a, b) -> {
        for (int i = 0; i < a.size(); i++) {
          int c = a.get(i).organization().compareTo(b.get(i).organization());
          if (c == 0) {
            c = a.get(i).role().compareTo(b.get(i).role());
          }
          if (c != 0) {
            return c;
          }
        }
        return 0;
      });
    }

    /** The best path to each region reached from the edge of {@code from}. */
    Map<Region, List<Hop>> from(Region from) {
      return cache.computeIfAbsent(from, f -> {
        Map<Region, List<Hop>> best = new EnumMap<>(Region.class);
        for (String source : rules.edgesOf(f)) {
          List<Hop> path = new ArrayList<>();
          path.add(new Hop(source, Role.EDGE, rules.status(source, Role.EDGE).orElseThrow()));
          Set<String> seen = new HashSet<>(Set.of(source + " start"));
          extend(source, f, path, seen, "start", best);
        }
        return best;
      });
    }

    private void extend(String source, Region from, List<Hop> path, Set<String> seen, String phase,
        Map<Region, List<Hop>> best) {
      String at = path.get(path.size() - 1).organization();
      for (Organization o : rules.map.organizations()) {
        String n = o.id();
        if (!rules.channel(at, n) || (distrust != Distrust.IGNORED && rules.distrust(at, n))
            || (distrust == Distrust.END_TO_END && rules.distrust(source, n))) {
          continue;
        }
        switch (phase) {
          case "start" -> step(source, from, path, seen, n, "out", Role.GLUE, best);
          case "out" -> {
            step(source, from, path, seen, n, "out", Role.GLUE, best);
            step(source, from, path, seen, n, "core", Role.CORE, best);
          }
          case "core" -> {
            step(source, from, path, seen, n, "core", Role.CORE, best);
            step(source, from, path, seen, n, "in", Role.GLUE, best);
          }
          case "in" -> {
            step(source, from, path, seen, n, "in", Role.GLUE, best);
            Optional<Status> edge = rules.status(n, Role.EDGE);
            Optional<Region> region = o.region();
            if (edge.isPresent() && !region.equals(Optional.of(from))) {
              List<Hop> done = new ArrayList<>(path);
              done.add(new Hop(n, Role.EDGE, edge.get()));
              best.merge(region.orElseThrow(), done, (x, y) -> order.compare(x, y) <= 0 ? x : y);
            }
          }
          default -> throw new AssertionError(phase);
        }
      }
    }

    private void step(String source, Region from, List<Hop> path, Set<String> seen, String n, String phase,
        Role role, Map<Region, List<Hop>> best) {
      Optional<Status> status = rules.status(n, role);
      if (status.isEmpty() || !seen.add(n + " " + phase)) {
        return;
      }
      path.add(new Hop(n, role, status.get()));
      extend(source, from, path, seen, phase, best);
      path.remove(path.size() - 1);
      seen.remove(n + " " + phase);
    }
  }
}
