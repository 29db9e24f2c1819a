package org.dssamap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dssamap.model.Cell;
import org.dssamap.model.Dimension;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.Layer;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Region;
import org.dssamap.model.testing.DssaGenerators;
import org.dssamap.render.options.RenderOptions;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class SvgOutputTest {
  static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    DocumentBuilder b = f.newDocumentBuilder();
    return b.parse(new InputSource(new StringReader(svg)));
  }

  static List<Element> withClass(Document doc, String cssClass) {
    List<Element> out = new ArrayList<>();
    NodeList all = doc.getElementsByTagNameNS("*", "g");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (e.getAttribute("class").equals(cssClass)) {
        out.add(e);
      }
    }
    return out;
  }

  static String title(Element group) {
    for (Node n = group.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getLocalName().equals("title")) {
        return e.getTextContent();
      }
    }
    return "";
  }

  @Test
  void everyPlacementOfARandomMapIsOneElementOfWellFormedSvgInBothViews() {
    qt().withExamples(60).forAll(DssaGenerators.maps(), Generate.enumValues(View.class)).checkAssert((map, view) -> {
      Document doc = parseUnchecked(MapRenderer.svg(map, view, RenderOptions.defaults()));
      List<Element> placements = withClass(doc, "placement");
      assertEquals(map.placements().size(), placements.size(), map + " " + view);
      for (Element p : placements) {
        Element cell = (Element) p.getParentNode();
        assertEquals("cell", cell.getAttribute("class"), "a placement's cell is its enclosing group");
        Placement expected = map.placement(p.getAttribute("data-organization"), Cell.of(
            cell.getAttribute("data-function"), Dimension.ofId(cell.getAttribute("data-dimension")),
            Layer.ofId(cell.getAttribute("data-layer")))).orElseThrow();
        assertEquals(expected.status().id(), p.getAttribute("data-status"));
        assertFalse(title(p).isEmpty(), "every placement has a tooltip");
      }
      assertEquals(map.catalog().cells().size(), withClass(doc, "cell").size());
      assertEquals(0, doc.getElementsByTagNameNS("*", "script").getLength());
      assertEquals(0, doc.getElementsByTagNameNS("*", "b").getLength());
    });
  }

  @Test
  void aPlacementCarriesOnlyWhatDiffersFromItsCell() throws Exception {
    Document doc = parse(MapRenderer.svg(ExampleMaps.ecosystem(), View.WHEEL, RenderOptions.defaults()));
    for (Element p : withClass(doc, "placement")) {
      List<String> names = new ArrayList<>();
      for (int i = 0; i < p.getAttributes().getLength(); i++) {
        names.add(p.getAttributes().item(i).getNodeName());
      }
      names.sort(null);
      assertEquals(List.of("class", "data-organization", "data-status"), names);
    }
  }

  @Test
  void rootIsAnAccessibleImageWithTitleAndDescription() throws Exception {
    Document doc = parse(MapRenderer.svg(ExampleMaps.ecosystem(), View.WHEEL, RenderOptions.defaults()));
    Element root = doc.getDocumentElement();
    assertEquals("svg", root.getLocalName());
    assertEquals("img", root.getAttribute("role"));
    Element first = firstElement(root);
    assertEquals("title", first.getLocalName());
    assertEquals("DNS SSR ecosystem: a first map", first.getTextContent());
    Element second = nextElement(first);
    assertEquals("desc", second.getLocalName());
    assertTrue(second.getTextContent().contains("17 organizations"), second.getTextContent());
  }

  @Test
  void hostileNamesReachTheSvgAsTheirOwnTextAndNothingElse() throws Exception {
    for (String hostile : DssaGenerators.HOSTILE_TEXT) {
      String name = hostile + " &amp; &lt;x&gt;";
      EcosystemMap map = EcosystemMap.builder().title(hostile)
          .addOrganization(Organization.of("evil", name, "cert", Region.EUROPE).withNote(hostile))
          .addPlacement(Placement.claimed("evil", Cell.of("training", Dimension.EXTERNAL, Layer.GLUE))
              .withNote(hostile))
          .build();
      for (View view : View.values()) {
        String svg = MapRenderer.svg(map, view, RenderOptions.defaults());
        Document doc = parse(svg);
        assertEquals(0, doc.getElementsByTagNameNS("*", "script").getLength(), hostile);
        List<Element> placements = withClass(doc, "placement");
        assertEquals(1, placements.size());
        String cleaned = org.dssamap.render.internal.layout.Text.clean(name);
        assertTrue(title(placements.get(0)).startsWith(cleaned + " \u00b7 claimed"),
            "tooltip keeps the name exactly: " + title(placements.get(0)));
        assertFalse(svg.contains("id='evil"), "no id is made from user text");
      }
    }
  }

  @Test
  void aWheelWritesEachNameAsTextAndEachLinkAsAGroupWithKindEndsAndTitle() throws Exception {
    qt().withExamples(30).forAll(DssaGenerators.maps()).checkAssert(map -> {
      RenderOptions options = RenderOptions.builder()
          .links(List.of(org.dssamap.model.RelationshipKind.OUTSOURCES_TO,
              org.dssamap.model.RelationshipKind.ESCALATES_TO)).build();
      org.dssamap.render.scene.Scene scene = MapRenderer.scene(map, View.WHEEL, options);
      Document doc = parseUnchecked(MapRenderer.svg(scene, options));
      List<org.dssamap.render.scene.LinkNode> links = scene.nodes().stream()
          .filter(org.dssamap.render.scene.LinkNode.class::isInstance)
          .map(org.dssamap.render.scene.LinkNode.class::cast).toList();
      List<Element> groups = withClass(doc, "link");
      assertEquals(links.size(), groups.size());
      for (int i = 0; i < links.size(); i++) {
        Element g = groups.get(i);
        assertEquals(links.get(i).kind().id(), g.getAttribute("data-kind"));
        assertEquals(links.get(i).from(), g.getAttribute("data-from"));
        assertEquals(links.get(i).to(), g.getAttribute("data-to"));
        assertEquals(links.get(i).tooltip(), title(g));
      }
      // every name or number beside a dot is the text of a label group naming its organization
      List<org.dssamap.render.scene.PlacementNode> labelled = scene.placements().filter(p -> p.label().isPresent())
          .toList();
      List<Element> labels = withClass(doc, "label");
      assertEquals(labelled.size(), labels.size());
      for (int i = 0; i < labels.size(); i++) {
        assertEquals(labelled.get(i).organization(), labels.get(i).getAttribute("data-organization"));
        assertEquals(labelled.get(i).label().orElseThrow().text(), labels.get(i).getTextContent());
      }
    });
  }

  @Test
  void theSameMapGivesByteIdenticalSvg() {
    qt().withExamples(15).forAll(DssaGenerators.maps(), Generate.enumValues(View.class)).checkAssert((map, view) -> {
      String first = MapRenderer.svg(map, view, RenderOptions.defaults());
      EcosystemMap rebuilt = map.toBuilder().build();
      assertEquals(first, MapRenderer.svg(rebuilt, view, RenderOptions.defaults()));
    });
  }

  @Test
  void theRenderedSvgOfTheExampleIsStableAcrossCalls() {
    EcosystemMap map = ExampleMaps.ecosystem();
    String a = MapRenderer.svg(map, View.TABLE, RenderOptions.defaults());
    String b = MapRenderer.svg(map, View.TABLE, RenderOptions.defaults());
    assertEquals(a, b);
    assertFalse(a.matches("(?s).*_\\d{6,}.*"), "no time-based defs prefix");
  }

  @Test
  void aWheelAndATableInlinedInOnePageShareNoId() throws Exception {
    EcosystemMap map = ExampleMaps.ecosystem();
    java.util.Set<String> wheelIds = ids(MapRenderer.svg(map, View.WHEEL, RenderOptions.defaults()));
    java.util.Set<String> tableIds = ids(MapRenderer.svg(map, View.TABLE, RenderOptions.defaults()));
    assertFalse(wheelIds.isEmpty());
    java.util.Set<String> shared = new java.util.HashSet<>(wheelIds);
    shared.retainAll(tableIds);
    assertEquals(java.util.Set.of(), shared);
    String wheel = MapRenderer.svg(map, View.WHEEL, RenderOptions.defaults());
    for (String id : wheelIds) {
      assertFalse(id.contains("placeholder"), id);
    }
    assertTrue(wheel.contains("clip-path='url(#" + wheelIds.stream().filter(i -> i.contains("clip"))
        .findFirst().orElseThrow() + ")'"), "clip references follow the ids");
  }

  private static java.util.Set<String> ids(String svg) throws Exception {
    java.util.Set<String> ids = new java.util.HashSet<>();
    NodeList all = parse(svg).getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      String id = ((Element) all.item(i)).getAttribute("id");
      if (!id.isEmpty()) {
        ids.add(id);
      }
    }
    return ids;
  }

  private static Element firstElement(Element parent) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        return e;
      }
    }
    throw new AssertionError("no child element");
  }

  private static Element nextElement(Element e) {
    for (Node n = e.getNextSibling(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element next) {
        return next;
      }
    }
    throw new AssertionError("no next element");
  }

  private static Document parseUnchecked(String svg) {
    try {
      return parse(svg);
    } catch (Exception e) {
      throw new AssertionError("the SVG does not parse: " + e.getMessage(), e);
    }
  }
}
