package org.dssamap.model.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import java.util.Optional;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Relationship;
import org.jspecify.annotations.Nullable;

/**
 * The canonical JSON form of map files, for other documents that embed map elements and should read like a
 * map file: fixed key order, two-space indent, LF line ends, optional fields left out when empty, and the
 * characters that change how text looks without being seen (C1 controls, bidirectional overrides and other
 * format characters, line and paragraph separators) written as <code>&#92;u</code> escapes, so that hostile text
 * stays visible. Characters beyond the Basic Multilingual Plane are written as escaped surrogate pairs.
 *
 * <p>A generator from this class writes no final newline; a canonical document ends with one, which the
 * caller adds after closing the generator. Numbers are written plainly, never in exponent notation.
 */
public final class CanonicalJson {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  private CanonicalJson() {}

  /** A generator writing canonical JSON as UTF-8 to {@code out}, which closing it flushes but does not close. */
  public static JsonGenerator generator(OutputStream out) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
    g.setPrettyPrinter(prettyPrinter());
    g.setCharacterEscapes(new InvisibleCharacterEscapes());
    return g;
  }


  /** Writes an organization as one object, with the fields and key order of a map file's organizations. */
  public static void writeOrganization(Organization o, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", o.id());
    g.writeStringField("name", o.name());
    g.writeStringField("kind", o.kind());
    optional(g, "region", o.region().map(r -> r.id()));
    optional(g, "url", o.url());
    optional(g, "note", o.note());
    if (o.size().isPresent()) {
      g.writeNumberField("size", o.size().getAsLong());
    }
    if (!o.isPublic()) {
      g.writeStringField("confidentiality", o.confidentiality().id());
    }
    g.writeEndObject();
  }

  /** Writes a placement as one object, with the fields and key order of a map file's placements. */
  public static void writePlacement(Placement p, JsonGenerator g) throws IOException {
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

  /** Writes a relationship as one object, with the fields and key order of a map file's relationships. */
  public static void writeRelationship(Relationship r, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("from", r.from());
    g.writeStringField("to", r.to());
    g.writeStringField("kind", r.kind().id());
    if (!r.functions().isEmpty()) {
      strings(g, "functions", r.functions());
    }
    optional(g, "note", r.note());
    if (!r.isPublic()) {
      g.writeStringField("confidentiality", r.confidentiality().id());
    }
    g.writeEndObject();
  }

  static void optional(JsonGenerator g, String key, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(key, value.get());
    }
  }

  static void strings(JsonGenerator g, String key, Collection<String> values) throws IOException {
    g.writeArrayFieldStart(key);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  /** The pretty printer of the canonical form; stateful, so each generator gets its own. */
  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
  }

  /**
   * Escapes, besides what JSON requires, the characters that change how text looks without being seen. A
   * hostile name then stays visible as {@code \u202e} in the file instead of reversing the lines after it in an
   * editor or a code review.
   */
  private static final class InvisibleCharacterEscapes extends CharacterEscapes {
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
