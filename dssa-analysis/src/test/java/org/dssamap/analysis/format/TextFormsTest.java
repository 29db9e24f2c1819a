package org.dssamap.analysis.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dssamap.analysis.AnalysisOptions;
import org.dssamap.analysis.AnalysisReport;
import org.dssamap.analysis.escalation.Escalation;
import org.dssamap.analysis.escalation.EscalationRoute;
import org.dssamap.analysis.escalation.UnreachableReason;
import org.dssamap.model.Cell;
import org.dssamap.model.CellNote;
import org.dssamap.model.Dimension;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.EvidenceSource;
import org.dssamap.model.Layer;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Region;
import org.dssamap.model.Relationship;
import org.dssamap.model.RelationshipKind;
import org.dssamap.model.Status;
import org.junit.jupiter.api.Test;

/**
 * The readable forms: the sentences that explain an unreachable pair (docs/analysis-formats.md, "Unreachable
 * reasons": the regions each reason concerns), and the analysis text's scope line and notes on cells.
 */
class TextFormsTest {
  private static final Cell EDGE = Cell.of("incident-response", Dimension.INTERNAL, Layer.EDGE);

  private static Placement verified(String organization, Cell cell) {
    return Placement.of(organization, cell, Status.VERIFIED, EvidenceSource.PEER_REPORTED);
  }

  /**
   * A core relay and a glue relay in Europe; DENIC (Europe) at the edge shares with the glue, JPRS (Asia-Pacific)
   * and CIRA (North America) at the edge talk to nobody.
   */
  private static EcosystemMap glueForEuropeOnly() {
    return EcosystemMap.builder().title("glue for Europe only")
        .addOrganization(Organization.of("core-cert", "Core CERT", "cert", Region.GLOBAL))
        .addOrganization(Organization.of("cert-eu", "CERT-EU", "cert", Region.EUROPE))
        .addOrganization(Organization.of("denic", "DENIC", "cctld", Region.EUROPE))
        .addOrganization(Organization.of("jprs", "JPRS", "cctld", Region.ASIA_PACIFIC))
        .addOrganization(Organization.of("cira", "CIRA", "cctld", Region.NORTH_AMERICA))
        .addPlacement(verified("core-cert", Cell.of("incident-response", Dimension.EXTERNAL, Layer.CORE)))
        .addPlacement(verified("cert-eu", Cell.of("incident-response", Dimension.EXTERNAL, Layer.GLUE)))
        .addPlacement(verified("denic", EDGE))
        .addPlacement(verified("jprs", EDGE))
        .addPlacement(verified("cira", EDGE))
        .addRelationship(Relationship.of("denic", "cert-eu", RelationshipKind.SHARES_WITH))
        .addRelationship(Relationship.of("cert-eu", "core-cert", RelationshipKind.ESCALATES_TO))
        .build();
  }

  private static EscalationRoute route(Escalation escalation, Region from, Region to) {
    return escalation.routes().stream().filter(r -> r.from() == from && r.to() == to).findFirst().orElseThrow();
  }

  @Test
  void theGlueReasonNamesTheRegionsOfThePairWhoseEdgeHasNoChannelToTheGlueAndNoOther() {
    Escalation escalation = AnalysisReport.of(glueForEuropeOnly()).escalation();
    assertEquals(List.of(Region.EUROPE), List.copyOf(escalation.regionsWithGlue()));
    EscalationRoute fromEurope = route(escalation, Region.EUROPE, Region.ASIA_PACIFIC);
    assertEquals(UnreachableReason.NO_RELAY_AT_GLUE, fromEurope.reason().orElseThrow());
    assertEquals("no edge organization of Asia-Pacific has a channel to anyone doing incident response for others "
        + "at the glue", EscalationWords.reason(UnreachableReason.NO_RELAY_AT_GLUE, fromEurope, escalation,
            "incident response"));
    EscalationRoute neither = route(escalation, Region.ASIA_PACIFIC, Region.NORTH_AMERICA);
    assertEquals("no edge organization of Asia-Pacific or North America has a channel to anyone doing F for "
        + "others at the glue", EscalationWords.reason(UnreachableReason.NO_RELAY_AT_GLUE, neither, escalation, "F"));
  }

  @Test
  void everyReasonIsASentenceAboutTheRegionsItConcerns() {
    Escalation escalation = AnalysisReport.of(glueForEuropeOnly()).escalation();
    EscalationRoute r = route(escalation, Region.AFRICA, Region.EUROPE);
    assertEquals("no organization of Africa does F at the edge",
        EscalationWords.reason(UnreachableReason.NO_EDGE_IN_SOURCE, r, escalation, "F"));
    assertEquals("no organization of Europe does F at the edge",
        EscalationWords.reason(UnreachableReason.NO_EDGE_IN_TARGET, r, escalation, "F"));
    assertEquals("nobody does F for others at the core",
        EscalationWords.reason(UnreachableReason.NO_RELAY_AT_CORE, r, escalation, "F"));
    assertEquals("the relays are there but no chain of links joins them (a fragmented core)",
        EscalationWords.reason(UnreachableReason.NO_PATH, r, escalation, "F"));
    assertTrue(EscalationWords.reason(UnreachableReason.DISTRUST, r, escalation, "F")
        .startsWith("only distrust stands in the way: "));
    assertEquals("1 glue relay, 1 core relay; regions whose edge has a channel to the glue: Europe",
        EscalationWords.relays(escalation, Region::displayName));
  }

  @Test
  void theAnalysisTextSaysItsScopeAndListsTheNotesOnCells() {
    EcosystemMap map = glueForEuropeOnly().toBuilder()
        .addCellNote(CellNote.of(EDGE, "does every ccTLD do \u202eits own incident response?")).build();
    String all = AnalysisText.write(AnalysisReport.of(map));
    assertTrue(all.contains("\nScope: all regions\n"), all);
    assertTrue(all.endsWith("\nNotes on cells (1): questions that fell out\n  incident-response/internal/edge: does "
        + "every ccTLD do \\u202eits own incident response?\n"), all);
    String europe = AnalysisText.write(AnalysisReport.of(map, AnalysisOptions.defaults().withRegion(Region.EUROPE)));
    assertTrue(europe.contains("\nScope: europe (with the global organizations)\n"), europe);
  }
}
