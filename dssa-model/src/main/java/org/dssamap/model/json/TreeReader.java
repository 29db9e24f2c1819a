package org.dssamap.model.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.dssamap.model.Ids;
import org.dssamap.model.Problem;
import org.dssamap.model.internal.Vocab;
import org.dssamap.model.internal.Wire;
import org.jspecify.annotations.Nullable;

/**
 * Reads typed fields out of a JSON tree, collecting a located problem for every field that is missing, of the
 * wrong type or out of its vocabulary, instead of stopping at the first. A reader that wants to know whether
 * an element was read cleanly compares {@link #problemCount()} before and after.
 */
final class TreeReader {
  private final List<Problem> problems = new ArrayList<>();

  /** Every problem found so far, in the order found. */
  List<Problem> problems() {
    return problems;
  }

  int problemCount() {
    return problems.size();
  }

  void add(String location, String message) {
    problems.add(Problem.at(location, message));
  }

  static String field(String path, String key) {
    return path + "." + key;
  }

  static String index(String path, int i) {
    return path + "[" + i + "]";
  }

  /** The value of {@code key}, or null when it is absent or JSON null (both mean "not given"). */
  static @Nullable JsonNode value(JsonNode object, String key) {
    JsonNode v = object.get(key);
    return v == null || v.isNull() ? null : v;
  }

  /** The node as an object, or a problem when it is anything else. */
  boolean isObject(JsonNode node, String path, String what) {
    if (node.isObject()) {
      return true;
    }
    add(path, "found " + describe(node) + "; expected " + what + " (a JSON object)");
    return false;
  }

  /** The elements of an optional array field; a problem when the field is not an array. */
  List<JsonNode> array(JsonNode object, String path, String key, String elements) {
    JsonNode v = value(object, key);
    if (v == null) {
      return List.of();
    }
    if (!v.isArray()) {
      add(field(path, key), "found " + describe(v) + "; expected an array of " + elements);
      return List.of();
    }
    List<JsonNode> out = new ArrayList<>(v.size());
    v.forEach(out::add);
    return out;
  }

  /** A string field; a problem when it is required and missing, or not a string. */
  Optional<String> string(JsonNode object, String path, String key, boolean required, String what) {
    JsonNode v = value(object, key);
    if (v == null) {
      if (required) {
        add(field(path, key), "missing; expected " + what);
      }
      return Optional.empty();
    }
    if (!v.isTextual()) {
      add(field(path, key), "found " + describe(v) + "; expected " + what);
      return Optional.empty();
    }
    return Optional.of(v.textValue());
  }

  /** A string field that must not be blank. */
  Optional<String> nonBlank(JsonNode object, String path, String key, boolean required, String what) {
    Optional<String> s = string(object, path, key, required, what);
    if (s.isPresent() && s.get().isBlank()) {
      add(field(path, key), "found a blank string; expected " + what);
      return Optional.empty();
    }
    return s;
  }

  /** An identifier field. */
  Optional<String> slug(JsonNode object, String path, String key, boolean required, String what) {
    String expected = what + ", " + Wire.SLUG;
    Optional<String> s = string(object, path, key, required, expected);
    if (s.isPresent() && !Ids.isSlug(s.get())) {
      add(field(path, key), "found '" + Problem.quote(s.get()) + "'; expected " + expected);
      return Optional.empty();
    }
    return s;
  }

  /** The value of an identifier field when it is one, without reporting anything when it is not. */
  static Optional<String> slugQuietly(JsonNode object, String key) {
    JsonNode v = value(object, key);
    return v != null && v.isTextual() && Ids.isSlug(v.textValue()) ? Optional.of(v.textValue()) : Optional.empty();
  }

  /** A field holding one value of a closed vocabulary, by its wire form. */
  <E extends Enum<E>> Optional<E> vocabulary(
      JsonNode object, String path, String key, boolean required, Vocab<E> words) {
    String expected = words.choices();
    Optional<String> s = string(object, path, key, required, expected);
    if (s.isEmpty()) {
      return Optional.empty();
    }
    Optional<E> value = words.parse(s.get());
    if (value.isEmpty()) {
      add(field(path, key), "found '" + Problem.quote(s.get()) + "'; expected " + expected);
    }
    return value;
  }

  /** An optional field holding a whole number from 0 to 2^63-1. */
  OptionalLong count(JsonNode object, String path, String key, String what) {
    JsonNode v = value(object, key);
    if (v == null) {
      return OptionalLong.empty();
    }
    if (!v.isIntegralNumber() || !v.canConvertToLong() || v.longValue() < 0) {
      add(field(path, key), "found " + describe(v) + "; expected " + what + ", " + Wire.COUNT);
      return OptionalLong.empty();
    }
    return OptionalLong.of(v.longValue());
  }

  /** A date field, {@code YYYY-MM-DD}. */
  Optional<LocalDate> date(JsonNode object, String path, String key) {
    String expected = Wire.DATE;
    Optional<String> s = string(object, path, key, false, expected);
    if (s.isEmpty()) {
      return Optional.empty();
    }
    Optional<LocalDate> date = Wire.parseDate(s.get());
    if (date.isEmpty()) {
      add(field(path, key), "found '" + Problem.quote(s.get()) + "'; expected " + expected);
    }
    return date;
  }

  /** A short description of a JSON value for a message: its type, and its text when that is short. */
  static String describe(JsonNode node) {
    JsonNodeType type = node.getNodeType();
    return switch (type) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case NULL, MISSING -> "null";
      case BOOLEAN -> node.booleanValue() ? "true" : "false";
      case NUMBER -> "the number " + Problem.quote(node.asText());
      case STRING -> "the string '" + Problem.quote(node.textValue()) + "'";
      case BINARY, POJO -> "a value of type " + type.name().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
