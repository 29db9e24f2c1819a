package org.dssamap.model.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.annotations.Beta;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dssamap.model.InvalidMapException;
import org.dssamap.model.Problem;
import org.dssamap.model.internal.FileIo;
import org.dssamap.model.internal.SourceText;
import org.jspecify.annotations.Nullable;

/**
 * Reads a JSON document as strictly as a map file is read, for every JSON input of dssa-map (maps, catalogs,
 * survey responses): strict UTF-8 (a byte order mark allowed; UTF-16, UTF-32, overlong forms and encoded
 * surrogates refused), the limits of {@link MapJson} ({@code MAX_...}), one value and nothing after it, and no
 * lone surrogate escape ({@code "\ud800"}) in a string or key, which no UTF-8 file can hold and no tool would
 * read the same way. A key given twice in one object is a problem too, but not the end of the checking: the first
 * value is kept and the rest of the document read, so that every problem is reported at once.
 *
 * <p>Every problem is located by {@code LINE:COL}, its message written for a person: what was found and what was
 * expected, without the parser's internal names. These rules are specified in {@code docs/formats.md} in the
 * repository ("Limits").
 *
 * <p>Marked {@link Beta}: the strict JSON reading the libraries share, whose signatures name Jackson's types,
 * published for tools that read their own JSON as strictly as dssa-map does. Not part of the API that japicmp
 * checks; it may change in any release.
 */
@Beta
public final class StrictJson {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(MapJson.MAX_NESTING_DEPTH)
          .maxStringLength(MapJson.MAX_STRING_LENGTH)
          .maxNameLength(MapJson.MAX_NAME_LENGTH)
          .maxNumberLength(MapJson.MAX_NUMBER_LENGTH)
          .maxDocumentLength(MapJson.MAX_DOCUMENT_LENGTH)
          .build())
      .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** Jackson's hints at features to enable, which mean nothing to a person editing a file. */
  private static final Pattern FEATURE_HINT = Pattern.compile(
      "\\s*(?:\\(|;\\s*|:\\s*)?(?:to allow|enable|not recognized as one since|use)\\b[^)]*(?:Feature|FEATURE)[^)]*\\)?");

  private StrictJson() {}

  /**
   * A parsed document: its value, and the problems that did not stop the reading (duplicate keys, lone
   * surrogates); a reader adds its own and reports them all together.
   *
   * @param root the document's one value; with a duplicate key the first value is kept
   * @param problems in document order, each at {@code LINE:COL}
   */
  public record Document(JsonNode root, ImmutableList<Problem> problems) {
    /** Checks the parts. */
    public Document {
      java.util.Objects.requireNonNull(root, "root");
      problems = ImmutableList.copyOf(problems);
    }
  }

  /**
   * Reads a whole file, refusing one larger than {@link MapJson#MAX_DOCUMENT_LENGTH} before reading more than
   * that.
   *
   * @throws InvalidMapException when the file is larger, reported against its name
   * @throws IOException when the file cannot be read
   */
  public static byte[] readBytes(Path file) throws IOException {
    return FileIo.readBounded(file);
  }

  /**
   * Parses {@code bytes} into a tree.
   *
   * @param sourceName the name problems are reported against, usually a file name
   * @param expected what the document should be, for the message about an empty file ("a dssa-map/1 map")
   * @throws InvalidMapException for anything that stops the reading: bytes that are not UTF-8, broken syntax,
   *     a limit exceeded, an empty file, content after the value; with the problems found before it
   */
  public static Document parse(byte[] bytes, String sourceName, String expected) {
    Optional<Problem> encoding = SourceText.checkUtf8(bytes);
    if (encoding.isPresent()) {
      throw new InvalidMapException(sourceName, List.of(encoding.get()));
    }
    if (bytes.length > MapJson.MAX_DOCUMENT_LENGTH) {
      throw new InvalidMapException(sourceName, List.of(Problem.at("", "the file is longer than "
          + MapJson.MAX_DOCUMENT_LENGTH + " bytes, the most a file may be")));
    }
    List<Problem> problems = new ArrayList<>();
    JsonParser parser = null;
    try {
      parser = FACTORY.createParser(bytes);
      TreeBuilder builder = new TreeBuilder(parser, problems);
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw problem(sourceName, problems, "", "the file is empty; expected " + expected + " (a JSON object)");
      }
      JsonNode root = builder.value(first);
      if (parser.nextToken() != null) {
        throw problem(sourceName, problems, location(null, parser),
            "more content after the end of the JSON value; expected the file to end");
      }
      return new Document(root, ImmutableList.copyOf(problems));
    } catch (JsonProcessingException e) {
      throw problem(sourceName, problems, location(e.getLocation(), parser), describe(e));
    } catch (IOException e) {
      throw new UncheckedIOException("reading a byte array does not fail", e);
    } finally {
      if (parser != null) {
        try {
          parser.close();
        } catch (IOException e) {
          // closing a parser over a byte array releases buffers only
        }
      }
    }
  }

  /**
   * Parses {@code bytes} into a tree that has no problem at all.
   *
   * @throws InvalidMapException every problem found, as {@link #parse} finds them
   */
  public static JsonNode parseClean(byte[] bytes, String sourceName, String expected) {
    Document d = parse(bytes, sourceName, expected);
    if (!d.problems().isEmpty()) {
      throw new InvalidMapException(sourceName, d.problems());
    }
    return d.root();
  }

  /**
   * Builds a tree token by token, as Jackson would, finding duplicate keys and lone surrogates on the way; the map
   * reader builds its catalog value so.
   */
  static final class TreeBuilder {
    private final JsonParser p;
    private final List<Problem> problems;

    TreeBuilder(JsonParser parser, List<Problem> problems) {
      this.p = parser;
      this.problems = problems;
    }

    /** The value whose first token, {@code token}, the parser has just read. */
    JsonNode value(@Nullable JsonToken token) throws IOException {
      if (token == null) {
        throw new JsonEOFException(p, null, "end-of-input where a value was expected");
      }
      return switch (token) {
        case START_OBJECT -> object();
        case START_ARRAY -> array();
        case VALUE_STRING -> {
          String text = p.getText();
          checkSurrogates(text, "a string", location(p.currentTokenLocation(), null));
          yield NODES.textNode(text);
        }
        case VALUE_NUMBER_INT -> switch (p.getNumberType()) {
          case INT -> NODES.numberNode(p.getIntValue());
          case LONG -> NODES.numberNode(p.getLongValue());
          default -> NODES.numberNode(p.getBigIntegerValue());
        };
        case VALUE_NUMBER_FLOAT -> NODES.numberNode(p.getDoubleValue());
        case VALUE_TRUE -> NODES.booleanNode(true);
        case VALUE_FALSE -> NODES.booleanNode(false);
        case VALUE_NULL -> NODES.nullNode();
        default -> throw new IllegalStateException("unexpected token " + token);
      };
    }

    private ObjectNode object() throws IOException {
      ObjectNode object = NODES.objectNode();
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        String at = location(p.currentTokenLocation(), null);
        checkSurrogates(name, "a key", at);
        JsonNode value = value(p.nextToken());
        if (object.has(name)) {
          problems.add(Problem.at(at, "duplicate key '" + Problem.quote(name) + "'; expected each key once per object"));
        } else {
          object.set(name, value);
        }
      }
      expectEnd(t, JsonToken.END_OBJECT);
      return object;
    }

    private ArrayNode array() throws IOException {
      ArrayNode array = NODES.arrayNode();
      JsonToken t;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        if (t == null) {
          throw new JsonEOFException(p, null, "end-of-input in an array");
        }
        array.add(value(t));
      }
      return array;
    }

    private void expectEnd(@Nullable JsonToken t, JsonToken end) throws IOException {
      if (t != end) {
        throw new JsonEOFException(p, null, "end-of-input in an object");
      }
    }

    private void checkSurrogates(String text, String what, String at) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else if (Character.isSurrogate(c)) {
          problems.add(Problem.at(at, String.format(
              "%s holds a lone surrogate escape \\u%04x, which is no character; expected a whole character "
                  + "(a surrogate pair, or the character itself in UTF-8)", what, (int) c)));
          return;
        }
      }
    }
  }

  private static InvalidMapException problem(String sourceName, List<Problem> before, String location,
      String message) {
    List<Problem> all = new ArrayList<>(before);
    all.add(Problem.at(location, message));
    return new InvalidMapException(sourceName, all);
  }

  private static String location(@Nullable JsonLocation at, @Nullable JsonParser parser) {
    JsonLocation where = at != null && at.getLineNr() > 0 ? at : parser == null ? null : parser.currentLocation();
    if (where == null || where.getLineNr() <= 0) {
      return "";
    }
    return where.getLineNr() + ":" + Math.max(1, where.getColumnNr());
  }

  /** A message for a person: what was wrong, without Jackson's class names, feature names or source excerpts. */
  static String describe(JsonProcessingException e) {
    String original = String.valueOf(e.getOriginalMessage());
    if (e instanceof StreamConstraintsException) {
      if (original.contains("nesting depth")) {
        return "arrays and objects nested more than " + MapJson.MAX_NESTING_DEPTH + " deep; a map needs far fewer";
      }
      if (original.contains("String value length")) {
        return "a string longer than " + MapJson.MAX_STRING_LENGTH + " characters, the most a value may hold";
      }
      if (original.contains("Name length")) {
        return "a key longer than " + MapJson.MAX_NAME_LENGTH + " characters";
      }
      if (original.contains("Number value length")) {
        return "a number longer than " + MapJson.MAX_NUMBER_LENGTH + " digits";
      }
      if (original.contains("Document length")) {
        return "the file is longer than " + MapJson.MAX_DOCUMENT_LENGTH + " bytes, the most a file may be";
      }
      return "the file exceeds a limit: " + plain(original);
    }
    if (e instanceof JsonEOFException || original.contains("end-of-input")) {
      return "the file ends in the middle of a JSON value (is it truncated?); expected the rest of the value";
    }
    if (original.contains("(non-standard) comment")) {
      return "a comment, which JSON does not have; expected a JSON value";
    }
    if (original.startsWith("Non-standard token")) {
      return "not valid JSON: " + plain(original.replaceFirst(":.*", ""))
          + "; expected a JSON value (numbers are plain decimal, NaN and Infinity are not numbers)";
    }
    return "not valid JSON: " + plain(FEATURE_HINT.matcher(original).replaceAll(""));
  }

  /** Jackson's message made safe to print: its first line, control characters escaped, at most 300 long. */
  private static String plain(String message) {
    int end = message.indexOf('\n');
    String line = end < 0 ? message : message.substring(0, end);
    StringBuilder out = new StringBuilder();
    line.codePoints().limit(300).forEach(c -> {
      if (org.dssamap.model.internal.Chars.isInvisible(c)) {
        out.append(String.format("\\u%04x", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString().strip();
  }
}
