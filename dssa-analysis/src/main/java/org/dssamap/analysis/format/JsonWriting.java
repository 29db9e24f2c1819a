package org.dssamap.analysis.format;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Optional;
import org.dssamap.model.Cell;
import org.dssamap.model.json.CanonicalJson;

/**
 * The canonical JSON of the analysis formats, written by {@link CanonicalJson} as map files are, with a final
 * newline and shares rounded to four decimals.
 */
final class JsonWriting {
  private JsonWriting() {}

  /** Writes one JSON document. */
  interface Body {
    /** Writes the document's one value. */
    void write(JsonGenerator g) throws IOException;
  }

  /** The document as a string: exactly the UTF-8 bytes {@link #write(Body, OutputStream)} writes, decoded. */
  static String write(Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(body, out);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory", e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Writes the document, UTF-8, and its final newline to {@code out}, which is flushed and not closed. */
  static void write(Body body, OutputStream out) throws IOException {
    try (JsonGenerator g = CanonicalJson.generator(out)) {
      body.write(g);
    }
    out.write('\n');
    out.flush();
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
}
