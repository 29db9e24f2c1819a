package org.dssamap.model.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
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

/**
 * Reads and writes map files ({@code "format": "dssa-map/1"}), function catalog files ({@code "format":
 * "dssa-catalog/1"}) and migration plans ({@code "format": "dssa-migration/1"}), as {@code docs/formats.md} in the
 * repository specifies them; their JSON Schemas are {@code docs/schemas/map.schema.json}, {@code
 * catalog.schema.json} and {@code migration.schema.json} (where a schema and {@code docs/formats.md} or this reader
 * differ, the docs and the reader are normative).
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
  /**
   * The parsers of the map reader, which finds duplicate keys itself: Jackson's detection costs a hash set per
   * object of more than two keys, that is per element, and stops at the first.
   */
  static final JsonFactory STREAMING = FACTORY.rebuild()
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
    Optional<Problem> encoding = SourceText.checkUtf8(bytes);
    if (encoding.isPresent()) {
      throw new InvalidMapException(sourceName, List.of(encoding.get()));
    }
    if (bytes.length > MAX_DOCUMENT_LENGTH) {
      throw new InvalidMapException(sourceName, List.of(Problem.at("", "the file is longer than "
          + MAX_DOCUMENT_LENGTH + " bytes, the most a file may be")));
    }
    return MapReader.read(bytes, sourceName, STREAMING);
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
    return CatalogDecoder.catalogFile(StrictJson.parse(bytes, sourceName, "a function catalog"), sourceName);
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
    return MigrationPlanDecoder.plan(StrictJson.parseClean(bytes, sourceName, "a migration plan"), sourceName, map,
        to);
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
      MapEncoder.writeCatalogObject(catalog, CatalogDecoder.CATALOG_FORMAT, g);
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
}
