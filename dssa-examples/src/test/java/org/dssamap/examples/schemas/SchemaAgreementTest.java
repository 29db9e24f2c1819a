package org.dssamap.examples.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.dssamap.cli.Cli;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.FunctionCatalog;
import org.dssamap.model.InvalidMapException;
import org.dssamap.model.Problem;
import org.dssamap.model.json.MapJson;
import org.dssamap.model.testing.DssaGenerators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schemas and the readers agree: a document broken in a way a schema can express is refused by both, at the
 * same place; and what a schema cannot express (references, duplicates, the rules between elements) the reader
 * still refuses, which is why the docs make the prose and the reader normative.
 */
class SchemaAgreementTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonSchemas SCHEMAS = JsonSchemas.published();
  private static final Path CALL_MAP = Path.of("src/main/resources/org/dssamap/examples/maps/call-2012.json");

  private static final String MAP = """
      {"format": "dssa-map/1", "title": "t", "asOf": "2012-08-24", "catalog": "dssa-2012",
       "organizations": [
         {"id": "pir", "name": "Public Interest Registry", "kind": "registry", "region": "north-america"},
         {"id": "afilias", "name": "Afilias", "kind": "registry-backend", "size": 3}],
       "placements": [
         {"organization": "pir", "function": "incident-response", "dimension": "internal", "layer": "edge",
          "status": "claimed", "source": "desk-research"},
         {"organization": "afilias", "function": "incident-response", "dimension": "external", "layer": "edge",
          "status": "verified", "source": "self-reported",
          "reviews": [{"by": "Jane Roe", "on": "2012-09-14", "outcome": "confirmed"}]}],
       "relationships": [{"from": "pir", "to": "afilias", "kind": "outsources-to", "functions": ["incident-response"]}],
       "intentions": [{"organization": "pir", "function": "training", "dimension": "internal", "layer": "edge",
          "kind": "wants-to-do"}],
       "cellNotes": [{"function": "training", "dimension": "external", "layer": "core", "text": "who trains?"}],
       "kinds": {"registry": "Registry"}}
      """;

  @TempDir
  Path dir;

  private static ObjectNode tree(String json) {
    try {
      return (ObjectNode) JSON.readTree(json);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static String edited(String json, Consumer<ObjectNode> edit) {
    ObjectNode root = tree(json);
    edit.accept(root);
    return root.toString();
  }

  private static ObjectNode at(ObjectNode root, String pointer) {
    return (ObjectNode) root.at(pointer);
  }

  /** Where the reader places each problem of a map file; none when it reads the file. */
  private static List<String> readerLocations(String map) {
    try {
      MapJson.read(map.getBytes(StandardCharsets.UTF_8), "m.json");
      return List.of();
    } catch (InvalidMapException e) {
      return e.problems().stream().map(Problem::location).toList();
    }
  }

  /** Where the schema places each problem. */
  private static List<String> schemaLocations(String tag, String json) {
    return SCHEMAS.problems(tag, json).stream().map(p -> p.substring(0, p.indexOf(": "))).toList();
  }

  private static void assertBothRefuse(String what, String tag, String json, List<String> readerSays,
      String readerAt, String schemaAt) {
    List<String> schemaSays = schemaLocations(tag, json);
    assertTrue(schemaSays.contains(schemaAt), what + ": the schema refuses it at " + schemaAt + "; it says "
        + SCHEMAS.problems(tag, json));
    assertTrue(readerSays.contains(readerAt), what + ": the reader refuses it at " + readerAt + "; it says "
        + readerSays);
  }

  private static void assertMapRefused(String what, Consumer<ObjectNode> edit, String readerAt, String schemaAt) {
    String json = edited(MAP, edit);
    assertBothRefuse(what, "dssa-map/1", json, readerLocations(json), readerAt, schemaAt);
  }

  @Test
  void theSampleMapIsValidForBoth() {
    assertEquals(List.of(), SCHEMAS.problems(MAP));
    assertEquals(List.of(), readerLocations(MAP));
  }

  @Test
  void aMissingRequiredFieldIsRefusedByBoth() {
    assertMapRefused("a placement without status", r -> at(r, "/placements/0").remove("status"),
        "$.placements[0].status", "$.placements[0]");
    assertMapRefused("an organization without name", r -> at(r, "/organizations/1").remove("name"),
        "$.organizations[1].name", "$.organizations[1]");
    assertMapRefused("a review without its day", r -> at(r, "/placements/1/reviews/0").remove("on"),
        "$.placements[1].reviews[0].on", "$.placements[1].reviews[0]");
    assertMapRefused("no format", r -> r.remove("format"), "$.format", "$");
  }

  @Test
  void aWordOutsideItsVocabularyIsRefusedByBoth() {
    assertMapRefused("layer sideways", r -> at(r, "/placements/0").put("layer", "sideways"),
        "$.placements[0].layer", "$.placements[0].layer");
    assertMapRefused("status in capitals", r -> at(r, "/placements/1").put("status", "Verified"),
        "$.placements[1].status", "$.placements[1].status");
    assertMapRefused("a relationship kind", r -> at(r, "/relationships/0").put("kind", "outsources"),
        "$.relationships[0].kind", "$.relationships[0].kind");
    assertMapRefused("a review outcome", r -> at(r, "/placements/1/reviews/0").put("outcome", "approved"),
        "$.placements[1].reviews[0].outcome", "$.placements[1].reviews[0].outcome");
    assertMapRefused("an intention kind", r -> at(r, "/intentions/0").put("kind", "wants"),
        "$.intentions[0].kind", "$.intentions[0].kind");
    assertMapRefused("a region", r -> at(r, "/organizations/0").put("region", "americas"),
        "$.organizations[0].region", "$.organizations[0].region");
    assertMapRefused("a format version", r -> r.put("format", "dssa-map/1.1"), "$.format", "$.format");
  }

  @Test
  void aBadSlugABadDateAndOtherMalformedValuesAreRefusedByBoth() {
    assertMapRefused("an id in capitals with a space", r -> at(r, "/organizations/1").put("id", "Afilias Ltd"),
        "$.organizations[1].id", "$.organizations[1].id");
    assertMapRefused("a function id with an underscore", r -> at(r, "/placements/0").put("function", "incident_response"),
        "$.placements[0].function", "$.placements[0].function");
    assertMapRefused("a kind of organization", r -> at(r, "/organizations/0").put("kind", "Registry"),
        "$.organizations[0].kind", "$.organizations[0].kind");
    assertMapRefused("the 30th of February", r -> at(r, "/placements/0").put("asOf", "2012-02-30"),
        "$.placements[0].asOf", "$.placements[0].asOf");
    assertMapRefused("a date in words", r -> r.put("asOf", "24 August 2012"), "$.asOf", "$.asOf");
    assertMapRefused("an ftp url", r -> at(r, "/organizations/0").put("url", "ftp://pir.org/"),
        "$.organizations[0].url", "$.organizations[0].url");
    assertMapRefused("a negative size", r -> at(r, "/organizations/1").put("size", -3),
        "$.organizations[1].size", "$.organizations[1].size");
    assertMapRefused("a quoted size", r -> at(r, "/organizations/1").put("size", "3"),
        "$.organizations[1].size", "$.organizations[1].size");
    assertMapRefused("a blank name", r -> at(r, "/organizations/1").put("name", "   "),
        "$.organizations[1].name", "$.organizations[1].name");
    assertMapRefused("a blank note on a cell", r -> at(r, "/cellNotes/0").put("text", " "),
        "$.cellNotes[0].text", "$.cellNotes[0].text");
    assertMapRefused("a kind named by a non-slug", r -> r.set("kinds", tree("{\"Registry\": \"Registry\"}")),
        "$.kinds.Registry", "$.kinds");
    assertMapRefused("an inline catalog expecting a layer that is not one",
        r -> r.set("catalog", tree("{\"id\": \"c\", \"functions\": [{\"id\": \"incident-response\", \"name\": \"IR\","
            + " \"definition\": \"\", \"source\": \"\", \"expected\": [\"middle\"]}]}")),
        "$.catalog.functions[0].expected[0]", "$.catalog.functions[0].expected[0]");
    assertMapRefused("placements not in an array", r -> r.put("placements", "none"), "$.placements", "$.placements");
  }

  @Test
  void aDisputeOnAPlacementThatIsNotDisputedIsRefusedByBoth() {
    assertMapRefused("a claimed placement with a dispute",
        r -> at(r, "/placements/0").set("dispute", tree("{\"by\": \"cira\", \"reason\": \"not theirs\"}")),
        "$.placements[0].dispute", "$.placements[0].status");
    String disputed = edited(MAP, r -> at(r, "/placements/0").put("status", "disputed")
        .set("dispute", tree("{\"by\": \"cira\"}")));
    assertEquals(List.of(), SCHEMAS.problems(disputed));
    assertEquals(List.of(), readerLocations(disputed));
  }

  @Test
  void nullIsLeftOutAndUnknownKeysAreIgnoredByBoth() {
    String lenient = edited(MAP, r -> {
      r.putNull("title");
      r.putNull("asOf");
      r.put("x-tool", "kept by nobody");
      at(r, "/organizations/0").putNull("region").putNull("url").put("x-rank", 3);
      at(r, "/placements/0").putNull("note").putNull("dispute").putNull("reviews").putNull("confidentiality");
      at(r, "/relationships/0").putNull("functions");
      at(r, "/intentions/0").putNull("source");
    });
    assertEquals(List.of(), SCHEMAS.problems(lenient));
    assertEquals(List.of(), readerLocations(lenient));
    assertFalse(JsonSchemas.closed().problems(lenient).isEmpty(), "the closed schemas, for what dssa writes, do not");
  }

  @Test
  void whatNoSchemaCanSayTheReaderStillRefuses() {
    List<Consumer<ObjectNode>> edits = List.of(
        r -> at(r, "/organizations/1").put("id", "pir"),                           // an id twice
        r -> at(r, "/placements/0").put("organization", "nobody"),                 // a dangling reference
        r -> at(r, "/placements/0").put("function", "juggling"),                   // a function the catalog lacks
        r -> at(r, "/relationships/0").put("to", "pir"),                           // a relationship to itself
        r -> at(r, "/organizations/1").put("size", 3.0),                           // JSON Schema's integer 3.0
        r -> ((ArrayNode) r.get("placements")).add(r.at("/placements/0").deepCopy()), // one cell twice
        r -> ((ArrayNode) r.get("relationships")).add(tree(
            "{\"from\": \"afilias\", \"to\": \"pir\", \"kind\": \"distrusts\"}")).add(tree(
            "{\"from\": \"pir\", \"to\": \"afilias\", \"kind\": \"shares-with\"}")), // a contradiction
        r -> at(r, "/intentions/0").put("layer", "core").put("dimension", "external")
            .put("function", "incident-response").put("kind", "would-give-away")); // giving away what it does not do
    for (Consumer<ObjectNode> edit : edits) {
      String json = edited(MAP, edit);
      assertEquals(List.of(), SCHEMAS.problems(json), json);
      assertFalse(readerLocations(json).isEmpty(), json);
    }
  }

  /**
   * Property: a generated map written canonically, with one value broken in a way the schema expresses (a word
   * outside its vocabulary, a malformed id, an impossible date, a required field taken out), is refused by the
   * schema and by the reader, both at the broken value (a missing field: the schema at its element).
   */
  @Test
  void anyOneBrokenValueOfAnyGeneratedMapIsRefusedByBothAtTheSamePlace() {
    qt().withExamples(200).forAll(DssaGenerators.fileMaps(), longs().all()).checkAssert((map, seed) -> {
      ObjectNode root = tree(MapJson.write(map));
      List<Breakage> candidates = breakages(root);
      Breakage breakage = candidates.get(new Random(seed).nextInt(candidates.size()));
      breakage.apply(root);
      String json = root.toString();
      List<String> schemaSays = schemaLocations("dssa-map/1", json);
      List<String> readerSays = readerLocations(json);
      String where = breakage.path() + (breakage.key() == null ? "" : "." + breakage.key());
      assertTrue(schemaSays.contains(breakage.removed() ? breakage.path() : where),
          breakage + ": the schema says " + SCHEMAS.problems("dssa-map/1", json));
      assertTrue(readerSays.contains(where), breakage + ": the reader says " + readerSays);
    });
  }

  /** One value broken: {@code key} of the object at {@code path} replaced by {@code value}, or taken out. */
  private record Breakage(String path, String pointer, String key, String value, boolean removed) {
    void apply(ObjectNode root) {
      ObjectNode object = pointer.isEmpty() ? root : (ObjectNode) root.at(pointer);
      if (removed) {
        object.remove(key);
      } else {
        object.put(key, value);
      }
    }
  }

  private static List<Breakage> breakages(ObjectNode root) {
    List<Breakage> out = new ArrayList<>();
    out.add(new Breakage("$", "", "format", "dssa-map/3.0", false));
    elements(root, "organizations", out, List.of("id", "name", "kind"), List.of("id", "kind"),
        List.of("region", "confidentiality"), List.of());
    elements(root, "placements", out, List.of("organization", "function", "dimension", "layer", "status", "source"),
        List.of("organization", "function"), List.of("dimension", "layer", "status", "source", "confidentiality"),
        List.of("asOf"));
    elements(root, "relationships", out, List.of("from", "to", "kind"), List.of("from", "to"), List.of("kind"),
        List.of());
    elements(root, "intentions", out, List.of("organization", "function", "dimension", "layer", "kind"),
        List.of("organization", "function"), List.of("dimension", "layer", "kind", "source"), List.of("asOf"));
    elements(root, "cellNotes", out, List.of("function", "dimension", "layer", "text"), List.of("function"),
        List.of("dimension", "layer"), List.of());
    JsonNode placements = root.path("placements");
    for (int i = 0; i < placements.size(); i++) {
      JsonNode reviews = placements.get(i).path("reviews");
      for (int k = 0; k < reviews.size(); k++) {
        String path = "$.placements[" + i + "].reviews[" + k + "]";
        String pointer = "/placements/" + i + "/reviews/" + k;
        out.add(new Breakage(path, pointer, "outcome", "approved", false));
        out.add(new Breakage(path, pointer, "on", "2012-13-01", false));
        out.add(new Breakage(path, pointer, "by", null, true));
      }
    }
    return out;
  }

  private static void elements(ObjectNode root, String array, List<Breakage> out, List<String> required,
      List<String> slugs, List<String> words, List<String> dates) {
    JsonNode elements = root.path(array);
    for (int i = 0; i < elements.size(); i++) {
      String path = "$." + array + "[" + i + "]";
      String pointer = "/" + array + "/" + i;
      JsonNode element = elements.get(i);
      for (String key : required) {
        out.add(new Breakage(path, pointer, key, null, true));
      }
      for (String key : slugs) {
        out.add(new Breakage(path, pointer, key, "Not A Slug", false));
      }
      for (String key : words) {
        out.add(new Breakage(path, pointer, key, "Sideways", false));
      }
      for (String key : dates) {
        if (element.has(key)) {
          out.add(new Breakage(path, pointer, key, "2013-02-29", false));
        }
      }
    }
  }

  // ------------------------------------------------------------------------------------------ catalog files

  private static List<String> catalogReaderLocations(String json) {
    try {
      MapJson.readCatalog(json.getBytes(StandardCharsets.UTF_8), "c.json");
      return List.of();
    } catch (InvalidMapException e) {
      return e.problems().stream().map(Problem::location).toList();
    }
  }

  @Test
  void aBrokenCatalogFileIsRefusedByBoth() {
    String catalog = MapJson.writeCatalog(FunctionCatalog.dssa2012());
    assertEquals(List.of(), catalogReaderLocations(catalog));
    String noFunctions = edited(catalog, r -> r.set("functions", JSON.createArrayNode()));
    assertBothRefuse("no function", "dssa-catalog/1", noFunctions, catalogReaderLocations(noFunctions),
        "$.functions", "$.functions");
    String badId = edited(catalog, r -> ((ObjectNode) r.at("/functions/2")).put("id", "Event Monitoring"));
    assertBothRefuse("a function id", "dssa-catalog/1", badId, catalogReaderLocations(badId), "$.functions[2].id",
        "$.functions[2].id");
    String newer = edited(catalog, r -> r.put("format", "dssa-catalog/2"));
    assertBothRefuse("a newer format", "dssa-catalog/1", newer, catalogReaderLocations(newer), "$.format", "$.format");
    String noDefinition = edited(catalog, r -> ((ObjectNode) r.at("/functions/0")).remove("definition"));
    assertBothRefuse("a function without definition", "dssa-catalog/1", noDefinition,
        catalogReaderLocations(noDefinition), "$.functions[0].definition", "$.functions[0]");
  }

  // ------------------------------------------------------------------------------------------ migration plans

  private static final String PLAN = """
      {"format": "dssa-migration/1", "from": "dssa-2012", "to": "dssa-2012",
       "split": [{"function": "incident-response", "into": [
         {"function": "incident-response", "placements": {"dimensions": ["external"]}},
         {"function": "technology", "placements": {"dimensions": ["internal"]}}]}],
       "merge": [{"functions": ["event-monitoring", "research-analysis"], "into": "event-monitoring"}],
       "rename": [{"function": "training", "to": "training"}]}
      """;

  private static List<String> planReaderLocations(String plan) {
    try {
      MapJson.readMigrationPlan(plan.getBytes(StandardCharsets.UTF_8), "p.json", MapJson.read(CALL_MAP),
          FunctionCatalog.dssa2012());
      return List.of();
    } catch (InvalidMapException e) {
      return e.problems().stream().map(Problem::location).toList();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static void assertPlanRefused(String what, Consumer<ObjectNode> edit, String readerAt, String schemaAt) {
    String json = edited(PLAN, edit);
    assertBothRefuse(what, "dssa-migration/1", json, planReaderLocations(json), readerAt, schemaAt);
  }

  @Test
  void aBrokenMigrationPlanIsRefusedByBoth() {
    assertEquals(List.of(), SCHEMAS.problems(PLAN));
    assertEquals(List.of(), planReaderLocations(PLAN));
    assertPlanRefused("a misspelt key", r -> r.set("splits", r.remove("split")), "$", "$");
    assertPlanRefused("a split into one", r -> ((ArrayNode) r.at("/split/0/into")).remove(1), "$.split[0].into",
        "$.split[0].into");
    assertPlanRefused("a merge of one", r -> ((ArrayNode) r.at("/merge/0/functions")).remove(1),
        "$.merge[0].functions", "$.merge[0].functions");
    assertPlanRefused("a dimension that is not one",
        r -> ((ArrayNode) r.at("/split/0/into/0/placements/dimensions")).set(0, "sideways"),
        "$.split[0].into[0].placements.dimensions[0]", "$.split[0].into[0].placements.dimensions[0]");
    assertPlanRefused("an empty selector", r -> ((ObjectNode) r.at("/split/0/into/0")).set("placements",
        JSON.createObjectNode()), "$.split[0].into[0].placements", "$.split[0].into[0].placements");
    assertPlanRefused("a rename without its new name", r -> ((ObjectNode) r.at("/rename/0")).remove("to"),
        "$.rename[0].to", "$.rename[0]");
    assertPlanRefused("an unknown key in a rename", r -> ((ObjectNode) r.at("/rename/0")).put("into", "x"),
        "$.rename[0]", "$.rename[0]");
    assertPlanRefused("no format", r -> r.remove("format"), "$.format", "$");
  }

  // ------------------------------------------------------------------------------------------ survey responses

  /** Where {@code dssa survey apply} places the problems of a responses file; none when it applies it. */
  private List<String> responsesReaderLocations(String responses) throws IOException {
    Path file = Files.writeString(dir.resolve("r.json"), responses);
    // --by and --on: a responses file without a respondent or a date is refused for that alone (docs/command-line.md)
    Cli r = Cli.run("survey", "apply", CALL_MAP.toString(), file.toString(), "--by", "Jane Roe, DNS operations",
        "--on", "2012-09-14", "--out",
        dir.resolve("next.json").toString());
    if (r.exitCode() == 0) {
      return List.of();
    }
    assertEquals(1, r.exitCode(), r.toString());
    String prefix = file + ": ";
    return r.errLines().stream().filter(l -> l.startsWith(prefix))
        .map(l -> l.substring(prefix.length(), l.indexOf(": ", prefix.length()))).toList();
  }

  @Test
  void brokenResponsesAreRefusedByBoth() throws IOException {
    Cli export = Cli.run("survey", "export", CALL_MAP.toString(), "--org", "afilias", "--out", "-");
    assertEquals(0, export.exitCode(), export.toString());
    String filled = edited(export.out(), r -> ((ObjectNode) r.at("/questions/0")).put("answer", "confirm"));
    assertEquals(List.of(), SCHEMAS.problems(filled));
    assertEquals(List.of(), responsesReaderLocations(filled));
    List<Object[]> cases = List.of(
        new Object[] {"an answer that is not one", (Consumer<ObjectNode>) r -> ((ObjectNode) r.at("/questions/0"))
            .put("answer", "maybe"), "$.questions[0].answer", "$.questions[0].answer"},
        new Object[] {"no fingerprint", (Consumer<ObjectNode>) r -> r.remove("fingerprint"), "$.fingerprint", "$"},
        new Object[] {"a date in words", (Consumer<ObjectNode>) r -> r.put("date", "14 September 2012"), "$.date",
            "$.date"},
        new Object[] {"a blank respondent", (Consumer<ObjectNode>) r -> r.put("respondent", "  "), "$.respondent",
            "$.respondent"},
        new Object[] {"an extra answer without its layer", (Consumer<ObjectNode>) r -> ((ArrayNode) r.get("answers"))
            .add(tree("{\"function\": \"training\", \"dimension\": \"external\", \"answer\": \"add\"}")),
            "$.answers[0].layer", "$.answers[0]"},
        new Object[] {"a bare list of answers", (Consumer<ObjectNode>) r -> r.remove("format"), "$.format", "$"});
    for (Object[] c : cases) {
      @SuppressWarnings("unchecked")
      Consumer<ObjectNode> edit = (Consumer<ObjectNode>) c[1];
      String json = edited(filled, edit);
      assertBothRefuse((String) c[0], "dssa-survey/1", json, responsesReaderLocations(json), (String) c[2],
          (String) c[3]);
    }
  }

  @Test
  void theBreakagesCoverEveryKindOfElement() {
    EcosystemMap map = MapJson.read(edited(MAP, r -> { }).getBytes(StandardCharsets.UTF_8), "m.json");
    List<Breakage> all = breakages(tree(MapJson.write(map)));
    for (String element : List.of("\\$\\.organizations\\[1]", "\\$\\.placements\\[1]", "\\$\\.relationships\\[0]",
        "\\$\\.intentions\\[0]", "\\$\\.cellNotes\\[0]", "\\$\\.placements\\[[0-9]+]\\.reviews\\[0]", "\\$")) {
      if (all.stream().noneMatch(b -> b.path().matches(element))) {
        fail("no breakage of " + element);
      }
    }
  }
}
