package org.dssamap.examples.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dssamap.cli.Cli;
import org.dssamap.examples.maps.BundledMap;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.FunctionCatalog;
import org.dssamap.model.InvalidMapException;
import org.dssamap.model.Organization;
import org.dssamap.model.SecurityFunction;
import org.dssamap.model.json.MapJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every JSON file of the repository (bundled maps, test maps, golden outputs, the sample round), every JSON example
 * in the docs, and what the command line writes from the bundled maps, validated against docs/schemas with a real
 * validator. What dssa-map writes is held to the closed schemas: a key it writes that the schema (and so the docs)
 * does not describe fails.
 */
class SchemaValidationTest {
  private static final JsonSchemas OPEN = JsonSchemas.published();
  private static final JsonSchemas CLOSED = JsonSchemas.closed();
  private static final Path CALL_MAP = Path.of("src/main/resources/org/dssamap/examples/maps/call-2012.json");
  /** The golden analyses and the test maps they are of, kept with the writers in dssa-analysis. */
  private static final Path GOLDEN = JsonSchemas.ROOT.resolve("dssa-analysis/src/test/resources/analysis");
  private static final String JOINED = GOLDEN.resolve("call-map-joined-core.json").toString();
  private static final Path SAMPLE_ROUND = JsonSchemas.ROOT.resolve("docs/examples/sample-round");

  /** Files of the repository that are invalid on purpose, to test the readers, and what is wrong with them. */
  private static final Map<String, Bad> INVALID_ON_PURPOSE = Map.of(
      "dssa-model/src/test/resources/json/bad/array.json", Bad.SCHEMA_AND_READER_REFUSE,
      "dssa-model/src/test/resources/json/bad/future.json", Bad.SCHEMA_AND_READER_REFUSE,
      "dssa-model/src/test/resources/json/bad/unknown-format.json", Bad.SCHEMA_AND_READER_REFUSE,
      "dssa-model/src/test/resources/json/bad/many-problems.json", Bad.SCHEMA_AND_READER_REFUSE,
      "dssa-examples/src/test/resources/org/dssamap/cli/broken.json", Bad.SCHEMA_AND_READER_REFUSE,
      "dssa-model/src/test/resources/json/bad/duplicate-key.json", Bad.DUPLICATE_KEY,
      "dssa-model/src/test/resources/json/bad/empty.json", Bad.NOT_JSON,
      "dssa-model/src/test/resources/json/bad/truncated.json", Bad.NOT_JSON,
      "dssa-examples/src/test/resources/org/dssamap/cli/truncated.json", Bad.NOT_JSON);

  private enum Bad {
    /** Valid JSON that breaks the format in a way a schema can see. */
    SCHEMA_AND_READER_REFUSE,
    /** A key twice in one object: below what a schema sees (parsers keep one of the two). */
    DUPLICATE_KEY,
    /** Not JSON at all. */
    NOT_JSON
  }

  @TempDir
  Path dir;

  /** Every {@code .json} file in the sources, resources and docs of every module, but the schemas themselves. */
  private static List<Path> jsonFilesOfTheRepository() throws IOException {
    List<Path> out = new ArrayList<>();
    List<Path> roots = new ArrayList<>(List.of(JsonSchemas.ROOT.resolve("docs")));
    for (String module : List.of("dssa-model", "dssa-analysis", "dssa-render", "dssa-examples")) {
      roots.add(JsonSchemas.ROOT.resolve(module).resolve("src"));
    }
    for (Path root : roots) {
      try (Stream<Path> files = Files.walk(root)) {
        files.filter(f -> f.getFileName().toString().endsWith(".json"))
            .filter(f -> !f.startsWith(JsonSchemas.DIRECTORY))
            .sorted().forEach(out::add);
      }
    }
    return out;
  }

  private static String relative(Path file) {
    return JsonSchemas.ROOT.relativize(file).toString().replace('\\', '/');
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  @Test
  void everyJsonFileOfTheRepositoryIsValidByTheSchemaOfItsFormatOrInvalidOnPurpose() throws IOException {
    List<Path> files = jsonFilesOfTheRepository();
    Map<String, List<String>> problems = new TreeMap<>();
    for (Path file : files) {
      String name = relative(file);
      if (INVALID_ON_PURPOSE.containsKey(name)) {
        continue;
      }
      List<String> found = OPEN.problems(read(file));
      if (!found.isEmpty()) {
        problems.put(name, found);
      }
    }
    assertEquals(Map.of(), problems);
    // the golden outputs, the sample round, the bundled and the test maps are all among them
    List<String> names = files.stream().map(SchemaValidationTest::relative).toList();
    for (String expected : List.of("dssa-analysis/src/test/resources/analysis/call-map.analysis.json",
        "docs/examples/sample-round/intended.analysis.json", "docs/examples/sample-round/call-map-after-round.json",
        "docs/examples/sample-round/afilias-responses.json", "docs/examples/sample-round/cira-responses.json",
        "dssa-examples/src/main/resources/org/dssamap/examples/maps/call-2012.json",
        "dssa-model/src/test/resources/json/pir-afilias.json")) {
      assertTrue(names.contains(expected), expected + " is validated");
    }
  }

  @Test
  void whatDssaWroteIntoTheRepositoryHasNoKeyTheSchemasDoNotDescribe() throws IOException {
    for (Path file : List.of(CALL_MAP, GOLDEN.resolve("call-map.analysis.json"),
        SAMPLE_ROUND.resolve("intended.analysis.json"), SAMPLE_ROUND.resolve("call-map-after-round.json"),
        SAMPLE_ROUND.resolve("afilias-responses.json"), SAMPLE_ROUND.resolve("cira-responses.json"))) {
      assertEquals(List.of(), CLOSED.problems(read(file)), file.toString());
    }
  }

  @Test
  void theFilesThatAreInvalidOnPurposeAreRefusedByTheReaderAndWhereASchemaCanSeeItByTheSchema() throws IOException {
    List<String> names = jsonFilesOfTheRepository().stream().map(SchemaValidationTest::relative).toList();
    for (Map.Entry<String, Bad> bad : INVALID_ON_PURPOSE.entrySet()) {
      assertTrue(names.contains(bad.getKey()), bad.getKey() + " is still there");
      Path file = JsonSchemas.ROOT.resolve(bad.getKey());
      byte[] bytes = Files.readAllBytes(file);
      assertThrows(InvalidMapException.class, () -> MapJson.read(bytes, bad.getKey()), bad.getKey());
      String text = new String(bytes, StandardCharsets.UTF_8);
      switch (bad.getValue()) {
        case SCHEMA_AND_READER_REFUSE ->
            assertFalse(OPEN.problems("dssa-map/1", text).isEmpty(), bad.getKey() + " is refused by map.schema.json");
        case DUPLICATE_KEY -> assertEquals(List.of(), OPEN.problems("dssa-map/1", text),
            "a key twice is for the reader to find: the parser keeps one value and the schema sees a valid map");
        case NOT_JSON -> assertThrows(RuntimeException.class, () -> OPEN.problems("dssa-map/1", text));
      }
    }
  }

  @Test
  void everyBundledMapWrittenCanonicallyIsValid() {
    for (BundledMap bundled : BundledMap.values()) {
      EcosystemMap map = bundled.map();
      assertEquals(List.of(), CLOSED.problems(MapJson.write(map)), bundled.id());
    }
  }

  @Test
  void everyBundledCatalogWrittenAsACatalogFileIsValid() {
    for (String id : FunctionCatalog.bundledIds()) {
      String file = MapJson.writeCatalog(FunctionCatalog.bundled(id).orElseThrow());
      assertEquals(List.of(), CLOSED.problems("dssa-catalog/1", file), id);
      assertEquals(FunctionCatalog.bundled(id).orElseThrow(), MapJson.readCatalog(file.getBytes(StandardCharsets.UTF_8),
          id));
    }
  }

  /** The JSON examples of the docs: each a document of the format it names. */
  private static List<String> jsonExamplesOfTheDocs() throws IOException {
    List<String> out = new ArrayList<>();
    Pattern block = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);
    try (Stream<Path> docs = Files.list(JsonSchemas.ROOT.resolve("docs"))) {
      for (Path doc : docs.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
        Matcher m = block.matcher(read(doc));
        while (m.find()) {
          out.add(m.group(1));
        }
      }
    }
    return out;
  }

  @Test
  void everyJsonExampleInTheDocsIsValid() throws IOException {
    List<String> examples = jsonExamplesOfTheDocs();
    List<String> formats = examples.stream().map(JsonSchemas::formatOf).toList();
    assertTrue(formats.containsAll(List.of("dssa-map/1", "dssa-migration/1", "dssa-survey/1")), formats.toString());
    for (String example : examples) {
      assertEquals(List.of(), CLOSED.problems(example), example);
    }
  }

  @Test
  void theMapExampleOfTheDocsReadsAndTheMigrationPlanExampleMigratesTheCallMap() throws IOException {
    List<String> examples = jsonExamplesOfTheDocs();
    String map = examples.stream().filter(e -> JsonSchemas.formatOf(e).equals("dssa-map/1")).findFirst().orElseThrow();
    MapJson.read(map.getBytes(StandardCharsets.UTF_8), "docs/formats.md");
    String plan = examples.stream().filter(e -> JsonSchemas.formatOf(e).equals("dssa-migration/1")).findFirst()
        .orElseThrow();
    Path planFile = Files.writeString(dir.resolve("plan.json"), plan);
    Path catalog = Files.writeString(dir.resolve("dssa-next.json"), MapJson.writeCatalog(dssaNext()));
    assertEquals(List.of(), CLOSED.problems("dssa-catalog/1", read(catalog)));
    Path out = dir.resolve("migrated.json");
    Cli r = Cli.run("migrate", CALL_MAP.toString(), "--to", catalog.toString(), "--plan", planFile.toString(), "--out",
        out.toString());
    assertEquals(0, r.exitCode(), r.toString());
    assertEquals(List.of(), CLOSED.problems(read(out)));
  }

  /** The catalog the migration example of docs/formats.md leads to. */
  private static FunctionCatalog dssaNext() {
    List<SecurityFunction> functions = new ArrayList<>();
    for (SecurityFunction f : FunctionCatalog.dssa2012().functions()) {
      switch (f.id()) {
        case "compliance-monitoring" -> {
          functions.add(new SecurityFunction("quality-assurance", "Quality assurance", "Checking one's own controls.",
              f.source(), ImmutableSet.copyOf(SecurityFunction.Position.parse("edge:internal")), ""));
          functions.add(f);
        }
        case "event-monitoring" -> functions.add(new SecurityFunction("monitoring", "Monitoring",
            "Event monitoring and research.", f.source(), f.expected(), ""));
        case "research-analysis" -> { }
        case "training" -> functions.add(new SecurityFunction("education", "Education", f.definition(), f.source(),
            f.expected(), ""));
        default -> functions.add(f);
      }
    }
    return FunctionCatalog.of("dssa-next", "The next generation", functions);
  }

  private static String stdout(String... args) {
    Cli r = Cli.run(args);
    assertEquals(0, r.exitCode(), r.toString());
    return r.out();
  }

  @Test
  void theAnalysesTheCommandLineWritesAreValid() {
    String map = CALL_MAP.toString();
    String after = SAMPLE_ROUND.resolve("call-map-after-round.json").toString();
    List<List<String>> runs = List.of(
        List.of("analyze", map),
        List.of("analyze", JOINED),
        List.of("analyze", map, "--region", "europe", "--verified-only", "--internal-cells"),
        List.of("analyze", after, "--intended"),
        List.of("analyze", after, "--public", "--overlap-threshold", "3", "--concentration-share", "0.5"));
    for (List<String> run : runs) {
      List<String> args = new ArrayList<>(run);
      args.addAll(List.of("--format", "json", "--out", "-"));
      String json = stdout(args.toArray(String[]::new));
      assertEquals("dssa-analysis/1", JsonSchemas.formatOf(json));
      assertEquals(List.of(), CLOSED.problems(json), run.toString());
    }
  }

  @Test
  void theDiffsTheCommandLineWritesAreValid() {
    String map = CALL_MAP.toString();
    String after = SAMPLE_ROUND.resolve("call-map-after-round.json").toString();
    List<List<String>> runs = List.of(
        List.of("diff", map, after),
        List.of("diff", after, map, "--region", "north-america"),
        List.of("diff", map, map),
        List.of("diff", "--intended", after),
        List.of("diff", map, JOINED, "--verified-only"));
    for (List<String> run : runs) {
      List<String> args = new ArrayList<>(run);
      args.addAll(List.of("--format", "json", "--out", "-"));
      String json = stdout(args.toArray(String[]::new));
      assertEquals("dssa-diff/1", JsonSchemas.formatOf(json));
      assertEquals(List.of(), CLOSED.problems(json), run.toString());
    }
  }

  @Test
  void everyQuestionnaireOfTheCallMapAndTheSampleRoundsLogsAndMapsAreValid() throws IOException {
    EcosystemMap call = MapJson.read(CALL_MAP);
    for (Organization o : call.organizations()) {
      String questionnaire = stdout("survey", "export", CALL_MAP.toString(), "--org", o.id(), "--out", "-");
      assertEquals(List.of(), CLOSED.problems(questionnaire), o.id());
    }
    Path round1 = dir.resolve("round1.json");
    Path log1 = dir.resolve("log1.json");
    stdout("survey", "apply", CALL_MAP.toString(), SAMPLE_ROUND.resolve("afilias-responses.json").toString(), "--out",
        round1.toString(), "--log", log1.toString());
    Path round2 = dir.resolve("round2.json");
    Path log2 = dir.resolve("log2.json");
    stdout("survey", "apply", round1.toString(), SAMPLE_ROUND.resolve("cira-responses.json").toString(), "--out",
        round2.toString(), "--log", log2.toString());
    for (Path file : List.of(round1, log1, round2, log2)) {
      assertEquals(List.of(), CLOSED.problems(read(file)), file.getFileName().toString());
    }
    assertEquals("dssa-survey-log/1", JsonSchemas.formatOf(read(log2)));
    assertEquals(read(SAMPLE_ROUND.resolve("call-map-after-round.json")), read(round2),
        "the sample round's map is what the two rounds make");
  }

  @Test
  void aPlacementSheetConvertedToJsonIsValid() throws IOException {
    Path out = dir.resolve("sheet.json");
    stdout("convert", "src/test/resources/org/dssamap/cli/sheet.csv", out.toString(), "--relationships",
        "src/test/resources/org/dssamap/cli/sheet-relationships.csv");
    assertEquals(List.of(), CLOSED.problems(read(out)));
  }
}
