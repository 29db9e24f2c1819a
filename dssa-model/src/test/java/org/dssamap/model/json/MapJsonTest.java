package org.dssamap.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import org.dssamap.model.Cell;
import org.dssamap.model.Dimension;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.FunctionCatalog;
import org.dssamap.model.InvalidMapException;
import org.dssamap.model.Layer;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Problem;
import org.dssamap.model.Region;
import org.dssamap.model.RelationshipKind;
import org.dssamap.model.testing.DssaGenerators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

class MapJsonTest {
  private static final ObjectMapper TREES = new ObjectMapper();

  static byte[] resource(String name) throws IOException {
    try (InputStream in = MapJsonTest.class.getResourceAsStream("/json/" + name)) {
      return Objects.requireNonNull(in, name).readAllBytes();
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static InvalidMapException invalid(byte[] bytes) {
    return assertThrows(InvalidMapException.class, () -> MapJson.read(bytes, "map.json"));
  }

  private static InvalidMapException invalidResource(String name) throws IOException {
    InvalidMapException e = invalid(resource(name));
    assertEquals("map.json", e.source());
    return e;
  }

  private static List<String> locations(InvalidMapException e) {
    return e.problems().stream().map(Problem::location).toList();
  }

  private static Problem only(InvalidMapException e) {
    assertEquals(1, e.problems().size(), e.getMessage());
    return e.problems().get(0);
  }

  @Test
  void readsTheExampleOfTheFormatPage() throws IOException {
    EcosystemMap map = MapJson.read(resource("pir-afilias.json"), "pir-afilias.json");
    assertEquals("DNS SSR ecosystem, first desk-research pass", map.title());
    assertEquals(2, map.organizations().size());
    Placement p = map.placement("pir", Cell.of("incident-response", Dimension.INTERNAL, Layer.EDGE)).orElseThrow();
    assertEquals("registry, does its own", p.note().orElseThrow());
    assertEquals(RelationshipKind.OUTSOURCES_TO, map.relationshipsFrom("pir").get(0).kind());
  }

  @Test
  void mapSurvivesAJsonRoundTrip() {
    qt().withExamples(300).forAll(DssaGenerators.fileMaps()).checkAssert(map ->
        assertEquals(map, MapJson.read(utf8(MapJson.write(map)), "map.json")));
  }

  @Test
  void writingWhatWasReadGivesTheSameBytes() {
    qt().withExamples(300).forAll(DssaGenerators.fileMaps()).checkAssert(map -> {
      String once = MapJson.write(map);
      assertEquals(once, MapJson.write(MapJson.read(utf8(once), "map.json")));
    });
  }

  @Test
  void canonicalFormHasLfLineEndsTwoSpaceIndentAndAFinalNewline() throws IOException {
    String json = MapJson.write(MapJson.read(resource("pir-afilias.json"), "pir-afilias.json"));
    assertTrue(json.startsWith("{\n  \"format\": \"dssa-map/1\",\n  \"title\": "), json);
    assertTrue(json.endsWith("}\n"), json);
    assertFalse(json.contains("\r"), json);
    assertTrue(json.contains("\n    {\n      \"id\": \"afilias\",\n"), json);
  }

  @Test
  void orderOfElementsInTheFileDoesNotChangeTheMap() {
    qt().withExamples(100).forAll(DssaGenerators.fileMaps(), integers().all()).checkAssert((map, seed) -> {
      ObjectNode tree = tree(MapJson.write(map));
      Random random = new Random(seed);
      for (String key : List.of("organizations", "placements", "relationships")) {
        shuffle((ArrayNode) tree.get(key), random);
      }
      assertEquals(map, MapJson.read(utf8(tree.toString()), "shuffled.json"));
    });
  }

  @Test
  void orderOfTopLevelFieldsDoesNotChangeTheMap() {
    // Streaming reads the element arrays before it may know the format or the catalog, which can come last.
    qt().withExamples(100).forAll(DssaGenerators.fileMaps(), integers().all()).checkAssert((map, seed) -> {
      ObjectNode tree = tree(MapJson.write(map));
      List<String> keys = new ArrayList<>();
      tree.fieldNames().forEachRemaining(keys::add);
      Collections.shuffle(keys, new Random(seed));
      ObjectNode reordered = TREES.createObjectNode();
      keys.forEach(k -> reordered.set(k, tree.get(k)));
      assertEquals(map, MapJson.read(utf8(reordered.toString()), "reordered.json"));
    });
  }

  @Test
  void placementFieldsInAnyOrderWithUnknownFieldsAmongThemGiveTheSameMap() {
    qt().withExamples(100).forAll(DssaGenerators.fileMaps(), integers().all()).checkAssert((map, seed) -> {
      ObjectNode tree = tree(MapJson.write(map));
      java.util.Random random = new java.util.Random(seed);
      for (String array : List.of("organizations", "placements", "relationships")) {
        for (JsonNode element : tree.withArray(array)) {
          ObjectNode o = (ObjectNode) element;
          List<String> names = new ArrayList<>();
          o.fieldNames().forEachRemaining(names::add);
          names.add(random.nextInt(names.size() + 1), "x-tool");
          Collections.shuffle(names, random);
          ObjectNode reordered = TREES.createObjectNode();
          for (String name : names) {
            reordered.set(name, name.equals("x-tool") ? tree("{\"a\": [1, {\"b\": null}]}") : o.get(name));
          }
          o.removeAll();
          o.setAll(reordered);
        }
      }
      assertEquals(map, MapJson.read(utf8(tree.toString()), "reordered.json"));
    });
  }

  @Test
  void aTextSpelledAsItselfInSomeElementsAndWithAnEscapeInOthersIsReadAsOne() {
    // The reader matches a value against the text its field had in the element before, in the file's bytes: an
    // escape in between, or around, must not make two texts of one, or one of two.
    qt().withExamples(100).forAll(DssaGenerators.mapsWithPlacements(), longs().all()).checkAssert((map, seed) -> {
      String canonical = MapJson.write(map);
      java.util.Random random = new java.util.Random(seed);
      java.util.regex.Matcher value = java.util.regex.Pattern.compile("(\": \")([A-Za-z0-9])").matcher(canonical);
      StringBuilder mixed = new StringBuilder();
      while (value.find()) {
        String first = value.group(2);
        value.appendReplacement(mixed, java.util.regex.Matcher.quoteReplacement(value.group(1)
            + (random.nextBoolean() ? String.format("\\u%04x", (int) first.charAt(0)) : first)));
      }
      value.appendTail(mixed);
      assertEquals(map, MapJson.read(utf8(mixed.toString()), "mixed.json"));
    });
  }

  @Test
  void aValueWrittenWithoutAnEscapeIsMatchedInTheBytesAndNeverDecoded() throws IOException {
    // The reader finds each string value in the file's bytes at the parser's token location; were the location
    // not where it looks (a Jackson upgrade, a byte order mark), it would decode every value, as fast paths fail
    // silently: this says how many it decoded.
    String canonical = MapJson.write(MapJson.read(resource("pir-afilias.json"), "pir-afilias.json"));
    assertEquals(0, MapReader.decodedValues(utf8(canonical), MapJson.STREAMING));
    byte[] bom = utf8("\ufeff" + canonical);
    assertEquals(3, bom.length - utf8(canonical).length);
    assertEquals(0, MapReader.decodedValues(bom, MapJson.STREAMING));
    assertEquals(0, MapReader.decodedValues(utf8(canonical.replace("\n", "\r\n").replace(": ", ":\t")),
        MapJson.STREAMING));
    // A value written with an escape, or beyond ASCII, is decoded wherever it is read, and read the same.
    int pirs = canonical.split("\"pir\"", -1).length - 1;
    assertTrue(pirs >= 3, canonical);
    String escaped = canonical.replace("\"pir\"", "\"\\u0070ir\"");
    assertEquals(pirs, MapReader.decodedValues(utf8(escaped), MapJson.STREAMING));
    assertEquals(MapJson.read(utf8(canonical), "a.json"), MapJson.read(utf8(escaped), "b.json"));
    String accented = canonical.replaceFirst("\"name\": \"", "\"name\": \"\u00e9");
    assertEquals(1, MapReader.decodedValues(utf8(accented), MapJson.STREAMING));
  }

  @Test
  void namesAndWordsSpelledWithEscapesAreReadAsTheirCharacters() {
    qt().withExamples(100).forAll(DssaGenerators.mapsWithPlacements()).checkAssert(map -> {
      String canonical = MapJson.write(map);
      String escaped = canonical
          .replace("\"organization\":", "\"\\u006frganization\":")
          .replace("\"layer\":", "\"l\\u0061yer\":")
          .replace("\"internal\"", "\"int\\u0065rnal\"")
          .replace("\"claimed\"", "\"\\u0063laimed\"");
      assertNotEquals(canonical, escaped);
      assertEquals(map, MapJson.read(utf8(escaped), "escaped.json"));
      // Outside strings a map file has no '-': this escapes one in ids, words, dates and texts alike.
      assertEquals(map, MapJson.read(utf8(canonical.replace("-", "\\u002d")), "escaped.json"));
    });
  }

  @Test
  void placementsReadHoldTheCatalogsOwnCellsAndTheOrganizationsOwnIds() {
    qt().withExamples(100).forAll(DssaGenerators.fileMaps(), integers().all()).checkAssert((map, seed) -> {
      ObjectNode tree = tree(MapJson.write(map));
      ObjectNode catalogLast = TREES.createObjectNode();
      tree.properties().forEach(f -> {
        if (!f.getKey().equals("catalog")) {
          catalogLast.set(f.getKey(), f.getValue());
        }
      });
      catalogLast.set("catalog", tree.get("catalog"));
      for (String text : List.of(tree.toString(), catalogLast.toString())) {
        EcosystemMap read = MapJson.read(utf8(text), "map.json");
        assertEquals(map, read);
        java.util.Map<Object, Object> firstOfEach = new java.util.HashMap<>();
        for (Placement p : read.placements()) {
          assertSame(read.catalog().cells().get(read.catalog().cellIndex(p.cell())), p.cell(), p.toString());
          assertSame(read.requireOrganization(p.organization()).id(), p.organization(), p.toString());
          for (Optional<?> part : List.of(p.asOf(), p.dispute())) {
            assertSame(firstOfEach.computeIfAbsent(part, x -> part), part, p.toString());
          }
        }
      }
    });
  }

  @Test
  void referencesToNothingAreReportedAtTheirPathsWhereverTheOrganizationsAndTheCatalogAre() {
    // Read before the organizations or the catalog, a reference can only be checked once the file is read; one to
    // nothing is reported at its own path all the same, in the same words as in a canonical file.
    String functions = FunctionCatalog.dssa2012().functions().stream().map(f -> f.id())
        .collect(java.util.stream.Collectors.joining(", "));
    qt().withExamples(100).forAll(DssaGenerators.mapsWithPlacements(), integers().all()).checkAssert((map, seed) -> {
      ObjectNode tree = tree(MapJson.write(map));
      Random random = new Random(seed);
      List<Problem> inPlacements = new ArrayList<>();
      ArrayNode placements = (ArrayNode) tree.get("placements");
      for (int i = 0; i < placements.size(); i++) {
        ObjectNode placement = (ObjectNode) placements.get(i);
        int defect = i == 0 ? 1 + random.nextInt(2) : random.nextInt(4);
        if (defect == 1) {
          placement.put("organization", "ghost-" + i);
          inPlacements.add(Problem.at("$.placements[" + i + "].organization", "placement names organization 'ghost-"
              + i + "', which the map does not have; expected the id of one of its organizations"));
        } else if (defect == 2) {
          placement.put("function", "no-such-function");
          inPlacements.add(Problem.at("$.placements[" + i + "].function",
              "function 'no-such-function' is not in catalog dssa-2012; expected one of " + functions));
        }
      }
      List<Problem> inRelationships = new ArrayList<>();
      ArrayNode relationships = (ArrayNode) tree.get("relationships");
      for (int i = 0; i < relationships.size(); i++) {
        ObjectNode relationship = (ObjectNode) relationships.get(i);
        if (relationship.has("functions") && random.nextBoolean()) {
          ((ArrayNode) relationship.get("functions")).set(0, "no-such-function");
          inRelationships.add(Problem.at("$.relationships[" + i + "].functions[0]",
              "function 'no-such-function' is not in catalog dssa-2012; expected one of " + functions));
        } else if (random.nextInt(3) == 0) {
          relationship.put("to", "ghost");
          inRelationships.add(Problem.at("$.relationships[" + i + "].to",
              "relationship ends at organization 'ghost', which the map does not have; expected the id of one of "
                  + "its organizations"));
        }
      }
      List<Problem> expected = new ArrayList<>(inPlacements);
      expected.addAll(inRelationships);
      assertEquals(expected, invalid(utf8(tree.toString())).problems());

      ObjectNode organizationsAndCatalogLast = TREES.createObjectNode();
      tree.properties().forEach(f -> organizationsAndCatalogLast.set(f.getKey(), f.getValue()));
      organizationsAndCatalogLast.set("organizations", organizationsAndCatalogLast.remove("organizations"));
      organizationsAndCatalogLast.set("catalog", organizationsAndCatalogLast.remove("catalog"));
      assertEquals(expected, invalid(utf8(organizationsAndCatalogLast.toString())).problems());

      ObjectNode reversed = TREES.createObjectNode();
      List<String> keys = new ArrayList<>();
      tree.fieldNames().forEachRemaining(keys::add);
      Collections.reverse(keys);
      keys.forEach(k -> reversed.set(k, tree.get(k)));
      List<Problem> relationshipsFirst = new ArrayList<>(inRelationships);
      relationshipsFirst.addAll(inPlacements);
      assertEquals(relationshipsFirst, invalid(utf8(reversed.toString())).problems());
    });
  }

  @Test
  void aDuplicatePlacementInAFileInMapOrderIsReportedWithBothPaths() throws IOException {
    ObjectNode tree = tree(MapJson.write(MapJson.read(resource("pir-afilias.json"), "pir-afilias.json")));
    ArrayNode placements = (ArrayNode) tree.get("placements");
    ObjectNode again = placements.get(0).deepCopy();
    again.put("status", "verified");
    placements.insert(1, again);
    Problem p = only(invalid(utf8(tree.toPrettyString())));
    assertEquals("$.placements[1]", p.location());
    assertTrue(p.message().startsWith("duplicate placement of '"), p.message());
    assertTrue(p.message().endsWith("(first at $.placements[0])"), p.message());
  }

  @Test
  void anOrganizationSizeMustBeAWholeNumberFromZero() throws IOException {
    ObjectNode tree = tree(MapJson.write(MapJson.read(resource("pir-afilias.json"), "pir-afilias.json")));
    ArrayNode organizations = (ArrayNode) tree.get("organizations");
    ((ObjectNode) organizations.get(0)).put("size", -1);
    ((ObjectNode) organizations.get(1)).put("size", "12");
    InvalidMapException e = invalid(utf8(tree.toString()));
    assertEquals(List.of("$.organizations[0].size", "$.organizations[1].size"), locations(e), e.getMessage());
    assertTrue(e.problems().get(0).message().contains("found the number -1; expected the organization's size, "
        + "a whole number from 0"), e.getMessage());
    assertTrue(e.problems().get(1).message().contains("found the string '12'"), e.getMessage());
    ((ObjectNode) organizations.get(0)).put("size", 2.5);
    ((ObjectNode) organizations.get(1)).put("size", 7);
    assertEquals(List.of("$.organizations[0].size"), locations(invalid(utf8(tree.toString()))));
    ((ObjectNode) organizations.get(0)).put("size", 0);
    EcosystemMap read = MapJson.read(utf8(tree.toString()), "sized.json");
    assertEquals(java.util.OptionalLong.of(0), read.organizations().get(0).size());
    assertEquals(java.util.OptionalLong.of(7), read.organizations().get(1).size());
    assertTrue(MapJson.write(read).contains("\n      \"size\": 0\n    }"), MapJson.write(read));
  }

  @Test
  void everyInjectedDefectIsReportedAtItsPath() {
    qt().withExamples(100).forAll(mapsWithDefects()).checkAssert(defects -> {
      InvalidMapException e = invalid(utf8(defects.json()));
      assertEquals(defects.paths(), locations(e), e.getMessage());
    });
  }

  /** A map file with a bad value at each of {@code paths}, in document order. */
  record Defects(String json, List<String> paths) {}

  private static Gen<Defects> mapsWithDefects() {
    String[] fields = {"dimension", "layer", "status", "source", "confidentiality"};
    return in -> {
      EcosystemMap map = DssaGenerators.mapsWithPlacements().generate(in);
      ObjectNode tree = tree(MapJson.write(map));
      ArrayNode placements = (ArrayNode) tree.get("placements");
      List<String> paths = new ArrayList<>();
      for (int i : DssaGenerators.someOf(in, 0, placements.size() - 1)) {
        String field = fields[DssaGenerators.between(in, 0, fields.length - 1)];
        ((ObjectNode) placements.get(i)).put(field, "bogus-" + i);
        // A field the writer left out goes at the end of the object, still after the fields before it.
        paths.add("$.placements[" + i + "]." + field);
      }
      return new Defects(tree.toString(), paths);
    };
  }

  private static ObjectNode tree(String json) {
    try {
      return (ObjectNode) TREES.readTree(json);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static void shuffle(ArrayNode array, Random random) {
    List<JsonNode> elements = new ArrayList<>();
    array.forEach(elements::add);
    Collections.shuffle(elements, random);
    array.removeAll();
    array.addAll(elements);
  }

  @Test
  void reportsEveryProblemOfAFileInDocumentOrder() throws IOException {
    InvalidMapException e = invalidResource("bad/many-problems.json");
    assertEquals(List.of("$.title", "$.asOf", "$.organizations[1].id", "$.organizations[2].id",
        "$.organizations[3].name", "$.organizations[3].region", "$.organizations[3].url", "$.organizations[4]",
        "$.placements[1].organization", "$.placements[2].function", "$.placements[2].dimension",
        "$.placements[2].layer", "$.placements[2].status", "$.placements[2].source", "$.placements[3].dispute",
        "$.placements[4]", "$.relationships[0].to", "$.relationships[0].functions[1]", "$.relationships[1]",
        "$.relationships[1].kind", "$.format"), locations(e), e.getMessage());
    String message = e.problems().get(5).message();
    assertTrue(message.contains("'mars'") && message.contains("latin-america-caribbean"), message);
    assertTrue(e.problems().get(8).message().contains("'ghost'"), e.getMessage());
  }

  @Test
  void emptyFileSaysWhatWasExpected() {
    Problem p = only(invalid(new byte[0]));
    assertTrue(p.message().contains("empty"), p.message());
    assertTrue(only(invalid(utf8("  \n "))).message().contains("empty"));
  }

  @Test
  void truncatedFileIsLocatedByLineAndColumn() throws IOException {
    Problem p = only(invalidResource("bad/truncated.json"));
    assertTrue(p.location().matches("8:\\d+"), p.toString());
    assertTrue(p.message().contains("truncated"), p.message());
  }

  @Test
  void topLevelArrayIsNotAMap() throws IOException {
    Problem p = only(invalidResource("bad/array.json"));
    assertEquals("$", p.location());
    assertTrue(p.message().contains("found an array"), p.message());
  }

  @Test
  void unknownFormatVersionSaysWhatWasExpected() throws IOException {
    Problem p = only(invalidResource("bad/unknown-format.json"));
    assertEquals("$.format", p.location());
    assertTrue(p.message().contains("'dssa-map/1.5'") && p.message().contains("expected 'dssa-map/1'"), p.message());
  }

  @Test
  void futureFormatVersionAsksForAnUpgradeAndNothingElse() throws IOException {
    Problem p = only(invalidResource("bad/future.json"));
    assertEquals("$.format", p.location());
    assertTrue(p.message().contains("newer") && p.message().contains("upgrade"), p.message());
  }

  @Test
  void missingFormatIsReportedAlongWithEverythingElse() {
    InvalidMapException e = invalid(utf8("{\"title\": \"no format\", \"asOf\": \"2012-02-30\"}"));
    assertEquals(List.of("$.asOf", "$.format"), locations(e), e.getMessage());
  }

  @Test
  void aRequiredFieldGivenAsNullIsMissingWhereItIs() {
    // null means not given (docs/formats.md): for a field every element must give, a located problem, not a crash.
    List<org.dssamap.model.internal.Shape<?>> shapes = List.of(org.dssamap.model.internal.Records.ORGANIZATION,
        org.dssamap.model.internal.Records.PLACEMENT, org.dssamap.model.internal.Records.RELATIONSHIP);
    List<String> arrays = List.of("organizations", "placements", "relationships");
    qt().withExamples(100).forAll(DssaGenerators.mapsWithPlacements(), integers().all()).checkAssert((map, seed) -> {
      ObjectNode tree = tree(MapJson.write(map));
      Random random = new Random(seed);
      int which = random.nextInt(arrays.size());
      ArrayNode elements = (ArrayNode) tree.get(arrays.get(which));
      if (elements.isEmpty()) {
        which = 1;
        elements = (ArrayNode) tree.get("placements");
      }
      List<? extends org.dssamap.model.internal.Field<?>> required = shapes.get(which).fields().stream()
          .filter(f -> f.isRequired()).toList();
      org.dssamap.model.internal.Field<?> field = required.get(random.nextInt(required.size()));
      int i = random.nextInt(elements.size());
      ((ObjectNode) elements.get(i)).putNull(field.name());
      InvalidMapException e = invalid(utf8(tree.toString()));
      assertTrue(e.problems().contains(Problem.at("$." + arrays.get(which) + "[" + i + "]." + field.name(),
          "missing; expected " + field.expected())), e.getMessage());
    });
    InvalidMapException e = invalid(utf8("{\"format\": \"dssa-map/1\", \"organizations\": [{\"id\": \"a\", "
        + "\"name\": \"A\", \"kind\": \"registry\"}], \"placements\": [{\"organization\": \"a\", \"function\": "
        + "\"technology\", \"dimension\": \"internal\", \"layer\": \"edge\", \"status\": \"disputed\", \"source\": "
        + "\"self-reported\", \"dispute\": {\"by\": null, \"reason\": \"why\"}}]}"));
    assertEquals(List.of(Problem.at("$.placements[0].dispute.by", "missing; expected who raised the dispute")),
        e.problems());
  }

  @Test
  void catalogFileOfAnotherFormatIsRefused() {
    InvalidMapException e = assertThrows(InvalidMapException.class,
        () -> MapJson.readCatalog(utf8("{\"format\": \"dssa-map/1\", \"id\": \"x\"}"), "catalog.json"));
    assertEquals("$.format", only(e).location());
    assertTrue(only(e).message().contains("dssa-catalog/1"), e.getMessage());
  }

  @Test
  void wrongValueTypesAreEachReported() {
    InvalidMapException e = invalid(utf8("{\"format\": \"dssa-map/1\", \"title\": [], \"organizations\": {},"
        + " \"placements\": [\"pir\", {\"organization\": 7}], \"relationships\": null, \"openQuestions\": [true]}"));
    assertEquals(List.of("$.title", "$.organizations", "$.placements[0]", "$.placements[1].organization",
        "$.placements[1].function", "$.placements[1].dimension", "$.placements[1].layer", "$.placements[1].status",
        "$.placements[1].source", "$.openQuestions[0]"), locations(e), e.getMessage());
    assertTrue(e.problems().get(3).message().contains("found the number 7"), e.getMessage());
  }

  @Test
  void aMapNamesItsKindsAndTheNamesAreChecked() {
    EcosystemMap map = MapJson.read(utf8("{\"format\": \"dssa-map/1\", \"kinds\": {\"registry-backend\": "
        + "\"Registry back-end operator\"}, \"organizations\": [{\"id\": \"a\", \"name\": \"A\", "
        + "\"kind\": \"registry-backend\"}]}"), "kinds.json");
    assertEquals(java.util.Map.of("registry-backend", "Registry back-end operator"), map.kindNames());
    assertTrue(MapJson.write(map).contains("\"catalog\": \"dssa-2012\",\n  \"kinds\": {\n    \"registry-backend\": "
        + "\"Registry back-end operator\"\n  },\n  \"organizations\""), MapJson.write(map));
    InvalidMapException e = invalid(utf8("{\"format\": \"dssa-map/1\", \"kinds\": {\"Bad Kind\": \"x\", "
        + "\"cert\": \"  \", \"ok\": 7}}"));
    assertEquals(List.of("$.kinds.Bad Kind", "$.kinds.cert", "$.kinds.ok"), locations(e), e.getMessage());
    assertEquals(List.of("$.kinds"), locations(invalid(utf8("{\"format\": \"dssa-map/1\", \"kinds\": []}"))));
  }

  @Test
  void duplicateOrganizationIdsAreReportedAtTheSecond() {
    InvalidMapException e = invalid(utf8("{\"format\": \"dssa-map/1\", \"organizations\": ["
        + "{\"id\": \"pir\", \"name\": \"PIR\", \"kind\": \"registry\"},"
        + "{\"id\": \"pir\", \"name\": \"PIR\", \"kind\": \"registry\"}]}"));
    Problem p = only(e);
    assertEquals("$.organizations[1].id", p.location());
    assertTrue(p.message().contains("duplicate organization id 'pir'"), p.message());
  }

  @Test
  void duplicateKeysAreAProblemNotALastOneWins() throws IOException {
    Problem p = only(invalidResource("bad/duplicate-key.json"));
    assertEquals("1:40", p.location(), "where the second key starts");
    assertTrue(p.message().contains("duplicate key 'title'"), p.message());
  }

  @Test
  void duplicateKeysAnywhereInTheElementsAreLocatedByLineAndColumn() throws IOException {
    String valid = new String(resource("pir-afilias.json"), StandardCharsets.UTF_8);
    String placement = "\"note\": \"registry, does its own\"";
    String organization = "\"region\": \"north-america\"}";
    String relationship = "\"functions\": [\"incident-response\"]";
    String catalog = "\"catalog\": \"dssa-2012\",";
    List<String> duplicated = List.of(
        valid.replace(placement, placement + ", \"layer\": \"edge\""),
        valid.replace(placement, placement + ", \"x\": 1, \"x\": 2"),
        valid.replace(placement, placement + ", \"x\": {\"y\": 1, \"y\": 1}"),
        valid.replace(placement, placement + ", \"x\": [{\"y\": 1, \"z\": 2, \"y\": 3}]"),
        valid.replace(placement, "\"note\": null, " + placement),
        valid.replace(organization, "\"name\": \"again\", " + organization),
        valid.replace(relationship, relationship + ", \"to\": \"afilias\""),
        valid.replace("\"status\": \"claimed\"",
            "\"status\": \"disputed\", \"dispute\": {\"by\": \"a\", \"reason\": \"b\", \"by\": \"c\"}"),
        valid.replace(catalog, catalog + " \"x\": {\"a\": 1, \"a\": 1},"),
        valid.replace(catalog, catalog + " \"placements\": [],"));
    for (String text : duplicated) {
      assertTrue(!text.equals(valid), text);
      // one duplicate for each place the text was changed: a duplicate does not stop the checking
      List<Problem> problems = invalid(utf8(text)).problems();
      assertFalse(problems.isEmpty(), text);
      for (Problem p : problems) {
        assertTrue(p.location().matches("[0-9]+:[0-9]+"), p.location());
        assertTrue(p.message().startsWith("duplicate key"), p.message());
      }
    }
  }

  @Test
  void aDuplicateKeyDoesNotStopTheCheckingOfTheRestOfTheFile() {
    InvalidMapException e = invalid(utf8("{\"format\": \"dssa-map/1\", \"title\": \"a\", \"title\": \"b\",\n"
        + " \"organizations\": [{\"id\": \"x\", \"name\": \"X\", \"kind\": \"k\", \"kind\": \"j\"},\n"
        + "  {\"id\": \"Bad Id\", \"name\": \"Y\", \"kind\": \"k\"}]}"));
    assertEquals(List.of("1:40", "2:58", "$.organizations[1].id"), locations(e), e::getMessage);
  }

  @Test
  void aLoneSurrogateEscapeIsRefusedWhereverItIsAndLocated() {
    String head = "{\"format\": \"dssa-map/1\", ";
    String org = "\"organizations\": [{\"id\": \"x\", \"name\": \"%s\", \"kind\": \"k\"}]}";
    // each text and the quote that starts the string or key holding the lone surrogate
    for (String[] c : new String[][] {
        {head + "\"title\": \"\\ud800\"}", "\"\\ud800"},
        {head + "\"title\": \"a\\uDC00b\"}", "\"a"},
        {head + "\"title\": \"\\ud83d\"}", "\"\\ud83d"},
        {head + String.format(org, "\\ud800"), "\"\\ud800"},
        {head + "\"title\": \"\\ude00\\ud83d\"}", "\"\\ude00"}}) {
      Problem p = only(invalid(utf8(c[0])));
      assertEquals("1:" + (c[0].indexOf(c[1]) + 1), p.location(), c[0]);
      assertTrue(p.message().contains("lone surrogate escape"), p.message());
    }
    // in a key too (Jackson refuses that itself, where the key ends)
    Problem key = only(invalid(utf8(head + "\"x\\udfff\": 1}")));
    assertTrue(key.location().startsWith("1:") && key.message().contains("surrogate"), key::toString);
    // a pair is one character; an escaped backslash before "ud800" is text
    assertEquals("\ud83d\ude00", MapJson.read(utf8(head + "\"title\": \"\\ud83d\\ude00\"}"), "x").title());
    assertEquals("\\ud800", MapJson.read(utf8(head + "\"title\": \"\\\\ud800\"}"), "x").title());
    assertEquals("\ud83d\ude00", MapJson.read(utf8(head + String.format(org, "\\ud83d\\ude00")), "x")
        .requireOrganization("x").name());
  }

  @Test
  void syntaxMessagesNameNoParserFeatures() {
    for (String text : List.of("{\"format\": \"dssa-map/1\" /* c */}", "{\"format\": NaN}", "{\"format\": +1}",
        "{\"format\": 'x'}", "{\"format\": 01}", "{format: 1}", "{\"format\": \"a\\x\"}", "{\"a\": 1,}",
        "[1,]", "{\"format\": Infinity}", "{\"a\": \"\t\"}", "{\"a\": -}", "{\"a\": .5}", "{\"a\" 1}")) {
      Problem p = only(invalid(utf8(text)));
      assertTrue(p.location().matches("1:[0-9]+"), text + ": " + p);
      for (String internal : List.of("Feature", "FEATURE", "enable", "ALLOW_", "parser", "com.fasterxml")) {
        assertFalse(p.message().contains(internal), text + ": " + p.message());
      }
    }
  }

  @Test
  @org.junit.jupiter.api.condition.EnabledOnOs({org.junit.jupiter.api.condition.OS.LINUX,
      org.junit.jupiter.api.condition.OS.MAC})
  void writingAFileHonoursTheUmaskAndKeepsTheModeOfAFileItReplaces(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    EcosystemMap map = MapJson.read(resource("pir-afilias.json"), "x");
    // what this process's umask gives a new file
    java.util.Set<java.nio.file.attribute.PosixFilePermission> umask =
        java.nio.file.Files.getPosixFilePermissions(java.nio.file.Files.createFile(dir.resolve("reference")));
    Path fresh = dir.resolve("fresh.json");
    MapJson.write(map, fresh);
    assertEquals(umask, java.nio.file.Files.getPosixFilePermissions(fresh));
    java.nio.file.Files.setPosixFilePermissions(fresh,
        java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));
    MapJson.write(map, fresh);
    assertEquals("rw-r-----", java.nio.file.attribute.PosixFilePermissions.toString(
        java.nio.file.Files.getPosixFilePermissions(fresh)));
  }

  @Test
  void unknownFieldsAreIgnored() {
    EcosystemMap map = MapJson.read(utf8("{\"format\": \"dssa-map/1\", \"title\": \"t\", \"layout\": {\"zoom\": 2},"
        + " \"organizations\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"cert\", \"colour\": \"red\"}]}"), "x");
    assertEquals(List.of(Organization.withoutRegion("a", "A", "cert")), map.organizations());
  }

  @Test
  void nestingAHundredThousandDeepIsALocatedProblem() {
    Problem p = only(invalid(utf8("{\"format\": \"dssa-map/1\", \"title\": " + "[".repeat(100_000))));
    assertTrue(p.location().matches("1:\\d+"), p.toString());
    assertTrue(p.message().contains("nested more than " + MapJson.MAX_NESTING_DEPTH), p.message());
  }

  @Test
  void fiftyMegabyteStringIsALocatedProblem() {
    byte[] bytes = utf8("{\"format\": \"dssa-map/1\", \"title\": \"" + "a".repeat(50 << 20) + "\"}");
    Problem p = only(invalid(bytes));
    assertTrue(p.location().matches("1:\\d+"), p.toString());
    assertTrue(p.message().contains("longer than " + MapJson.MAX_STRING_LENGTH), p.message());
  }

  @Test
  void longNumbersAndKeysAreLocatedProblems() {
    assertTrue(only(invalid(utf8("{\"title\": " + "9".repeat(5_000) + "}"))).message().contains("number longer"));
    assertTrue(only(invalid(utf8("{\"" + "k".repeat(5_000) + "\": 1}"))).message().contains("key longer"));
  }

  @Test
  void bytesThatAreNotUtf8AreLocated() {
    byte[] latin1 = "{\"format\": \"dssa-map/1\",\n \"title\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
    Problem p = only(invalid(latin1));
    assertEquals("2:15", p.location());
    assertTrue(p.message().contains("0xe9") && p.message().contains("UTF-8"), p.message());
    Problem utf16 = only(invalid("{\"format\": \"dssa-map/1\"}".getBytes(StandardCharsets.UTF_16LE)));
    assertTrue(utf16.message().contains("UTF-16"), utf16.message());
  }

  @Test
  void aByteOrderMarkIsTolerated() {
    EcosystemMap map = MapJson.read(utf8("\uFEFF{\"format\": \"dssa-map/1\", \"title\": \"t\"}"), "bom.json");
    assertEquals("t", map.title());
  }

  @Test
  void contentAfterTheMapIsAProblem() {
    Problem p = only(invalid(utf8("{\"format\": \"dssa-map/1\"}\n{}")));
    assertEquals("2:2", p.location());
  }

  @Test
  void unknownBundledCatalogNamesTheKnownOnes() {
    Problem p = only(invalid(utf8("{\"format\": \"dssa-map/1\", \"catalog\": \"dssa-2099\"}")));
    assertEquals("$.catalog", p.location());
    assertTrue(p.message().contains("dssa-2012"), p.message());
  }

  @Test
  void inlineCatalogProblemsAreLocatedInsideIt() {
    InvalidMapException e = invalid(utf8("{\"format\": \"dssa-map/1\", \"catalog\": {\"id\": \"mine\", \"functions\": ["
        + "{\"id\": \"a\", \"name\": \"A\", \"definition\": \"\", \"source\": \"\", \"expected\": [\"edge\", \"rim\"]},"
        + "{\"id\": \"a\", \"name\": \"A again\", \"definition\": \"\", \"source\": \"\", \"expected\": []},"
        + "{\"id\": \"b\", \"name\": \" \", \"expected\": [\"core:sideways\"]}]}}"));
    assertEquals(List.of("$.catalog.functions[0].expected[1]", "$.catalog.functions[1].id",
        "$.catalog.functions[2].name", "$.catalog.functions[2].expected[0]", "$.catalog.functions[2].definition",
        "$.catalog.functions[2].source"), locations(e), e.getMessage());
  }

  @Test
  void catalogSurvivesACatalogFileRoundTrip(@TempDir Path dir) throws IOException {
    qt().withExamples(30).forAll(DssaGenerators.catalogs(5)).checkAssert(catalog ->
        assertEquals(catalog, MapJson.readCatalog(utf8(MapJson.writeCatalog(catalog)), "catalog.json")));
    Path file = dir.resolve("dssa-2012.json");
    Files.writeString(file, MapJson.writeCatalog(FunctionCatalog.dssa2012()));
    assertEquals(FunctionCatalog.dssa2012(), MapJson.readCatalog(file));
  }

  @Test
  void streamsAndFilesReadAndWriteTheSameAsBytes(@TempDir Path dir) throws IOException {
    EcosystemMap map = MapJson.read(resource("pir-afilias.json"), "pir-afilias.json");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MapJson.write(map, out);
    assertEquals(MapJson.write(map), out.toString(StandardCharsets.UTF_8));
    assertEquals(map, MapJson.read(new ByteArrayInputStream(out.toByteArray()), "stream"));
    Path file = dir.resolve("map.json");
    MapJson.write(map, file);
    assertEquals(map, MapJson.read(file));
    try (var listing = Files.list(dir)) {
      assertEquals(List.of(file), listing.toList(), "no temporary file left behind");
    }
    Files.writeString(file, "{\"format\": 1}");
    InvalidMapException e = assertThrows(InvalidMapException.class, () -> MapJson.read(file));
    assertEquals(file.toString(), e.source());
  }

  @Test
  void invisibleCharactersAreEscapedAndReadBack() {
    EcosystemMap map = EcosystemMap.builder().title("evil \u202E reversed \u2028 and \u0085")
        .addOrganization(Organization.of("a", "<script>alert(1)</script>", "cert", Region.EUROPE)).build();
    String json = MapJson.write(map);
    assertTrue(json.contains("evil \\u202e reversed \\u2028 and \\u0085"), json);
    assertTrue(json.contains("\"<script>alert(1)</script>\""), json);
    assertEquals(map, MapJson.read(utf8(json), "map.json"));
  }
}
