package org.dssamap.model.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.dssamap.model.CellNote;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.FunctionCatalog;
import org.dssamap.model.Intention;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Relationship;
import org.dssamap.model.SecurityFunction;
import org.jspecify.annotations.Nullable;

/**
 * Writes maps and catalogs in the canonical form of {@link CanonicalJson}. The model keeps its elements in
 * canonical order, so equal maps give byte-identical output.
 */
final class MapEncoder {
  private MapEncoder() {}

  static void writeMap(EcosystemMap map, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", MapReader.FORMAT);
    g.writeStringField("title", map.title());
    if (map.asOf().isPresent()) {
      g.writeStringField("asOf", map.asOf().get().toString());
    }
    if (map.catalog().isBundled()) {
      g.writeStringField("catalog", map.catalog().id());
    } else {
      g.writeFieldName("catalog");
      writeCatalogObject(map.catalog(), null, g);
    }
    if (!map.kindNames().isEmpty()) {
      g.writeObjectFieldStart("kinds");
      for (java.util.Map.Entry<String, String> kind : map.kindNames().entrySet()) {
        g.writeStringField(kind.getKey(), kind.getValue());
      }
      g.writeEndObject();
    }
    g.writeArrayFieldStart("organizations");
    for (Organization o : map.organizations()) {
      CanonicalJson.writeOrganization(o, g);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("placements");
    for (Placement p : map.placements()) {
      CanonicalJson.writePlacement(p, g);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("relationships");
    for (Relationship r : map.relationships()) {
      CanonicalJson.writeRelationship(r, g);
    }
    g.writeEndArray();
    if (!map.intentions().isEmpty()) {
      g.writeArrayFieldStart("intentions");
      for (Intention i : map.intentions()) {
        CanonicalJson.writeIntention(i, g);
      }
      g.writeEndArray();
    }
    if (!map.cellNotes().isEmpty()) {
      g.writeArrayFieldStart("cellNotes");
      for (CellNote n : map.cellNotes()) {
        CanonicalJson.writeCellNote(n, g);
      }
      g.writeEndArray();
    }
    if (!map.openQuestions().isEmpty()) {
      CanonicalJson.strings(g, "openQuestions", map.openQuestions());
    }
    g.writeEndObject();
  }

  /** Writes a catalog object; {@code format} is written first when given, as a catalog file has it. */
  static void writeCatalogObject(FunctionCatalog catalog, @Nullable String format, JsonGenerator g)
      throws IOException {
    g.writeStartObject();
    if (format != null) {
      g.writeStringField("format", format);
    }
    g.writeStringField("id", catalog.id());
    if (!catalog.title().isEmpty()) {
      g.writeStringField("title", catalog.title());
    }
    g.writeArrayFieldStart("functions");
    for (SecurityFunction f : catalog.functions()) {
      g.writeStartObject();
      g.writeStringField("id", f.id());
      g.writeStringField("name", f.name());
      g.writeStringField("definition", f.definition());
      g.writeStringField("source", f.source());
      CanonicalJson.strings(g, "expected", f.expectedSpecs());
      if (!f.rationale().isEmpty()) {
        g.writeStringField("rationale", f.rationale());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
