package org.dssamap.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dssamap.analysis.AnalysisReport;
import org.dssamap.analysis.Gap;
import org.dssamap.examples.maps.BundledMap;
import org.dssamap.render.report.HtmlReport;
import org.dssamap.model.EcosystemMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The report of the real-world map: light, folded, printable, and still self-contained. */
class HtmlReportAtScaleTest {
  /** How many organizations a list in a finding names before it folds the rest (HtmlReport's documentation). */
  private static final int LISTED = 12;
  private static EcosystemMap map;
  private static String html;

  @BeforeAll
  static void report() {
    map = BundledMap.REAL_WORLD.map();
    html = HtmlReport.of(map).toHtml();
  }

  @Test
  void theRealWorldReportIsAtMostThreeMegabytes() {
    int bytes = html.getBytes(StandardCharsets.UTF_8).length;
    assertTrue(bytes <= 3_000_000, () -> "the real-world report is " + bytes + " bytes");
  }

  @Test
  void itStaysWithoutScriptOrExternalResource() {
    // links to an organization's site are links, not resources: nothing is loaded, by element or by style
    for (String loads : List.of("<script", "<link", "<img", "<iframe", "<object", "<embed", " src=", "@import")) {
      assertFalse(html.contains(loads), loads);
    }
    assertFalse(Pattern.compile("url\\((?!#)").matcher(html).find(), "a url( other than a clip path in the page");
    assertFalse(Pattern.compile("(?:xlink:)?href='(?!#)").matcher(html).find(), "an SVG reference out of the page");
  }

  @Test
  void everyGapListsItsFirstOrganizationsAndFoldsTheRestUnderTheirCount() {
    AnalysisReport analysis = AnalysisReport.of(map);
    String gaps = section("gaps");
    List<Integer> folded = new ArrayList<>();
    Matcher m = Pattern.compile("<summary>\\+ ([0-9,]+) more</summary>").matcher(gaps);
    while (m.find()) {
      folded.add(Integer.parseInt(m.group(1).replace(",", "")));
    }
    List<Integer> expected = new ArrayList<>();
    for (Gap g : analysis.gaps()) {
      for (var list : List.of(g.claimedBy(), g.disputedBy())) {
        if (list.size() > LISTED) {
          expected.add(list.size() - LISTED);
        }
      }
    }
    assertFalse(expected.isEmpty(), "the real-world map has gaps claimed by many");
    assertEquals(expected, folded);
  }

  @Test
  void theOrganizationsSectionStillListsEveryOrganization() {
    String orgs = section("organizations");
    assertEquals(map.organizations().size(), Pattern.compile("<tr id=\"org-").matcher(orgs).results().count());
  }

  @Test
  void printingPutsThePicturesOnLandscapePagesAndNeverSplitsARow() {
    String css = html.substring(html.indexOf("<style>"), html.indexOf("</style>"));
    String print = css.substring(css.indexOf("@media print"));
    assertTrue(css.contains("@page picture { size: landscape"));
    assertTrue(print.contains("#wheel, #table { page: picture; break-before: page; }"));
    assertTrue(print.contains("tr, .tile, dt, dd { break-inside: avoid; }"));
    assertTrue(print.contains("overflow: visible !important"));
    assertTrue(print.contains("content-visibility: visible"), "folded lists print open");
  }

  private static String section(String id) {
    int start = html.indexOf("<section id=\"" + id + "\">");
    return html.substring(start, html.indexOf("</section>", start));
  }
}
