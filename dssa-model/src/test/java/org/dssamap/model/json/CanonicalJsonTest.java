package org.dssamap.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.dssamap.model.Cell;
import org.dssamap.model.Dimension;
import org.dssamap.model.Dispute;
import org.dssamap.model.Layer;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Relationship;
import org.dssamap.model.testing.DssaGenerators;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {
  private static final ObjectMapper TREES = new ObjectMapper();

  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private static String toUtf8(Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = CanonicalJson.generator(out)) {
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static JsonNode tree(String json) {
    try {
      return TREES.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void elementsAreWrittenAsTheMapFileHoldsThem() {
    qt().forAll(DssaGenerators.fileMaps()).checkAssert(map -> {
      JsonNode file = tree(MapJson.write(map));
      int i = 0;
      for (Organization o : map.organizations()) {
        assertEquals(file.get("organizations").get(i++), tree(toUtf8(g -> CanonicalJson.writeOrganization(o, g))));
      }
      i = 0;
      for (Placement p : map.placements()) {
        assertEquals(file.get("placements").get(i++), tree(toUtf8(g -> CanonicalJson.writePlacement(p, g))));
      }
      i = 0;
      for (Relationship r : map.relationships()) {
        assertEquals(file.get("relationships").get(i++), tree(toUtf8(g -> CanonicalJson.writeRelationship(r, g))));
      }
    });
  }

  @Test
  void invisibleCharactersAndCharactersBeyondTheBasicPlaneAreEscaped() {
    Organization o = Organization.withoutRegion("evil", "Evil\u202eCorp\u2028\u0085 \uD83D\uDE00 \u65E5", "registry");
    assertEquals("""
        {
          "id": "evil",
          "name": "Evil\\u202eCorp\\u2028\\u0085 \\uD83D\\uDE00 \u65E5",
          "kind": "registry"
        }""", toUtf8(g -> CanonicalJson.writeOrganization(o, g)));
  }

  @Test
  void disputeWithoutReasonLeavesReasonOut() {
    Placement p = Placement.claimed("org", Cell.of("f", Dimension.EXTERNAL, Layer.CORE))
        .disputed(Dispute.of("someone", ""));
    assertEquals("""
        {
          "organization": "org",
          "function": "f",
          "dimension": "external",
          "layer": "core",
          "status": "disputed",
          "source": "desk-research",
          "dispute": {
            "by": "someone"
          }
        }""", toUtf8(g -> CanonicalJson.writePlacement(p, g)));
  }
}
