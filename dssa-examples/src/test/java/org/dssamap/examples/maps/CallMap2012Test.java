package org.dssamap.examples.maps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dssamap.analysis.AnalysisReport;
import org.dssamap.analysis.Gap;
import org.dssamap.analysis.escalation.EscalationRoute;
import org.dssamap.model.Cell;
import org.dssamap.model.Dimension;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.EvidenceSource;
import org.dssamap.model.Layer;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Relationship;
import org.dssamap.model.RelationshipKind;
import org.dssamap.model.Status;
import org.dssamap.model.json.MapJson;
import org.junit.jupiter.api.Test;

/** The bundled map of the working group's call of 24 August 2012. */
class CallMap2012Test {
  private static final Cell CORE_EXTERNAL_IR = Cell.of("incident-response", Dimension.EXTERNAL, Layer.CORE);
  /** The people who spoke on the call, as the placement notes name them. */
  private static final List<String> SPEAKERS = List.of("Mikey O'Connor", "Jim Galvin", "Jacques Latour",
      "Don Blumenthal", "Warren Kumari", "Joerg Schweiger");

  private final EcosystemMap map = BundledMaps.call2012();

  @Test
  void holdsTheOrganizationsOfTheCall() {
    assertEquals(List.of("afilias", "arin", "canadian-cert", "centr", "cira", "denic", "dns-oarc", "first", "icann",
        "jprs", "nic-lv", "pir", "ssac"), map.organizations().stream().map(Organization::id).toList());
    assertEquals(Optional.of(LocalDate.of(2012, 8, 24)), map.asOf());
  }

  @Test
  void everyPlacementCitesWhatWasSaidOrSaysItIsDeskResearch() {
    for (Placement p : map.placements()) {
      String note = p.note().orElseThrow(() -> new AssertionError("no note on " + p));
      boolean quotesASpeaker = SPEAKERS.stream().anyMatch(note::contains) && note.matches("(?s).*'.{10,}'.*");
      assertTrue(quotesASpeaker || note.contains("desk research"), note);
    }
  }

  @Test
  void whatAnOrganizationSaidOfItselfIsStillOnlyAClaim() {
    List<Placement> selfReported = map.placements().stream()
        .filter(p -> p.source() == EvidenceSource.SELF_REPORTED).toList();
    assertEquals(List.of("afilias", "cira", "pir"), selfReported.stream().map(Placement::organization).toList());
    assertTrue(selfReported.stream().allMatch(p -> p.status() == Status.CLAIMED));
    assertTrue(map.placements().stream().noneMatch(Placement::isVerified));
  }

  @Test
  void firstAsTheCoreIsDisputedByWhatJacquesLatourSaid() {
    List<Placement> core = map.placementsIn(CORE_EXTERNAL_IR);
    assertEquals(1, core.size());
    Placement first = core.get(0);
    assertEquals("first", first.organization());
    assertEquals(Status.DISPUTED, first.status());
    assertEquals("Jacques Latour (CIRA)", first.dispute().orElseThrow().by());
    assertTrue(first.dispute().orElseThrow().reason().contains("fragmented core"));
  }

  @Test
  void theAnalysisFindsNoVerifiedExternalIncidentResponseAtTheCore() {
    AnalysisReport report = AnalysisReport.of(map);
    Gap gap = report.gaps().stream().filter(g -> g.cell().equals(CORE_EXTERNAL_IR)).findFirst().orElseThrow();
    assertTrue(gap.claimedBy().isEmpty());
    assertEquals(List.of("first"), gap.disputedBy().asList());
  }

  @Test
  void noRegionCanReachAnotherThroughTheFragmentedCore() {
    List<EscalationRoute> routes = AnalysisReport.of(map).escalation().routes();
    assertEquals(20, routes.size());
    assertTrue(routes.stream().noneMatch(EscalationRoute::isReachable));
  }

  @Test
  void ciraEscalatesToTheCanadianCertAndPirOutsourcesToAfilias() {
    assertTrue(map.relationships().contains(Relationship.of("cira", "canadian-cert", RelationshipKind.ESCALATES_TO,
        List.of("incident-response")).withNote(map.relationshipsFrom("cira").get(0).note().orElseThrow())));
    Relationship outsourcing = map.relationshipsFrom("pir").get(0);
    assertEquals(RelationshipKind.OUTSOURCES_TO, outsourcing.kind());
    assertEquals("afilias", outsourcing.to());
    assertTrue(outsourcing.covers("incident-response"));
    assertFalse(map.relationships().stream().anyMatch(r -> r.kind() == RelationshipKind.DISTRUSTS),
        "the call spoke of distrust in general; the map names no pair that said it");
  }

  @Test
  void carriesTheQuestionsTheCallLeftOpen() {
    List<String> questions = map.openQuestions();
    assertEquals(8, questions.size());
    for (String topic : List.of("compliance monitoring mean", "registry back-end operators be shown apart",
        "external incident response at the core", "fragmented core", "overstate", "internal/external dimension",
        "textbook definitions")) {
      assertTrue(questions.stream().anyMatch(q -> q.contains(topic)), topic);
    }
  }

  @Test
  void theBundledFileIsCanonical() throws Exception {
    byte[] bytes;
    try (InputStream in = BundledMaps.class.getResourceAsStream(BundledMaps.CALL_2012_RESOURCE)) {
      bytes = in.readAllBytes();
    }
    assertEquals(new String(bytes, StandardCharsets.UTF_8), MapJson.write(MapJson.read(bytes, "call-2012.json")));
  }
}
