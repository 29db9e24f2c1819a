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
import com.google.common.annotations.Beta;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import java.util.Optional;
import org.dssamap.model.CellNote;
import org.dssamap.model.Intention;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Relationship;
import org.dssamap.model.internal.Chars;
import org.dssamap.model.internal.Field;
import org.dssamap.model.internal.Kind;
import org.dssamap.model.internal.Records;
import org.dssamap.model.internal.Shape;
import org.jspecify.annotations.Nullable;

/**
 * The canonical JSON form of map files, for other documents that embed map elements and should read like a
 * map file: fixed key order, two-space indent, LF line ends, optional fields left out when empty, and the
 * characters that change how text looks without being seen (C1 controls, bidirectional overrides and other
 * format characters, line and paragraph separators) written as <code>&#92;u</code> escapes, so that hostile text
 * stays visible. Characters beyond the Basic Multilingual Plane are written as escaped surrogate pairs.
 *
 * <p>A generator from this class writes no final newline; a canonical document ends with one, which the
 * caller adds after closing the generator. Numbers are written plainly, never in exponent notation. The canonical
 * form is specified in {@code docs/formats.md} in the repository ("Canonical form").
 *
 * <p>Marked {@link Beta}: the canonical JSON writing the libraries share, whose signatures name Jackson's
 * types. Not part of the API that japicmp checks; it may change in any release.
 */
@Beta
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
    write(Records.ORGANIZATION, o, g);
  }

  /** Writes a placement as one object, with the fields and key order of a map file's placements. */
  public static void writePlacement(Placement p, JsonGenerator g) throws IOException {
    write(Records.PLACEMENT, p, g);
  }

  /** Writes a relationship as one object, with the fields and key order of a map file's relationships. */
  public static void writeRelationship(Relationship r, JsonGenerator g) throws IOException {
    write(Records.RELATIONSHIP, r, g);
  }

  /** Writes an intention as one object, with the fields and key order of a map file's intentions. */
  public static void writeIntention(Intention i, JsonGenerator g) throws IOException {
    write(Records.INTENTION, i, g);
  }

  /** Writes a note on a cell as one object, with the fields and key order of a map file's cell notes. */
  public static void writeCellNote(CellNote n, JsonGenerator g) throws IOException {
    write(Records.CELL_NOTE, n, g);
  }

  /** Writes a record as its shape says: every field it has a value for, in canonical order. */
  private static <R> void write(Shape<R> shape, R record, JsonGenerator g) throws IOException {
    g.writeStartObject();
    for (Field<R> field : shape.fields()) {
      @Nullable Object value = field.toWrite(record);
      if (value != null) {
        g.writeFieldName(field.name());
        value(field.kind(), value, g);
      }
    }
    g.writeEndObject();
  }

  @SuppressWarnings("unchecked")
  private static void value(Kind kind, Object value, JsonGenerator g) throws IOException {
    switch (kind.tag()) {
      case COUNT -> g.writeNumber((Long) value);
      case SLUGS -> {
        g.writeStartArray();
        for (String id : (Collection<String>) value) {
          g.writeString(id);
        }
        g.writeEndArray();
      }
      case RECORD -> write((Shape<Object>) kind.nested(), value, g);
      case RECORDS -> {
        g.writeStartArray();
        for (Object one : (Collection<Object>) value) {
          write((Shape<Object>) kind.nested(), one, g);
        }
        g.writeEndArray();
      }
      default -> g.writeString(kind.toText(value));
    }
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
      // Below 0x80 JSON's own escapes apply (DEL is visible enough in a file and stays as it is).
      return ch >= 0x80 && Chars.isInvisible(ch) ? new SerializedString(String.format("\\u%04x", ch)) : null;
    }
  }
}
