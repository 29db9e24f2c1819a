package org.dssamap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dssamap.analysis.escalation.Escalation;
import org.dssamap.analysis.escalation.Hop;
import org.dssamap.model.Cell;
import org.dssamap.model.Dimension;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.Layer;
import org.dssamap.model.Placement;
import org.dssamap.model.Region;
import org.dssamap.model.Relationship;
import org.dssamap.model.RelationshipKind;
import org.dssamap.model.Status;
import org.dssamap.model.testing.DssaGenerators;
import org.dssamap.render.internal.table.TableLayout;
import org.dssamap.render.options.RegionPair;
import org.dssamap.render.options.RenderOptions;
import org.dssamap.render.scene.Area;
import org.dssamap.render.scene.CellNode;
import org.dssamap.render.scene.Circle;
import org.dssamap.render.scene.LinkNode;
import org.dssamap.render.scene.PlacementNode;
import org.dssamap.render.scene.Scene;
import org.dssamap.render.scene.TextBlock;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The escalation path, the core's fragments and the table's "+ N more", checked against their definitions stated
 * here: the path is the analysis's route, hop by hop; the core is who does incident response for others at the
 * core, joined by sharing, membership and escalation; a cell's names and its "+ N more" add up to its count.
 */
class WheelPathAndCorePropertiesTest {
  private static final List<Region> REGIONS = List.copyOf(Escalation.REGIONS);

  private static Gen<RegionPair> pairs() {
    return in -> {
      int a = DssaGenerators.between(in, 0, REGIONS.size() - 1);
      int b = (a + DssaGenerators.between(in, 1, REGIONS.size() - 1)) % REGIONS.size();
      return new RegionPair(REGIONS.get(a), REGIONS.get(b));
    };
  }

  @Test
  void thePathMarksExactlyTheStepsOfTheAnalysisRouteEachFromDotToDot() {
    qt().withExamples(40).forAll(DssaGenerators.escalationWorlds(), pairs(), DssaGenerators.escalationWorlds()
        .map(m -> m.relationships().size() % 2 == 0)).checkAssert((map, pair, withLinks) -> {
          RenderOptions options = RenderOptions.builder().escalationPath(pair.from(), pair.to())
              .links(withLinks ? List.of(RelationshipKind.values()) : List.of()).build();
          Scene scene = MapRenderer.scene(map, View.WHEEL, options);
          List<LinkNode> path = links(scene).stream().filter(LinkNode::onPath).toList();
          // the steps the analysis found: consecutive hops of different organizations
          List<String> expected = new ArrayList<>();
          Escalation.of(map).route(pair.from(), pair.to()).path().ifPresent(p -> {
            for (int i = 0; i + 1 < p.hops().size(); i++) {
              Hop a = p.hops().get(i);
              Hop b = p.hops().get(i + 1);
              if (!a.organization().equals(b.organization())) {
                expected.add(a.organization() + ">" + b.organization());
              }
            }
          });
          assertEquals(expected, path.stream().map(l -> l.from() + ">" + l.to()).toList());
          for (int i = 0; i < path.size(); i++) {
            LinkNode l = path.get(i);
            assertEquals(i + 1, l.step());
            // along a relationship that carries incidents, whichever way it points
            assertTrue(map.relationships().stream().anyMatch(r -> r.kind() == l.kind() && r.kind() != RelationshipKind
                .OUTSOURCES_TO && r.kind() != RelationshipKind.DISTRUSTS && (r.from().equals(l.from())
                && r.to().equals(l.to()) || r.from().equals(l.to()) && r.to().equals(l.from()))), l::toString);
            assertTrue(onRim(dots(scene).get(l.from()), l.curve().x1(), l.curve().y1()), l::toString);
            assertTrue(onRim(dots(scene).get(l.to()), l.curve().x2(), l.curve().y2()), l::toString);
          }
          // a relationship on the path is drawn once, as the path: other links of the pair and kind are the
          // pair's other relationships of that kind
          for (LinkNode l : path) {
            String key = unordered(l.from(), l.to()) + l.kind();
            long relationships = map.relationships().stream()
                .filter(r -> (unordered(r.from(), r.to()) + r.kind()).equals(key)).count();
            long drawn = links(scene).stream().filter(x -> !x.onPath()
                && (unordered(x.from(), x.to()) + x.kind()).equals(key)).count();
            assertTrue(drawn < relationships, () -> key + " drawn again " + drawn + " times for " + relationships);
          }
          // the note says which path, or that there is none
          String notes = String.join(" ", scene.labels().filter(t -> t.role().equals("link-note"))
              .map(TextBlock::text).toList());
          assertTrue(notes.replaceAll("\\s", "").contains(("Escalation path " + pair.displayName())
              .replaceAll("\\s", "")), notes);
        });
  }

  @Test
  void theCoreJoinsItsOrganizationsByTheirChannelsAndRingsTheUnlinked() {
    qt().withExamples(40).forAll(DssaGenerators.escalationWorlds()).checkAssert(map -> {
      Scene scene = MapRenderer.scene(map, View.WHEEL, RenderOptions.builder().showCore(true).build());
      Cell core = Cell.of("incident-response", Dimension.EXTERNAL, Layer.CORE);
      Set<String> members = new TreeSet<>();
      for (Placement p : map.placementsIn(core)) {
        if (p.status() != Status.DISPUTED) {
          members.add(p.organization());
        }
      }
      Set<String> expectedLinks = new HashSet<>();
      Set<String> linked = new HashSet<>();
      for (Relationship r : map.relationships()) {
        boolean channel = r.kind() == RelationshipKind.SHARES_WITH || r.kind() == RelationshipKind.MEMBER_OF
            || r.kind() == RelationshipKind.ESCALATES_TO;
        if (channel && r.covers("incident-response") && !r.from().equals(r.to()) && members.contains(r.from())
            && members.contains(r.to())) {
          expectedLinks.add(r.from() + ">" + r.kind() + ">" + r.to());
          linked.add(r.from());
          linked.add(r.to());
        }
      }
      Set<String> drawn = new HashSet<>();
      links(scene).stream().filter(LinkNode::core).forEach(l -> drawn.add(l.from() + ">" + l.kind() + ">" + l.to()));
      assertEquals(expectedLinks, drawn);
      // one ring per unlinked core organization, around its core dot
      Map<String, Circle> coreDots = new HashMap<>();
      scene.cells().filter(c -> c.cell().equals(core)).flatMap(c -> c.placements().stream())
          .forEach(p -> p.marker().ifPresent(m -> coreDots.put(p.organization(), m.circle())));
      List<Circle> rings = scene.nodes().stream().filter(n -> n instanceof Area a && a.role().equals("core-alone"))
          .map(n -> (Circle) ((Area) n).geometry()).toList();
      assertEquals(members.size() - linked.size(), rings.size());
      for (Circle ring : rings) {
        assertTrue(members.stream().filter(o -> !linked.contains(o)).map(coreDots::get)
            .anyMatch(d -> d != null && d.cx() == ring.cx() && d.cy() == ring.cy() && ring.r() > d.r()));
      }
      // and the fragments counted in words: connected groups of members
      String expected = members.isEmpty() ? "nobody shown does incident response for others at the core"
          : "in " + fragments(members, map) + " fragment";
      assertTrue(scene.labels().anyMatch(t -> t.role().equals("link-note") && t.text().replaceAll("\\s", "")
          .contains(expected.replaceAll("\\s", ""))), expected);
    });
  }

  @Test
  void aTableCellsNamesAndItsMoreAddUpToItsCountAndTheWheelsCount() {
    Gen<Integer> caps = DssaGenerators.maps().map(m -> 1 + m.organizations().size() % 4);
    qt().withExamples(60).forAll(DssaGenerators.maps(), caps).checkAssert((map, cap) -> {
      RenderOptions options = RenderOptions.builder().maxNamesPerTableCell(cap).build();
      Map<Cell, Integer> wheel = new HashMap<>();
      MapRenderer.scene(map, View.WHEEL, options).cells().forEach(c -> wheel.put(c.cell(), c.total()));
      MapRenderer.scene(map, View.TABLE, options).cells().forEach(c -> {
        long named = c.placements().stream().filter(p -> p.label().isPresent()).count();
        int more = c.decorations().stream().filter(d -> d instanceof TextBlock t && t.role().equals("more"))
            .map(d -> Integer.parseInt(((TextBlock) d).text().replaceAll("[^0-9]", ""))).findFirst().orElse(0);
        assertEquals(Math.min(cap, c.total()), named, () -> c.cell() + " names");
        assertEquals(c.total(), named + more, () -> c.cell() + ": " + named + " names + " + more + " more");
        assertEquals(wheel.get(c.cell()), c.total());
      });
    });
  }

  @Test
  void everyNameIsListedWhenAskedForAll() {
    EcosystemMap map = ExampleMaps.large(600, 5);
    Scene scene = MapRenderer.scene(map, View.TABLE, RenderOptions.builder()
        .maxNamesPerTableCell(RenderOptions.ALL_NAMES).build());
    scene.cells().forEach(c -> assertTrue(c.placements().stream().allMatch(p -> p.label().isPresent())));
    assertEquals("+ 1,204 more", TableLayout.moreText(1204));
  }

  private static long fragments(Set<String> members, EcosystemMap map) {
    Map<String, String> group = new HashMap<>();
    members.forEach(m -> group.put(m, m));
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Relationship r : map.relationships()) {
        boolean channel = r.kind() == RelationshipKind.SHARES_WITH || r.kind() == RelationshipKind.MEMBER_OF
            || r.kind() == RelationshipKind.ESCALATES_TO;
        if (channel && r.covers("incident-response") && group.containsKey(r.from()) && group.containsKey(r.to())) {
          String a = group.get(r.from());
          String b = group.get(r.to());
          if (!a.equals(b)) {
            String low = a.compareTo(b) < 0 ? a : b;
            group.replaceAll((k, v) -> v.equals(a) || v.equals(b) ? low : v);
            changed = true;
          }
        }
      }
    }
    return group.values().stream().distinct().count();
  }

  private static String unordered(String a, String b) {
    return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
  }

  private static List<LinkNode> links(Scene scene) {
    return scene.nodes().stream().filter(LinkNode.class::isInstance).map(LinkNode.class::cast).toList();
  }

  private static Map<String, List<Circle>> dots(Scene scene) {
    Map<String, List<Circle>> drawn = new HashMap<>();
    scene.cells().forEach((CellNode c) -> {
      for (PlacementNode p : c.placements()) {
        p.marker().ifPresent(m -> drawn.computeIfAbsent(p.organization(), k -> new ArrayList<>()).add(m.circle()));
      }
    });
    return drawn;
  }

  private static boolean onRim(List<Circle> circles, double x, double y) {
    return circles != null
        && circles.stream().anyMatch(c -> Math.abs(Math.hypot(x - c.cx(), y - c.cy()) - c.r()) < 1e-6);
  }
}
