package org.dssamap.examples.schemas;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The JSON Schemas of {@code docs/schemas}, loaded into a real validator (networknt json-schema-validator, draft
 * 2020-12, formats asserted), each found by the {@code format} tag of the documents it describes: a schema's
 * {@code $id} is {@value #BASE} and the tag ({@code https://dssamap.org/schemas/dssa-map/1}).
 *
 * <p>Two sets: the schemas as published, and <em>closed</em> copies in which every {@code "additionalProperties":
 * true} is {@code false}. The published ones accept keys they do not describe (readers ignore unknown keys, and the
 * formats grow by adding keys); the closed ones are for what dssa-map writes itself, so that a key the writers add
 * without describing it in the schema (and in the docs) fails a test.
 */
final class JsonSchemas {
  /** Where a schema's {@code $id} starts; the format tag follows. */
  static final String BASE = "https://dssamap.org/schemas/";
  /** The repository's root, from a test of dssa-examples. */
  static final Path ROOT = Path.of("..");
  /** The schema files. */
  static final Path DIRECTORY = ROOT.resolve("docs").resolve("schemas");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonSchemas OPEN = new JsonSchemas(false);
  private static final JsonSchemas CLOSED = new JsonSchemas(true);

  private final ImmutableMap<String, JsonNode> byId;
  private final SchemaRegistry registry;
  private final Map<String, Schema> loaded = new java.util.concurrent.ConcurrentHashMap<>();

  private JsonSchemas(boolean closed) {
    ImmutableMap.Builder<String, JsonNode> schemas = ImmutableMap.builder();
    Map<String, String> texts = new LinkedHashMap<>();
    for (Path file : files()) {
      JsonNode schema = read(file);
      if (closed) {
        schema = close(schema.deepCopy());
      }
      String id = schema.get("$id").asText();
      schemas.put(id, schema);
      texts.put(id, schema.toString());
    }
    byId = schemas.buildOrThrow();
    SchemaRegistryConfig config = SchemaRegistryConfig.builder()
        .formatAssertionsEnabled(true)
        .pathType(PathType.JSON_PATH)
        .build();
    registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        b -> b.schemaRegistryConfig(config).schemas(texts));
  }

  /** The schemas as published. */
  static JsonSchemas published() {
    return OPEN;
  }

  /** The schemas with every {@code "additionalProperties": true} made {@code false}. */
  static JsonSchemas closed() {
    return CLOSED;
  }

  /** The schema files of docs/schemas, by name. */
  static ImmutableList<Path> files() {
    try (Stream<Path> files = Files.list(DIRECTORY)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".schema.json")).sorted()
          .collect(ImmutableList.toImmutableList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode read(Path file) {
    try {
      return JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(file.toString(), e);
    }
  }

  private static JsonNode close(JsonNode node) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      JsonNode additional = object.get("additionalProperties");
      if (additional != null && additional.isBoolean() && additional.booleanValue()) {
        object.set("additionalProperties", BooleanNode.FALSE);
      }
      for (Iterator<JsonNode> values = object.elements(); values.hasNext(); ) {
        close(values.next());
      }
    } else if (node.isArray()) {
      node.forEach(JsonSchemas::close);
    }
    return node;
  }

  /** The {@code $id}s of the schemas. */
  ImmutableList<String> ids() {
    return byId.keySet().asList();
  }

  /** The schema document with this {@code $id}. */
  JsonNode document(String id) {
    JsonNode schema = byId.get(id);
    if (schema == null) {
      throw new IllegalArgumentException("no schema " + id + " in " + DIRECTORY + " (have " + byId.keySet() + ")");
    }
    return schema;
  }

  /** The schema for documents of the format {@code tag} ({@code dssa-map/1}). */
  Schema forFormat(String tag) {
    String id = BASE + tag;
    document(id);
    return loaded.computeIfAbsent(id, i -> registry.getSchema(SchemaLocation.of(i)));
  }

  /** The problems the schema of {@code tag} finds in {@code json}, each as {@code PATH: message}; none when valid. */
  List<String> problems(String tag, String json) {
    wellFormed(json);
    List<Error> errors = forFormat(tag).validate(json, InputFormat.JSON);
    return errors.stream().map(JsonSchemas::describe).toList();
  }

  /** The problems of a document by the schema its own {@code format} names. */
  List<String> problems(String json) {
    return problems(formatOf(json), json);
  }

  /**
   * Checks that {@code json} is one JSON value and nothing else (a parser's business, below what a schema says).
   *
   * @throws UncheckedIOException when it is not
   */
  static JsonNode wellFormed(String json) {
    try {
      return JSON.readerFor(JsonNode.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readValue(json);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON", e);
    }
  }

  /** The {@code format} tag a document names. */
  static String formatOf(String json) {
    JsonNode format = wellFormed(json).get("format");
    if (format == null || !format.isTextual()) {
      throw new IllegalArgumentException("the document names no format: " + json.substring(0, Math.min(200,
          json.length())));
    }
    return format.textValue();
  }

  static String describe(Error error) {
    return error.getInstanceLocation() + ": " + error.getMessage();
  }
}
