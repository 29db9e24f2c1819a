package org.dssamap.examples.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dssamap.analysis.GapKind;
import org.dssamap.analysis.OrganizationClassification;
import org.dssamap.analysis.escalation.NotAssessableReason;
import org.dssamap.analysis.escalation.Role;
import org.dssamap.analysis.escalation.UnreachableReason;
import org.dssamap.analysis.outsourcing.Route;
import org.dssamap.analysis.survey.Answer;
import org.dssamap.analysis.survey.Outcome;
import org.dssamap.model.Confidentiality;
import org.dssamap.model.Dimension;
import org.dssamap.model.EvidenceSource;
import org.dssamap.model.FunctionCatalog;
import org.dssamap.model.IntentionKind;
import org.dssamap.model.Layer;
import org.dssamap.model.Region;
import org.dssamap.model.RelationshipKind;
import org.dssamap.model.ReviewOutcome;
import org.dssamap.model.Status;
import org.junit.jupiter.api.Test;

/** The schema files themselves: valid draft 2020-12, named for their formats, their vocabularies the code's. */
class SchemaFilesTest {
  private static final JsonSchemas SCHEMAS = JsonSchemas.published();

  /** The schema of each format the command line reads or writes, by file name. */
  private static final Map<String, String> FILES = Map.of(
      "map.schema.json", "dssa-map/1",
      "catalog.schema.json", "dssa-catalog/1",
      "migration.schema.json", "dssa-migration/1",
      "analysis.schema.json", "dssa-analysis/1",
      "diff.schema.json", "dssa-diff/1",
      "survey.schema.json", "dssa-survey/1",
      "survey-log.schema.json", "dssa-survey-log/1");

  @Test
  void everyFormatHasItsSchemaFileAndNoOtherFileIsThere() {
    Set<String> names = new TreeSet<>();
    JsonSchemas.files().forEach(f -> names.add(f.getFileName().toString()));
    assertEquals(new TreeSet<>(FILES.keySet()), names);
  }

  @Test
  void eachSchemaIsIdentifiedByTheFormatTagOfItsDocuments() {
    for (Map.Entry<String, String> file : FILES.entrySet()) {
      JsonNode schema = JsonSchemas.read(JsonSchemas.DIRECTORY.resolve(file.getKey()));
      assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText(), file.getKey());
      assertEquals(JsonSchemas.BASE + file.getValue(), schema.path("$id").asText(), file.getKey());
      assertEquals(file.getValue(), schema.at("/properties/format").findValue("const").asText(), file.getKey());
      assertTrue(schema.path("title").asText().contains(file.getValue()), file.getKey() + " has a title naming it");
      assertTrue(schema.path("description").asText().contains("normative"),
          file.getKey() + " says the prose and the reader are normative");
    }
  }

  @Test
  void everySchemaIsValidAgainstTheDraft202012MetaSchema() throws IOException {
    Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    for (Path file : JsonSchemas.files()) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      assertEquals(List.of(), meta.validate(text, InputFormat.JSON).stream().map(JsonSchemas::describe).toList(),
          file.toString());
    }
    // and a schema that is not one is caught: the check can fail
    assertFalse(meta.validate("{\"type\": \"objekt\", \"required\": \"format\"}", InputFormat.JSON).isEmpty());
  }

  @Test
  void everyReferenceResolvesToADefinition() {
    List<String> dangling = new ArrayList<>();
    for (String id : SCHEMAS.ids()) {
      refs(SCHEMAS.document(id), id, dangling);
    }
    assertEquals(List.of(), dangling);
  }

  private static void refs(JsonNode node, String id, List<String> dangling) {
    if (node.isObject()) {
      JsonNode ref = node.get("$ref");
      if (ref != null && ref.isTextual()) {
        String target = ref.textValue();
        int hash = target.indexOf('#');
        String document = hash < 0 ? target : target.substring(0, hash);
        String pointer = hash < 0 ? "" : target.substring(hash + 1);
        JsonNode schema = document.isEmpty() ? SCHEMAS.document(id)
            : SCHEMAS.ids().contains(document) ? SCHEMAS.document(document) : null;
        if (schema == null || schema.at(pointer).isMissingNode()) {
          dangling.add(id + ": " + target);
        }
      }
      node.elements().forEachRemaining(child -> refs(child, id, dangling));
    } else if (node.isArray()) {
      node.forEach(child -> refs(child, id, dangling));
    }
  }

  @Test
  void theVocabulariesOfTheMapAreTheModelsWordForWord() {
    assertVocabulary("dssa-map/1", "layer", Layer.values());
    assertVocabulary("dssa-map/1", "dimension", Dimension.values());
    assertVocabulary("dssa-map/1", "status", Status.values());
    assertVocabulary("dssa-map/1", "source", EvidenceSource.values());
    assertVocabulary("dssa-map/1", "region", Region.values());
    assertVocabulary("dssa-map/1", "relationshipKind", RelationshipKind.values());
    assertVocabulary("dssa-map/1", "confidentiality", Confidentiality.values());
    assertVocabulary("dssa-map/1", "reviewOutcome", ReviewOutcome.values());
    assertVocabulary("dssa-map/1", "intentionKind", IntentionKind.values());
    assertEquals(new TreeSet<>(FunctionCatalog.bundledIds()), words("dssa-map/1", "bundledCatalog"));
  }

  @Test
  void theVocabulariesOfTheAnalysisAndTheSurveyAreTheAnalysissWordForWord() {
    assertVocabulary("dssa-analysis/1", "geographicRegion",
        Arrays.stream(Region.values()).filter(r -> r != Region.GLOBAL).toArray(Region[]::new));
    assertVocabulary("dssa-analysis/1", "unreachableReason", UnreachableReason.values());
    assertVocabulary("dssa-analysis/1", "countingStatus", Status.VERIFIED, Status.CLAIMED);
    assertEquals(ids(GapKind.values()), enumAt("dssa-analysis/1", "/$defs/gap/properties/kind"));
    assertEquals(ids(Role.values()), enumAt("dssa-analysis/1", "/$defs/hop/properties/role"));
    assertEquals(ids(Route.values()), enumAt("dssa-analysis/1", "/$defs/clientRoute/properties/route"));
    assertEquals(ids(OrganizationClassification.Category.values()),
        enumAt("dssa-analysis/1", "/$defs/classification/properties/category"));
    assertEquals(ids(NotAssessableReason.values()),
        enumAt("dssa-analysis/1", "/$defs/escalationAssessment/properties/reason"));
    assertEquals(ids(EvidenceSource.values()),
        names(SCHEMAS.document(JsonSchemas.BASE + "dssa-analysis/1").at("/$defs/classification/properties/bySource"
            + "/properties")));
    assertEquals(ids(Status.values()), names(SCHEMAS.document(JsonSchemas.BASE + "dssa-analysis/1")
        .at("/$defs/coverage/properties/placements/properties")));
    assertVocabulary("dssa-survey/1", "answer", Answer.values());
    assertEquals(ids(Outcome.values()), enumAt("dssa-survey-log/1", "/properties/log/items/properties/outcome"));
    assertEquals(ids(Arrays.stream(Answer.values()).filter(a -> !a.changesPlacement()).toArray(Answer[]::new)),
        enumAt("dssa-survey-log/1", "/properties/wishes/items/properties/answer"));
  }

  private static void assertVocabulary(String format, String definition, Enum<?>... values) {
    assertEquals(ids(values), words(format, definition), format + " $defs/" + definition);
  }

  private static Set<String> words(String format, String definition) {
    return enumAt(format, "/$defs/" + definition);
  }

  private static Set<String> enumAt(String format, String pointer) {
    JsonNode words = SCHEMAS.document(JsonSchemas.BASE + format).at(pointer).path("enum");
    assertTrue(words.isArray() && !words.isEmpty(), format + pointer + " is an enum");
    Set<String> out = new TreeSet<>();
    words.forEach(w -> out.add(w.asText()));
    return out;
  }

  private static Set<String> names(JsonNode object) {
    Set<String> out = new TreeSet<>();
    object.fieldNames().forEachRemaining(out::add);
    return out;
  }

  /** The wire words of {@code values}, by their {@code id()}. */
  static Set<String> ids(Enum<?>... values) {
    Set<String> out = new TreeSet<>();
    for (Enum<?> v : values) {
      try {
        out.add((String) v.getClass().getMethod("id").invoke(v));
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(v.getClass() + " has an id()", e);
      }
    }
    return out;
  }

  @Test
  void theDocsNameEverySchemaFileAndSayWhichIsNormative() throws IOException {
    String formats = Files.readString(JsonSchemas.ROOT.resolve("docs/formats.md"), StandardCharsets.UTF_8);
    String analysis = Files.readString(JsonSchemas.ROOT.resolve("docs/analysis-formats.md"), StandardCharsets.UTF_8);
    for (String file : FILES.keySet()) {
      assertTrue(formats.contains("schemas/" + file), "docs/formats.md names docs/schemas/" + file);
    }
    for (String file : List.of("analysis.schema.json", "diff.schema.json", "survey.schema.json",
        "survey-log.schema.json")) {
      assertTrue(analysis.contains("schemas/" + file), "docs/analysis-formats.md names docs/schemas/" + file);
    }
    assertTrue(formats.contains("## Schemas") && analysis.contains("## Schemas"));
  }
}
