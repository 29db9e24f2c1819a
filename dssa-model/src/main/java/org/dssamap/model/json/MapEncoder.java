package org.dssamap.model.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.util.Collection;
import java.util.Optional;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.FunctionCatalog;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Relationship;
import org.dssamap.model.SecurityFunction;
import org.jspecify.annotations.Nullable;

/**
 * Writes maps and catalogs in the canonical form: fixed key order, two-space indent, LF line ends, a final
 * newline, optional fields left out when empty. The model keeps its elements in canonical order, so equal
 * maps give byte-identical output.
 */
final class MapEncoder {
  private MapEncoder() {}

  /** The pretty printer of the canonical form; stateful, so each generator gets its own copy. */
  static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
  }

  static void writeMap(EcosystemMap map, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", MapDecoder.FORMAT);
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
    g.writeArrayFieldStart("organizations");
    for (Organization o : map.organizations()) {
      g.writeStartObject();
      g.writeStringField("id", o.id());
      g.writeStringField("name", o.name());
      g.writeStringField("kind", o.kind());
      optional(g, "region", o.region().map(r -> r.id()));
      optional(g, "url", o.url());
      optional(g, "note", o.note());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("placements");
    for (Placement p : map.placements()) {
      g.writeStartObject();
      g.writeStringField("organization", p.organization());
      g.writeStringField("function", p.cell().function());
      g.writeStringField("dimension", p.cell().dimension().id());
      g.writeStringField("layer", p.cell().layer().id());
      g.writeStringField("status", p.status().id());
      g.writeStringField("source", p.source().id());
      optional(g, "asOf", p.asOf().map(Object::toString));
      if (!p.isPublic()) {
        g.writeStringField("confidentiality", p.confidentiality().id());
      }
      if (p.dispute().isPresent()) {
        g.writeObjectFieldStart("dispute");
        g.writeStringField("by", p.dispute().get().by());
        optional(g, "reason", Optional.of(p.dispute().get().reason()).filter(r -> !r.isEmpty()));
        g.writeEndObject();
      }
      optional(g, "note", p.note());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("relationships");
    for (Relationship r : map.relationships()) {
      g.writeStartObject();
      g.writeStringField("from", r.from());
      g.writeStringField("to", r.to());
      g.writeStringField("kind", r.kind().id());
      if (!r.functions().isEmpty()) {
        strings(g, "functions", r.functions());
      }
      optional(g, "note", r.note());
      g.writeEndObject();
    }
    g.writeEndArray();
    if (!map.openQuestions().isEmpty()) {
      strings(g, "openQuestions", map.openQuestions());
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
      strings(g, "expected", f.expectedSpecs());
      if (!f.rationale().isEmpty()) {
        g.writeStringField("rationale", f.rationale());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void optional(JsonGenerator g, String key, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(key, value.get());
    }
  }

  private static void strings(JsonGenerator g, String key, Collection<String> values) throws IOException {
    g.writeArrayFieldStart(key);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  /**
   * Escapes, besides what JSON requires, the characters that change how text looks without being seen: C1
   * controls, bidirectional overrides and other format characters, line and paragraph separators. A hostile
   * name then stays visible as {@code \u202e} in the file instead of reversing the lines after it in an editor
   * or a code review.
   */
  static final class InvisibleCharacterEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private static final int[] ASCII = CharacterEscapes.standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
      return ASCII;
    }

    @Override
    public @Nullable SerializableString getEscapeSequence(int ch) {
      boolean invisible = ch >= 0x80 && ch <= 0x9f
          || ch == 0x2028 || ch == 0x2029
          || Character.getType(ch) == Character.FORMAT;
      return invisible ? new SerializedString(String.format("\\u%04x", ch)) : null;
    }
  }
}
