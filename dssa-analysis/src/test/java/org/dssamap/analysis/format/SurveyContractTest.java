package org.dssamap.analysis.format;

import static org.dssamap.analysis.format.AnalysisFormatsTest.resource;
import static org.dssamap.analysis.format.JsonTrees.JSON;
import static org.dssamap.analysis.format.JsonTrees.assertSameTree;
import static org.dssamap.analysis.format.JsonTrees.cell;
import static org.dssamap.analysis.format.JsonTrees.object;
import static org.dssamap.analysis.format.JsonTrees.parse;
import static org.dssamap.analysis.format.JsonTrees.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.dssamap.analysis.survey.Answer;
import org.dssamap.analysis.survey.LogEntry;
import org.dssamap.analysis.survey.Question;
import org.dssamap.analysis.survey.Questionnaire;
import org.dssamap.analysis.survey.Response;
import org.dssamap.analysis.survey.Responses;
import org.dssamap.analysis.survey.Survey;
import org.dssamap.analysis.survey.SurveyResult;
import org.dssamap.analysis.survey.Wish;
import org.dssamap.analysis.testing.Examples;
import org.dssamap.model.Cell;
import org.dssamap.model.Dimension;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.EvidenceSource;
import org.dssamap.model.InvalidMapException;
import org.dssamap.model.Layer;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Region;
import org.dssamap.model.Status;
import org.dssamap.model.testing.DssaGenerators;
import org.junit.jupiter.api.Test;

/**
 * The survey files against docs/analysis-formats.md, "Survey files": the questionnaire and the change log key by
 * key, the fingerprint as the section defines it, and the reader's located problems for each way a file can be
 * wrong.
 */
class SurveyContractTest {
  private static final LocalDate ROUND = LocalDate.of(2012, 9, 14);

  /** The questionnaire, as the section shows it. */
  static ObjectNode questionnaire(Questionnaire q, EcosystemMap map, String fingerprint) {
    Organization o = q.organization();
    ObjectNode n = object().put("format", "dssa-survey/1").put("organization", o.id())
        .put("organizationName", o.name()).put("kind", o.kind()).put("catalog", q.catalog());
    ObjectNode m = n.putObject("map").put("title", map.title());
    map.asOf().ifPresent(d -> m.put("asOf", d.toString()));
    n.put("fingerprint", fingerprint);
    n.set("answersAccepted", strings(List.of("confirm", "deny", "add", "want-to-do", "give-away")));
    n.put("respondent", "").put("date", "");
    ArrayNode questions = n.putArray("questions");
    for (Question question : q.questions()) {
      ObjectNode e = cell(question.cell()).put("onTheMap", question.current().isPresent());
      question.current().ifPresent(p -> {
        e.put("status", p.status().id()).put("source", p.source().id());
        p.note().ifPresent(x -> e.put("note", x));
      });
      e.set("peers", strings(question.peers()));
      questions.add(e.put("answer", "").put("comment", ""));
    }
    n.putArray("answers");
    return n;
  }

  /** A string as compact JSON writes it; the call map holds no character it escapes but these. */
  private static String quoted(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /**
   * The fingerprint as the section defines it: {@code sha256:} and the hex SHA-256 of the compact JSON array of the
   * format, the organization's id and kind, the catalog, the map's title and date, and per question its cell,
   * whether the organization is placed there, and with what status and source.
   */
  static String fingerprint(Questionnaire q, EcosystemMap map) {
    List<String> parts = new ArrayList<>(List.of(quoted("dssa-survey/1"), quoted(q.organization().id()),
        quoted(q.organization().kind()), quoted(q.catalog()), quoted(map.title()),
        quoted(map.asOf().map(LocalDate::toString).orElse(""))));
    for (Question question : q.questions()) {
      Optional<Placement> p = question.current();
      parts.add("[" + quoted(question.cell().toString()) + "," + p.isPresent() + ","
          + quoted(p.map(x -> x.status().id()).orElse("")) + "," + quoted(p.map(x -> x.source().id()).orElse(""))
          + "]");
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(("[" + String.join(",", parts) + "]").getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /** The change log, as the section lists it. */
  static ObjectNode log(Responses responses, SurveyResult result, LocalDate on) {
    ObjectNode n = object().put("format", "dssa-survey-log/1").put("organization", responses.organization())
        .put("reviewer", responses.reviewer()).put("date", on.toString());
    ArrayNode log = n.putArray("log");
    for (LogEntry e : result.log()) {
      ObjectNode entry = cell(e.response().cell()).put("answer", e.response().answer().id());
      e.response().comment().ifPresent(c -> entry.put("comment", c));
      log.add(entry.put("outcome", e.outcome().id()).put("explanation", e.explanation()));
    }
    ArrayNode wishes = n.putArray("wishes");
    for (Wish w : result.wishes()) {
      ObjectNode wish = cell(w.cell()).put("answer", w.answer().id());
      w.comment().ifPresent(c -> wish.put("comment", c));
      wishes.add(wish);
    }
    return n;
  }

  @Test
  void everyQuestionnaireOfTheCallMapIsWrittenAsTheSectionShowsIt() throws IOException {
    EcosystemMap map = resource("call-map.json");
    EcosystemMap dated = map.toBuilder().asOf(ROUND).build();
    for (Organization o : map.organizations()) {
      for (EcosystemMap m : List.of(map, dated)) {
        Questionnaire q = Questionnaire.of(m, o.id());
        assertEquals(fingerprint(q, m), SurveyJson.fingerprint(q, m));
        assertSameTree(questionnaire(q, m, fingerprint(q, m)), parse(SurveyJson.writeQuestionnaire(q, m)));
      }
    }
  }

  @Test
  void everyGeneratedQuestionnaireAndChangeLogIsWrittenAsTheSectionShowsIt() {
    qt().withExamples(Examples.upTo(60)).forAll(DssaGenerators.maps(6)).checkAssert(map -> {
      for (Organization o : map.organizations()) {
        Questionnaire q = Questionnaire.of(map, o.id());
        // generated text holds characters compact JSON escapes: the fingerprint is checked on the call map
        assertSameTree(questionnaire(q, map, SurveyJson.fingerprint(q, map)),
            parse(SurveyJson.writeQuestionnaire(q, map)));
        List<Response> answers = new ArrayList<>();
        Answer[] kinds = Answer.values();
        for (int i = 0; i < q.questions().size(); i++) {
          Response r = Response.of(q.questions().get(i).cell(), kinds[i % kinds.length]);
          answers.add(i % 2 == 0 ? r.withComment("comment " + i) : r);
        }
        Responses responses = Responses.of(o.id(), answers);
        SurveyResult result = Survey.apply(map, responses, ROUND);
        assertSameTree(log(responses, result, ROUND), parse(SurveyJson.writeLog(responses, result, ROUND)));
      }
    });
  }

  @Test
  void theChangeLogOfARoundWithWishesIsWrittenAsTheSectionListsIt() throws IOException {
    EcosystemMap map = resource("call-map.json");
    Questionnaire q = Questionnaire.of(map, "cira");
    Responses responses = Responses.of("cira", List.of(
        Response.of(q.questions().get(0).cell(), Answer.CONFIRM).withComment("we do"),
        Response.of(q.questions().get(1).cell(), Answer.WANT_TO_DO),
        Response.of(q.questions().get(2).cell(), Answer.GIVE_AWAY).withComment("CENTR could"),
        Response.of(q.questions().get(3).cell(), Answer.DENY))).withRespondent("CIRA staff");
    SurveyResult result = Survey.apply(map, responses, ROUND);
    assertFalse(result.wishes().isEmpty());
    assertSameTree(log(responses, result, ROUND), parse(SurveyJson.writeLog(responses, result, ROUND)));
  }

  // ---- reading responses back: every problem located ------------------------------------------------------------

  private static ObjectNode filled(EcosystemMap map, String organization) throws IOException {
    return (ObjectNode) JSON.readTree(SurveyJson.writeQuestionnaire(Questionnaire.of(map, organization), map));
  }

  private static List<String> problems(ObjectNode file, EcosystemMap map) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(file);
    InvalidMapException e = assertThrows(InvalidMapException.class,
        () -> SurveyJson.readResponses(bytes, "r.json", map));
    return e.problems().stream().map(p -> p.location() + ": " + p.message()).toList();
  }

  @Test
  void anOrganizationThatIsNoIdOrNotInTheMapIsLocatedOnce() throws IOException {
    EcosystemMap map = resource("call-map.json");
    ObjectNode q = filled(map, "cira").put("organization", "Not an id!");
    assertEquals(List.of("$.organization: 'Not an id!' is not an organization id"), problems(q, map));
    q.put("organization", "nobody");
    assertEquals(List.of("$.organization: the map has no organization 'nobody'"), problems(q, map));
    q.remove("organization");
    assertEquals(List.of("$.organization: missing; expected a string"), problems(q, map));
    q.put("organization", 3);
    assertEquals(List.of("$.organization: found the number 3; expected a string"), problems(q, map));
    q.putArray("organization");
    assertEquals(List.of("$.organization: found an array; expected a string"), problems(q, map));
    q.put("organization", true);
    assertEquals(List.of("$.organization: found the value true; expected a string"), problems(q, map));
  }

  @Test
  void aQuestionnaireOfAnotherDayOfTheMapSaysWhichDaysDiffer() throws IOException {
    EcosystemMap undated = resource("call-map.json");
    EcosystemMap dated = undated.toBuilder().asOf(ROUND).build();
    assertTrue(problems(filled(undated, "cira"), dated).contains("$.map.asOf: the questionnaire was made from the map "
        + "as of '(no date)'; this map is as of '2012-09-14': answers apply to the version they answer"));
    assertTrue(problems(filled(dated, "cira"), undated).contains("$.map.asOf: the questionnaire was made from the map "
        + "as of '2012-09-14'; this map is as of '(no date)': answers apply to the version they answer"));
  }

  @Test
  void aQuestionWhoseOnTheMapStatusOrSourceIsNoLongerTheMapsIsLocated() throws IOException {
    // denic is asked about its own placement and about the cell where its peer nominet (also a ccTLD) is placed
    EcosystemMap map = EcosystemMap.builder().title("peers")
        .addOrganization(Organization.of("denic", "DENIC", "cctld", Region.EUROPE))
        .addOrganization(Organization.of("nominet", "Nominet", "cctld", Region.EUROPE))
        .addPlacement(Placement.of("denic", Cell.of("incident-response", Dimension.INTERNAL, Layer.EDGE),
            Status.CLAIMED, EvidenceSource.DESK_RESEARCH))
        .addPlacement(Placement.of("nominet", Cell.of("training", Dimension.INTERNAL, Layer.EDGE),
            Status.VERIFIED, EvidenceSource.PEER_REPORTED))
        .build();
    Questionnaire asked = null;
    int placed = -1;
    int notPlaced = -1;
    for (Organization o : map.organizations()) {
      Questionnaire candidate = Questionnaire.of(map, o.id());
      List<Question> questions = candidate.questions();
      int p = -1;
      int n = -1;
      for (int i = 0; i < questions.size(); i++) {
        if (questions.get(i).onTheMap() && p < 0) {
          p = i;
        } else if (!questions.get(i).onTheMap() && n < 0) {
          n = i;
        }
      }
      if (p >= 0 && n >= 0) {
        asked = candidate;
        placed = p;
        notPlaced = n;
        break;
      }
    }
    assertTrue(asked != null, "an organization is asked about a cell it is not placed in");
    String org = asked.organization().id();
    Cell placedCell = asked.questions().get(placed).cell();
    Cell notPlacedCell = asked.questions().get(notPlaced).cell();
    ObjectNode q = filled(map, org);
    ((ObjectNode) q.get("questions").get(placed)).put("onTheMap", false);
    ((ObjectNode) q.get("questions").get(notPlaced)).put("onTheMap", true);
    List<String> found = problems(q, map);
    assertTrue(found.contains("$.questions[" + placed + "].onTheMap: the questionnaire said false; this map places "
        + "'" + org + "' at " + placedCell), found::toString);
    assertTrue(found.contains("$.questions[" + notPlaced + "].onTheMap: the questionnaire said true; this map does "
        + "not place '" + org + "' at " + notPlacedCell), found::toString);

    q = filled(map, org);
    ((ObjectNode) q.get("questions").get(placed)).remove("onTheMap");
    String missing = "$.questions[" + placed + "].onTheMap: ";
    assertTrue(problems(q, map).stream().anyMatch(p -> p.startsWith(missing)));

    q = filled(map, org);
    String source = asked.questions().get(placed).current().get().source().id();
    String other = source.equals("peer-reported") ? "self-reported" : "peer-reported";
    ((ObjectNode) q.get("questions").get(placed)).put("source", other);
    assertEquals(List.of("$.questions[" + placed + "].source: the questionnaire says '" + other + "'; this map says '"
        + source + "'"), problems(q, map));
  }

  @Test
  void anEmptyCommentIsNoCommentAndAFilledOneIsKept() throws IOException {
    EcosystemMap map = resource("call-map.json");
    ObjectNode q = filled(map, "cira");
    ((ObjectNode) q.get("questions").get(0)).put("answer", "confirm").put("comment", "");
    ((ObjectNode) q.get("questions").get(1)).put("answer", "deny").put("comment", "not us");
    Responses read = SurveyJson.readResponses(JSON.writeValueAsBytes(q), "r.json", map);
    assertEquals(Optional.empty(), read.answers().get(0).comment());
    assertEquals(Optional.of("not us"), read.answers().get(1).comment());
  }

  @Test
  void problemsDescribeWhatWasFoundInsteadOfAString() throws IOException {
    EcosystemMap map = resource("call-map.json");
    ObjectNode q = filled(map, "cira").put("respondent", 2.5);
    q.putNull("date");
    q.putObject("catalog");
    List<String> found = problems(q, map);
    assertTrue(found.contains("$.respondent: found the number 2.5; expected a string"), found::toString);
    assertTrue(found.contains("$.catalog: found an object; expected 'dssa-2012'"), found::toString);
    q = filled(map, "cira");
    q.put("format", "dssa-survey/0");
    assertEquals(List.of("$.format: found the string \"dssa-survey/0\"; expected \"dssa-survey/1\" (responses are the "
        + "questionnaire of survey export, filled in)"), problems(q, map));
    q.putNull("format");
    String nullFormat = problems(q, map).get(0);
    assertTrue(nullFormat.startsWith("$.format: found null; expected"), nullFormat);
  }

  @Test
  void anAnswerWithACommentThatIsNoStringIsLocatedByItsPath() throws IOException {
    EcosystemMap map = resource("call-map.json");
    ObjectNode q = filled(map, "cira");
    q.putArray("answers").add(JSON.createObjectNode().put("function", "training").put("dimension", "internal")
        .put("layer", "edge").put("answer", "add").put("comment", 7));
    assertEquals(List.of("$.answers[0].comment: found the number 7; expected a string"), problems(q, map));
  }
}
