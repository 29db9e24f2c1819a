package org.dssamap.model.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dssamap.model.CatalogMigration;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.FunctionCatalog;
import org.dssamap.model.InvalidMapException;
import org.dssamap.model.Problem;
import org.dssamap.model.internal.FileIo;
import org.dssamap.model.internal.SourceText;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes map files ({@code "format": "dssa-map/1"}) and function catalog files, as described in
 * FORMAT.md and {@code docs/formats.md}.
 *
 * <p>Reading reports every problem of a file at once in one {@link InvalidMapException} whose {@link
 * InvalidMapException#source() source} is the file's name: field problems and cross-reference problems by JSON
 * path ({@code $.placements[3].organization}), syntax problems by {@code LINE:COL}. Input is bounded by the
 * {@code MAX_...} limits below, each of which also becomes a located problem. Fields this version does not
 * know are ignored, so that other tools may add their own.
 *
 * <p>Writing is canonical: equal maps give byte-identical UTF-8 output.
 */
public final class MapJson {
  /** The deepest nesting of arrays and objects a file may have; a valid map needs five levels. */
  public static final int MAX_NESTING_DEPTH = 64;
  /** The longest string value, in characters (1 MiB). */
  public static final int MAX_STRING_LENGTH = 1 << 20;
  /** The longest key, in characters. */
  public static final int MAX_NAME_LENGTH = 1_000;
  /** The longest number, in characters; a map holds no numbers, so anything longer is hostile. */
  public static final int MAX_NUMBER_LENGTH = 100;
  /** The largest file, in bytes (256 MiB). */
  public static final long MAX_DOCUMENT_LENGTH = FileIo.MAX_INPUT_BYTES;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(MAX_NESTING_DEPTH)
          .maxStringLength(MAX_STRING_LENGTH)
          .maxNameLength(MAX_NAME_LENGTH)
          .maxNumberLength(MAX_NUMBER_LENGTH)
          .maxDocumentLength(MAX_DOCUMENT_LENGTH)
          .build())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .build();
  private static final ObjectMapper TREES = new ObjectMapper(FACTORY);
  /**
   * The parsers of the streaming fast path, which finds duplicate keys itself: Jackson's detection costs a
   * hash set per object of more than two keys, that is per element.
   */
  private static final JsonFactory STREAMING = FACTORY.rebuild()
      .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private MapJson() {}

  /**
   * Reads a map file.
   *
   * @throws InvalidMapException listing every problem, with the file's name as its source
   * @throws IOException when the file cannot be read
   */
  public static EcosystemMap read(Path file) throws IOException {
    return read(FileIo.readBounded(file), file.toString());
  }

  /**
   * Reads a map from a stream, which is read to its end and not closed.
   *
   * @param sourceName the name problems are reported against, usually a file name
   * @throws InvalidMapException listing every problem
   * @throws IOException when the stream cannot be read
   */
  public static EcosystemMap read(InputStream in, String sourceName) throws IOException {
    return read(FileIo.readBounded(in, sourceName), sourceName);
  }

  /**
   * Reads a map from the bytes of a file.
   *
   * @param sourceName the name problems are reported against, usually a file name
   * @throws InvalidMapException listing every problem
   */
  public static EcosystemMap read(byte[] bytes, String sourceName) {
    checkEncoding(bytes, sourceName);
    // A valid file is read by streaming; any file the fast path will not vouch for is read again as a tree,
    // which finds, locates and orders every problem.
    Optional<EcosystemMap> fast = StreamingMapReader.read(bytes, STREAMING, TREES);
    if (fast.isPresent()) {
      return fast.get();
    }
    return MapDecoder.map(parse(bytes, sourceName, "a dssa-map/1 map"), sourceName);
  }

  /**
   * Reads a function catalog file: one catalog object, as a map's inline {@code catalog}, optionally with
   * {@code "format": "dssa-catalog/1"}.
   *
   * @throws InvalidMapException listing every problem, with the file's name as its source
   * @throws IOException when the file cannot be read
   */
  public static FunctionCatalog readCatalog(Path file) throws IOException {
    return readCatalog(FileIo.readBounded(file), file.toString());
  }

  /**
   * Reads a function catalog from the bytes of a file.
   *
   * @throws InvalidMapException listing every problem
   */
  public static FunctionCatalog readCatalog(byte[] bytes, String sourceName) {
    return MapDecoder.catalogFile(parse(bytes, sourceName, "a function catalog"), sourceName);
  }

  /**
   * Reads a migration plan file ({@code "format": "dssa-migration/1"}, described in docs/formats.md): which
   * functions of {@code map}'s catalog are renamed, split or merged into which functions of {@code to}. Every
   * function it names is checked against both catalogs, every organization against the map, and every split
   * against the map's placements (each must go somewhere).
   *
   * @throws InvalidMapException listing every problem by JSON path, with the file's name as its source
   * @throws IOException when the file cannot be read
   */
  public static CatalogMigration readMigrationPlan(Path file, EcosystemMap map, FunctionCatalog to)
      throws IOException {
    return readMigrationPlan(FileIo.readBounded(file), file.toString(), map, to);
  }

  /**
   * Reads a migration plan from the bytes of a file.
   *
   * @throws InvalidMapException listing every problem
   */
  public static CatalogMigration readMigrationPlan(byte[] bytes, String sourceName, EcosystemMap map,
      FunctionCatalog to) {
    return MigrationPlanDecoder.plan(parse(bytes, sourceName, "a migration plan"), sourceName, map, to);
  }

  /** The map in canonical form: UTF-8 text, LF line ends, a final newline. */
  public static String write(EcosystemMap map) {
    return inMemory(out -> write(map, out));
  }

  /** Writes the map in canonical form, UTF-8, to a stream, which is flushed and not closed. */
  public static void write(EcosystemMap map, OutputStream out) throws IOException {
    try (JsonGenerator g = CanonicalJson.generator(out)) {
      MapEncoder.writeMap(map, g);
    }
    out.write('\n');
    out.flush();
  }

  /**
   * Writes the map in canonical form to a file, replacing it only once the whole map is written: a failure
   * leaves no partial file and keeps whatever was there before.
   */
  public static void write(EcosystemMap map, Path file) throws IOException {
    FileIo.replaceAll(List.of(file), List.of(out -> write(map, out)));
  }

  /** The catalog as a catalog file in canonical form. */
  public static String writeCatalog(FunctionCatalog catalog) {
    return inMemory(out -> writeCatalog(catalog, out));
  }

  /** Writes the catalog as a catalog file in canonical form, UTF-8, to a stream, which is not closed. */
  public static void writeCatalog(FunctionCatalog catalog, OutputStream out) throws IOException {
    try (JsonGenerator g = CanonicalJson.generator(out)) {
      MapEncoder.writeCatalogObject(catalog, MapDecoder.CATALOG_FORMAT, g);
    }
    out.write('\n');
    out.flush();
  }

  private static String inMemory(FileIo.Content content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      content.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException("a byte array stream does not fail", e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Parses the bytes into a tree; any problem of syntax, encoding or size becomes a located problem. */
  private static JsonNode parse(byte[] bytes, String sourceName, String expected) {
    checkEncoding(bytes, sourceName);
    JsonParser parser = null;
    try {
      parser = FACTORY.createParser(bytes);
      JsonNode root = TREES.readTree(parser);
      if (root == null) {
        throw problem(sourceName, "", "the file is empty; expected " + expected + " (a JSON object)");
      }
      if (parser.nextToken() != null) {
        throw problem(sourceName, location(null, parser),
            "more content after the end of the JSON value; expected the file to end");
      }
      return root;
    } catch (JsonProcessingException e) {
      throw problem(sourceName, location(e.getLocation(), parser), describe(e));
    } catch (IOException e) {
      throw new UncheckedIOException("reading a byte array does not fail", e);
    } finally {
      closeQuietly(parser);
    }
  }

  private static void checkEncoding(byte[] bytes, String sourceName) {
    Optional<Problem> encoding = SourceText.checkUtf8(bytes);
    if (encoding.isPresent()) {
      throw new InvalidMapException(sourceName, List.of(encoding.get()));
    }
  }

  private static void closeQuietly(@Nullable JsonParser parser) {
    if (parser != null) {
      try {
        parser.close();
      } catch (IOException e) {
        // Closing a parser over a byte array releases buffers only; there is nothing to report.
      }
    }
  }

  private static String location(@Nullable JsonLocation at, @Nullable JsonParser parser) {
    JsonLocation where = at != null && at.getLineNr() > 0 ? at : parser == null ? null : parser.currentLocation();
    if (where == null || where.getLineNr() <= 0) {
      return "";
    }
    return where.getLineNr() + ":" + Math.max(1, where.getColumnNr());
  }

  /** A message for a person: what was wrong, without Jackson's class names or source excerpts. */
  private static String describe(JsonProcessingException e) {
    String original = String.valueOf(e.getOriginalMessage());
    if (e instanceof StreamConstraintsException) {
      if (original.contains("nesting depth")) {
        return "arrays and objects nested more than " + MAX_NESTING_DEPTH + " deep; a map needs far fewer";
      }
      if (original.contains("String value length")) {
        return "a string longer than " + MAX_STRING_LENGTH + " characters, the most a value may hold";
      }
      if (original.contains("Name length")) {
        return "a key longer than " + MAX_NAME_LENGTH + " characters";
      }
      if (original.contains("Number value length")) {
        return "a number longer than " + MAX_NUMBER_LENGTH + " digits";
      }
      if (original.contains("Document length")) {
        return "the file is longer than " + MAX_DOCUMENT_LENGTH + " bytes, the most a map file may be";
      }
      return "the file exceeds a limit: " + plain(original);
    }
    if (e instanceof JsonEOFException || original.contains("end-of-input")) {
      return "the file ends in the middle of a JSON value (is it truncated?); expected the rest of the value";
    }
    if (original.startsWith("Duplicate field")) {
      return "duplicate key " + original.substring("Duplicate field ".length())
          + "; expected each key once per object";
    }
    return "not valid JSON: " + plain(original);
  }

  /** Jackson's message made safe to print: its first line, control characters escaped, at most 300 long. */
  private static String plain(String message) {
    int end = message.indexOf('\n');
    String line = end < 0 ? message : message.substring(0, end);
    StringBuilder out = new StringBuilder();
    line.codePoints().limit(300).forEach(c -> {
      if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
        out.append(String.format("\\u%04x", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }

  private static InvalidMapException problem(String sourceName, String location, String message) {
    return new InvalidMapException(sourceName, List.of(Problem.at(location, message)));
  }
}
