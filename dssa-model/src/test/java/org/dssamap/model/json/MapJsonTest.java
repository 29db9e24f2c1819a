package org.dssamap.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.dssamap.model.Cell;
import org.dssamap.model.Dimension;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.Layer;
import org.dssamap.model.Placement;
import org.dssamap.model.RelationshipKind;
import org.dssamap.model.testing.DssaGenerators;
import org.junit.jupiter.api.Test;

class MapJsonTest {
  static byte[] resource(String name) throws IOException {
    try (InputStream in = MapJsonTest.class.getResourceAsStream("/json/" + name)) {
      return Objects.requireNonNull(in, name).readAllBytes();
    }
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
    qt().forAll(DssaGenerators.maps()).checkAssert(map ->
        assertEquals(map, MapJson.read(MapJson.write(map).getBytes(StandardCharsets.UTF_8), "map.json")));
  }

  @Test
  void writingWhatWasReadGivesTheSameBytes() {
    qt().forAll(DssaGenerators.maps()).checkAssert(map -> {
      String once = MapJson.write(map);
      assertEquals(once, MapJson.write(MapJson.read(once.getBytes(StandardCharsets.UTF_8), "map.json")));
    });
  }
}
