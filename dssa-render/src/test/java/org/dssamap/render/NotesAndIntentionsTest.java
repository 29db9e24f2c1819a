package org.dssamap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.dssamap.model.Cell;
import org.dssamap.model.CellNote;
import org.dssamap.model.Dimension;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.FunctionCatalog;
import org.dssamap.model.Intention;
import org.dssamap.model.IntentionKind;
import org.dssamap.model.Layer;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Region;
import org.dssamap.model.Status;
import org.dssamap.model.testing.DssaGenerators;
import org.dssamap.render.internal.layout.Text;
import org.dssamap.render.options.RenderOptions;
import org.dssamap.render.scene.AnnularSector;
import org.dssamap.render.scene.Box;
import org.dssamap.render.scene.CellNode;
import org.dssamap.render.scene.Circle;
import org.dssamap.render.scene.IntentionNode;
import org.dssamap.render.scene.NoteMark;
import org.dssamap.render.scene.PlacementNode;
import org.dssamap.render.scene.Scene;
import org.dssamap.render.scene.TextBlock;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Notes on cells and intentions as drawn: each rule stated here from the map and the options alone, then compared
 * with the scene and with the SVG a tool would read.
 */
class NotesAndIntentionsTest {
  private static final Cell CORE_IR = Cell.of("incident-response", Dimension.EXTERNAL, Layer.CORE);
  private static final Cell GLUE_IR = Cell.of("incident-response", Dimension.EXTERNAL, Layer.GLUE);
  private static final Cell EDGE_TECH = Cell.of("technology", Dimension.EXTERNAL, Layer.EDGE);

  /** Maps on the bundled catalog, most with intentions and notes on cells. */
  private static Gen<EcosystemMap> notedMaps() {
    return DssaGenerators.maps().flatMap(DssaGenerators::withIntentionsAndNotes);
  }

  /** Options with any filter, and intentions drawn or not. */
  private static Gen<RenderOptions> anyOptions() {
    return in -> {
      RenderOptions.Builder b = RenderOptions.builder().width(DssaGenerators.between(in, 600, 2400));
      int dims = DssaGenerators.between(in, 0, 2);
      if (dims < 2) {
        b.dimensions(List.of(Dimension.values()[dims]));
      }
      if (DssaGenerators.between(in, 0, 2) == 0) {
        b.statuses(List.of(Status.values()).subList(0, DssaGenerators.between(in, 0, 2)));
      }
      if (DssaGenerators.between(in, 0, 3) == 0) {
        b.regions(List.of(Region.values()[DssaGenerators.between(in, 0, Region.values().length - 1)]));
      }
      b.maxNamesPerTableCell(DssaGenerators.between(in, 1, 12));
      b.showIntentions(DssaGenerators.between(in, 0, 1) == 0);
      return b.build();
    };
  }

  // --- the rules, stated from the map and the options ---

  /** The cells of the drawn dimensions that have notes, with how many each has. */
  static Map<Cell, Integer> notedCells(EcosystemMap map, RenderOptions options) {
    Map<Cell, Integer> out = new HashMap<>();
    for (CellNote n : map.cellNotes()) {
      if (options.dimensions().contains(n.cell().dimension())) {
        out.merge(n.cell(), 1, Integer::sum);
      }
    }
    return out;
  }

  /** The number of each noted cell's first note: the map's notes counted from 1, in the map's order. */
  static Map<Cell, Integer> firstNumbers(EcosystemMap map) {
    Map<Cell, Integer> out = new HashMap<>();
    for (int i = 0; i < map.cellNotes().size(); i++) {
      out.putIfAbsent(map.cellNotes().get(i).cell(), i + 1);
    }
    return out;
  }

  /**
   * The intentions drawn, as (organization, cell, kind): none unless asked for; a wish where a claim of its
   * organization would be drawn; a part given away where its placement is drawn.
   */
  static Set<List<String>> expectedIntentions(EcosystemMap map, RenderOptions options) {
    Set<List<String>> out = new HashSet<>();
    if (!options.showIntentions()) {
      return out;
    }
    for (Intention i : map.intentions()) {
      Organization o = map.requireOrganization(i.organization());
      boolean region = options.regions().isEmpty() || o.region().map(options.regions()::contains).orElse(false);
      boolean dimension = options.dimensions().contains(i.cell().dimension());
      boolean drawn = i.kind() == IntentionKind.WANTS_TO_DO
          ? region && dimension && options.statuses().contains(Status.CLAIMED)
          : map.placement(i.organization(), i.cell())
              .map(p -> region && dimension && options.statuses().contains(p.status())).orElse(false);
      if (drawn) {
        out.add(List.of(i.organization(), i.cell().toString(), i.kind().id()));
      }
    }
    return out;
  }

  /** The placements drawn, as (organization, cell, status): what passes the filters, intentions or not. */
  static Set<List<String>> expectedPlacements(EcosystemMap map, RenderOptions options) {
    Set<List<String>> out = new HashSet<>();
    for (Placement p : map.placements()) {
      Organization o = map.requireOrganization(p.organization());
      boolean region = options.regions().isEmpty() || o.region().map(options.regions()::contains).orElse(false);
      if (region && options.dimensions().contains(p.cell().dimension()) && options.statuses().contains(p.status())) {
        out.add(List.of(p.organization(), p.cell().toString(), p.status().id()));
      }
    }
    return out;
  }

  // --- what the SVG says ---

  private record Drawn(Map<Cell, Integer> noted, Set<Cell> marked, Map<Cell, Integer> firstNumbers,
      Set<List<String>> intentions, Set<List<String>> placements, Map<Cell, String> counts) {}

  private static Cell cellOf(Element g) {
    return Cell.of(g.getAttribute("data-function"), Dimension.ofId(g.getAttribute("data-dimension")),
        Layer.ofId(g.getAttribute("data-layer")));
  }

  private static Drawn read(String svg) {
    Document doc;
    try {
      doc = SvgOutputTest.parse(svg);
    } catch (Exception e) {
      throw new AssertionError("the SVG does not parse: " + e.getMessage(), e);
    }
    Map<Cell, Integer> noted = new HashMap<>();
    Set<Cell> marked = new HashSet<>();
    Map<Cell, Integer> first = new HashMap<>();
    Set<List<String>> intentions = new HashSet<>();
    Set<List<String>> placements = new HashSet<>();
    Map<Cell, String> counts = new HashMap<>();
    for (Element cell : SvgOutputTest.withClass(doc, "cell")) {
      Cell c = cellOf(cell);
      counts.put(c, cell.getAttribute("data-verified") + " " + cell.getAttribute("data-claimed") + " "
          + cell.getAttribute("data-disputed"));
      if (cell.hasAttribute("data-notes")) {
        noted.put(c, Integer.parseInt(cell.getAttribute("data-notes")));
      }
      for (Node n = cell.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (!(n instanceof Element e) || !e.getLocalName().equals("g")) {
          continue;
        }
        switch (e.getAttribute("class")) {
          case "note" -> {
            assertTrue(marked.add(c), () -> "two sheets on " + c);
            first.put(c, Integer.parseInt(e.getAttribute("data-note")));
            assertEquals(cell.getAttribute("data-notes"), e.getAttribute("data-notes"));
          }
          case "intention" -> intentions.add(List.of(e.getAttribute("data-organization"), c.toString(),
              e.getAttribute("data-kind")));
          case "placement" -> {
            assertFalse(e.hasAttribute("data-kind"), "a placement is no intention");
            placements.add(List.of(e.getAttribute("data-organization"), c.toString(), e.getAttribute("data-status")));
          }
          default -> { }
        }
      }
    }
    // no intention and no note outside a cell
    assertEquals(intentions.size(), SvgOutputTest.withClass(doc, "intention").size());
    assertEquals(marked.size(), SvgOutputTest.withClass(doc, "note").size());
    return new Drawn(noted, marked, first, intentions, placements, counts);
  }

  private static Set<Cell> listedUnmarked(Scene scene) {
    return scene.cells().filter(c -> c.note().isPresent() && c.note().get().sheet().isEmpty()).map(CellNode::cell)
        .collect(Collectors.toSet());
  }

  // --- the properties ---

  @Test
  void aSheetMarksExactlyTheCellsWithNotesAndNamesTheirNumbersInBothViews() {
    qt().withExamples(60).forAll(notedMaps(), anyOptions()).checkAssert((map, options) -> {
      Map<Cell, Integer> noted = notedCells(map, options);
      Map<Cell, Integer> numbers = firstNumbers(map);
      for (View view : View.values()) {
        Scene scene = MapRenderer.scene(map, view, options);
        Drawn drawn = read(MapRenderer.svg(scene, options));
        assertEquals(noted, drawn.noted(), () -> view + ": the cells that say they have notes");
        Set<Cell> unmarked = listedUnmarked(scene);
        Set<Cell> all = new HashSet<>(drawn.marked());
        all.addAll(unmarked);
        assertEquals(noted.keySet(), all, () -> view + ": every noted cell is marked, or listed as having no room");
        assertTrue(java.util.Collections.disjoint(drawn.marked(), unmarked));
        if (view == View.TABLE) {
          assertEquals(Set.of(), unmarked, "a table cell grows to hold its sheet");
        }
        drawn.marked().forEach(c -> assertEquals(numbers.get(c), drawn.firstNumbers().get(c), c::toString));
        // the list beside the legend: one entry a note of a drawn cell, the unmarked ones saying so
        List<String> list = scene.nodes().stream().filter(n -> n instanceof TextBlock t
            && t.role().equals("note-list")).map(n -> ((TextBlock) n).text()).toList();
        assertEquals(noted.isEmpty() ? 0 : 1 + noted.values().stream().mapToInt(Integer::intValue).sum(), list.size());
        long saysNoRoom = list.stream().filter(t -> t.replace(" ", "").contains("(noroomforitssheet)")).count();
        assertEquals(map.cellNotes().stream().filter(n -> unmarked.contains(n.cell())).count(), saysNoRoom);
        // every note's text in its cell's sheet (drawn or not)
        scene.notes().forEach(n -> map.notesAt(n.cell()).forEach(note -> assertTrue(
            n.tooltip().contains(Text.clean(note.text())), () -> n.tooltip() + " lacks " + note.text())));
      }
    });
  }

  @Test
  void everyNoteOfAMapOnTheBundledCatalogGetsItsSheetOnAWheelOfDefaultSize() {
    qt().withExamples(40).forAll(notedMaps(), Generate.booleans()).checkAssert((map, intentions) -> {
      RenderOptions options = RenderOptions.defaults().withIntentions(intentions);
      Scene scene = MapRenderer.scene(map, View.WHEEL, options);
      assertEquals(notedCells(map, options).keySet(), scene.notes().filter(n -> n.sheet().isPresent())
          .map(NoteMark::cell).collect(Collectors.toSet()));
    });
  }

  @Test
  void intentionsAreDrawnOnlyWhenAskedForAndNeverAsPlacements() {
    qt().withExamples(60).forAll(notedMaps(), anyOptions()).checkAssert((map, options) -> {
      RenderOptions off = options.withIntentions(false);
      RenderOptions on = options.withIntentions(true);
      for (View view : View.values()) {
        Drawn without = read(MapRenderer.svg(map, view, off));
        Drawn with = read(MapRenderer.svg(map, view, on));
        assertEquals(Set.of(), without.intentions(), () -> view + ": nothing drawn unless asked for");
        assertEquals(expectedIntentions(map, on), with.intentions(), view::toString);
        // the placements and every count are today's, whatever is drawn beside them
        assertEquals(expectedPlacements(map, options), without.placements());
        assertEquals(expectedPlacements(map, options), with.placements());
        assertEquals(without.counts(), with.counts());
        Scene scene = MapRenderer.scene(map, view, on);
        scene.cells().forEach(c -> assertEquals(c.total(), c.placements().size()));
        assertEquals(expectedIntentions(map, on), scene.intentions()
            .map(i -> List.of(i.organization(), i.cell().toString(), i.kind().id())).collect(Collectors.toSet()));
      }
    });
  }

  @Test
  void theWheelAndTheTableAgreeOnNotesAndIntentions() {
    qt().withExamples(60).forAll(notedMaps(), anyOptions()).checkAssert((map, options) -> {
      Drawn wheel = read(MapRenderer.svg(map, View.WHEEL, options));
      Drawn table = read(MapRenderer.svg(map, View.TABLE, options));
      assertEquals(wheel.noted(), table.noted());
      assertEquals(wheel.intentions(), table.intentions());
      assertEquals(wheel.placements(), table.placements());
      assertEquals(wheel.counts(), table.counts());
    });
  }

  @Test
  void aWishNeverLooksLikeAPlacementAndADotGivenAwayKeepsItsLook() {
    qt().withExamples(40).forAll(notedMaps(), Generate.enumValues(View.class)).checkAssert((map, view) -> {
      Scene scene = MapRenderer.scene(map, view, RenderOptions.defaults().withIntentions(true));
      Scene today = MapRenderer.scene(map, view, RenderOptions.defaults());
      Map<String, Object> looks = new TreeMap<>();
      today.placements().forEach(p -> looks.put(p.organization() + " " + p.cell(),
          p.marker().map(m -> List.of(m.fill(), m.stroke(), m.cross(), m.half())).orElse(null)));
      scene.placements().forEach(p -> assertEquals(looks.get(p.organization() + " " + p.cell()),
          p.marker().map(m -> List.of(m.fill(), m.stroke(), m.cross(), m.half())).orElse(null),
          "a dot looks the same with intentions drawn"));
      scene.cells().forEach(c -> {
        Set<String> placed = c.placements().stream().map(PlacementNode::organization).collect(Collectors.toSet());
        for (IntentionNode i : c.intentions()) {
          if (i.kind() == IntentionKind.WANTS_TO_DO) {
            assertFalse(placed.contains(i.organization()), "a wish is for a part not played today");
            // its own ring, where no dot is
            i.ring().ifPresent(r -> c.placements().forEach(p -> p.marker().ifPresent(m ->
                assertFalse(m.circle().overlaps(r.circle()), () -> "a wish's ring over a dot " + i))));
          } else {
            assertTrue(placed.contains(i.organization()), "a part given away is played today");
            PlacementNode dot = c.placements().stream().filter(p -> p.organization().equals(i.organization()))
                .findFirst().orElseThrow();
            // the ring around the dot, clear of it; never a ring without its dot (a dot without a ring in a cell
            // too crowded for rings)
            assertTrue(dot.marker().isPresent() || i.ring().isEmpty());
            i.ring().ifPresent(r -> {
              Circle d = dot.marker().get().circle();
              assertEquals(d.cx(), r.cx(), 1e-9);
              assertEquals(d.cy(), r.cy(), 1e-9);
              assertTrue(r.r() - i.strokeWidth() / 2.0 > d.r() + dot.marker().get().strokeWidth() / 2.0,
                  "the ring stands clear of the dot's outline");
            });
          }
        }
      });
    });
  }

  @Test
  void sheetsAndRingsLieInsideTheirCellsAndCoverNoDotRingOrText() {
    qt().withExamples(80).forAll(LayoutPropertiesTest.mapsOnRandomCatalogs(), Generate.enumValues(View.class),
        LayoutPropertiesTest.options()).checkAssert((map, view, options) ->
        assertMarksInsideAndApart(MapRenderer.scene(map, view, options)));
  }

  @Test
  void everyWishOnANamedWheelHasItsNameBesideItOrInTheIndex() {
    qt().withExamples(40).forAll(LayoutPropertiesTest.mapsOnRandomCatalogs(), LayoutPropertiesTest.options())
        .checkAssert((map, options) -> {
          Scene scene = MapRenderer.scene(map, View.WHEEL, options.withIntentions(true));
          List<String> index = scene.labels().filter(l -> l.role().equals("index")).map(TextBlock::text)
              .map(e -> e.replaceAll("\\s", "")).toList();
          scene.intentions().filter(i -> i.kind() == IntentionKind.WANTS_TO_DO).forEach(i -> {
            String name = Text.clean(map.requireOrganization(i.organization()).name());
            String squeezed = name.replaceAll("\\s", "");
            Optional<TextBlock> label = i.label();
            if (label.isPresent() && label.get().role().equals("name")) {
              String shown = label.get().text();
              assertTrue(shown.equals(name) || shown.endsWith("\u2026")
                  && name.startsWith(shown.substring(0, shown.length() - 1)), () -> shown + " names " + name);
            } else if (label.isPresent()) {
              assertEquals("number", label.get().role());
              String entry = label.get().text() + squeezed + ",wantstodo";
              assertTrue(index.stream().anyMatch(e -> e.equals(entry) || e.endsWith("\u2026")
                  && entry.startsWith(e.substring(0, e.length() - 1))), () -> entry + " not in " + index);
            } else {
              // its cell's line, never cut: "Glue, external, wanted by (2): A, B", the cell's wishes named nowhere
              // else by name, the first five named (each whole or cut with an ellipsis), then how many more
              List<String> unnamed = scene.intentions().filter(j -> j.kind() == IntentionKind.WANTS_TO_DO
                      && j.cell().equals(i.cell()) && j.label().isEmpty())
                  .map(j -> Text.clean(map.requireOrganization(j.organization()).name())).sorted().toList();
              assertTrue(unnamed.contains(name));
              String head = i.cell().layer().displayName() + ", "
                  + i.cell().dimension().displayName().toLowerCase(Locale.ROOT) + ", wanted by ("
                  + String.format(Locale.ROOT, "%,d", unnamed.size()) + "): ";
              String more = unnamed.size() > 5
                  ? " + " + String.format(Locale.ROOT, "%,d", unnamed.size() - 5) + " more" : "";
              List<String> listed = unnamed.subList(0, Math.min(5, unnamed.size()));
              assertTrue(index.stream().anyMatch(e -> LayoutPropertiesTest.listsNames(e, head, listed, more)),
                  () -> head + listed + more + " not in " + index);
            }
          });
        });
  }

  @Test
  void everyCellOfTheBundledCatalogHoldsItsSheetOnAWheelOfDefaultSizeWithOrWithoutACount() {
    // one note, two, and notes numbered past nine, on every cell, alone or beside a count: the narrowest sheet
    // says only that there are notes (a core cell pointing at about 45 degrees has no room for "1+")
    FunctionCatalog catalog = FunctionCatalog.dssa2012();
    List<String> missing = new ArrayList<>();
    for (Cell cell : catalog.cells()) {
      for (int notes : new int[] {1, 2, 12}) {
        for (boolean placed : new boolean[] {false, true}) {
          EcosystemMap.Builder b = EcosystemMap.builder(catalog).title("t")
              .addOrganization(Organization.of("cira", "CIRA (.ca)", "cctld", Region.NORTH_AMERICA));
          if (placed) {
            b.addPlacement(Placement.claimed("cira", cell));
          }
          for (int k = 0; k < notes; k++) {
            b.addCellNote(CellNote.of(cell, String.format(Locale.ROOT, "Question %02d?", k)));
          }
          Scene scene = MapRenderer.scene(b.build(), View.WHEEL, RenderOptions.defaults());
          if (scene.notes().noneMatch(n -> n.cell().equals(cell) && n.sheet().isPresent())) {
            missing.add(cell + " with " + notes + " notes" + (placed ? " and a count" : ""));
          }
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void theSampleRoundShowsItsSheetsAndRingsWhereTheyBelong() {
    EcosystemMap map = ExampleMaps.sampleRound();
    for (View view : View.values()) {
      Scene scene = MapRenderer.scene(map, view, RenderOptions.defaults().withIntentions(true));
      Map<Cell, NoteMark> notes = scene.notes().collect(Collectors.toMap(NoteMark::cell, n -> n));
      assertEquals(Set.of(CORE_IR, GLUE_IR), notes.keySet());
      // notes in cell order: glue's before core's
      assertEquals(1, notes.get(GLUE_IR).first());
      assertEquals(2, notes.get(CORE_IR).first());
      assertEquals(2, notes.get(CORE_IR).count());
      assertEquals("2\u20133", notes.get(CORE_IR).label().orElseThrow().text(), view::toString);
      assertTrue(notes.get(CORE_IR).tooltip().contains("note 3: Who does external incident response at the core?"),
          notes.get(CORE_IR).tooltip());
      Map<String, IntentionNode> intentions = scene.intentions()
          .collect(Collectors.toMap(i -> i.organization() + " " + i.cell(), i -> i));
      assertEquals(Set.of("afilias " + EDGE_TECH, "afilias " + GLUE_IR, "cira " + CORE_IR), intentions.keySet());
      assertTrue(intentions.values().stream().allMatch(i -> i.ring().isPresent()), "every intention is drawn");
      assertTrue(intentions.get("cira " + CORE_IR).tooltip().startsWith("CIRA (.ca) \u00b7 wants to do this"));
      if (view == View.TABLE) {
        assertEquals("would give away", intentions.get("afilias " + EDGE_TECH).label().orElseThrow().text());
        assertEquals("CIRA (.ca) \u00b7 wants to do", intentions.get("cira " + CORE_IR).label().orElseThrow().text());
      } else {
        assertEquals("CIRA (.ca)", intentions.get("cira " + CORE_IR).label().orElseThrow().text());
      }
      // the legend explains both, and the subtitle says they are not counted
      List<String> legend = scene.labels().filter(l -> l.role().equals("legend")).map(TextBlock::text).toList();
      assertTrue(legend.stream().anyMatch(t -> t.startsWith("Intentions (not placements")), legend::toString);
      assertTrue(legend.stream().anyMatch(t -> t.startsWith("wants to do: an empty dashed ring")), legend::toString);
      assertTrue(legend.stream().anyMatch(t -> t.startsWith("would give away: today")), legend::toString);
      assertTrue(legend.stream().anyMatch(t -> t.startsWith("notes on the cell, numbered")), legend::toString);
      assertTrue(scene.labels().anyMatch(l -> l.role().equals("subtitle")
          && l.text().contains("3 intentions drawn apart, not counted")));
      // and not when intentions are not asked for
      Scene today = MapRenderer.scene(map, view, RenderOptions.defaults());
      assertFalse(today.labels().anyMatch(l -> l.text().startsWith("Intentions")));
      assertFalse(today.labels().anyMatch(l -> l.text().contains("intentions drawn apart")));
    }
  }

  @Test
  void aMapWithoutNotesOrIntentionsLeavesNoTraceOfThem() {
    qt().withExamples(30).forAll(DssaGenerators.maps(), Generate.enumValues(View.class)).checkAssert((map, view) -> {
      String svg = MapRenderer.svg(map.toBuilder().clearIntentions().build(), view,
          RenderOptions.defaults().withIntentions(false));
      assertFalse(svg.contains("data-notes"));
      assertFalse(svg.contains("class='note"));
      assertFalse(svg.contains("class='intention"));
      assertFalse(svg.contains("Notes on cells"));
    });
  }

  @Test
  void hostileNotesAndNamesReachTheSvgAsTextOnlyNeverInAnIdOrALink() throws Exception {
    for (String hostile : DssaGenerators.HOSTILE_TEXT) {
      String text = hostile + " &amp; &lt;x&gt; ' \"";
      EcosystemMap map = EcosystemMap.builder().title(hostile)
          .addOrganization(Organization.of("evil", text, "cert", Region.EUROPE))
          .addOrganization(Organization.of("good", "Good", "cert", Region.EUROPE))
          .addPlacement(Placement.claimed("good", GLUE_IR))
          .addIntention(Intention.of("evil", GLUE_IR, IntentionKind.WANTS_TO_DO).withNote(text))
          .addIntention(Intention.of("good", GLUE_IR, IntentionKind.WOULD_GIVE_AWAY).withNote(text))
          .addCellNote(CellNote.of(GLUE_IR, text))
          .build();
      for (View view : View.values()) {
        RenderOptions options = RenderOptions.defaults().withIntentions(true);
        Scene scene = MapRenderer.scene(map, view, options);
        String svg = MapRenderer.svg(scene, options);
        Document doc = SvgOutputTest.parse(svg);
        assertEquals(0, doc.getElementsByTagNameNS("*", "script").getLength(), hostile);
        assertEquals(0, doc.getElementsByTagNameNS("*", "a").getLength(), "no link");
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
          Element e = (Element) all.item(i);
          assertTrue(e.getAttribute("id").isEmpty() || e.getAttribute("id").matches("dssa-[0-9a-f]{8}-[a-z0-9-]+"),
              () -> "an id from user text: " + e.getAttribute("id"));
          assertTrue(e.getAttribute("href").isEmpty() && e.getAttributeNS("http://www.w3.org/1999/xlink", "href")
              .isEmpty(), "no href");
        }
        Element note = SvgOutputTest.withClass(doc, "note").get(0);
        assertEquals(List.of("class", "data-note", "data-notes"), attributes(note), "numbers only");
        String cleaned = Text.clean(text);
        assertTrue(SvgOutputTest.title(note).endsWith("note 1: " + cleaned), SvgOutputTest.title(note));
        for (Element i : SvgOutputTest.withClass(doc, "intention")) {
          assertEquals(List.of("class", "data-kind", "data-organization"), attributes(i));
          assertTrue(SvgOutputTest.title(i).endsWith(" \u00b7 " + cleaned), SvgOutputTest.title(i));
        }
      }
    }
  }

  private static List<String> attributes(Element e) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < e.getAttributes().getLength(); i++) {
      names.add(e.getAttributes().item(i).getNodeName());
    }
    names.sort(null);
    return names;
  }

  @Test
  void theSameMapGivesByteIdenticalSvgWithNotesAndIntentionsDrawn() {
    qt().withExamples(20).forAll(notedMaps(), Generate.enumValues(View.class), Generate.longRange(0, Long.MAX_VALUE))
        .checkAssert((map, view, seed) -> {
          RenderOptions options = RenderOptions.defaults().withIntentions(true);
          EcosystemMap rebuilt = DssaGenerators.rebuiltInRandomOrder(map, new java.util.Random(seed));
          assertEquals(MapRenderer.svg(map, view, options), MapRenderer.svg(rebuilt, view, options));
        });
  }

  /**
   * Sheets and rings: inside their cells; no sheet over a dot, a ring, another sheet or any text but its numbers;
   * no ring over a dot (but the one it rings), another ring or any text; no text over a dot.
   */
  static void assertMarksInsideAndApart(Scene scene) {
    List<Circle> dots = new ArrayList<>();
    List<IntentionNode> rings = new ArrayList<>();
    List<Box> sheets = new ArrayList<>();
    scene.cells().forEach(c -> {
      for (PlacementNode p : c.placements()) {
        p.marker().ifPresent(m -> dots.add(new Circle(m.circle().cx(), m.circle().cy(),
            m.circle().r() + m.strokeWidth() / 2.0)));
      }
      for (IntentionNode i : c.intentions()) {
        i.extent().ifPresent(e -> {
          assertTrue(inside(c, e), () -> "ring " + e + " of " + i.organization() + " leaves " + c.outline());
          rings.add(i);
        });
      }
      c.note().flatMap(NoteMark::sheet).ifPresent(a -> {
        Box b = a.geometry().bounds();
        assertTrue(inside(c, b), () -> "sheet " + b + " leaves " + c.outline());
        sheets.add(b);
      });
    });
    Set<TextBlock> numbers = scene.notes().flatMap(n -> n.label().stream()).collect(Collectors.toSet());
    List<TextBlock> texts = scene.labels().filter(l -> !l.lines().isEmpty() && !numbers.contains(l)).toList();
    for (int k = 0; k < sheets.size(); k++) {
      Box s = sheets.get(k);
      dots.forEach(d -> assertFalse(meets(d, s), () -> "sheet " + s + " covers a dot " + d));
      rings.forEach(r -> assertFalse(meets(r.extent().get(), s), () -> "sheet " + s + " covers a ring " + r));
      texts.forEach(t -> assertFalse(t.bounds().overlaps(s), () -> "sheet " + s + " covers '" + t.text() + "'"));
      for (int j = k + 1; j < sheets.size(); j++) {
        assertFalse(s.overlaps(sheets.get(j)));
      }
    }
    for (Circle d : dots) {
      texts.forEach(t -> assertFalse(meets(d, t.bounds()), () -> "'" + t.text() + "' over a dot " + d));
    }
    for (int k = 0; k < rings.size(); k++) {
      IntentionNode i = rings.get(k);
      Circle e = i.extent().get();
      for (Circle d : dots) {
        boolean own = i.kind() == IntentionKind.WOULD_GIVE_AWAY && i.ring().get().cx() == d.cx()
            && i.ring().get().cy() == d.cy();
        assertTrue(own || !e.overlaps(d), () -> "ring of " + i.organization() + " " + e + " over a dot " + d);
      }
      for (int j = k + 1; j < rings.size(); j++) {
        Circle o = rings.get(j).extent().get();
        assertFalse(e.overlaps(o), () -> "rings " + e + " and " + o + " overlap");
      }
      texts.forEach(t -> assertFalse(meets(e, t.bounds()), () -> "ring " + e + " under '" + t.text() + "'"));
    }
  }

  /** Whether a circle and a box share area: the box's point nearest the centre lies inside the circle. */
  private static boolean meets(Circle c, Box b) {
    double x = Math.max(b.x(), Math.min(c.cx(), b.maxX()));
    double y = Math.max(b.y(), Math.min(c.cy(), b.maxY()));
    double dx = x - c.cx();
    double dy = y - c.cy();
    return dx * dx + dy * dy < c.r() * c.r() - 1e-6 && b.width() > 0 && b.height() > 0;
  }

  private static boolean inside(CellNode c, Circle e) {
    return c.outline() instanceof AnnularSector s ? s.encloses(e) : ((Box) c.outline()).encloses(e.bounds());
  }

  /** A box inside a cell: for a sector, every corner inside, and no point of it nearer the centre than its inner arc. */
  private static boolean inside(CellNode c, Box b) {
    if (c.outline() instanceof Box outline) {
      return outline.encloses(b);
    }
    AnnularSector s = (AnnularSector) c.outline();
    double[][] corners = {{b.x(), b.y()}, {b.maxX(), b.y()}, {b.x(), b.maxY()}, {b.maxX(), b.maxY()}};
    for (double[] p : corners) {
      if (!s.contains(p[0], p[1])) {
        return false;
      }
    }
    double x = Math.max(b.x(), Math.min(s.cx(), b.maxX()));
    double y = Math.max(b.y(), Math.min(s.cy(), b.maxY()));
    // a sector wider than half a turn is not convex: then points along the edges, a quarter pixel apart
    if (s.extent() > Math.PI) {
      for (double t = 0; t <= 1; t += 0.25 / Math.max(b.width(), b.height())) {
        if (!s.contains(b.x() + t * b.width(), b.y()) || !s.contains(b.x() + t * b.width(), b.maxY())
            || !s.contains(b.x(), b.y() + t * b.height()) || !s.contains(b.maxX(), b.y() + t * b.height())) {
          return false;
        }
      }
    }
    return Math.hypot(x - s.cx(), y - s.cy()) >= s.innerRadius();
  }
}
