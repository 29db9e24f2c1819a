package org.dssamap.analysis.format;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.dssamap.analysis.format.JsonWriting.cell;
import static org.dssamap.analysis.format.JsonWriting.strings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
import org.dssamap.model.Organization;
import org.dssamap.model.Problem;
import org.dssamap.model.json.StrictJson;
import org.jspecify.annotations.Nullable;

/**
 * The JSON files of the verification round ("have we got you right?"): the questionnaire sent to an organization
 * ({@code "format": "dssa-survey/1"}, what {@code dssa survey export} writes), the responses read back (the same
 * file with answers filled in), and the change log of applying them ({@code "format": "dssa-survey-log/1"}, what
 * {@code dssa survey apply --log} writes). The formats, and the rules that bind responses to their questionnaire,
 * are specified in {@code docs/analysis-formats.md} ("Survey files") of the dssa-map repository.
 *
 * <p>The round itself is {@link org.dssamap.analysis.survey.Survey}: {@link Questionnaire#of} makes the questions,
 * {@link org.dssamap.analysis.survey.Survey#apply} applies the responses; this class only writes and reads the
 * files. Written files are canonical like {@link AnalysisJson}'s, and the string and stream forms give the same
 * bytes (UTF-8).
 *
 * <p>Their JSON Schemas are {@code docs/schemas/survey.schema.json} and {@code
 * docs/schemas/survey-log.schema.json}.
 */
public final class SurveyJson {
  /** The format tag of questionnaire and response files. */
  public static final String FORMAT = "dssa-survey/1";
  /** The format tag of the change log. */
  public static final String LOG_FORMAT = "dssa-survey-log/1";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private SurveyJson() {}

  /**
   * The questionnaire as canonical JSON: one entry per question with an empty {@code answer} and {@code comment}
   * for the organization to fill in; the filled file is a valid responses file. It records what it was made
   * from, so that its answers can only be applied to what they answer: the map ({@code map}: its title and
   * date), and a {@code fingerprint} of what was asked (the organization, its kind, the catalog, the map, and each
   * question's cell and what the map said of the organization there).
   *
   * @param q the questionnaire, {@link Questionnaire#of} of {@code map}
   * @param map the map the questionnaire was made from
   * @return the document, ending with a newline
   */
  public static String writeQuestionnaire(Questionnaire q, EcosystemMap map) {
    return JsonWriting.write(questionnaire(q, map));
  }

  /**
   * Writes the questionnaire, as {@link #writeQuestionnaire(Questionnaire, EcosystemMap)} gives it, UTF-8, to
   * {@code out}, which is flushed and not closed.
   *
   * @param q the questionnaire, {@link Questionnaire#of} of {@code map}
   * @param map the map the questionnaire was made from
   * @param out the stream to write to
   * @throws IOException when {@code out} throws it
   */
  public static void writeQuestionnaire(Questionnaire q, EcosystemMap map, OutputStream out) throws IOException {
    checkNotNull(out, "out");
    JsonWriting.write(questionnaire(q, map), out);
  }

  private static JsonWriting.Body questionnaire(Questionnaire q, EcosystemMap map) {
    checkNotNull(q, "questionnaire");
    checkNotNull(map, "map");
    return g -> {
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      g.writeStringField("organization", q.organization().id());
      g.writeStringField("organizationName", q.organization().name());
      g.writeStringField("kind", q.organization().kind());
      g.writeStringField("catalog", q.catalog());
      g.writeObjectFieldStart("map");
      g.writeStringField("title", map.title());
      JsonWriting.optional(g, "asOf", map.asOf().map(Object::toString));
      g.writeEndObject();
      g.writeStringField("fingerprint", fingerprint(q, map));
      strings(g, "answersAccepted", Arrays.stream(Answer.values()).map(Answer::id).toList());
      g.writeStringField("respondent", "");
      g.writeStringField("date", "");
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
    };
  }

  /**
   * The fingerprint of a questionnaire made from {@code map}: {@code sha256:} and the hex SHA-256 of what binds
   * the answers to it, as a compact JSON array: the format, the organization's id and kind, the catalog, the map's
   * title and date, and for each question its cell, whether the organization is placed there, with what status
   * and source. Peers and notes are left out: they inform, and do not change what an answer means. The survey
   * workbook carries the same fingerprint, so this is how other forms of the questionnaire bind to the same map.
   *
   * @param q the questionnaire, {@link Questionnaire#of} of {@code map}
   * @param map the map the questionnaire was made from
   * @return {@code sha256:} and 64 lower-case hex digits
   */
  public static String fingerprint(Questionnaire q, EcosystemMap map) {
    checkNotNull(q, "questionnaire");
    checkNotNull(map, "map");
    List<Object> parts = new ArrayList<>(List.of(FORMAT, q.organization().id(), q.organization().kind(), q.catalog(),
        map.title(), map.asOf().map(Object::toString).orElse("")));
    for (Question question : q.questions()) {
      parts.add(List.of(question.cell().toString(), question.onTheMap(),
          question.current().map(c -> c.status().id()).orElse(""),
          question.current().map(c -> c.source().id()).orElse("")));
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(MAPPER.writeValueAsBytes(parts));
      return "sha256:" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException | JsonProcessingException e) {
      throw new IllegalStateException("every Java platform has SHA-256 and writes lists", e);
    }
  }

  /**
   * Reads responses: a questionnaire as {@link #writeQuestionnaire} wrote it, with answers filled in (the entries of
   * {@code questions} whose {@code answer} is filled in, then every entry of {@code answers}), checked as strictly
   * as a map file is read (strict UTF-8, the same limits, nothing after the document, no duplicate key, no lone
   * surrogate) and bound to {@code map}: the organization, its kind, the catalog, the map's title and date, and
   * every question must be what the questionnaire for that organization from this map asks, and the fingerprint
   * must match. Answers exported from another map, or another version of it, or for another organization, are
   * refused, every mismatch located.
   *
   * @param bytes the file's bytes
   * @param source the name problems are reported against, usually the file's name
   * @param map the map the answers are to be applied to
   * @return the answers, with who answered and when if the file says so
   * @throws InvalidMapException listing every problem at once, by JSON path (syntax errors by line and column)
   */
  public static Responses readResponses(byte[] bytes, String source, EcosystemMap map) {
    checkNotNull(bytes, "bytes");
    checkNotNull(source, "source");
    checkNotNull(map, "map");
    StrictJson.Document document = StrictJson.parse(bytes, source,
        "a filled-in questionnaire (\"format\": \"" + FORMAT + "\")");
    JsonNode root = document.root();
    List<Problem> problems = new ArrayList<>(document.problems());
    if (!root.isObject()) {
      problems.add(Problem.at("$", "found " + describe(root) + "; expected a filled-in questionnaire, a JSON object "
          + "with \"format\": \"" + FORMAT + "\""));
      throw new InvalidMapException(source, problems);
    }
    JsonNode format = root.get("format");
    if (format == null || !FORMAT.equals(format.asText(null))) {
      problems.add(Problem.at("$.format", (format == null ? "missing" : "found " + describe(format))
          + "; expected \"" + FORMAT + "\" (responses are the questionnaire of survey export, filled in)"));
    }
    String organization = text(root, "$", "organization", problems, true);
    @Nullable Organization asked = null;
    if (organization != null && !Ids.isSlug(organization)) {
      problems.add(Problem.at("$.organization", "'" + Problem.quote(organization) + "' is not an organization id"));
    } else if (organization != null && map.organization(organization).isEmpty()) {
      problems.add(Problem.at("$.organization", "the map has no organization '" + organization + "'"));
    } else if (organization != null) {
      asked = map.requireOrganization(organization);
    }
    List<Response> answers = new ArrayList<>();
    for (String list : List.of("questions", "answers")) {
      JsonNode entries = root.get(list);
      if (entries == null || entries.isNull()) {
        if (list.equals("questions")) {
          problems.add(Problem.at("$.questions", "missing; expected the questions of the questionnaire, as "
              + "survey export wrote them"));
        }
        continue;
      }
      if (!entries.isArray()) {
        problems.add(Problem.at("$." + list, "found " + describe(entries) + "; expected an array"));
        continue;
      }
      for (int i = 0; i < entries.size(); i++) {
        response(entries.get(i), "$." + list + "[" + i + "]", list.equals("questions"), map, problems)
            .ifPresent(answers::add);
      }
    }
    if (asked != null) {
      bind(root, Questionnaire.of(map, asked.id()), map, problems);
    }
    String respondent = text(root, "$", "respondent", problems, false);
    String dateText = text(root, "$", "date", problems, false);
    Optional<LocalDate> date = Optional.empty();
    if (dateText != null && !dateText.isEmpty()) {
      try {
        date = Optional.of(LocalDate.parse(dateText));
      } catch (DateTimeParseException e) {
        problems.add(Problem.at("$.date", "found '" + Problem.quote(dateText) + "'; expected the day of the answers, "
            + "YYYY-MM-DD"));
      }
    }
    if (respondent != null && !respondent.isEmpty() && respondent.isBlank()) {
      problems.add(Problem.at("$.respondent", "found a blank string; expected who answered, or \"\""));
    }
    if (!problems.isEmpty()) {
      throw new InvalidMapException(source, problems);
    }
    Responses out = Responses.of(Objects.requireNonNull(organization), answers);
    if (respondent != null && !respondent.isEmpty()) {
      out = out.withRespondent(respondent);
    }
    return date.map(out::withDate).orElse(out);
  }

  /**
   * Reads a responses file as {@link #readResponses(byte[], String, EcosystemMap)} does, refusing one larger than
   * a map file may be ({@link org.dssamap.model.json.MapJson#MAX_DOCUMENT_LENGTH}) before reading more than that.
   *
   * @param file the filled-in questionnaire; problems are reported against its name
   * @param map the map the answers are to be applied to
   * @return the answers, with who answered and when if the file says so
   * @throws InvalidMapException listing every problem at once
   * @throws IOException when the file cannot be read
   */
  public static Responses readResponses(Path file, EcosystemMap map) throws IOException {
    return readResponses(StrictJson.readBytes(file), file.toString(), map);
  }

  /**
   * Checks that the file is the questionnaire {@code expected} (the one this map gives the organization): every
   * mismatch of the organization's kind, the catalog, the map, the questions and the fingerprint is a problem at
   * its path.
   */
  private static void bind(JsonNode root, Questionnaire expected, EcosystemMap map, List<Problem> problems) {
    int before = problems.size();
    String org = expected.organization().id();
    same(root, "$", "kind", expected.organization().kind(), "the map's '" + org + "' is a", problems);
    same(root, "$", "catalog", expected.catalog(), "the map's catalog is", problems);
    JsonNode mapNode = root.get("map");
    if (mapNode == null || !mapNode.isObject()) {
      problems.add(Problem.at("$.map", (mapNode == null ? "missing" : "found " + describe(mapNode))
          + "; expected the map the questionnaire was made from (title, asOf), as survey export writes it"));
    } else {
      same(mapNode, "$.map", "title", map.title(), "this map's title is", problems);
      String asOf = map.asOf().map(Object::toString).orElse("");
      JsonNode given = mapNode.get("asOf");
      String givenAsOf = given == null || given.isNull() ? "" : given.asText("");
      if (!givenAsOf.equals(asOf)) {
        problems.add(Problem.at("$.map.asOf", "the questionnaire was made from the map as of '"
            + Problem.quote(givenAsOf.isEmpty() ? "(no date)" : givenAsOf) + "'; this map is as of '"
            + (asOf.isEmpty() ? "(no date)" : asOf) + "': answers apply to the version they answer"));
      }
    }
    JsonNode questions = root.get("questions");
    if (questions != null && questions.isArray()) {
      Map<Cell, Question> asked = new LinkedHashMap<>();
      expected.questions().forEach(q -> asked.put(q.cell(), q));
      Set<Cell> seen = new HashSet<>();
      for (int i = 0; i < questions.size(); i++) {
        JsonNode entry = questions.get(i);
        String path = "$.questions[" + i + "]";
        Optional<Cell> cell = cellOf(entry, map);
        if (cell.isEmpty()) {
          continue; // reported by the reading of the entry
        }
        Question q = asked.get(cell.get());
        if (q == null) {
          problems.add(Problem.at(path, "the questionnaire for '" + org + "' from this map does not ask about "
              + cell.get()));
          continue;
        }
        if (!seen.add(cell.get())) {
          problems.add(Problem.at(path, cell.get() + " is asked about twice; expected each question once"));
          continue;
        }
        boolean onTheMap = entry.path("onTheMap").asBoolean(!q.onTheMap());
        if (onTheMap != q.onTheMap()) {
          problems.add(Problem.at(path + ".onTheMap", "the questionnaire said " + onTheMap + "; this map "
              + (q.onTheMap() ? "places" : "does not place") + " '" + org + "' at " + cell.get()));
        } else if (q.current().isPresent()) {
          same(entry, path, "status", q.current().get().status().id(), "this map says", problems);
          same(entry, path, "source", q.current().get().source().id(), "this map says", problems);
        }
      }
      for (Question q : expected.questions()) {
        if (!seen.contains(q.cell())) {
          problems.add(Problem.at("$.questions", "lacks the question about " + q.cell()
              + " that the questionnaire for '" + org + "' from this map asks"));
        }
      }
    }
    String fingerprint = fingerprint(expected, map);
    JsonNode given = root.get("fingerprint");
    if (given == null || !given.isTextual()) {
      problems.add(Problem.at("$.fingerprint", (given == null ? "missing" : "found " + describe(given))
          + "; expected the fingerprint survey export writes (a questionnaire from an older version has none: "
          + "export it again)"));
    } else if (!given.textValue().equals(fingerprint) && problems.size() == before) {
      problems.add(Problem.at("$.fingerprint", "does not match the questionnaire this map gives '" + org
          + "': it was made from another version of the map, or edited"));
    }
  }

  /** A problem at {@code path.key} when the field is not the string {@code expected}. */
  private static void same(JsonNode object, String path, String key, String expected, String what,
      List<Problem> problems) {
    JsonNode v = object.get(key);
    if (v == null || !v.isTextual()) {
      problems.add(Problem.at(path + "." + key, (v == null ? "missing" : "found " + describe(v)) + "; expected '"
          + Problem.quote(expected) + "'"));
    } else if (!v.textValue().equals(expected)) {
      problems.add(Problem.at(path + "." + key, "the questionnaire says '" + Problem.quote(v.textValue()) + "'; "
          + what + " '" + Problem.quote(expected) + "'"));
    }
  }

  /** The cell an entry names, when it names one the catalog has; empty otherwise, without a problem. */
  private static Optional<Cell> cellOf(JsonNode entry, EcosystemMap map) {
    if (!entry.isObject()) {
      return Optional.empty();
    }
    try {
      String function = entry.path("function").textValue();
      String dimension = entry.path("dimension").textValue();
      String layer = entry.path("layer").textValue();
      if (function == null || dimension == null || layer == null || !map.catalog().contains(function)) {
        return Optional.empty();
      }
      return Optional.of(Cell.of(function, Dimension.ofId(dimension), Layer.ofId(layer)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
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

  /**
   * The change log of a survey round as canonical JSON: who answered and the day of the round's reviews, one entry
   * per answer, and the wishes (kept in the map as intentions).
   *
   * @param responses the responses that were applied
   * @param result what {@link org.dssamap.analysis.survey.Survey#apply} made of them
   * @param on the day of the round's reviews
   * @return the document, ending with a newline
   */
  public static String writeLog(Responses responses, SurveyResult result, LocalDate on) {
    return JsonWriting.write(log(responses, result, on));
  }

  /**
   * Writes the change log, as {@link #writeLog(Responses, SurveyResult, LocalDate)} gives it, UTF-8, to {@code
   * out}, which is flushed and not closed.
   *
   * @param responses the responses that were applied
   * @param result what {@link org.dssamap.analysis.survey.Survey#apply} made of them
   * @param on the day of the round's reviews
   * @param out the stream to write to
   * @throws IOException when {@code out} throws it
   */
  public static void writeLog(Responses responses, SurveyResult result, LocalDate on, OutputStream out)
      throws IOException {
    checkNotNull(out, "out");
    JsonWriting.write(log(responses, result, on), out);
  }

  private static JsonWriting.Body log(Responses responses, SurveyResult result, LocalDate on) {
    checkNotNull(responses, "responses");
    checkNotNull(result, "result");
    checkNotNull(on, "on");
    return g -> {
      g.writeStartObject();
      g.writeStringField("format", LOG_FORMAT);
      g.writeStringField("organization", responses.organization());
      g.writeStringField("reviewer", responses.reviewer());
      g.writeStringField("date", on.toString());
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
    };
  }
}
