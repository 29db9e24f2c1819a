package org.dssamap.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.FunctionCatalog;
import org.dssamap.model.InvalidMapException;
import org.dssamap.model.json.MapJson;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * Loads a map file by its extension, with the options a placement sheet needs ({@code --catalog},
 * {@code --relationships}). Every command that reads a map mixes it in:
 *
 * <pre>{@code
 * @Mixin MapInput input;
 * ...
 * EcosystemMap map = input.load(file);
 * }</pre>
 *
 * <p>A file that is not valid throws {@link InvalidMapException} carrying every problem, attributed to the file
 * name as the user typed it; the command line prints them one per line and exits with
 * {@value Dssa#EXIT_INVALID}. A file that cannot be read throws a {@link CommandFailure}.
 */
public final class MapInput {
  @Option(names = "--catalog", paramLabel = "FILE",
      description = "For a .csv map: the function catalog, a JSON catalog file (default: the bundled dssa-2012).")
  private @Nullable Path catalog;

  @Option(names = "--relationships", paramLabel = "FILE",
      description = "For a .csv map: its relationships, a CSV file with columns from,to,kind,functions.")
  private @Nullable Path relationships;

  /** Creates the options; picocli calls this. */
  public MapInput() {}

  /**
   * Reads the map in {@code file}: {@code .json} as a map file, {@code .csv} as a placement sheet.
   *
   * @throws InvalidMapException every problem of the file (or of its catalog or relationships file)
   * @throws CommandFailure when a file cannot be read, or its name says neither JSON nor CSV
   */
  public EcosystemMap load(Path file) {
    MapFormat format = MapFormat.of(file);
    if (format == MapFormat.JSON && (catalog != null || relationships != null)) {
      throw CommandFailure.usage(file + ": --catalog and --relationships are for .csv maps; "
          + "a .json map names its catalog and holds its relationships");
    }
    return switch (format) {
      case JSON -> read(file, () -> MapJson.read(file));
      case CSV -> readSheet(file);
    };
  }

  /** The catalog named by {@code --catalog}, or the bundled one. */
  FunctionCatalog catalog() {
    Path file = catalog;
    return file == null ? FunctionCatalog.dssa2012() : read(file, () -> MapJson.readCatalog(file));
  }

  /** The relationships file named by {@code --relationships}, if any. */
  Optional<Path> relationships() {
    return Optional.ofNullable(relationships);
  }

  private EcosystemMap readSheet(Path file) {
    FunctionCatalog functions = catalog();
    // PlacementSheet (branch codec) is not written yet; this is replaced when it lands.
    throw CommandFailure.usage(file + ": reading placement sheets is not available in this build (" + functions.id() + ")");
  }

  /** Something that reads a file and may fail as files do. */
  @FunctionalInterface
  interface Reading<T> {
    /** Reads. */
    T read() throws IOException;
  }

  /**
   * Runs {@code reading} of {@code file}, turning the ways reading fails into what the command line reports:
   * problems attributed to the file as the user named it, an unreadable file as one line.
   */
  static <T> T read(Path file, Reading<T> reading) {
    if (!Files.exists(file)) {
      throw CommandFailure.io(file.toString(), "no such file", null);
    }
    if (Files.isDirectory(file)) {
      throw CommandFailure.io(file.toString(), "is a directory, not a file", null);
    }
    try {
      return reading.read();
    } catch (InvalidMapException e) {
      throw e.source().isEmpty() ? e.withSource(file.toString()) : e;
    } catch (IOException e) {
      throw CommandFailure.io(file.toString(), "cannot read: " + AtomicOutput.describe(e), e);
    }
  }
}
