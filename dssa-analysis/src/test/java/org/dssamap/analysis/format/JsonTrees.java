package org.dssamap.analysis.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.dssamap.model.Cell;
import org.dssamap.model.json.CanonicalJson;

/**
 * What the format tests compare: JSON trees built from a document's specification (docs/analysis-formats.md) and
 * the trees a writer wrote, compared key by key in order, so that a failure names the path that differs.
 */
final class JsonTrees {
  static final ObjectMapper JSON = new ObjectMapper();

  private JsonTrees() {}

  /** Writes one element as the map format does (the form the diff carries "with full values"). */
  interface MapElement {
    void write(JsonGenerator g) throws IOException;
  }

  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An element as map files hold it, from dssa-model's canonical writer of the map format. */
  static JsonNode mapElement(MapElement element) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = CanonicalJson.generator(out)) {
      element.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parse(out.toString(java.nio.charset.StandardCharsets.UTF_8));
  }

  static ObjectNode object() {
    return JSON.createObjectNode();
  }

  static ArrayNode strings(Collection<String> values) {
    ArrayNode a = JSON.createArrayNode();
    values.forEach(a::add);
    return a;
  }

  /** The three keys that place a finding in a cell, first in every object about a cell. */
  static ObjectNode cell(Cell cell) {
    return object().put("function", cell.function()).put("dimension", cell.dimension().id())
        .put("layer", cell.layer().id());
  }

  /** A share as the formats write it: rounded to four decimals. */
  static BigDecimal share(double share) {
    return BigDecimal.valueOf(share).setScale(4, RoundingMode.HALF_EVEN);
  }

  /** {@code actual} is {@code expected}: the same keys in the same order, the same values, numbers by value. */
  static void assertSameTree(JsonNode expected, JsonNode actual) {
    same(expected, actual, "$");
  }

  private static void same(JsonNode expected, JsonNode actual, String path) {
    if (expected.isNumber()) {
      assertTrue(actual.isNumber(), () -> path + ": expected the number " + expected + ", found " + actual);
      assertEquals(0, expected.decimalValue().compareTo(actual.decimalValue()),
          () -> path + ": expected " + expected + ", found " + actual);
    } else if (expected.isObject()) {
      assertTrue(actual.isObject(), () -> path + ": expected an object, found " + actual);
      List<String> keys = new ArrayList<>();
      expected.fieldNames().forEachRemaining(keys::add);
      List<String> found = new ArrayList<>();
      actual.fieldNames().forEachRemaining(found::add);
      assertEquals(keys, found, () -> path + ": the keys, in order");
      for (String key : keys) {
        same(expected.get(key), actual.get(key), path + "." + key);
      }
    } else if (expected.isArray()) {
      assertTrue(actual.isArray(), () -> path + ": expected an array, found " + actual);
      assertEquals(expected.size(), actual.size(), () -> path + ": the length of " + actual);
      for (int i = 0; i < expected.size(); i++) {
        same(expected.get(i), actual.get(i), path + "[" + i + "]");
      }
    } else if (!expected.equals(actual)) {
      fail(path + ": expected " + expected + ", found " + actual);
    }
  }
}
