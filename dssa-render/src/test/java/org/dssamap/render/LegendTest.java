package org.dssamap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.dssamap.model.Cell;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.EvidenceSource;
import org.dssamap.model.FunctionCatalog;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Region;
import org.dssamap.model.testing.DssaGenerators;
import org.dssamap.render.internal.layout.KindNames;
import org.dssamap.render.internal.layout.MapContent;
import org.dssamap.render.options.ColorBy;
import org.dssamap.render.options.RenderOptions;
import org.dssamap.render.options.Theme;
import org.dssamap.render.scene.Area;
import org.dssamap.render.scene.Box;
import org.dssamap.render.scene.Scene;
import org.dssamap.render.scene.Style;
import org.dssamap.render.scene.TextBlock;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class LegendTest {
  private static final String EXPECTED = "expected: someone should do this";
  private static final String NOT_EXPECTED = "not expected here";
  private static final String GAP = "gap: expected, nobody verified";

  /** One legend entry: its text and the swatch drawn before it. */
  private record Entry(String text, Style swatch) {}

  /**
   * The entries of the legend section whose heading starts with {@code heading}: the texts indented past the
   * heading, up to the next text that is not, each with the legend swatch level with its first line.
   */
  private static List<Entry> section(Scene scene, String heading) {
    List<TextBlock> texts = scene.nodes().stream()
        .filter(n -> n instanceof TextBlock t && t.role().equals("legend")).map(TextBlock.class::cast).toList();
    List<Area> swatches = scene.nodes().stream()
        .filter(n -> n instanceof Area a && a.role().equals("legend")).map(Area.class::cast).toList();
    int start = -1;
    for (int i = 0; i < texts.size() && start < 0; i++) {
      if (texts.get(i).text().startsWith(heading)) {
        start = i;
      }
    }
    assertTrue(start >= 0, () -> "no legend heading " + heading);
    double left = texts.get(start).bounds().x();
    List<Entry> entries = new ArrayList<>();
    for (int i = start + 1; i < texts.size() && texts.get(i).bounds().x() > left + 1; i++) {
      TextBlock t = texts.get(i);
      List<Area> level = swatches.stream().filter(a -> {
        Box b = a.geometry().bounds();
        double cy = b.y() + b.height() / 2;
        return cy >= t.bounds().y() && cy <= t.bounds().y() + 16 && b.maxX() <= t.bounds().x();
      }).toList();
      assertEquals(1, level.size(), () -> "one swatch for legend entry '" + t.text() + "', found " + level);
      entries.add(new Entry(t.text(), level.get(0).style()));
    }
    return entries;
  }

  private static Map<String, Style> cellSwatches(Scene scene) {
    Map<String, Style> out = new LinkedHashMap<>();
    section(scene, "Cells").forEach(e -> out.put(e.text(), e.swatch()));
    assertEquals(Set.of(EXPECTED, NOT_EXPECTED, GAP), out.keySet());
    return out;
  }

  @Test
  void expectedSwatchIsPlainWhenEveryExpectedCellOfTheMapIsAGap() {
    EcosystemMap map = ExampleMaps.ecosystem();
    Set<Cell> everyExpected = map.catalog().cells().stream().filter(map.catalog()::isExpected)
        .collect(Collectors.toSet());
    for (View view : View.values()) {
      Map<String, Style> swatches = cellSwatches(MapRenderer.scene(map, view, RenderOptions.defaults(), everyExpected));
      assertTrue(swatches.get(EXPECTED).hatch().isEmpty(), () -> view + ": expected swatch " + swatches.get(EXPECTED));
      assertTrue(swatches.get(GAP).hatch().isPresent(), () -> view + ": gap swatch " + swatches.get(GAP));
      assertNotEquals(swatches.get(GAP), swatches.get(EXPECTED), view::toString);
      assertNotEquals(swatches.get(NOT_EXPECTED), swatches.get(EXPECTED), view::toString);
    }
  }

  @Test
  void cellSwatchesAreTheSameWhicheverCellsAreGaps() {
    Gen<EcosystemMap> maps = DssaGenerators.catalogs(12).flatMap(c -> DssaGenerators.maps(c, 0, 4));
    Gen<Long> seeds = Generate.longRange(0, Long.MAX_VALUE);
    qt().withExamples(60).forAll(maps, Generate.enumValues(View.class), seeds).checkAssert((map, view, seed) -> {
      java.util.Random random = new java.util.Random(seed);
      Set<Cell> gaps = map.catalog().cells().stream().filter(c -> random.nextBoolean()).collect(Collectors.toSet());
      Map<String, Style> none = cellSwatches(MapRenderer.scene(map, view, RenderOptions.defaults(), Set.of()));
      Map<String, Style> some = cellSwatches(MapRenderer.scene(map, view, RenderOptions.defaults(), gaps));
      assertEquals(none, some);
      assertEquals(3, Set.copyOf(some.values()).size(), () -> "three distinct cell styles: " + some);
    });
  }

  /** Eleven kinds, as on the real-world map: {@code kind-a} has eleven organizations, ..., {@code kind-k} one. */
  private static EcosystemMap elevenKinds() {
    EcosystemMap.Builder b = EcosystemMap.builder().title("Eleven kinds");
    Cell cell = FunctionCatalog.dssa2012().cells().get(0);
    int n = 0;
    for (int k = 0; k < 11; k++) {
      String kind = "kind-" + (char) ('a' + k);
      for (int i = 0; i < 11 - k; i++) {
        String id = "org-" + n++;
        b.addOrganization(Organization.of(id, id, kind, Region.EUROPE));
        b.addPlacement(Placement.verified(id, cell, EvidenceSource.DESK_RESEARCH));
      }
    }
    return b.build();
  }

  @Test
  void theEightLargestKindsGetThePaletteAndTheRestOneOtherEntry() {
    for (View view : View.values()) {
      List<Entry> entries = section(MapRenderer.scene(elevenKinds(), view, RenderOptions.defaults()), "Colour");
      // kinds by display name: the id in words
      assertEquals(List.of("Kind a", "Kind b", "Kind c", "Kind d", "Kind e", "Kind f", "Kind g", "Kind h",
          "other kinds: Kind i, Kind j, Kind k"), entries.stream().map(Entry::text).toList());
      for (int i = 0; i < 8; i++) {
        assertEquals(Optional.of(Theme.OKABE_ITO.get(i)), entries.get(i).swatch().fill());
      }
      assertEquals(Optional.of(Theme.defaults().other()), entries.get(8).swatch().fill());
    }
  }

  /** Maps of up to 60 organizations of up to 20 kinds, some kinds much commoner than others. */
  private static Gen<EcosystemMap> manyKinds() {
    return in -> {
      int kinds = DssaGenerators.between(in, 1, 20);
      int n = DssaGenerators.between(in, 1, 60);
      List<Cell> cells = FunctionCatalog.dssa2012().cells();
      EcosystemMap.Builder b = EcosystemMap.builder().title("Many kinds");
      for (int i = 0; i < n; i++) {
        String id = "org-" + i;
        // the smaller of two draws makes low kinds commoner, so counts differ and also tie
        int kind = Math.min(DssaGenerators.between(in, 0, kinds - 1), DssaGenerators.between(in, 0, kinds - 1));
        int region = DssaGenerators.between(in, 0, Region.values().length);
        b.addOrganization(region == Region.values().length
            ? Organization.withoutRegion(id, id, "kind-" + kind)
            : Organization.of(id, id, "kind-" + kind, Region.values()[region]));
        b.addPlacement(Placement.verified(id, cells.get(DssaGenerators.between(in, 0, cells.size() - 1)),
            EvidenceSource.DESK_RESEARCH));
      }
      // Now and then the map names some of its kinds itself (its names come first in the legend's words).
      for (int k = 0; k < kinds; k++) {
        if (DssaGenerators.between(in, 0, 3) == 0) {
          b.nameKind("kind-" + k, "Our name for kind " + k);
        }
      }
      return b.build();
    };
  }

  /** The default palette, or a shorter one, sometimes repeating a colour or holding the neutral one. */
  private static Gen<Theme> themes() {
    return in -> {
      List<Color> palette = new ArrayList<>(Theme.OKABE_ITO.subList(0, DssaGenerators.between(in, 1, 8)));
      if (DssaGenerators.between(in, 0, 3) == 0) {
        palette.add(palette.get(0));
        palette.add(Theme.defaults().other());
      }
      return Theme.builder().palette(palette).build();
    };
  }

  @Test
  void aKindTheMapNamesIsShownByThatName() {
    EcosystemMap map = EcosystemMap.builder().title("named").nameKind("cert", "Our incident responders")
        .addOrganization(Organization.withoutRegion("a", "A", "cert"))
        .addOrganization(Organization.withoutRegion("b", "B", "registry-backend"))
        .addPlacement(Placement.claimed("a", FunctionCatalog.dssa2012().cells().get(0)))
        .addPlacement(Placement.claimed("b", FunctionCatalog.dssa2012().cells().get(1)))
        .build();
    List<String> words = section(MapRenderer.scene(map, View.WHEEL, RenderOptions.defaults()), "Colour").stream()
        .map(Entry::text).toList();
    assertTrue(words.contains("Our incident responders") && words.contains("Registry back-end operator"),
        words::toString);
    assertEquals("Our incident responders", KindNames.displayName(map, "cert"));
    assertEquals("Registry back-end operator", KindNames.displayName(map, "registry-backend"));
  }

  @Test
  void noTwoLegendEntriesShareAColourAndEveryKeyIsColouredOrListedAsOther() {
    qt().withExamples(150).forAll(manyKinds(), themes(), Generate.enumValues(ColorBy.class))
        .checkAssert((map, theme, by) -> {
          RenderOptions options = RenderOptions.builder().theme(theme).colorBy(by).build();
          List<Entry> entries = section(MapRenderer.scene(map, View.WHEEL, options), "Colour");
          List<Color> colours = entries.stream().map(e -> e.swatch().fill().orElseThrow()).toList();
          assertEquals(colours.size(), new HashSet<>(colours).size(), () -> "colours repeat in " + entries);

          String otherPrefix = by == ColorBy.KIND ? "other kinds: " : "other regions: ";
          Map<String, Color> colourOfKey = new TreeMap<>();
          List<String> others = new ArrayList<>();
          Optional<Color> otherColour = Optional.empty();
          for (Entry e : entries) {
            Color c = e.swatch().fill().orElseThrow();
            if (e.text().startsWith(otherPrefix)) {
              others.addAll(List.of(e.text().substring(otherPrefix.length()).replace("; region not known", "")
                  .split(", ")));
              otherColour = Optional.of(c);
            } else if (e.text().equals("region not known")) {
              otherColour = Optional.of(c);
            } else {
              colourOfKey.put(e.text(), c);
            }
          }
          Set<String> keys = by == ColorBy.KIND
              ? map.organizations().stream().map(o -> KindNames.displayName(map, o.kind())).collect(Collectors.toSet())
              : Set.of(Region.values()).stream().map(Region::displayName).collect(Collectors.toSet());
          Set<String> shown = new HashSet<>(colourOfKey.keySet());
          others.forEach(k -> assertTrue(shown.add(k), () -> k + " shown twice in " + entries));
          assertEquals(keys, shown);
          assertFalse(otherColour.isPresent() && colourOfKey.containsValue(otherColour.get()));

          MapContent content = MapContent.of(map, options, Set.of());
          Map<String, Integer> counts = new TreeMap<>();
          for (Organization o : map.organizations()) {
            String key = by == ColorBy.KIND ? KindNames.displayName(map, o.kind()) : o.region().map(Region::displayName).orElse("");
            counts.merge(key, 1, Integer::sum);
            Color expected = colourOfKey.containsKey(key) ? colourOfKey.get(key) : otherColour.orElseThrow();
            assertEquals(expected, content.colorOf(o), () -> o.id() + " of " + key);
          }
          if (by == ColorBy.KIND || others.size() > 0) {
            int fewestColoured = colourOfKey.keySet().stream().mapToInt(k -> counts.getOrDefault(k, 0)).min()
                .orElse(Integer.MAX_VALUE);
            others.forEach(k -> assertTrue(counts.getOrDefault(k, 0) <= fewestColoured,
                () -> k + " has more organizations than a coloured key: " + counts + " " + entries));
          }
        });
  }
}
