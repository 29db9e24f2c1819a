package org.dssamap.analysis.format;

import static org.dssamap.analysis.format.AnalysisFormatsTest.resource;
import static org.dssamap.analysis.format.JsonTrees.assertSameTree;
import static org.dssamap.analysis.format.JsonTrees.cell;
import static org.dssamap.analysis.format.JsonTrees.object;
import static org.dssamap.analysis.format.JsonTrees.parse;
import static org.dssamap.analysis.format.JsonTrees.share;
import static org.dssamap.analysis.format.JsonTrees.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.dssamap.analysis.AnalysisOptions;
import org.dssamap.analysis.AnalysisReport;
import org.dssamap.analysis.Gap;
import org.dssamap.analysis.Overlap;
import org.dssamap.analysis.SinglePointOfFailure;
import org.dssamap.analysis.escalation.Escalation;
import org.dssamap.analysis.escalation.EscalationRoute;
import org.dssamap.analysis.escalation.Hop;
import org.dssamap.analysis.outsourcing.Concentration;
import org.dssamap.analysis.testing.Examples;
import org.dssamap.model.Cell;
import org.dssamap.model.CellNote;
import org.dssamap.model.Dimension;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.EvidenceSource;
import org.dssamap.model.Intention;
import org.dssamap.model.IntentionKind;
import org.dssamap.model.Layer;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Region;
import org.dssamap.model.Relationship;
import org.dssamap.model.RelationshipKind;
import org.dssamap.model.Status;
import org.dssamap.model.testing.DssaGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The analysis JSON against its specification, docs/analysis-formats.md "Analysis JSON": the top-level keys in
 * their order, and every finding, option and the escalation assessment field by field, built here from the report
 * as the table says and compared key by key with what {@link AnalysisJson} wrote.
 */
class AnalysisJsonContractTest {
  private static final Cell EXTERNAL_EDGE = Cell.of("incident-response", Dimension.EXTERNAL, Layer.EDGE);

  /** The options, as the table lists them: region only when there is one, then the rest in this order. */
  static ObjectNode options(AnalysisOptions o) {
    ObjectNode n = object();
    o.region().ifPresent(r -> n.put("region", r.id()));
    return n.put("overlapThreshold", o.overlapThreshold())
        .put("unconfirmedThreshold", share(o.unconfirmedThreshold()))
        .put("escalationFunction", o.escalationFunction())
        .put("escalationCountsClaims", o.escalationCountsClaims())
        .put("claimsCount", o.claimsCount())
        .put("internalCells", o.internalCells())
        .put("concentrationShare", share(o.concentrationShare()))
        .put("concentrationDependents", o.concentrationDependents());
  }

  static ObjectNode gap(Gap g) {
    ObjectNode n = cell(g.cell()).put("kind", g.kind().id());
    n.set("claimedBy", strings(g.claimedBy()));
    n.set("disputedBy", strings(g.disputedBy()));
    return n;
  }

  static ObjectNode overlap(Overlap o) {
    ObjectNode n = cell(o.cell()).put("region", o.region().id());
    n.set("organizations", strings(o.organizations()));
    return n;
  }

  static ObjectNode singlePoint(SinglePointOfFailure s) {
    return cell(s.cell()).put("organization", s.organization()).put("status", s.status().id());
  }

  /** A route: from, to, reachable; then reliesOnClaims and path when reachable, reason when not. */
  static ObjectNode route(EscalationRoute r) {
    ObjectNode n = object().put("from", r.from().id()).put("to", r.to().id()).put("reachable", r.isReachable());
    r.path().ifPresent(p -> {
      n.put("reliesOnClaims", p.reliesOnClaims());
      ArrayNode hops = n.putArray("path");
      for (Hop h : p.hops()) {
        hops.add(object().put("organization", h.organization()).put("role", h.role().id())
            .put("status", h.status().id()));
      }
    });
    r.reason().ifPresent(x -> n.put("reason", x.id()));
    return n;
  }

  private static ObjectNode concentration(Concentration c) {
    ObjectNode n = object().put("provider", c.provider()).put("function", c.function())
        .put("dependents", c.dependents().size()).put("share", share(c.share()))
        .put("clientsOutsourcing", c.clientsOutsourcing());
    n.set("clients", strings(c.dependents()));
    if (c.weightedShare().isPresent()) {
      n.put("weightedShare", share(c.weightedShare().getAsDouble()));
    }
    return n.put("notable", c.notable());
  }

  private static ObjectNode assessment(Escalation e) {
    ObjectNode n = object().put("assessable", e.assessable());
    e.notAssessable().ifPresent(x -> n.put("reason", x.id()));
    n.put("glueRelays", e.glueRelays()).put("coreRelays", e.coreRelays());
    n.set("regionsWithEdge", strings(e.regionsWithEdge().stream().map(Region::id).toList()));
    n.set("regionsWithGlue", strings(e.regionsWithGlue().stream().map(Region::id).toList()));
    return n;
  }

  /** Checks the analysis JSON of {@code report} against the table. */
  static void check(AnalysisReport report) {
    JsonNode written = parse(AnalysisJson.write(report));
    List<String> keys = new ArrayList<>(List.of("format", "title"));
    if (report.picture() == AnalysisReport.Picture.INTENDED) {
      keys.add("picture");
    }
    keys.addAll(List.of("options", "cells", "gaps", "overlaps", "singlePointsOfFailure", "concentration",
        "concentrationProviders", "escalation", "unreachable", "escalationAssessment", "coverage",
        "selfClassification", "outsourcing"));
    if (!report.cellNotes().isEmpty()) {
      keys.add("cellNotes");
    }
    List<String> found = new ArrayList<>();
    written.fieldNames().forEachRemaining(found::add);
    assertEquals(keys, found, "the top-level keys, in order");

    ObjectNode expected = object().put("format", "dssa-analysis/1").put("title", report.title());
    if (report.picture() == AnalysisReport.Picture.INTENDED) {
      expected.put("picture", "intended");
    }
    expected.set("options", options(report.options()));
    expected.set("gaps", array(report.gaps().stream().map(AnalysisJsonContractTest::gap).toList()));
    expected.set("overlaps", array(report.overlaps().stream().map(AnalysisJsonContractTest::overlap).toList()));
    expected.set("singlePointsOfFailure",
        array(report.singlePointsOfFailure().stream().map(AnalysisJsonContractTest::singlePoint).toList()));
    expected.set("concentration", array(report.outsourcing().concentration().stream()
        .map(AnalysisJsonContractTest::concentration).toList()));
    expected.put("concentrationProviders", report.outsourcing().providers().size());
    expected.set("escalation",
        array(report.escalation().routes().stream().map(AnalysisJsonContractTest::route).toList()));
    expected.set("unreachable", array(report.escalation().unreachable().stream()
        .map(r -> object().put("from", r.from().id()).put("to", r.to().id()).put("reason", r.reason().get().id()))
        .toList()));
    expected.set("escalationAssessment", assessment(report.escalation()));
    if (!report.cellNotes().isEmpty()) {
      expected.set("cellNotes", array(report.cellNotes().stream()
          .map(n -> cell(n.cell()).put("text", n.text())).toList()));
    }
    // coverage carries the region of the options, like them only when there is one
    JsonNode coverage = written.get("coverage");
    assertEquals(report.options().region().map(Region::id), java.util.Optional.ofNullable(coverage.get("region"))
        .map(JsonNode::asText), "coverage.region");
    ObjectNode compared = object();
    expected.fieldNames().forEachRemaining(k -> compared.set(k, written.get(k)));
    assertSameTree(expected, compared);
  }

  static ArrayNode array(List<? extends JsonNode> nodes) {
    ArrayNode a = JsonTrees.JSON.createArrayNode();
    nodes.forEach(a::add);
    return a;
  }

  /**
   * Two registries of one region doing incident response for others at the edge (an overlap), clients of a
   * provider with their sizes (a weighted share), a note on a cell and an intention.
   */
  private static EcosystemMap overlapsSizesAndNotes() {
    EcosystemMap.Builder b = EcosystemMap.builder().title("overlaps, sizes and notes")
        .addOrganization(Organization.of("denic", "DENIC", "cctld", Region.EUROPE))
        .addOrganization(Organization.of("nominet", "Nominet", "cctld", Region.EUROPE))
        .addOrganization(Organization.of("backend", "Back end", "registry-backend", Region.NORTH_AMERICA))
        .addPlacement(Placement.of("denic", EXTERNAL_EDGE, Status.VERIFIED, EvidenceSource.PEER_REPORTED))
        .addPlacement(Placement.of("nominet", EXTERNAL_EDGE, Status.CLAIMED, EvidenceSource.DESK_RESEARCH))
        .addPlacement(Placement.of("backend", Cell.of("frontline-mitigation", Dimension.EXTERNAL, Layer.EDGE),
            Status.VERIFIED, EvidenceSource.PEER_REPORTED))
        .addCellNote(CellNote.of(Cell.of("incident-response", Dimension.EXTERNAL, Layer.CORE),
            "who does incident response for others at the core?"))
        .addIntention(Intention.of("nominet", Cell.of("training", Dimension.EXTERNAL, Layer.GLUE),
            IntentionKind.WANTS_TO_DO));
    for (int i = 0; i < 3; i++) {
      b.addOrganization(new Organization("client-" + i, "Client " + i, "registry", java.util.Optional.of(Region.ASIA_PACIFIC),
          java.util.Optional.empty(), java.util.Optional.empty(), OptionalLong.of(10L * (i + 1))));
      b.addRelationship(Relationship.of("client-" + i, "backend", RelationshipKind.OUTSOURCES_TO,
          List.of("frontline-mitigation")));
    }
    return b.build();
  }

  @Test
  void theCallMapsAnalysisIsWrittenAsTheTableSays() throws IOException {
    for (String name : List.of("call-map.json", "call-map-joined-core.json")) {
      EcosystemMap map = resource(name);
      check(AnalysisReport.of(map));
      check(AnalysisReport.of(map, AnalysisOptions.defaults().withRegion(Region.NORTH_AMERICA).withVerifiedOnly()));
    }
    AnalysisReport joined = AnalysisReport.of(resource("call-map-joined-core.json"));
    assertTrue(joined.escalation().routes().stream().anyMatch(EscalationRoute::isReachable), "a path is written");
  }

  @Test
  void overlapsWeightedSharesNotesAndTheIntendedPictureAreWrittenAsTheTableSays() {
    EcosystemMap map = overlapsSizesAndNotes();
    AnalysisReport report = AnalysisReport.of(map);
    assertEquals(1, report.overlaps().size(), () -> report.overlaps().toString());
    assertTrue(report.outsourcing().concentration().get(0).weightedShare().isPresent());
    check(report);
    check(AnalysisReport.ofIntended(map, AnalysisOptions.defaults().withRegion(Region.EUROPE)));
    JsonNode notes = parse(AnalysisJson.write(report)).get("cellNotes");
    assertEquals("who does incident response for others at the core?", notes.get(0).get("text").asText());
  }

  @Test
  void everyGeneratedAnalysisIsWrittenAsTheTableSays() {
    Gen<EcosystemMap> maps = DssaGenerators.maps(8).mix(DssaGenerators.escalationMaps(8), 40)
        .mix(DssaGenerators.outsourcingMaps(), 30).mix(DssaGenerators.fileMaps(), 20);
    qt().withExamples(Examples.upTo(80)).forAll(maps).checkAssert(map -> {
      check(AnalysisReport.of(map));
      check(AnalysisReport.ofIntended(map, AnalysisOptions.defaults().withVerifiedOnly()));
    });
  }
}
