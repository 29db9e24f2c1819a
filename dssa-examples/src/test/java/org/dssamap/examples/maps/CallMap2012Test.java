package org.dssamap.examples.maps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dssamap.examples.maps.CallTranscript.Citation;
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

/**
 * The bundled map of the working group's call of 24 August 2012, read as facts and checked element by element
 * against the call's transcript: what it holds, and that every quotation in it is in the words of whom it names.
 * These are facts of the map, not of the analysis, so they hold whatever the escalation rules become.
 */
class CallMap2012Test {
  private static final String IR = "incident-response";
  private static final Pattern WEB_SOURCE = Pattern.compile("desk research: .*https?://\\S+");
  /** Who spoke for which organization on the call (the transcript: "we affiliates", "Sure PIR ... we", ".ca"). */
  private static final Map<String, String> SPOKE_FOR = Map.of(
      "afilias", "Jim Galvin", "cira", "Jacques Latour", "pir", "Don Blumenthal");
  /** Mikey O'Connor's guess about registries in general, "totally a guess": it supports no placement on its own. */
  private static final String GENERAL_REMARK = "I'm expecting to see the registries pretty much all the way around the edge";

  private static final CallTranscript TRANSCRIPT = CallTranscript.load();
  private final EcosystemMap map = BundledMaps.call2012();

  @Test
  void holdsTheOrganizationsOfTheCallAndTheRelaysItsDeskResearchFound() {
    assertEquals(List.of("afilias", "canadian-cert", "cert-lv", "cert-verbund", "cira", "denic", "dns-oarc", "first",
        "icann", "jpcert", "jprs", "nic-lv", "pir"), map.organizations().stream().map(Organization::id).toList());
    assertEquals(Optional.of(LocalDate.of(2012, 8, 24)), map.asOf());
  }

  @Test
  void placesWhatTheCallOrAPublicSourceSupportsAndNothingElse() {
    assertEquals(List.of(
            "afilias compliance-monitoring/internal/edge claimed self-reported",
            "afilias technology/external/edge claimed self-reported",
            "afilias incident-response/external/edge claimed peer-reported",
            "canadian-cert incident-response/external/glue claimed peer-reported",
            "cert-lv incident-response/external/glue claimed desk-research",
            "cert-verbund incident-response/external/glue claimed desk-research",
            "cira incident-response/internal/edge claimed self-reported",
            "denic incident-response/internal/edge claimed desk-research",
            "dns-oarc research-analysis/external/edge claimed desk-research",
            "dns-oarc research-analysis/external/glue claimed desk-research",
            "first incident-response/external/core claimed peer-reported",
            "icann compliance-monitoring/external/core claimed peer-reported",
            "jpcert incident-response/external/glue claimed desk-research",
            "jprs incident-response/internal/edge claimed desk-research",
            "nic-lv incident-response/internal/edge claimed desk-research",
            "pir incident-response/internal/edge claimed self-reported"),
        map.placements().stream().map(p -> p.organization() + " " + p.cell() + " " + p.status().id() + " "
            + p.source().id()).toList());
  }

  @Test
  void everyOrganizationPlacementAndRelationshipCarriesANote() {
    List<String> bare = new ArrayList<>();
    map.organizations().stream().filter(o -> blank(o.note())).forEach(o -> bare.add(o.id()));
    map.placements().stream().filter(p -> blank(p.note())).forEach(p -> bare.add(p.organization() + " " + p.cell()));
    map.relationships().stream().filter(r -> blank(r.note())).forEach(r -> bare.add(r.key()));
    assertEquals(List.of(), bare);
    assertFalse(map.openQuestions().isEmpty());
  }

  @Test
  void everyQuotationIsInTheTranscriptInTheWordsOfTheAttendeeItNames() {
    List<String> problems = new ArrayList<>();
    int quotations = 0;
    for (Map.Entry<String, String> text : texts().entrySet()) {
      problems.addAll(TRANSCRIPT.problems(text.getKey(), text.getValue()));
      quotations += CallTranscript.citations(text.getValue()).size();
    }
    assertEquals(List.of(), problems);
    assertTrue(quotations >= 50, "the map quotes the call throughout: " + quotations);
  }

  @Test
  void aPlacementCitesItsSourceAsItsSourceIsDefined() {
    for (Placement p : map.placements()) {
      String note = p.note().orElseThrow();
      Set<String> speakers = speakers(note);
      switch (p.source()) {
        // the organization said so itself: its own spokesperson is quoted
        case SELF_REPORTED -> assertTrue(speakers.contains(SPOKE_FOR.getOrDefault(p.organization(), "?")), note);
        // another organization said so: someone who did not speak for this one is quoted
        case PEER_REPORTED -> assertTrue(speakers.stream().anyMatch(s -> !s.equals(SPOKE_FOR.get(p.organization()))
            && !s.equals("Mikey O'Connor")), note);
        // the working group's own research (its co-chair's expectations included): the public source is named
        case DESK_RESEARCH -> assertTrue(WEB_SOURCE.matcher(note).find(), note);
      }
    }
  }

  @Test
  void aRemarkAboutRegistriesInGeneralIsNeverPassedOffAsAboutOneOfThem() {
    List<Placement> leaning = map.placements().stream()
        .filter(p -> p.note().orElseThrow().contains(GENERAL_REMARK)).toList();
    assertEquals(List.of("denic", "jprs", "nic-lv"), leaning.stream().map(Placement::organization).toList());
    for (Placement p : leaning) {
      String note = p.note().orElseThrow();
      assertEquals(EvidenceSource.DESK_RESEARCH, p.source());
      assertTrue(WEB_SOURCE.matcher(note).find() && note.contains("in general, not of"), note);
    }
    assertTrue(map.openQuestions().stream().anyMatch(q -> q.contains("this is totally a guess")));
  }

  @Test
  void theCoreHoldsOnlyWhatASpeakerOnTheCallPutThere() {
    List<Placement> core = map.placements().stream().filter(p -> p.cell().layer() == Layer.CORE).toList();
    assertEquals(List.of(Cell.of(IR, Dimension.EXTERNAL, Layer.CORE),
        Cell.of("compliance-monitoring", Dimension.EXTERNAL, Layer.CORE)), core.stream().map(Placement::cell).toList());
    assertEquals(List.of("first", "icann"), core.stream().map(Placement::organization).toList());
    assertEquals(Set.of("Jacques Latour"), speakers(core.get(0).note().orElseThrow()));
    assertEquals(Set.of("Jim Galvin"), speakers(core.get(1).note().orElseThrow()));
    assertTrue(core.stream().noneMatch(p -> p.source() == EvidenceSource.DESK_RESEARCH));
  }

  @Test
  void incidentsClimbFromEachEdgeToItsGlueAndFromGlueToTheCoreWhereTheCallOrAPublicSourceSaysSo() {
    List<Relationship> escalations = map.relationships().stream()
        .filter(r -> r.kind() == RelationshipKind.ESCALATES_TO).toList();
    assertEquals(List.of("canadian-cert>first", "cira>canadian-cert", "denic>cert-verbund", "jpcert>first",
        "jprs>jpcert", "nic-lv>cert-lv"), escalations.stream().map(r -> r.from() + ">" + r.to()).toList());
    for (Relationship r : escalations) {
      assertEquals(Set.of(IR), r.functions(), r.key());
      Layer from = layerInIncidentResponse(r.from());
      Layer to = layerInIncidentResponse(r.to());
      assertEquals(from == Layer.EDGE ? Layer.GLUE : Layer.CORE, to, r.key());
      assertTrue(placedIn(r.to(), Cell.of(IR, Dimension.EXTERNAL, to)), r.key());
      if (from == Layer.EDGE) {
        assertEquals(map.organization(r.from()).orElseThrow().region(), map.organization(r.to()).orElseThrow().region(),
            "an edge escalates to the glue of its own region: " + r.key());
      }
    }
    // every relay at the glue is reached from an edge; the ones with no way on to a core say so
    Set<String> glue = organizationsIn(Cell.of(IR, Dimension.EXTERNAL, Layer.GLUE));
    assertEquals(glue, escalations.stream().filter(r -> layerInIncidentResponse(r.from()) == Layer.EDGE)
        .map(Relationship::to).collect(Collectors.toCollection(TreeSet::new)));
    Set<String> toCore = escalations.stream().filter(r -> layerInIncidentResponse(r.from()) == Layer.GLUE)
        .map(Relationship::from).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Set.of("canadian-cert", "jpcert"), toCore);
    for (String stuck : List.of("cert-lv", "cert-verbund")) {
      assertFalse(toCore.contains(stuck));
      assertTrue(map.organization(stuck).orElseThrow().note().orElseThrow().contains("no link from it to a core"),
          stuck);
    }
  }

  @Test
  void theCallNamedNoPairThatDistrustsEachOtherAndChallengedNoPlacementThatIsOnTheMap() {
    assertTrue(map.relationships().stream().noneMatch(r -> r.kind() == RelationshipKind.DISTRUSTS));
    assertTrue(map.placements().stream().allMatch(p -> p.status() == Status.CLAIMED),
        "nobody on the call challenged a placement on this map, and nobody had been asked to verify one yet");
    // what the call did discuss without naming anyone stays a question, in the words of who raised it
    String distrust = map.openQuestions().stream().filter(q -> q.contains("do not trust each other")).findFirst()
        .orElseThrow();
    assertEquals(Set.of("Jacques Latour"), speakers(distrust));
  }

  @Test
  void aDisputeNamesWhoReallyChallengedAndQuotesThem() {
    // No placement is disputed today; this holds every dispute a later edit adds to the rule of the notes.
    for (Placement p : map.placements()) {
      p.dispute().ifPresent(d -> {
        assertTrue(TRANSCRIPT.isAttendee(d.by()), d.by());
        assertTrue(speakers(d.reason()).contains(d.by()), d.reason());
      });
    }
  }

  @Test
  void carriesTheQuestionsTheCallLeftOpenEachInTheWordsOfWhoRaisedIt() {
    for (String topic : List.of("compliance monitoring mean", "public part of compliance monitoring",
        "quality assurance", "registry back-end operators be shown apart", "personnel system",
        "internal/external dimension", "external incident response at the core", "do not trust each other",
        "reach FIRST", "every function at the edge", "overstate", "share with the ecosystem",
        "textbook definitions")) {
      String question = map.openQuestions().stream().filter(q -> q.contains(topic)).findFirst()
          .orElseThrow(() -> new AssertionError(topic));
      assertFalse(speakers(question).isEmpty(), question);
    }
    assertEquals(Set.of("Warren Kumari"), speakers(map.openQuestions().stream()
        .filter(q -> q.contains("contractually stuck")).findFirst().orElseThrow()));
    assertEquals(Set.of("Jim Galvin"), speakers(map.openQuestions().stream()
        .filter(q -> q.contains("Isn't the public an important part")).findFirst().orElseThrow()));
  }

  @Test
  void theTranscriptReaderFindsAPassageOnlyInTheWordsOfWhoSaidIt() {
    List<String> attendees = List.copyOf(TRANSCRIPT.wordsByAttendee().keySet());
    qt().forAll(integers().between(0, attendees.size() - 1), integers().between(0, 1_000_000),
            integers().between(12, 60))
        .assuming((who, start, length) -> !passage(attendees.get(who), start, length).contains("...")
            && passage(attendees.get(who), start, length).indexOf('"') < 0)
        .checkAssert((who, start, length) -> {
          String passage = passage(attendees.get(who), start, length);
          assertTrue(TRANSCRIPT.said(attendees.get(who), passage), passage);
          for (String other : attendees) {
            assertEquals(TRANSCRIPT.wordsByAttendee().get(other).contains(CallTranscript.normalize(passage)),
                TRANSCRIPT.said(other, passage), other + ": " + passage);
          }
        });
  }

  /** Up to {@code length} characters of what {@code attendee} said, from a position {@code start} picks. */
  private static String passage(String attendee, int start, int length) {
    String theirs = TRANSCRIPT.wordsByAttendee().get(attendee);
    int from = start % Math.max(1, theirs.length() - length);
    return theirs.substring(from, Math.min(theirs.length(), from + length));
  }

  @Test
  void theTranscriptReaderRefusesMisattributionsAndReadsTheChat() {
    assertEquals(List.of(), TRANSCRIPT.problems("ok", "Mikey O'Connor: \"you are doing incident response for PIR\""));
    assertFalse(TRANSCRIPT.problems("x", "Jacques Latour: \"you are doing incident response for PIR\"").isEmpty());
    assertFalse(TRANSCRIPT.problems("x", "Jacques Latour: \"but it's not all of them ... we show this to first\"")
        .isEmpty(), "pieces out of order");
    assertFalse(TRANSCRIPT.problems("x", "Rick Koeller: \"we show this to first\"").isEmpty(), "not a speaker");
    assertFalse(TRANSCRIPT.problems("x", "Olivier Crepin: \"we show this to first\"").isEmpty(), "not an attendee");
    assertFalse(TRANSCRIPT.problems("x", "as \"someone\" said").isEmpty(), "a quotation nobody is named for");
    String chat = "\"Isn't the public an important part of compliance monitoring?\"";
    assertEquals(List.of(), TRANSCRIPT.problems("ok", "Jim Galvin (chat, read out by Mikey O'Connor): " + chat));
    assertFalse(TRANSCRIPT.problems("x", "Jim Galvin: " + chat).isEmpty(), "Jim Galvin wrote it, Mikey said it");
    assertFalse(TRANSCRIPT.problems("x", "Don Blumenthal (chat, read out by Mikey O'Connor): " + chat).isEmpty());
    assertEquals(List.of(new Citation("Jacques Latour", Optional.empty(), "a ... b")),
        CallTranscript.citations("Jacques Latour (CIRA): \"a ... b\""));
    assertTrue(TRANSCRIPT.text().contains("(Warren Camari)") && TRANSCRIPT.isAttendee("Warren Kumari"));
    assertTrue(TRANSCRIPT.text().contains("(Yoric Schieger)") && TRANSCRIPT.isAttendee("Joerg Schweiger"));
  }

  @Test
  void theBundledFileIsCanonical() throws Exception {
    byte[] bytes;
    try (InputStream in = BundledMaps.class.getResourceAsStream(BundledMaps.CALL_2012_RESOURCE)) {
      bytes = in.readAllBytes();
    }
    assertEquals(new String(bytes, StandardCharsets.UTF_8), MapJson.write(MapJson.read(bytes, "call-2012.json")));
  }

  /** Every text of the map that may quote the call, by where it is. */
  private Map<String, String> texts() {
    Map<String, String> texts = new java.util.LinkedHashMap<>();
    texts.put("title", map.title());
    map.organizations().forEach(o -> o.note().ifPresent(n -> texts.put("organization " + o.id(), n)));
    for (Placement p : map.placements()) {
      p.note().ifPresent(n -> texts.put("placement " + p.organization() + " " + p.cell(), n));
      p.dispute().ifPresent(d -> texts.put("dispute " + p.organization() + " " + p.cell(), d.reason()));
    }
    map.relationships().forEach(r -> r.note().ifPresent(n -> texts.put("relationship " + r.key(), n)));
    for (int i = 0; i < map.openQuestions().size(); i++) {
      texts.put("open question " + i, map.openQuestions().get(i));
    }
    return texts;
  }

  private static Set<String> speakers(String text) {
    return CallTranscript.citations(text).stream().map(Citation::speaker)
        .filter(s -> !s.equals(CallTranscript.ATTENDEE_LIST)).collect(Collectors.toCollection(TreeSet::new));
  }

  private static boolean blank(Optional<String> note) {
    return note.map(String::isBlank).orElse(true);
  }

  private Layer layerInIncidentResponse(String organization) {
    List<Layer> layers = map.placements().stream()
        .filter(p -> p.organization().equals(organization) && p.cell().function().equals(IR))
        .map(p -> p.cell().layer()).distinct().toList();
    assertEquals(1, layers.size(), organization + " is placed at one layer of incident response: " + layers);
    return layers.get(0);
  }

  private boolean placedIn(String organization, Cell cell) {
    return map.placementsIn(cell).stream().anyMatch(p -> p.organization().equals(organization));
  }

  private Set<String> organizationsIn(Cell cell) {
    return map.placementsIn(cell).stream().map(Placement::organization)
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
