package org.dssamap.examples.analysis;

import static org.dssamap.examples.analysis.JsonWriting.cell;
import static org.dssamap.examples.analysis.JsonWriting.strings;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dssamap.analysis.survey.Answer;
import org.dssamap.analysis.survey.LogEntry;
import org.dssamap.analysis.survey.Question;
import org.dssamap.analysis.survey.Questionnaire;
import org.dssamap.analysis.survey.Response;
import org.dssamap.analysis.survey.Responses;
import org.dssamap.analysis.survey.SurveyResult;
import org.dssamap.analysis.survey.Wish;
import org.dssamap.model.Cell;
import org.dssamap.model.Dimension;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.Ids;
import org.dssamap.model.InvalidMapException;
import org.dssamap.model.Layer;
import org.dssamap.model.Problem;
import org.dssamap.model.json.MapJson;
import org.jspecify.annotations.Nullable;

/**
 * The files of the verification round, described in {@code docs/analysis-formats.md}: the questionnaire sent to an
 * organization ({@code "format": "dssa-survey/1"}), the responses read back (the same file with answers filled in,
 * or a plain {@code "answers"} list), and the change log of applying them.
 */
public final class SurveyJson {
  /** The format tag of questionnaire and response files. */
  public static final String FORMAT = "dssa-survey/1";
  /** The format tag of the change log. */
  public static final String LOG_FORMAT = "dssa-survey-log/1";

  // a key given twice is a mistake to report, not a value to drop silently
  private static final ObjectMapper MAPPER = new ObjectMapper(
      com.fasterxml.jackson.core.JsonFactory.builder()
          .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build());

  private SurveyJson() {}

  /**
   * The questionnaire as canonical JSON: one entry per question with an empty {@code answer} and {@code comment}
   * for the organization to fill in; the filled file is a valid responses file.
   */
  public static String writeQuestionnaire(Questionnaire q) {
    return JsonWriting.write(g -> {
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      g.writeStringField("organization", q.organization().id());
      g.writeStringField("organizationName", q.organization().name());
      g.writeStringField("kind", q.organization().kind());
      g.writeStringField("catalog", q.catalog());
      strings(g, "answersAccepted", Arrays.stream(Answer.values()).map(Answer::id).toList());
      g.writeArrayFieldStart("questions");
      for (Question question : q.questions()) {
        g.writeStartObject();
        cell(g, question.cell());
        g.writeBooleanField("onTheMap", question.onTheMap());
        if (question.current().isPresent()) {
          g.writeStringField("status", question.current().get().status().id());
          g.writeStringField("source", question.current().get().source().id());
          JsonWriting.optional(g, "note", question.current().get().note());
        }
        strings(g, "peers", question.peers());
        g.writeStringField("answer", "");
        g.writeStringField("comment", "");
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("answers");
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  /**
   * Reads responses from a questionnaire file (the entries of {@code questions} whose {@code answer} is filled in,
   * then every entry of {@code answers}), checking every field against {@code map}.
   *
   * @throws InvalidMapException listing every problem at once, by JSON path (syntax errors by line and column)
   */
  public static Responses readResponses(byte[] bytes, String source, EcosystemMap map) {
    if (bytes.length > MapJson.MAX_DOCUMENT_LENGTH) {
      throw new InvalidMapException(source, List.of(Problem.at("", "is " + bytes.length + " bytes; responses are "
          + "limited to " + MapJson.MAX_DOCUMENT_LENGTH)));
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(bytes);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : at.getLineNr() + ":" + at.getColumnNr();
      throw new InvalidMapException(source, List.of(Problem.at(where, "not JSON: " + e.getOriginalMessage())));
    } catch (IOException e) {
      throw new InvalidMapException(source, List.of(Problem.at("", "cannot be read: " + e.getMessage())));
    }
    List<Problem> problems = new ArrayList<>();
    if (root == null || !root.isObject()) {
      throw new InvalidMapException(source, List.of(Problem.at("$", "expected a JSON object with \"organization\" "
          + "and \"answers\" (or a filled-in questionnaire)")));
    }
    JsonNode format = root.get("format");
    if (format != null && !FORMAT.equals(format.asText(null))) {
      problems.add(Problem.at("$.format", "found " + describe(format) + "; expected \"" + FORMAT + "\""));
    }
    String organization = text(root, "$", "organization", problems, true);
    if (organization != null && !Ids.isSlug(organization)) {
      problems.add(Problem.at("$.organization", "'" + Problem.quote(organization) + "' is not an organization id"));
    } else if (organization != null && map.organization(organization).isEmpty()) {
      problems.add(Problem.at("$.organization", "the map has no organization '" + organization + "'"));
    }
    List<Response> answers = new ArrayList<>();
    boolean any = false;
    for (String list : List.of("questions", "answers")) {
      JsonNode entries = root.get(list);
      if (entries == null || entries.isNull()) {
        continue;
      }
      any = true;
      if (!entries.isArray()) {
        problems.add(Problem.at("$." + list, "found " + describe(entries) + "; expected an array"));
        continue;
      }
      for (int i = 0; i < entries.size(); i++) {
        response(entries.get(i), "$." + list + "[" + i + "]", list.equals("questions"), map, problems)
            .ifPresent(answers::add);
      }
    }
    if (!any) {
      problems.add(Problem.at("$", "no \"answers\" (nor a filled-in \"questions\" list)"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidMapException(source, problems);
    }
    return Responses.of(organization, answers);
  }

  private static Optional<Response> response(JsonNode entry, String path, boolean blankAllowed, EcosystemMap map,
      List<Problem> problems) {
    if (!entry.isObject()) {
      problems.add(Problem.at(path, "found " + describe(entry) + "; expected an answer object"));
      return Optional.empty();
    }
    JsonNode answerNode = entry.get("answer");
    if (blankAllowed && (answerNode == null || answerNode.isNull() || answerNode.asText("x").isEmpty())) {
      return Optional.empty();
    }
    int before = problems.size();
    String function = text(entry, path, "function", problems, true);
    if (function != null && !map.catalog().contains(function)) {
      problems.add(Problem.at(path + ".function", "function '" + Problem.quote(function) + "' is not in catalog "
          + map.catalog().id()));
    }
    Dimension dimension = vocabulary(entry, path, "dimension", problems, Dimension::ofId,
        Arrays.stream(Dimension.values()).map(Dimension::id).toList());
    Layer layer = vocabulary(entry, path, "layer", problems, Layer::ofId,
        Arrays.stream(Layer.values()).map(Layer::id).toList());
    Answer answer = vocabulary(entry, path, "answer", problems, Answer::ofId,
        Arrays.stream(Answer.values()).map(Answer::id).toList());
    String comment = text(entry, path, "comment", problems, false);
    if (problems.size() > before || function == null || dimension == null || layer == null || answer == null) {
      return Optional.empty();
    }
    Response r = Response.of(Cell.of(function, dimension, layer), answer);
    return Optional.of(comment == null || comment.isEmpty() ? r : r.withComment(comment));
  }

  private static @Nullable String text(JsonNode object, String path, String key, List<Problem> problems,
      boolean required) {
    JsonNode v = object.get(key);
    if (v == null || v.isNull()) {
      if (required) {
        problems.add(Problem.at(path + "." + key, "missing; expected a string"));
      }
      return null;
    }
    if (!v.isTextual()) {
      problems.add(Problem.at(path + "." + key, "found " + describe(v) + "; expected a string"));
      return null;
    }
    return v.textValue();
  }

  private interface Parse<T> {
    T of(String id);
  }

  private static <T> @Nullable T vocabulary(JsonNode object, String path, String key, List<Problem> problems,
      Parse<T> parse, List<String> accepted) {
    String id = text(object, path, key, problems, true);
    if (id == null) {
      return null;
    }
    try {
      return parse.of(id);
    } catch (IllegalArgumentException e) {
      problems.add(Problem.at(path + "." + key,
          "found '" + Problem.quote(id) + "'; expected one of " + String.join(", ", accepted)));
      return null;
    }
  }

  private static String describe(JsonNode node) {
    return switch (node.getNodeType()) {
      case STRING -> "the string \"" + Problem.quote(node.textValue()) + "\"";
      case NUMBER -> "the number " + node.asText();
      case BOOLEAN -> "the value " + node.asText();
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      default -> "null";
    };
  }

  /** The change log of a survey round as canonical JSON: one entry per answer, and the wishes. */
  public static String writeLog(Responses responses, SurveyResult result) {
    return JsonWriting.write(g -> {
      g.writeStartObject();
      g.writeStringField("format", LOG_FORMAT);
      g.writeStringField("organization", responses.organization());
      g.writeArrayFieldStart("log");
      for (LogEntry e : result.log()) {
        g.writeStartObject();
        cell(g, e.response().cell());
        g.writeStringField("answer", e.response().answer().id());
        JsonWriting.optional(g, "comment", e.response().comment());
        g.writeStringField("outcome", e.outcome().id());
        g.writeStringField("explanation", e.explanation());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("wishes");
      for (Wish w : result.wishes()) {
        g.writeStartObject();
        cell(g, w.cell());
        g.writeStringField("answer", w.answer().id());
        JsonWriting.optional(g, "comment", w.comment());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  /** The change log as text, one line per answer: outcome, cell, answer, explanation. */
  public static String describeLog(SurveyResult result) {
    return result.log().stream()
        .map(e -> e.outcome().id() + ": " + e.response().answer().id() + " " + e.response().cell() + ": "
            + TextWriting.visible(e.explanation()))
        .collect(Collectors.joining("\n", "", result.log().isEmpty() ? "" : "\n"));
  }
}
