package org.dssamap.render.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dssamap.model.Cell;
import org.dssamap.model.Dimension;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.Layer;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Region;
import org.dssamap.model.Relationship;
import org.dssamap.model.RelationshipKind;
import org.junit.jupiter.api.Test;

/** The report's escalation section: a finding when the map can tell, a plain "cannot be assessed" when not. */
class HtmlReportEscalationTest {
  private static final Cell EDGE = Cell.of("incident-response", Dimension.INTERNAL, Layer.EDGE);

  private static EcosystemMap.Builder twoRegistries() {
    return EcosystemMap.builder().title("escalation")
        .addOrganization(Organization.of("denic", "DENIC", "cctld", Region.EUROPE))
        .addOrganization(Organization.of("cira", "CIRA", "cctld", Region.NORTH_AMERICA))
        .addPlacement(Placement.claimed("denic", EDGE))
        .addPlacement(Placement.claimed("cira", EDGE));
  }

  private static String section(String html) {
    int start = html.indexOf("<section id=\"escalation\">");
    return html.substring(start, html.indexOf("</section>", start));
  }

  @Test
  void aMapWithNoRelaySaysEscalationCannotBeAssessedAndListsNoPair() {
    String html = HtmlReportTest.page(twoRegistries().build());
    String section = section(html);
    assertTrue(section.contains("Escalation cannot be assessed from this data: the map holds no glue or core relay"),
        section);
    assertFalse(section.contains("<table>"), section);
    assertTrue(html.contains("<span class=\"number\">n/a</span><span class=\"what\">escalation cannot be assessed "
        + "from this data: the map holds no glue or core relay</span>"), html);
  }

  @Test
  void aMapWithGlueButNoCoreListsThePairsAndSaysTheCoreIsMissing() {
    EcosystemMap map = twoRegistries()
        .addOrganization(Organization.of("ccirc", "Canadian CERT", "cert", Region.NORTH_AMERICA))
        .addPlacement(Placement.claimed("ccirc", Cell.of("incident-response", Dimension.EXTERNAL, Layer.GLUE)))
        .addRelationship(Relationship.of("cira", "ccirc", RelationshipKind.ESCALATES_TO))
        .build();
    String section = section(HtmlReportTest.page(map));
    assertTrue(section.contains("<td>Europe</td><td>North America</td><td>nobody does <bdi>incident response</bdi> "
        + "for others at the core</td>"), section);
    assertTrue(section.contains("The map holds 1 glue relay, no core relay; regions whose edge has a channel to the "
        + "glue: North America."), section);
  }
}
