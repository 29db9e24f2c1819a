package org.dssamap.examples.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.json.MapJson;

/**
 * {@code load} and {@code load-any}: the bytes of a map file (canonical, or as another tool might write it) read into an {@link EcosystemMap} by {@link MapJson#read(byte[], String)},
 * against the floor of any JSON reader, Jackson's streaming parser visiting every token of the same bytes.
 */
public final class LoadWorkload {
  private static final JsonFactory JSON = new JsonFactory();
  private final byte[] bytes;

  /** A workload on the canonical JSON of {@code map}. */
  public LoadWorkload(EcosystemMap map) {
    this(json(map));
  }

  private LoadWorkload(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * A workload on a non-canonical file of {@code map} ({@link NonCanonicalJson}: fields in reverse order, no
   * whitespace, an unknown field in every element), as another tool might write it.
   */
  public static LoadWorkload nonCanonical(EcosystemMap map) {
    return new LoadWorkload(NonCanonicalJson.of(json(map)));
  }

  /** The bytes read. */
  byte[] bytes() {
    return bytes.clone();
  }

  /** The canonical JSON bytes of a map. */
  static byte[] json(EcosystemMap map) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      MapJson.write(map, out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The size of the file, in bytes. */
  public int size() {
    return bytes.length;
  }

  /** Ours: the file read, checked and built into a map. */
  public EcosystemMap ours() {
    return MapJson.read(bytes, "bench.json");
  }

  /** The baseline: every token of the file visited, nothing built; returns the number of tokens. */
  public int baseline() {
    try (JsonParser parser = JSON.createParser(bytes)) {
      int tokens = 0;
      for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
        tokens++;
      }
      return tokens;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
