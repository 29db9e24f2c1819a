package org.dssamap.examples.analysis;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Optional;
import org.dssamap.model.Cell;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Relationship;
import org.jspecify.annotations.Nullable;

/**
 * The canonical JSON of the analysis formats, as the map format writes it: fixed key order, two-space indent, LF,
 * a final newline, shares rounded to four decimals, invisible characters escaped so hostile text stays visible.
 */
final class JsonWriting {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  private JsonWriting() {}

  /** Writes one JSON document. */
  interface Body {
    /** Writes the document's one value. */
    void write(JsonGenerator g) throws IOException;
  }

  static String write(Body body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setCharacterEscapes(new VisibleEscapes());
      g.setPrettyPrinter(prettyPrinter());
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory", e);
    }
    return out + "\n";
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
  }

  static void cell(JsonGenerator g, Cell cell) throws IOException {
    g.writeStringField("function", cell.function());
    g.writeStringField("dimension", cell.dimension().id());
    g.writeStringField("layer", cell.layer().id());
  }

  static void strings(JsonGenerator g, String key, Collection<String> values) throws IOException {
    g.writeArrayFieldStart(key);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  static void optional(JsonGenerator g, String key, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(key, value.get());
    }
  }

  /** A share 0..1, rounded to four decimals so that output does not depend on floating-point noise. */
  static void share(JsonGenerator g, String key, double share) throws IOException {
    g.writeFieldName(key);
    g.writeNumber(BigDecimal.valueOf(share).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros());
  }

  /** A placement with the fields and order of the map format. */
  static void placement(JsonGenerator g, Placement p) throws IOException {
    g.writeStartObject();
    g.writeStringField("organization", p.organization());
    cell(g, p.cell());
    g.writeStringField("status", p.status().id());
    g.writeStringField("source", p.source().id());
    optional(g, "asOf", p.asOf().map(Object::toString));
    if (!p.isPublic()) {
      g.writeStringField("confidentiality", p.confidentiality().id());
    }
    if (p.dispute().isPresent()) {
      g.writeObjectFieldStart("dispute");
      g.writeStringField("by", p.dispute().get().by());
      g.writeStringField("reason", p.dispute().get().reason());
      g.writeEndObject();
    }
    optional(g, "note", p.note());
    g.writeEndObject();
  }

  /** An organization with the fields and order of the map format. */
  static void organization(JsonGenerator g, Organization o) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", o.id());
    g.writeStringField("name", o.name());
    g.writeStringField("kind", o.kind());
    optional(g, "region", o.region().map(r -> r.id()));
    optional(g, "url", o.url());
    optional(g, "note", o.note());
    g.writeEndObject();
  }

  /** A relationship with the fields and order of the map format. */
  static void relationship(JsonGenerator g, Relationship r) throws IOException {
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

  /** Escapes C1 controls, bidi and other format characters, and line separators, so they show as escapes. */
  private static final class VisibleEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private static final int[] ASCII = CharacterEscapes.standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
      return ASCII;
    }

    @Override
    public @Nullable SerializableString getEscapeSequence(int ch) {
      boolean invisible = ch >= 0x80 && ch <= 0x9f || ch == 0x2028 || ch == 0x2029
          || Character.getType(ch) == Character.FORMAT;
      return invisible ? new SerializedString(String.format("\\u%04x", ch)) : null;
    }
  }
}
