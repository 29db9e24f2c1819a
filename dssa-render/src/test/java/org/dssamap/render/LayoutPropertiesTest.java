package org.dssamap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.AbstractMap.SimpleEntry;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dssamap.model.Cell;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.Organization;
import org.dssamap.model.RelationshipKind;
import org.dssamap.model.Status;
import org.dssamap.model.testing.DssaGenerators;
import org.dssamap.render.internal.layout.Text;
import org.dssamap.render.options.ColorBy;
import org.dssamap.render.options.RenderOptions;
import org.dssamap.render.scene.AnnularSector;
import org.dssamap.render.scene.Box;
import org.dssamap.render.scene.CellNode;
import org.dssamap.render.scene.Circle;
import org.dssamap.render.scene.Curve;
import org.dssamap.render.scene.LinkNode;
import org.dssamap.render.scene.Marker;
import org.dssamap.render.scene.PlacementNode;
import org.dssamap.render.scene.Scene;
import org.dssamap.render.scene.TextBlock;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class LayoutPropertiesTest {
  /**
   * Random catalogs (1 to 24 functions, hostile names) with random maps on them, most with intentions and notes on
   * cells: every property of the layout holds with them drawn.
   */
  static Gen<EcosystemMap> mapsOnRandomCatalogs() {
    return DssaGenerators.catalogs(24).flatMap(c -> DssaGenerators.maps(c, 0, 10))
        .flatMap(DssaGenerators::withIntentionsAndNotes);
  }

  static Gen<RenderOptions> options() {
    return in -> {
      RenderOptions.Builder b = RenderOptions.builder().width(DssaGenerators.between(in, 600, 2400));
      int dims = DssaGenerators.between(in, 0, 2);
      if (dims < 2) {
        b.dimensions(List.of(org.dssamap.model.Dimension.values()[dims]));
      }
      if (DssaGenerators.between(in, 0, 2) == 0) {
        b.statuses(List.of(Status.VERIFIED));
      }
      b.colorBy(ColorBy.values()[DssaGenerators.between(in, 0, 1)]);
      // the core, a path and a short table sometimes: their notes and "+ N more" must find room too
      b.showCore(DssaGenerators.between(in, 0, 2) == 0);
      if (DssaGenerators.between(in, 0, 2) == 0) {
        b.escalationPath(org.dssamap.model.Region.AFRICA, org.dssamap.model.Region.values()[
            DssaGenerators.between(in, 1, 4)]);
      }
      b.maxNamesPerTableCell(DssaGenerators.between(in, 1, 3));
      // intentions drawn on most pictures: their rings and names must find room too
      b.showIntentions(DssaGenerators.between(in, 0, 3) > 0);
      return b.build();
    };
  }

  @Test
  void everyDotLiesInsideItsCellAndNoTwoDotsOverlap() {
    qt().withExamples(80).forAll(mapsOnRandomCatalogs(), Generate.enumValues(View.class), options())
        .checkAssert((map, view, options) -> assertDotsInsideAndApart(MapRenderer.scene(map, view, options)));
  }

  @Test
  void dotsOfACrowdedMapStayInsideAndApart() {
    EcosystemMap map = ExampleMaps.large(1500, 3);
    assertDotsInsideAndApart(MapRenderer.scene(map, View.WHEEL, RenderOptions.defaults()));
  }

  @Test
  void labelsStayOnTheCanvasAndNeverOverlap() {
    qt().withExamples(80).forAll(mapsOnRandomCatalogs(), Generate.enumValues(View.class), options())
        .checkAssert((map, view, options) -> {
          Scene scene = MapRenderer.scene(map, view, options);
          List<TextBlock> labels = scene.labels().filter(l -> !l.lines().isEmpty()).toList();
          for (TextBlock l : labels) {
            assertTrue(scene.canvas().encloses(l.bounds()), () -> l.role() + " '" + l.text() + "' at " + l.bounds()
                + " leaves the canvas " + scene.canvas());
          }
          for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
              TextBlock a = labels.get(i);
              TextBlock b = labels.get(j);
              assertFalse(a.bounds().overlaps(b.bounds()), () -> a.role() + " '" + a.text() + "' " + a.bounds()
                  + " overlaps " + b.role() + " '" + b.text() + "' " + b.bounds());
            }
          }
        });
  }

  @Test
  void wheelAndTableShowTheSamePlacementsUnderAnyFilter() {
    qt().withExamples(60).forAll(DssaGenerators.maps(), options()).checkAssert((map, options) -> {
      Set<Map.Entry<String, Cell>> wheel = pairs(MapRenderer.scene(map, View.WHEEL, options));
      Set<Map.Entry<String, Cell>> table = pairs(MapRenderer.scene(map, View.TABLE, options));
      assertEquals(wheel, table);
      Set<Map.Entry<String, Cell>> expected = map.placements().stream()
          .filter(p -> options.shows(p, map.requireOrganization(p.organization())))
          .map(p -> new SimpleEntry<>(p.organization(), p.cell())).collect(Collectors.toSet());
      assertEquals(expected, wheel);
    });
  }

  @Test
  void cellCountsAgreeWithTheDotsTheyHold() {
    qt().withExamples(40).forAll(DssaGenerators.maps(), Generate.enumValues(View.class)).checkAssert((map, view) -> {
      MapRenderer.scene(map, view, RenderOptions.defaults()).cells().forEach(c -> {
        assertEquals(c.total(), c.placements().size());
        assertEquals(c.verified(), c.placements().stream().filter(p -> p.status() == Status.VERIFIED).count());
        assertEquals(MapRenderer.defaultGaps(map).contains(c.cell()), c.gap());
      });
    });
  }

  @Test
  void tableCellsGrowToHoldTheirNamesAndNeverOverlap() {
    qt().withExamples(40).forAll(mapsOnRandomCatalogs(), options()).checkAssert((map, options) -> {
      Scene scene = MapRenderer.scene(map, View.TABLE, options);
      List<CellNode> cells = scene.cells().toList();
      for (CellNode c : cells) {
        Box outline = (Box) c.outline();
        for (PlacementNode p : c.placements()) {
          p.label().ifPresent(l -> assertTrue(outline.encloses(l.bounds()),
              () -> "name '" + l.text() + "' " + l.bounds() + " leaves its cell " + outline));
        }
        c.decorations().forEach(d -> assertTrue(outline.encloses(((TextBlock) d).bounds())));
        for (var i : c.intentions()) {
          i.label().ifPresent(l -> assertTrue(outline.encloses(l.bounds()),
              () -> "intention '" + l.text() + "' " + l.bounds() + " leaves its cell " + outline));
          i.extent().ifPresent(e -> assertTrue(outline.encloses(e.bounds()),
              () -> "ring " + e + " leaves its cell " + outline));
        }
        c.note().flatMap(n -> n.sheet()).ifPresent(a -> assertTrue(outline.encloses(a.geometry().bounds()),
            () -> "sheet " + a.geometry().bounds() + " leaves its cell " + outline));
      }
      for (int i = 0; i < cells.size(); i++) {
        for (int j = i + 1; j < cells.size(); j++) {
          assertFalse(cells.get(i).outline().bounds().overlaps(cells.get(j).outline().bounds()));
        }
      }
    });
  }

  @Test
  void everyDotOfANamedWheelHasItsNameBesideItOrAnEntryInTheIndex() {
    qt().withExamples(40).forAll(mapsOnRandomCatalogs(), options()).checkAssert((map, options) -> {
      Scene scene = MapRenderer.scene(map, View.WHEEL, options);
      List<String> index = scene.labels().filter(l -> l.role().equals("index")).map(TextBlock::text).toList();
      scene.cells().filter(c -> !c.aggregated()).flatMap(c -> c.placements().stream())
          .filter(p -> p.marker().isPresent()).forEach(p -> {
            String name = Text.clean(map.requireOrganization(p.organization()).name());
            Optional<TextBlock> label = p.label();
            if (label.isPresent() && label.get().role().equals("name")) {
              String shown = label.get().text();
              assertTrue(shown.equals(name) || shown.endsWith("\u2026")
                  && name.startsWith(shown.substring(0, shown.length() - 1)), () -> shown + " names " + name);
            } else if (label.isPresent()) {
              assertEquals("number", label.get().role());
              String entry = label.get().text() + " " + name;
              assertTrue(index.stream().anyMatch(e -> lists(e, entry)), () -> entry + " not in " + index);
            } else if (scene.cells().noneMatch(CellNode::aggregated)) {
              // a line of its own: "– Name, claimed (glue, internal)", cut after four lines
              assertTrue(index.stream().anyMatch(e -> lists(e, "\u2013 " + name)),
                  () -> p.organization() + " neither named nor in the index " + index);
            } else {
              // on a wheel with full cells, the dots of a cell with room for neither name nor number share one
              // line, never cut: how many, then the five largest organizations (by size, then name), each name
              // whole or cut with an ellipsis as beside a dot, then how many more, among them this one
              CellNode cell = scene.cells().filter(c -> c.placements().contains(p)).findFirst().orElseThrow();
              List<Organization> unnamed = cell.placements().stream()
                  .filter(q -> q.marker().isPresent() && q.label().isEmpty())
                  .map(q -> map.requireOrganization(q.organization()))
                  .sorted(Comparator.comparingLong((Organization o) -> o.size().orElse(0)).reversed()
                      .thenComparing(o -> Text.clean(o.name())).thenComparing(Organization::id))
                  .toList();
              List<Organization> largest = unnamed.subList(0, Math.min(5, unnamed.size()));
              assertTrue(largest.stream().anyMatch(o -> o.id().equals(p.organization())) || unnamed.size() > 5);
              String head = cell.cell().layer().displayName() + ", "
                  + cell.cell().dimension().displayName().toLowerCase(Locale.ROOT) + " ("
                  + String.format(Locale.ROOT, "%,d", unnamed.size()) + " not named on the wheel): ";
              List<String> names = largest.stream().map(o -> Text.clean(o.name())).toList();
              String more = unnamed.size() > 5
                  ? " + " + String.format(Locale.ROOT, "%,d", unnamed.size() - 5) + " more" : "";
              assertTrue(index.stream().anyMatch(e -> listsNames(e, head, names, more)),
                  () -> head + names + more + " not in the index " + index);
            }
          });
    });
  }

  @Test
  void everyNumberInTheIndexPointsAtOneDotAndNoNameCoversADot() {
    qt().withExamples(40).forAll(mapsOnRandomCatalogs(), options()).checkAssert((map, options) -> {
      Scene scene = MapRenderer.scene(map, View.WHEEL, options);
      Map<String, Long> numbers = java.util.stream.Stream.concat(scene.placements().flatMap(p -> p.label().stream()),
              scene.intentions().flatMap(i -> i.label().stream()))
          .filter(l -> l.role().equals("number")).collect(Collectors.groupingBy(TextBlock::text,
              Collectors.counting()));
      numbers.forEach((n, count) -> assertEquals(1L, count, () -> "number " + n + " on " + count + " dots"));
      scene.labels().filter(l -> l.role().equals("index")).map(TextBlock::text).forEach(e -> {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d+) ").matcher(e);
        if (m.find()) {
          assertTrue(numbers.containsKey(m.group(1)), () -> "index entry " + e + " points at no dot");
        }
      });
      List<Box> dots = java.util.stream.Stream.of(
          scene.placements().flatMap(p -> p.marker().stream()).map(mk -> mk.circle().bounds()),
          scene.intentions().flatMap(i -> i.extent().stream()).map(Circle::bounds),
          scene.notes().flatMap(n -> n.sheet().stream()).map(a -> a.geometry().bounds()))
          .flatMap(x -> x).toList();
      java.util.stream.Stream.concat(scene.placements().flatMap(p -> p.label().stream()),
              scene.intentions().flatMap(i -> i.label().stream())).forEach(l -> dots.forEach(d ->
          assertFalse(l.bounds().overlaps(d), () -> l.role() + " '" + l.text() + "' covers a dot, ring or sheet at "
              + d)));
    });
  }

  @Test
  void aggregateMarksGrowWithTheirCountOnOneScaleForTheWholeWheel() {
    Scene scene = MapRenderer.scene(ExampleMaps.large(1500, 3), View.WHEEL, RenderOptions.defaults());
    List<double[]> marks = new java.util.ArrayList<>();
    scene.cells().filter(CellNode::aggregated).forEach(c -> c.decorations().stream()
        .filter(d -> d instanceof org.dssamap.render.scene.Area a && a.geometry() instanceof Circle)
        .map(d -> (Circle) ((org.dssamap.render.scene.Area) d).geometry())
        .forEach(circle -> marks.add(new double[] {c.total(), circle.r()})));
    assertTrue(marks.size() >= 2, "the crowded map aggregates several cells");
    // area proportional to the count, one factor for every mark above the smallest drawn size
    double[] scale = marks.stream().filter(m -> m[1] > 3.001).mapToDouble(m -> m[1] * m[1] / m[0]).toArray();
    for (double f : scale) {
      assertEquals(scale[0], f, scale[0] * 1e-9);
    }
    for (double[] a : marks) {
      for (double[] b : marks) {
        assertTrue(a[0] <= b[0] || a[1] >= b[1], "a fuller cell never gets a smaller mark");
      }
    }
  }

  @Test
  void aFullCellListsItsFiveLargestOrganizationsInTheIndexHoweverLongTheirNames() {
    EcosystemMap base = ExampleMaps.large(1500, 3);
    CellNode full = MapRenderer.scene(base, View.WHEEL, RenderOptions.defaults()).cells()
        .filter(CellNode::aggregated).findFirst().orElseThrow();
    // the cell's five largest organizations: the largest named by 300 characters, the others by long real names
    List<String> largest = full.placements().stream().map(PlacementNode::organization).limit(5).toList();
    List<String> names = List.of("x".repeat(300),
        "Internet Corporation for Assigned Names and Numbers (ICANN)",
        "Reseaux IP Europeens Network Coordination Centre (RIPE NCC)",
        "ZA Central Registry NPC trading as Registry.Africa", "Beta Registry");
    EcosystemMap.Builder b = EcosystemMap.builder(base.catalog()).title(base.title());
    for (Organization o : base.organizations()) {
      int k = largest.indexOf(o.id());
      b.addOrganization(k < 0 ? o : o.withSize(1_000 - k).withName(names.get(k)));
    }
    base.placements().forEach(b::addPlacement);
    Scene scene = MapRenderer.scene(b.build(), View.WHEEL, RenderOptions.defaults());

    String head = full.cell().layer().displayName() + ", "
        + full.cell().dimension().displayName().toLowerCase(Locale.ROOT) + " ("
        + String.format(Locale.ROOT, "%,d", full.total()) + "): ";
    String more = " + " + String.format(Locale.ROOT, "%,d", full.total() - 5) + " more";
    List<String> index = scene.labels().filter(l -> l.role().equals("index")).map(TextBlock::text).toList();
    String line = index.stream().filter(e -> listsNames(e, head, names, more)).findFirst()
        .orElseThrow(() -> new AssertionError(head + names + more + " not in the index " + index));
    // the five names all there, and the line still a few lines long: only the name of 300 characters is cut
    String squeezed = line.replaceAll("\\s", "");
    for (String name : names.subList(1, 5)) {
      assertTrue(squeezed.contains(name.replaceAll("\\s", "")), () -> name + " cut in " + line);
    }
    assertFalse(squeezed.contains("x".repeat(300)), line);
  }

  @Test
  void everyLinkRunsFromARimOfItsSourceToARimOfItsTargetOncePerRelationship() {
    qt().withExamples(40).forAll(DssaGenerators.maps(), options()).checkAssert((map, base) -> {
      // links alone: the path and the core have their own properties (WheelPathAndCorePropertiesTest)
      RenderOptions plain = base.toBuilder().showCore(false).escalationPath(Optional.empty()).build();
      RenderOptions options = plain.toBuilder().links(List.of(RelationshipKind.values())).build();
      Scene scene = MapRenderer.scene(map, View.WHEEL, options);
      // where each organization is drawn: its dots, and the discs of full cells that hold it
      Map<String, List<Circle>> drawn = new java.util.HashMap<>();
      scene.cells().forEach(c -> {
        List<Circle> discs = c.decorations().stream()
            .filter(d -> d instanceof org.dssamap.render.scene.Area a && a.geometry() instanceof Circle)
            .map(d -> (Circle) ((org.dssamap.render.scene.Area) d).geometry()).toList();
        for (PlacementNode p : c.placements()) {
          List<Circle> at = p.marker().map(m -> List.of(m.circle())).orElse(discs);
          drawn.computeIfAbsent(p.organization(), k -> new java.util.ArrayList<>()).addAll(at);
        }
      });
      List<LinkNode> links = scene.nodes().stream().filter(LinkNode.class::isInstance).map(LinkNode.class::cast)
          .toList();
      Set<String> seen = new java.util.HashSet<>();
      for (LinkNode l : links) {
        assertTrue(seen.add(l.from() + " " + l.kind() + " " + l.to()), () -> "drawn twice: " + l);
        assertTrue(map.relationships().stream().anyMatch(r -> r.from().equals(l.from()) && r.to().equals(l.to())
            && r.kind() == l.kind()), () -> "no such relationship: " + l);
        Curve c = l.curve();
        assertTrue(onRim(drawn.get(l.from()), c.x1(), c.y1()), () -> l + " does not start at a dot of " + l.from());
        assertTrue(onRim(drawn.get(l.to()), c.x2(), c.y2()), () -> l + " does not end at a dot of " + l.to());
      }
      // a relationship between two organizations drawn apart is always drawn
      for (var r : map.relationships()) {
        List<Circle> a = drawn.getOrDefault(r.from(), List.of());
        List<Circle> b = drawn.getOrDefault(r.to(), List.of());
        boolean apart = a.stream().anyMatch(x -> b.stream().anyMatch(y -> Math.hypot(x.cx() - y.cx(),
            x.cy() - y.cy()) > x.r() + y.r()));
        if (apart) {
          assertTrue(seen.contains(r.from() + " " + r.kind() + " " + r.to()), () -> "not drawn: " + r);
        }
      }
      // links are drawn only when asked for
      assertEquals(0, MapRenderer.scene(map, View.WHEEL, plain).nodes().stream()
          .filter(LinkNode.class::isInstance).count());
    });
  }

  private static boolean onRim(List<Circle> circles, double x, double y) {
    return circles != null && circles.stream().anyMatch(c -> Math.abs(Math.hypot(x - c.cx(), y - c.cy()) - c.r()) < 1e-6);
  }

  /**
   * Whether an index entry, wrapped onto lines (joined by spaces) and cut with an ellipsis after four, begins
   * with {@code expected}.
   */
  private static boolean lists(String entry, String expected) {
    String e = entry.replaceAll("\\s", "");
    String x = expected.replaceAll("\\s", "");
    return e.startsWith(x) || e.endsWith("\u2026") && x.startsWith(e.substring(0, e.length() - 1));
  }

  /**
   * Whether an index entry, wrapped onto lines (joined by spaces), is {@code head}, then {@code names} joined by
   * commas, each whole or a beginning of it followed by an ellipsis, then {@code tail}: nothing cut, nothing else.
   */
  static boolean listsNames(String entry, String head, List<String> names, String tail) {
    String e = entry.replaceAll("\\s", "");
    String h = head.replaceAll("\\s", "");
    if (!e.startsWith(h)) {
      return false;
    }
    int at = h.length();
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) {
        if (!e.startsWith(",", at)) {
          return false;
        }
        at++;
      }
      String name = names.get(i).replaceAll("\\s", "");
      if (e.startsWith(name, at)) {
        at += name.length();
      } else {
        int cut = e.indexOf('\u2026', at);
        if (cut <= at || !name.startsWith(e.substring(at, cut))) {
          return false;
        }
        at = cut + 1;
      }
    }
    return e.substring(at).equals(tail.replaceAll("\\s", ""));
  }

  private static Set<Map.Entry<String, Cell>> pairs(Scene scene) {
    return scene.placements().map(p -> new SimpleEntry<>(p.organization(), p.cell())).collect(Collectors.toSet());
  }

  static void assertDotsInsideAndApart(Scene scene) {
    List<CellNode> cells = scene.cells().toList();
    List<Circle> all = new java.util.ArrayList<>();
    for (CellNode cell : cells) {
      for (PlacementNode p : cell.placements()) {
        if (p.marker().isEmpty()) {
          assertTrue(cell.aggregated() || p.label().isEmpty(), "only aggregated cells hide dots");
          continue;
        }
        Circle c = p.marker().map(Marker::circle).orElseThrow();
        if (cell.outline() instanceof AnnularSector s) {
          assertTrue(s.encloses(c), () -> "dot " + c + " of " + p.organization() + " leaves " + s);
        } else if (cell.outline() instanceof Box b) {
          assertTrue(b.encloses(c.bounds()), () -> "dot " + c + " leaves " + b);
        }
        all.add(c);
      }
    }
    // dots of different cells cannot overlap when each lies inside its own cell and cells do not overlap,
    // so only dots of one cell need comparing; comparing all catches overlapping cells too
    all.sort(java.util.Comparator.comparingDouble(Circle::cx));
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size() && all.get(j).cx() - all.get(i).cx() < 2 * all.get(i).r() + 20; j++) {
        Circle a = all.get(i);
        Circle b = all.get(j);
        assertFalse(a.overlaps(b), () -> a + " overlaps " + b);
      }
    }
  }
}
