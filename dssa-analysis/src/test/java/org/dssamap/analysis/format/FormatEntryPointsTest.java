package org.dssamap.analysis.format;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.dssamap.analysis.format.AnalysisFormatsTest.resource;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dssamap.analysis.AnalysisReport;
import org.dssamap.analysis.diff.MapDiff;
import org.dssamap.analysis.survey.Answer;
import org.dssamap.analysis.survey.LogEntry;
import org.dssamap.analysis.survey.Outcome;
import org.dssamap.analysis.survey.Questionnaire;
import org.dssamap.analysis.survey.Response;
import org.dssamap.analysis.survey.Responses;
import org.dssamap.analysis.survey.Survey;
import org.dssamap.analysis.survey.SurveyResult;
import org.dssamap.model.Cell;
import org.dssamap.model.Dimension;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.InvalidMapException;
import org.dssamap.model.Layer;
import org.dssamap.analysis.testing.Examples;
import org.dssamap.model.testing.DssaGenerators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The entry points a tool embeds (docs/analysis-formats.md): the stream form of every JSON writer writes exactly the
 * UTF-8 bytes of its string form, flushed, leaving the stream open; responses read from a file are those read from
 * its bytes; the survey's change log as text is one line per answer and the count by outcome.
 */
class FormatEntryPointsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate ROUND = LocalDate.of(2012, 9, 14);

  /** A stream that remembers whether it was closed. */
  private static final class Sink extends ByteArrayOutputStream {
    boolean closed;

    @Override
    public void close() {
      closed = true;
    }
  }

  private interface Writing {
    void to(OutputStream out) throws IOException;
  }

  /**
   * What {@code writing} leaves in a stream the caller neither flushes nor closes: everything it wrote must have
   * reached the bytes behind the buffer, and the stream must be left open.
   */
  private static byte[] streamed(Writing writing) {
    Sink sink = new Sink();
    BufferedOutputStream buffered = new BufferedOutputStream(sink, 1 << 16);
    try {
      writing.to(buffered);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertFalse(sink.closed, "the writer closed the caller's stream");
    return sink.toByteArray();
  }

  @Test
  void theStreamFormOfTheAnalysisAndDiffJsonIsTheStringFormAsUtf8() {
    qt().withExamples(Examples.upTo(60))
        .forAll(DssaGenerators.maps(8).flatMap(a -> DssaGenerators.edited(a).map(b -> List.of(a, b))))
        .checkAssert(pair -> {
          AnalysisReport report = AnalysisReport.of(pair.get(0));
          String json = AnalysisJson.write(report);
          assertArrayEquals(json.getBytes(UTF_8), streamed(out -> AnalysisJson.write(report, out)));
          assertTrue(json.endsWith("}\n") && !json.endsWith("\n\n"), "one final newline");
          MapDiff diff = MapDiff.between(pair.get(0), pair.get(1));
          String diffJson = DiffJson.write(diff);
          assertArrayEquals(diffJson.getBytes(UTF_8), streamed(out -> DiffJson.write(diff, out)));
          assertTrue(diffJson.endsWith("}\n") && !diffJson.endsWith("\n\n"), "one final newline");
        });
  }

  @Test
  void theStreamFormOfTheSurveyFilesIsTheStringFormAsUtf8() throws IOException {
    EcosystemMap map = resource("call-map.json");
    for (String organization : List.of("cira", "pir", "icann")) {
      Questionnaire q = Questionnaire.of(map, organization);
      String questionnaire = SurveyJson.writeQuestionnaire(q, map);
      assertArrayEquals(questionnaire.getBytes(UTF_8), streamed(out -> SurveyJson.writeQuestionnaire(q, map, out)));
      Responses responses = Responses.of(organization, List.of(
          Response.of(q.questions().get(0).cell(), Answer.CONFIRM),
          Response.of(q.questions().get(1).cell(), Answer.WANT_TO_DO).withComment("from next year")));
      SurveyResult result = Survey.apply(map, responses, ROUND);
      String log = SurveyJson.writeLog(responses, result, ROUND);
      assertArrayEquals(log.getBytes(UTF_8), streamed(out -> SurveyJson.writeLog(responses, result, ROUND, out)));
      assertEquals(SurveyJson.LOG_FORMAT, JSON.readTree(log).get("format").asText());
    }
  }

  @Test
  void responsesReadFromAFileAreThoseReadFromItsBytesAndProblemsNameTheFile(@TempDir Path dir) throws IOException {
    EcosystemMap map = resource("call-map.json");
    ObjectNode q = (ObjectNode) JSON.readTree(SurveyJson.writeQuestionnaire(Questionnaire.of(map, "cira"), map));
    ((ObjectNode) q.get("questions").get(0)).put("answer", "confirm");
    q.put("respondent", "CIRA staff").put("date", "2012-09-14");
    Path file = dir.resolve("cira.json");
    Files.write(file, JSON.writeValueAsBytes(q));
    assertEquals(SurveyJson.readResponses(Files.readAllBytes(file), file.toString(), map),
        SurveyJson.readResponses(file, map));

    q.put("format", "dssa-survey/0");
    Files.write(file, JSON.writeValueAsBytes(q));
    InvalidMapException e = assertThrows(InvalidMapException.class, () -> SurveyJson.readResponses(file, map));
    assertTrue(e.formattedProblems().get(0).startsWith(file + ": $.format: "), e.formattedProblems().toString());
  }

  @Test
  void theChangeLogAsTextIsOneLinePerAnswerThenTheCountOfEachOutcome() throws IOException {
    EcosystemMap map = resource("call-map.json");
    Questionnaire q = Questionnaire.of(map, "afilias");
    Cell unknown = Cell.of("no-such-function", Dimension.INTERNAL, Layer.EDGE);
    // afilias is verified at frontline-mitigation/external/edge: confirming it again names the respondent
    Responses responses = Responses.of("afilias", List.of(
        Response.of(Cell.of("frontline-mitigation", Dimension.EXTERNAL, Layer.EDGE), Answer.CONFIRM),
        Response.of(q.questions().get(0).cell(), Answer.GIVE_AWAY).withComment("CENTR could do it"),
        Response.of(unknown, Answer.ADD))).withRespondent("Afilias\u202e staff");
    SurveyResult result = Survey.apply(map, responses, ROUND);

    // The definition: each entry of the log as "OUTCOME: ANSWER CELL: EXPLANATION", invisible characters as \\uXXXX,
    // then "N applied, N unchanged, N kept as intentions, N rejected", counted over the log.
    List<String> expected = new ArrayList<>();
    for (LogEntry e : result.log()) {
      expected.add(e.outcome().id() + ": " + e.response().answer().id() + " " + e.response().cell().function() + "/"
          + e.response().cell().dimension().id() + "/" + e.response().cell().layer().id() + ": "
          + e.explanation().replace("\u202e", "\\u202e"));
    }
    expected.add(count(result, Outcome.APPLIED) + " applied, " + count(result, Outcome.UNCHANGED) + " unchanged, "
        + count(result, Outcome.RECORDED) + " kept as intentions, " + count(result, Outcome.REJECTED) + " rejected");
    String text = SurveyText.write(result);
    assertEquals(String.join("\n", expected) + "\n", text);
    assertEquals(3, result.log().size(), text);
    assertTrue(text.contains("Afilias\\u202e staff") && !text.contains("\u202e"), text);
    assertTrue(text.endsWith("0 applied, 1 unchanged, 1 kept as intentions, 1 rejected\n"), text);
  }

  @Test
  void anEmptyChangeLogIsTheCountLineAlone() throws IOException {
    EcosystemMap map = resource("call-map.json");
    SurveyResult result = Survey.apply(map, Responses.of("cira", List.of()), ROUND);
    assertEquals("0 applied, 0 unchanged, 0 kept as intentions, 0 rejected\n", SurveyText.write(result));
  }

  private static long count(SurveyResult result, Outcome outcome) {
    return result.log().stream().filter(e -> e.outcome() == outcome).count();
  }
}
