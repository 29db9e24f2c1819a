package org.dssamap.examples.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import org.dssamap.examples.maps.BundledMaps;
import org.dssamap.examples.synthetic.SyntheticMaps;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.json.MapJson;
import org.junit.jupiter.api.Test;

/** The {@code load-any} file is the same map written another way, and always the same bytes. */
class NonCanonicalJsonTest {
  @Test
  void theNonCanonicalFileOfASyntheticMapReadsBackToTheSameMap() {
    qt().withExamples(30).forAll(longs().all(), integers().between(0, 2_000)).checkAssert((seed, placements) -> {
      EcosystemMap map = SyntheticMaps.generate(seed, placements);
      byte[] file = NonCanonicalJson.of(LoadWorkload.json(map));
      assertEquals(map, MapJson.read(file, "any.json"));
    });
  }

  @Test
  void theNonCanonicalFileOfTheCallMapReadsBackToTheSameMap() {
    EcosystemMap map = BundledMaps.call2012();
    assertEquals(map, MapJson.read(NonCanonicalJson.of(LoadWorkload.json(map)), "call.json"));
  }

  @Test
  void theFileIsCompactReorderedAndCarriesUnknownFields() {
    EcosystemMap map = SyntheticMaps.generate(Fixtures.SEED, 500);
    byte[] canonical = LoadWorkload.json(map);
    String text = new String(NonCanonicalJson.of(canonical), StandardCharsets.UTF_8);
    assertFalse(whitespaceOutsideStrings(text), text.substring(0, 200));
    assertTrue(whitespaceOutsideStrings(new String(canonical, StandardCharsets.UTF_8)));
    // the top level in reverse order: format, first in the canonical file, comes last
    assertTrue(text.startsWith("{\"") && !text.startsWith("{\"format\""), text.substring(0, 40));
    assertTrue(text.endsWith("\"format\":\"dssa-map/1\"}"), text.substring(text.length() - 40));
    // every element of every array of objects carries the unknown field
    int marked = text.split("\"" + NonCanonicalJson.UNKNOWN_FIELD + "\"", -1).length - 1;
    assertEquals(map.organizations().size() + map.placements().size() + map.relationships().size(), marked);
    // a placement's fields in reverse order: its organization last, before the unknown field
    assertTrue(text.contains("\"organization\":\"" + map.placements().get(0).organization() + "\",\""
        + NonCanonicalJson.UNKNOWN_FIELD + "\":{"));
  }

  @Test
  void theSameInputGivesTheSameBytes() {
    byte[] canonical = LoadWorkload.json(SyntheticMaps.generate(Fixtures.SEED, 1_000));
    assertArrayEquals(NonCanonicalJson.of(canonical), NonCanonicalJson.of(canonical));
  }

  /** Whether {@code json} has whitespace between its tokens (outside its strings). */
  private static boolean whitespaceOutsideStrings(String json) {
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
        return true;
      }
    }
    return false;
  }
}
