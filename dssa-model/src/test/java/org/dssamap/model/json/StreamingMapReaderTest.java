package org.dssamap.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.testing.DssaGenerators;
import org.junit.jupiter.api.Test;

/**
 * The fast path on its own: files that are valid but not written the canonical way must still be read by it, to
 * the map the tree reader gives, rather than handed to the tree reader.
 */
class StreamingMapReaderTest {
  private static final ObjectMapper TREES = new ObjectMapper();
  private static final JsonFactory FACTORY = new JsonFactory();

  private static Optional<EcosystemMap> streamed(String json) {
    return StreamingMapReader.read(json.getBytes(StandardCharsets.UTF_8), FACTORY, TREES);
  }

  private static ObjectNode tree(String json) {
    try {
      return (ObjectNode) TREES.readTree(json);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void theFastPathGivesUpOnALoneSurrogateWhereverItIs() {
    String valid = "{\"format\": \"dssa-map/1\", \"title\": \"T\", \"organizations\": [{\"id\": \"a\", \"name\": \"A\", "
        + "\"kind\": \"cert\", \"note\": \"n\"}], \"placements\": [{\"organization\": \"a\", \"function\": "
        + "\"training\", \"dimension\": \"internal\", \"layer\": \"edge\", \"status\": \"disputed\", \"source\": "
        + "\"desk-research\", \"dispute\": {\"by\": \"b\", \"reason\": \"r\"}, \"note\": \"%s\", \"x\": \"y\"}]}";
    assertEquals(true, streamed(String.format(valid, "ok")).isPresent(), "the file without one is read");
    // the escapes as JSON spells them: a lone high, a lone low, a low before a high
    for (String lone : List.of("\\ud800", "a\\udc00", "\\udfff\\ud83d")) {
      String note = String.format(valid, "x" + lone + "x");
      assertEquals(Optional.empty(), streamed(note), note);
      for (String[] place : new String[][] {{"\"title\": \"T\"", "\"title\": \"T" + lone + "\""},
          {"\"name\": \"A\"", "\"name\": \"A" + lone + "\""}, {"\"note\": \"n\"", "\"note\": \"n" + lone + "\""},
          {"\"by\": \"b\"", "\"by\": \"b" + lone + "\""}, {"\"reason\": \"r\"", "\"reason\": \"" + lone + "\""},
          {"\"x\": \"y\"", "\"x\": [\"" + lone + "\"]"}, {"\"title\": \"T\"", "\"title\": \"T\", \"z\": {\"k\": \""
              + lone + "\"}"}}) {
        String json = String.format(valid, "ok").replace(place[0], place[1]);
        assertNotEquals(String.format(valid, "ok"), json);
        assertEquals(Optional.empty(), streamed(json), json);
      }
    }
    // a pair is fine
    assertEquals("x\ud83d\ude00x", streamed(String.format(valid, "x\\ud83d\\ude00x")).orElseThrow().placements()
        .get(0).note().orElseThrow());
  }

  @Test
  void canonicalFilesAreReadByTheFastPath() {
    qt().withExamples(100).forAll(DssaGenerators.fileMaps()).checkAssert(map ->
        assertEquals(Optional.of(map), streamed(MapJson.write(map))));
  }

  @Test
  void placementFieldsInAnyOrderAndUnknownFieldsAmongThemAreReadByTheFastPath() {
    qt().withExamples(100).forAll(DssaGenerators.fileMaps(), integers().all()).checkAssert((map, seed) -> {
      ObjectNode tree = tree(MapJson.write(map));
      Random random = new Random(seed);
      for (JsonNode placement : tree.withArray("placements")) {
        ObjectNode p = (ObjectNode) placement;
        List<String> names = new ArrayList<>();
        p.fieldNames().forEachRemaining(names::add);
        names.add(random.nextInt(names.size() + 1), "x-tool");
        Collections.shuffle(names, random);
        ObjectNode reordered = TREES.createObjectNode();
        for (String name : names) {
          reordered.set(name, name.equals("x-tool") ? TREES.getNodeFactory().numberNode(1) : p.get(name));
        }
        p.removeAll();
        p.setAll(reordered);
      }
      assertEquals(Optional.of(map), streamed(tree.toString()));
    });
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
      assertEquals(Optional.of(map), streamed(escaped));
      // Outside strings a map file has no '-': this escapes one in ids, words, dates and texts alike.
      assertEquals(Optional.of(map), streamed(canonical.replace("-", "\\u002d")));
    });
  }
}
