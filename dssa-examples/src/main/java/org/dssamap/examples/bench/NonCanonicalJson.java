package org.dssamap.examples.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A map file as another tool might write it: the same map as the canonical file, but every object's fields in
 * reverse order (the top level's too, so {@code format} comes last), no whitespace at all, and an unknown field
 * in every element of every array ({@code "x-tool"}: a small object with a number, a string and an array, the
 * number counting the elements so that no two are alike). Made from the canonical bytes, element by element, so
 * a file of a million placements never has to be held as a tree; the same input gives the same bytes.
 */
public final class NonCanonicalJson {
  /** The unknown field added to every element. */
  public static final String UNKNOWN_FIELD = "x-tool";

  private static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
      .build();
  private static final ObjectMapper MAPPER = new ObjectMapper(JSON);

  private NonCanonicalJson() {}

  /** The non-canonical form of the map file {@code canonical}. */
  public static byte[] of(byte[] canonical) {
    try {
      List<String> fields = topLevelFields(canonical);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(canonical.length);
      long[] elements = {0};
      try (JsonGenerator out = JSON.createGenerator(bytes)) {
        out.writeStartObject();
        // One pass over the file per top-level field, last first: the arrays are copied element by element.
        for (int i = fields.size() - 1; i >= 0; i--) {
          try (JsonParser in = JSON.createParser(canonical)) {
            seekTopLevel(in, fields.get(i));
            out.writeFieldName(fields.get(i));
            copyValue(in, out, elements);
          }
        }
        out.writeEndObject();
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> topLevelFields(byte[] json) throws IOException {
    List<String> fields = new ArrayList<>();
    try (JsonParser in = JSON.createParser(json)) {
      expect(in.nextToken(), JsonToken.START_OBJECT);
      while (in.nextToken() == JsonToken.FIELD_NAME) {
        fields.add(in.currentName());
        in.nextToken();
        in.skipChildren();
      }
    }
    return fields;
  }

  /** Leaves {@code in} on the value of the top-level field {@code name}. */
  private static void seekTopLevel(JsonParser in, String name) throws IOException {
    expect(in.nextToken(), JsonToken.START_OBJECT);
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      boolean found = in.currentName().equals(name);
      in.nextToken();
      if (found) {
        return;
      }
      in.skipChildren();
    }
    throw new IllegalStateException("no top-level field " + name);
  }

  /** Copies the value {@code in} is on: an array's elements one at a time, each reordered and marked. */
  private static void copyValue(JsonParser in, JsonGenerator out, long[] elements) throws IOException {
    if (in.currentToken() != JsonToken.START_ARRAY) {
      MAPPER.writeTree(out, reordered(MAPPER.readTree(in)));
      return;
    }
    out.writeStartArray();
    while (in.nextToken() != JsonToken.END_ARRAY) {
      JsonNode element = reordered(MAPPER.readTree(in));
      if (element instanceof ObjectNode o) {
        ObjectNode extra = o.putObject(UNKNOWN_FIELD);
        extra.put("n", elements[0]++);
        extra.put("by", "bench");
        extra.putArray("tags").add(true).addNull().add(1.5);
      }
      MAPPER.writeTree(out, element);
    }
    out.writeEndArray();
  }

  /** {@code node} with the fields of every object in it in reverse order. */
  private static JsonNode reordered(JsonNode node) {
    if (node instanceof ObjectNode o) {
      List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(o.properties());
      ObjectNode out = MAPPER.createObjectNode();
      for (int i = entries.size() - 1; i >= 0; i--) {
        out.set(entries.get(i).getKey(), reordered(entries.get(i).getValue()));
      }
      return out;
    }
    if (node instanceof ArrayNode a) {
      ArrayNode out = MAPPER.createArrayNode();
      a.forEach(e -> out.add(reordered(e)));
      return out;
    }
    return node;
  }

  private static void expect(JsonToken found, JsonToken expected) {
    if (found != expected) {
      throw new IllegalStateException("expected " + expected + ", found " + found);
    }
  }
}
