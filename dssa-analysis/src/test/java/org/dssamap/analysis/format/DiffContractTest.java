package org.dssamap.analysis.format;

import static org.dssamap.analysis.format.AnalysisFormatsTest.resource;
import static org.dssamap.analysis.format.AnalysisJsonContractTest.array;
import static org.dssamap.analysis.format.JsonTrees.assertSameTree;
import static org.dssamap.analysis.format.JsonTrees.mapElement;
import static org.dssamap.analysis.format.JsonTrees.object;
import static org.dssamap.analysis.format.JsonTrees.parse;
import static org.dssamap.analysis.format.JsonTrees.share;
import static org.dssamap.analysis.format.JsonTrees.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dssamap.analysis.AnalysisOptions;
import org.dssamap.analysis.Gap;
import org.dssamap.analysis.GapKind;
import org.dssamap.analysis.Overlap;
import org.dssamap.analysis.SinglePointOfFailure;
import org.dssamap.analysis.diff.FindingChanges;
import org.dssamap.analysis.diff.MapDiff;
import org.dssamap.analysis.diff.PlacementChange;
import org.dssamap.analysis.diff.ValueChange;
import org.dssamap.analysis.escalation.EscalationRoute;
import org.dssamap.analysis.survey.Answer;
import org.dssamap.analysis.survey.Response;
import org.dssamap.analysis.survey.Responses;
import org.dssamap.analysis.survey.Survey;
import org.dssamap.analysis.testing.Examples;
import org.dssamap.model.Cell;
import org.dssamap.model.CellNote;
import org.dssamap.model.Dimension;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.EvidenceSource;
import org.dssamap.model.FunctionCatalog;
import org.dssamap.model.Intention;
import org.dssamap.model.IntentionKind;
import org.dssamap.model.Layer;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Region;
import org.dssamap.model.Relationship;
import org.dssamap.model.SecurityFunction;
import org.dssamap.model.Status;
import org.dssamap.model.json.CanonicalJson;
import org.dssamap.model.testing.DssaGenerators;
import org.junit.jupiter.api.Test;

/**
 * The diff JSON and its text form against docs/analysis-formats.md, "Diff JSON": every key of the JSON built here
 * from the diff as the section says and compared key by key with what {@link DiffJson} wrote, and the text built
 * line by line as the section says (map changes, {@code +}/{@code -}/{@code ~}, then the findings) and compared
 * with {@link DiffText}.
 */
class DiffContractTest {
  private static final Cell EXTERNAL_EDGE = Cell.of("incident-response", Dimension.EXTERNAL, Layer.EDGE);
  /** An expected cell: where gaps and single points of failure are found. */
  private static final Cell EXTERNAL_CORE = Cell.of("incident-response", Dimension.EXTERNAL, Layer.CORE);

  // ---- the JSON -------------------------------------------------------------------------------------------------

  private static <T> ObjectNode change(ValueChange<T> c, Function<T, JsonNode> element) {
    ObjectNode n = object();
    n.set("before", element.apply(c.before()));
    n.set("after", element.apply(c.after()));
    return n;
  }

  private static <T> ArrayNode changes(List<ValueChange<T>> changes, Function<T, JsonNode> element) {
    return array(changes.stream().map(c -> change(c, element)).toList());
  }

  private static <T> ArrayNode list(List<T> values, Function<T, JsonNode> element) {
    return array(values.stream().map(element).toList());
  }

  private static <T> ObjectNode findings(FindingChanges<T> f, Function<T, JsonNode> element) {
    ObjectNode n = object();
    n.set("appeared", list(f.appeared(), element));
    n.set("gone", list(f.gone(), element));
    n.set("changed", changes(f.changed(), element));
    return n;
  }

  private static JsonNode placement(Placement p) {
    return mapElement(g -> CanonicalJson.writePlacement(p, g));
  }

  private static JsonNode organization(Organization o) {
    return mapElement(g -> CanonicalJson.writeOrganization(o, g));
  }

  private static JsonNode relationship(Relationship r) {
    return mapElement(g -> CanonicalJson.writeRelationship(r, g));
  }

  private static ObjectNode sides(JsonNode before, JsonNode after) {
    ObjectNode n = object();
    n.set("before", before);
    n.set("after", after);
    return n;
  }

  private static ObjectNode names(Map<String, String> names) {
    ObjectNode n = object();
    names.forEach(n::put);
    return n;
  }

  /** The diff JSON as the section specifies it, key by key. */
  static ObjectNode expectedJson(MapDiff d) {
    ObjectNode n = object().put("format", "dssa-diff/1").put("empty", d.isEmpty());
    d.title().ifPresent(c -> n.set("title", object().put("before", c.before()).put("after", c.after())));
    d.asOf().ifPresent(c -> {
      ObjectNode asOf = object();
      c.before().ifPresent(x -> asOf.put("before", x.toString()));
      c.after().ifPresent(x -> asOf.put("after", x.toString()));
      n.set("asOf", asOf);
    });
    d.catalog().ifPresent(c -> n.set("catalog", object().put("before", c.before().id()).put("after", c.after().id())));
    d.openQuestions().ifPresent(c -> n.set("openQuestions", sides(strings(c.before()), strings(c.after()))));
    d.kindNames().ifPresent(c -> n.set("kinds", sides(names(c.before()), names(c.after()))));
    d.intentions().ifPresent(c -> n.set("intentions", sides(
        list(c.before(), (Intention i) -> mapElement(g -> CanonicalJson.writeIntention(i, g))),
        list(c.after(), (Intention i) -> mapElement(g -> CanonicalJson.writeIntention(i, g))))));
    d.cellNotes().ifPresent(c -> n.set("cellNotes", sides(
        list(c.before(), (CellNote x) -> mapElement(g -> CanonicalJson.writeCellNote(x, g))),
        list(c.after(), (CellNote x) -> mapElement(g -> CanonicalJson.writeCellNote(x, g))))));
    ObjectNode placements = object();
    placements.set("added", list(d.placementsAdded(), DiffContractTest::placement));
    placements.set("removed", list(d.placementsRemoved(), DiffContractTest::placement));
    ArrayNode changed = placements.putArray("changed");
    for (PlacementChange c : d.placementsChanged()) {
      ObjectNode e = object();
      e.set("fields", strings(c.changedFields()));
      c.review().ifPresent(r -> e.set("review", object().put("by", r.by()).put("on", r.on().toString())
          .put("outcome", r.outcome().id())));
      e.set("before", placement(c.before()));
      e.set("after", placement(c.after()));
      changed.add(e);
    }
    n.set("placements", placements);
    ObjectNode organizations = object();
    organizations.set("added", list(d.organizationsAdded(), DiffContractTest::organization));
    organizations.set("removed", list(d.organizationsRemoved(), DiffContractTest::organization));
    organizations.set("changed", changes(d.organizationsChanged(), DiffContractTest::organization));
    n.set("organizations", organizations);
    ObjectNode relationships = object();
    relationships.set("added", list(d.relationshipsAdded(), DiffContractTest::relationship));
    relationships.set("removed", list(d.relationshipsRemoved(), DiffContractTest::relationship));
    relationships.set("changed", changes(d.relationshipsChanged(), DiffContractTest::relationship));
    n.set("relationships", relationships);
    n.set("gapsOpened", list(d.gapsOpened(), AnalysisJsonContractTest::gap));
    n.set("gapsClosed", list(d.gapsClosed(), AnalysisJsonContractTest::gap));
    n.set("gapsChanged", changes(d.gaps().changed(), AnalysisJsonContractTest::gap));
    n.set("overlaps", findings(d.overlaps(), AnalysisJsonContractTest::overlap));
    n.set("singlePointsOfFailure", findings(d.singlePointsOfFailure(), AnalysisJsonContractTest::singlePoint));
    ObjectNode escalation = object();
    escalation.set("changed", changes(d.escalation().changed(), AnalysisJsonContractTest::route));
    n.set("escalation", escalation);
    // the options the findings were drawn with: the first five keys of the analysis JSON's options
    AnalysisOptions o = d.options();
    ObjectNode options = object();
    o.region().ifPresent(r -> options.put("region", r.id()));
    options.put("overlapThreshold", o.overlapThreshold()).put("unconfirmedThreshold", share(o.unconfirmedThreshold()))
        .put("escalationFunction", o.escalationFunction()).put("escalationCountsClaims", o.escalationCountsClaims());
    n.set("options", options);
    return n;
  }

  // ---- the text -------------------------------------------------------------------------------------------------

  /** Map text as the text forms show it: C0 and C1 controls, line separators and format characters as \\uXXXX. */
  static String visible(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(c -> {
      boolean invisible = Character.getType(c) == Character.CONTROL || c == 0x2028 || c == 0x2029
          || Character.getType(c) == Character.FORMAT;
      out.append(invisible ? String.format(Locale.ROOT, "\\u%04x", c) : Character.toString(c));
    });
    return out.toString();
  }

  private static String gap(Gap g) {
    if (g.kind() == GapKind.UNCOVERED) {
      return "uncovered";
    }
    List<String> who = new ArrayList<>();
    if (!g.claimedBy().isEmpty()) {
      who.add("claimed by " + String.join(", ", g.claimedBy()));
    }
    if (!g.disputedBy().isEmpty()) {
      who.add("disputed by " + String.join(", ", g.disputedBy()));
    }
    return "unverified (" + String.join("; ", who) + ")";
  }

  private static String spof(SinglePointOfFailure s) {
    return s.organization() + " (" + s.status().id() + ")";
  }

  private static String overlapPlace(Overlap o) {
    return o.cell() + " in " + o.region().id();
  }

  private static String route(EscalationRoute r) {
    if (r.path().isEmpty()) {
      return "unreachable (" + r.reason().get().id() + ")";
    }
    return r.path().get().hops().stream().map(h -> h.organization() + "[" + h.role().id() + "]")
        .collect(Collectors.joining(" -> ")) + (r.path().get().reliesOnClaims() ? " (relies on claims)" : "");
  }

  /** The text form as the section describes it, one line per change. */
  static String expectedText(MapDiff d) {
    if (d.isEmpty()) {
      return "no changes\n";
    }
    List<String> lines = new ArrayList<>();
    d.title().ifPresent(c -> lines.add("~ title: \"" + visible(c.before()) + "\" -> \"" + visible(c.after()) + "\""));
    d.asOf().ifPresent(c -> lines.add("~ asOf: " + c.before().map(LocalDate::toString).orElse("none") + " -> "
        + c.after().map(LocalDate::toString).orElse("none")));
    d.catalog().ifPresent(c -> lines.add("~ catalog: " + c.before().id() + " -> " + c.after().id()));
    d.openQuestions().ifPresent(c -> lines.add("~ open questions: " + c.before().size() + " -> " + c.after().size()));
    d.kindNames().ifPresent(c -> lines.add("~ names of kinds: " + c.before().size() + " -> " + c.after().size()));
    d.intentions().ifPresent(c -> lines.add("~ intentions: " + c.before().size() + " -> " + c.after().size()));
    d.cellNotes().ifPresent(c -> lines.add("~ notes on cells: " + c.before().size() + " -> " + c.after().size()));
    d.organizationsAdded().forEach(o -> lines.add("+ organization " + o.id() + " \"" + visible(o.name()) + "\""));
    d.organizationsRemoved().forEach(o -> lines.add("- organization " + o.id()));
    d.organizationsChanged().forEach(c -> lines.add("~ organization " + c.after().id()));
    d.placementsAdded().forEach(p -> lines.add("+ " + p.organization() + " at " + p.cell() + " (" + p.status().id()
        + ", " + p.source().id() + ")"));
    d.placementsRemoved().forEach(p -> lines.add("- " + p.organization() + " at " + p.cell() + " ("
        + p.status().id() + ")"));
    for (PlacementChange c : d.placementsChanged()) {
      // "~ ORG at CELL: claimed -> verified, note changed (confirmed by WHO on DAY)"
      List<String> others = c.changedFields().stream().filter(f -> !f.equals("status")).toList();
      List<String> parts = new ArrayList<>();
      if (c.changedFields().contains("status")) {
        parts.add(c.before().status().id() + " -> " + c.after().status().id());
      }
      if (!others.isEmpty()) {
        parts.add(String.join(", ", others) + " changed");
      }
      lines.add("~ " + c.after().organization() + " at " + c.after().cell() + ": " + String.join(", ", parts)
          + c.review().map(r -> " (" + r.outcome().id() + " by " + visible(r.by()) + " on " + r.on() + ")")
              .orElse(""));
    }
    d.relationshipsAdded().forEach(r -> lines.add("+ relationship " + r.key()));
    d.relationshipsRemoved().forEach(r -> lines.add("- relationship " + r.key()));
    d.relationshipsChanged().forEach(c -> lines.add("~ relationship " + c.after().key()));
    boolean findings = !d.gapsOpened().isEmpty() || !d.gapsClosed().isEmpty() || !d.gaps().changed().isEmpty()
        || !d.overlaps().isEmpty() || !d.singlePointsOfFailure().isEmpty() || !d.escalation().isEmpty();
    if (findings && d.options().region().isPresent()) {
      lines.add("findings in the view of " + d.options().region().get().id() + " (its organizations and the global "
          + "ones):");
    }
    d.gapsOpened().forEach(g -> lines.add("gap opened: " + g.cell() + " (" + g.kind().id() + ")"));
    d.gapsClosed().forEach(g -> lines.add("gap closed: " + g.cell()));
    d.gaps().changed().forEach(c -> lines.add("gap changed: " + c.after().cell() + ": " + gap(c.before()) + " -> "
        + gap(c.after())));
    d.overlaps().appeared().forEach(o -> lines.add("overlap appeared: " + overlapPlace(o) + ": "
        + String.join(", ", o.organizations())));
    d.overlaps().gone().forEach(o -> lines.add("overlap gone: " + overlapPlace(o) + ": "
        + String.join(", ", o.organizations())));
    d.overlaps().changed().forEach(c -> lines.add("overlap changed: " + overlapPlace(c.after()) + ": "
        + String.join(", ", c.before().organizations()) + " -> " + String.join(", ", c.after().organizations())));
    d.singlePointsOfFailure().appeared().forEach(s -> lines.add("single point of failure appeared: " + s.cell() + ": "
        + spof(s)));
    d.singlePointsOfFailure().gone().forEach(s -> lines.add("single point of failure gone: " + s.cell() + ": "
        + spof(s)));
    d.singlePointsOfFailure().changed().forEach(c -> lines.add("single point of failure changed: " + c.after().cell()
        + ": " + spof(c.before()) + " -> " + spof(c.after())));
    for (ValueChange<EscalationRoute> c : d.escalation().changed()) {
      String pair = c.after().from().id() + " -> " + c.after().to().id();
      if (!c.before().isReachable() && c.after().isReachable()) {
        lines.add("escalation now reachable: " + pair + ": " + route(c.after()));
      } else if (c.before().isReachable() && !c.after().isReachable()) {
        lines.add("escalation now unreachable: " + pair + " (" + c.after().reason().get().id() + ")");
      } else {
        lines.add("escalation changed: " + pair + ": " + route(c.before()) + " => " + route(c.after()));
      }
    }
    return String.join("\n", lines) + "\n";
  }

  /** Checks both forms of the diff between {@code a} and {@code b}, and of the way back. */
  static void check(EcosystemMap a, EcosystemMap b, AnalysisOptions options) {
    for (MapDiff d : List.of(MapDiff.between(a, b, options), MapDiff.between(b, a, options))) {
      assertSameTree(expectedJson(d), parse(DiffJson.write(d)));
      assertEquals(expectedText(d), DiffText.write(d));
    }
  }

  // ---- the maps -------------------------------------------------------------------------------------------------

  private static Placement at(String organization, Status status) {
    return Placement.of(organization, EXTERNAL_CORE, status, EvidenceSource.PEER_REPORTED);
  }

  /** Incident response for others at the core in Europe, as a round of corrections changes it step by step. */
  private static List<EcosystemMap> europeStepByStep() {
    EcosystemMap.Builder base = EcosystemMap.builder().title("europe")
        .addOrganization(Organization.of("denic", "DENIC", "cctld", Region.EUROPE))
        .addOrganization(Organization.of("nominet", "Nominet", "cctld", Region.EUROPE))
        .addOrganization(Organization.of("afnic", "AFNIC", "cctld", Region.EUROPE));
    EcosystemMap nobody = base.build();
    EcosystemMap claimed = nobody.toBuilder().addPlacement(at("denic", Status.CLAIMED)).build();
    EcosystemMap disputed = nobody.toBuilder().addPlacement(at("denic", Status.CLAIMED))
        .addPlacement(at("afnic", Status.DISPUTED)).build();
    EcosystemMap verified = nobody.toBuilder().addPlacement(at("denic", Status.VERIFIED)).build();
    EcosystemMap two = verified.toBuilder().addPlacement(at("nominet", Status.CLAIMED)).build();
    EcosystemMap three = two.toBuilder().addPlacement(at("afnic", Status.VERIFIED)).build();
    EcosystemMap moved = nobody.toBuilder().addPlacement(at("nominet", Status.CLAIMED)).build();
    return List.of(nobody, claimed, disputed, verified, two, three, moved);
  }

  @Test
  void eachStepOfACorrectionRoundIsWrittenAsTheSectionSays() {
    List<EcosystemMap> steps = europeStepByStep();
    for (int i = 0; i < steps.size(); i++) {
      for (int j = i + 1; j < steps.size(); j++) {
        check(steps.get(i), steps.get(j), AnalysisOptions.defaults());
        check(steps.get(i), steps.get(j), AnalysisOptions.defaults().withRegion(Region.EUROPE));
      }
    }
    MapDiff spofChanged = MapDiff.between(steps.get(1), steps.get(3));
    assertEquals(1, spofChanged.singlePointsOfFailure().changed().size(), spofChanged::toString);
    MapDiff overlapChanged = MapDiff.between(steps.get(4), steps.get(5));
    assertEquals(1, overlapChanged.overlaps().changed().size(), overlapChanged::toString);
    MapDiff gapChanged = MapDiff.between(steps.get(1), steps.get(2));
    assertEquals(1, gapChanged.gaps().changed().size(), gapChanged::toString);
    assertTrue(DiffText.write(gapChanged).contains("unverified (claimed by denic) -> unverified (claimed by denic; "
        + "disputed by afnic)"), DiffText.write(gapChanged));
  }

  @Test
  void joiningTheCoreAndConfirmingAPlacementAreWrittenAsTheSectionSays() throws IOException {
    EcosystemMap before = resource("call-map.json");
    EcosystemMap joined = resource("call-map-joined-core.json");
    check(before, joined, AnalysisOptions.defaults());
    check(before, joined, AnalysisOptions.defaults().withRegion(Region.ASIA_PACIFIC).withVerifiedOnly());
    // a review by the organization, with a note, as the verification round records it
    Cell cell = before.placementsOf("cira").get(0).cell();
    EcosystemMap confirmed = Survey.apply(before, Responses.of("cira", List.of(
        Response.of(cell, Answer.CONFIRM).withComment("yes, we do"))).withRespondent("CIRA\u202e staff"),
        LocalDate.of(2012, 9, 14)).map();
    MapDiff review = MapDiff.between(before, confirmed);
    assertTrue(review.placementsChanged().get(0).review().isPresent(), review::toString);
    check(before, confirmed, AnalysisOptions.defaults());
    assertTrue(DiffText.write(review).contains(": claimed -> verified, reviews changed (confirmed by CIRA\\u202e "
        + "staff on 2012-09-14)\n"), DiffText.write(review));
    // a note changed and nothing else: no status part
    EcosystemMap.Builder noted = before.toBuilder().clearPlacements();
    for (Placement p : before.placements()) {
      noted.addPlacement(p.cell().equals(cell) && p.organization().equals("cira") ? p.withNote("a new note") : p);
    }
    MapDiff note = MapDiff.between(before, noted.build());
    assertTrue(DiffText.write(note).contains(": note changed\n"), DiffText.write(note));
    check(before, noted.build(), AnalysisOptions.defaults());
  }

  @Test
  void theMapsOwnFieldsAreWrittenAsTheSectionSays() throws IOException {
    EcosystemMap before = resource("call-map.json");
    EcosystemMap after = before.toBuilder().title("DSSA call\u001f \u007f\u0080\u009f\u00a0~ \u202e")
        .asOf(LocalDate.of(2012, 9, 1)).addOpenQuestion("who does incident response for others at the core?")
        .nameKind("cctld", "Country-code TLD manager")
        .addIntention(Intention.of("cira", Cell.of("training", Dimension.EXTERNAL, Layer.GLUE),
            IntentionKind.WANTS_TO_DO))
        .addCellNote(CellNote.of(EXTERNAL_EDGE, "who else?")).build();
    check(before, after, AnalysisOptions.defaults());
    String text = DiffText.write(MapDiff.between(before, after));
    assertTrue(text.startsWith("~ title: \"DSSA call, 24 August 2012\" -> \"DSSA call\\u001f \\u007f\\u0080\\u009f"
        + "\u00a0~ \\u202e\"\n~ asOf: none -> 2012-09-01\n"), text);

    SecurityFunction only = new SecurityFunction("incident-response", "Incident response", "Responding.",
        "the call", ImmutableSet.of(new SecurityFunction.Position(Layer.EDGE, Dimension.EXTERNAL)), "");
    EcosystemMap onTheBundledCatalog = EcosystemMap.builder().title("catalogs")
        .addOrganization(Organization.of("denic", "DENIC", "cctld", Region.EUROPE)).build();
    EcosystemMap onAnother = EcosystemMap.builder(FunctionCatalog.of("one-function", "One", List.of(only)))
        .title("catalogs").addOrganization(Organization.of("denic", "DENIC", "cctld", Region.EUROPE)).build();
    check(onTheBundledCatalog, onAnother, AnalysisOptions.defaults());
    assertTrue(DiffText.write(MapDiff.between(onTheBundledCatalog, onAnother))
        .startsWith("~ catalog: dssa-2012 -> one-function\n"));
    assertEquals("no changes\n", DiffText.write(MapDiff.between(before, before)));
    assertFalse(parse(DiffJson.write(MapDiff.between(before, before))).has("title"));
  }

  @Test
  void everyGeneratedDiffIsWrittenAsTheSectionSays() {
    qt().withExamples(Examples.upTo(100))
        .forAll(DssaGenerators.maps(8).mix(DssaGenerators.escalationMaps(8), 40).mix(DssaGenerators.fileMaps(), 30)
            .flatMap(a -> DssaGenerators.edited(a).map(b -> List.of(a, b))))
        .checkAssert(pair -> check(pair.get(0), pair.get(1), AnalysisOptions.defaults()));
    qt().withExamples(Examples.upTo(40)).forAll(DssaGenerators.fileMaps(), DssaGenerators.fileMaps())
        .checkAssert((a, b) -> check(a, b, AnalysisOptions.defaults().withRegion(Region.EUROPE)));
  }
}
