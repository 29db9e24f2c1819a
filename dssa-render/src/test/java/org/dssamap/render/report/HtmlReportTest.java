package org.dssamap.render.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dssamap.analysis.AnalysisOptions;
import org.dssamap.analysis.AnalysisReport;
import org.dssamap.model.Cell;
import org.dssamap.model.Dimension;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.EvidenceSource;
import org.dssamap.model.Layer;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Region;
import org.dssamap.model.Status;
import org.dssamap.model.testing.DssaGenerators;
import org.dssamap.render.MapRenderer;
import org.dssamap.render.View;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  private static final String SVG = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" "
      + "height=\"10\"><rect width=\"10\" height=\"10\"/></svg>\n";
  private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
  private static final Pattern TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)");

  static String page(EcosystemMap map) {
    return HtmlReport.of(map, AnalysisReport.of(map), SVG, SVG).toHtml();
  }

  private static EcosystemMap hostile() {
    return EcosystemMap.builder().title("<script>alert('title')</script>")
        .addOrganization(Organization.of("evil", "<script>alert(1)</script>\u202Egnp.exe", "registry", Region.EUROPE)
            .withUrl("https://example.org/?a=1&b='2'").withNote("<img src=x onerror=alert(2)>\u0007"))
        .addOrganization(Organization.of("good", "Good \"CERT\" & Co", "cert", Region.EUROPE))
        .addPlacement(Placement.claimed("evil", Cell.of("incident-response", Dimension.EXTERNAL, Layer.EDGE))
            .withNote("</td></tr></table><script>"))
        .addPlacement(Placement.of("good", Cell.of("incident-response", Dimension.EXTERNAL, Layer.EDGE),
            Status.VERIFIED, EvidenceSource.PEER_REPORTED))
        .addOpenQuestion("<iframe src=\"https://attacker.example\">")
        .build();
  }

  @Test
  void theReportListsNotesOnCellsAndIntentionsApartFromThePlacements() {
    Cell ir = Cell.of("incident-response", Dimension.EXTERNAL, Layer.CORE);
    EcosystemMap map = hostile().toBuilder()
        .addCellNote(org.dssamap.model.CellNote.of(ir, "Who does <b>core</b> incident response?"))
        .addIntention(org.dssamap.model.Intention.of("good", ir, org.dssamap.model.IntentionKind.WANTS_TO_DO)
            .withNote("<script>x</script>"))
        .build();
    String html = page(map);
    assertTrue(html.contains("<section id=\"cell-notes\">"), html);
    assertTrue(html.contains("incident-response/external/core</code>: "), html);
    assertTrue(html.contains("&lt;b&gt;core&lt;/b&gt;"), html);
    assertTrue(html.contains("<section id=\"intentions\">"), html);
    assertTrue(html.contains("good wants to do <code>incident-response/external/core</code>"), html);
    assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), html);
    assertFalse(page(hostile()).contains("id=\"intentions\""));
  }

  @Test
  void aSheetOnEitherPictureLinksToItsNoteInTheList() throws Exception {
    qt().withExamples(20).forAll(DssaGenerators.fileMaps()).checkAssert(map -> {
      String html = HtmlReport.of(map).toHtml();
      java.util.Set<String> items = new java.util.HashSet<>();
      Matcher li = Pattern.compile("<li id=\"note-(\\d+)\"><span class=\"badge\">(\\d+)</span>").matcher(html);
      while (li.find()) {
        assertEquals(li.group(1), li.group(2));
        items.add(li.group(1));
      }
      java.util.Set<String> expected = new java.util.HashSet<>();
      for (int i = 1; i <= map.cellNotes().size(); i++) {
        expected.add(String.valueOf(i));
      }
      assertEquals(expected, items, "one item a note, numbered from 1 in the map's order");
      int pictures = 0;
      for (int at = html.indexOf("<svg"); at >= 0; at = html.indexOf("<svg", at + 1)) {
        org.w3c.dom.Document doc;
        try {
          doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(
              new org.xml.sax.InputSource(new java.io.StringReader(html.substring(at,
                  html.indexOf("</svg>", at) + 6))));
        } catch (Exception e) {
          throw new AssertionError("a picture with its links is no longer well formed: " + e.getMessage(), e);
        }
        pictures++;
        org.w3c.dom.NodeList links = doc.getElementsByTagName("a");
        org.w3c.dom.NodeList groups = doc.getElementsByTagName("g");
        int notes = 0;
        for (int i = 0; i < groups.getLength(); i++) {
          org.w3c.dom.Element g = (org.w3c.dom.Element) groups.item(i);
          if (g.getAttribute("class").equals("note")) {
            notes++;
            org.w3c.dom.Element a = (org.w3c.dom.Element) g.getParentNode();
            assertEquals("a", a.getTagName(), "every sheet is inside a link");
            assertEquals("#note-" + g.getAttribute("data-note"), a.getAttribute("href"));
            assertTrue(items.contains(g.getAttribute("data-note")));
          }
        }
        assertEquals(notes, links.getLength(), "no other link");
      }
      assertEquals(2, pictures);
    });
  }

  @Test
  void hostileTextFromTheMapStaysText() {
    String html = page(hostile());
    assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), html);
    assertFalse(html.contains("<img"), html);
    assertFalse(html.contains("<iframe"), html);
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
    assertFalse(html.contains("\u0007"), "control characters are replaced");
  }

  @Test
  void aBidiOverrideInTheTitleIsShownNotObeyedInThePagesTitle() {
    String html = page(EcosystemMap.builder().title("Report \u202Efdp.exe\u200B").build());
    String title = html.substring(html.indexOf("<title>"), html.indexOf("</title>"));
    assertEquals("<title>Report \\u202efdp.exe\\u200b — dssa-map report", title);
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      if (Character.getType(c) == Character.FORMAT || c == 0x2028 || c == 0x2029) {
        assertEquals(-1, title.indexOf(c), () -> "no raw invisible character in the title");
      }
    }
  }

  @Test
  void aBidiOverrideInANameIsIsolatedFromTheTextAroundIt() {
    String html = page(hostile());
    assertTrue(html.contains("<bdi>&lt;script&gt;alert(1)&lt;/script&gt;\u202Egnp.exe</bdi>"), html);
  }

  @Test
  void theOnlyTagsAreTheOnesTheReportWrites() {
    String html = page(hostile());
    Matcher m = TAG.matcher(html);
    while (m.find()) {
      assertTrue(java.util.Set.of("html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "p", "nav",
          "a", "section", "div", "span", "figure", "svg", "rect", "table", "thead", "tbody", "tr", "th", "td", "code",
          "bdi", "br", "dl", "dt", "dd", "ul", "li", "footer", "details", "summary").contains(m.group(1)), "unexpected <" + m.group(1));
    }
  }

  @Test
  void nothingIsLoadedFromAnywhere() {
    String html = page(hostile());
    assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"), html);
    assertFalse(Pattern.compile("<[^<>]*\\s(src|srcset|data|poster)\\s*=").matcher(html).find(),
        "an attribute that fetches");
    for (String fetching : new String[] {"<link", "url(", "@import", "<script", "<object", "<embed"}) {
      assertFalse(html.contains(fetching), fetching);
    }
  }

  @Test
  void everyLinkIsWithinThePageOrHttp() {
    qt().withExamples(60).forAll(DssaGenerators.maps(6)).checkAssert(map -> {
      Matcher m = HREF.matcher(page(map));
      while (m.find()) {
        String href = m.group(1);
        assertTrue(href.startsWith("#") || href.startsWith("http://") || href.startsWith("https://"), href);
      }
    });
  }

  @Test
  void generatedMapsNeverInjectMarkup() {
    qt().withExamples(60).forAll(DssaGenerators.maps(6)).checkAssert(map -> {
      String html = page(map);
      assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"));
      assertFalse(html.contains("]]><!--"), "a CDATA or comment breaker from a name must be escaped");
    });
  }

  @Test
  void equalMapsGiveByteIdenticalPages() {
    qt().withExamples(30).forAll(DssaGenerators.maps(5)).checkAssert(map ->
        assertEquals(page(map), page(map.toBuilder().build())));
  }

  @Test
  void theUncoveredExternalIncidentResponseAtTheCoreIsListedAsAGap() {
    String html = page(hostile());
    int gaps = html.indexOf("<section id=\"gaps\">");
    String section = html.substring(gaps, html.indexOf("</section>", gaps));
    assertTrue(section.contains("<tr><td><bdi>Incident response</bdi></td><td>External</td><td>Core</td>"
        + "<td><span class=\"badge uncovered\">uncovered</span></td>"), section);
  }

  @Test
  void theXmlDeclarationOfAPictureIsDroppedWhenInlined() {
    String html = page(hostile());
    assertFalse(html.contains("<?xml"), html);
    assertTrue(html.contains("<figure class=\"picture\">\n<svg xmlns"), html);
  }

  @Test
  void aLongTableStartsFoldedSoThatTheFindingsComeFirst() {
    EcosystemMap.Builder b = EcosystemMap.builder().title("many");
    for (int i = 0; i <= HtmlReport.FOLDED_ROWS; i++) {
      b.addOrganization(Organization.of("org-" + i, "Org " + i, "registry", Region.EUROPE));
    }
    String html = page(b.build());
    int organizations = html.indexOf("<section id=\"organizations\">");
    String section = html.substring(organizations, html.indexOf("</section>", organizations));
    assertTrue(section.contains("<details><summary>Show all 101 rows</summary>\n<table>"), section);
    assertTrue(section.endsWith("</table>\n</details>\n"), section);
    assertFalse(page(hostile()).contains("<details>"), "a short table is shown open");
  }

  @Test
  void theReportOfAMapIsItsDefaultAnalysisWithThePicturesDrawnWithThePictureOptions() {
    qt().withExamples(10).forAll(DssaGenerators.maps(5)).checkAssert(map -> {
      AnalysisReport analysis = AnalysisReport.of(map);
      String drawn = HtmlReport.of(map, analysis, MapRenderer.svg(map, View.WHEEL, HtmlReport.pictureOptions()),
          MapRenderer.svg(map, View.TABLE, HtmlReport.pictureOptions())).toHtml();
      assertEquals(drawn, HtmlReport.of(map).toHtml());
      assertEquals(drawn, HtmlReport.of(map, analysis).toHtml());
    });
  }

  @Test
  void theReportTakesTheAnalysisItIsGivenSuchAsOneCountingVerifiedPlacementsOnly() {
    EcosystemMap map = hostile();
    AnalysisReport verifiedOnly = AnalysisReport.of(map, AnalysisOptions.defaults().withVerifiedOnly());
    String html = HtmlReport.of(map, verifiedOnly).toHtml();
    assertTrue(html.contains("Only verified placements count."), html);
    assertFalse(HtmlReport.of(map).toHtml().contains("Only verified placements count."));
  }

  @Test
  void anAnalysisOfAnotherMapIsRefused() {
    AnalysisReport other = AnalysisReport.of(EcosystemMap.builder().title("another map").build());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> HtmlReport.of(hostile(), other));
    assertTrue(e.getMessage().contains("'another map'"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> HtmlReport.of(hostile(), AnalysisReport.of(hostile()),
        "<p>not a picture</p>", SVG));
  }

  @Test
  void writeToWritesThePageAsUtf8AndLeavesTheStreamOpen() throws IOException {
    HtmlReport report = HtmlReport.of(hostile(), AnalysisReport.of(hostile()), SVG, SVG);
    boolean[] closed = {false};
    ByteArrayOutputStream out = new ByteArrayOutputStream() {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    report.writeTo(out);
    assertArrayEquals(report.toHtml().getBytes(StandardCharsets.UTF_8), out.toByteArray());
    assertFalse(closed[0]);
  }
}
