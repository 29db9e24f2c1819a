package org.dssamap.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.FunctionCatalog;
import org.dssamap.model.InvalidMapException;
import org.dssamap.model.csv.PlacementSheet;
import org.dssamap.examples.workbook.MapWorkbook;
import org.dssamap.examples.workbook.Workbooks;
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
   * Every problem an invalid input holds, one line each: its own, then those of the exceptions it suppressed (a
   * placement sheet's relationships file has its own problems, in its own name).
   */
  public static java.util.List<String> problemLines(InvalidMapException e) {
    java.util.List<String> lines = new java.util.ArrayList<>(e.formattedProblems());
    for (Throwable suppressed : e.getSuppressed()) {
      if (suppressed instanceof InvalidMapException more) {
        lines.addAll(problemLines(more));
      }
    }
    return lines;
  }

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
    if (format == MapFormat.XLSX && relationships != null) {
      throw CommandFailure.usage(file + ": --relationships is for .csv maps; a .xlsx table holds its relationships "
          + "on its relationships sheet");
    }
    return switch (format) {
      case JSON -> read(file, () -> MapJson.read(file));
      case CSV -> readSheet(file);
      case XLSX -> readWorkbook(file);
    };
  }

  /**
   * Adds {@code file}, named on the command line as {@code name}, and the files of {@code --catalog} and
   * {@code --relationships} to the inputs of {@code roles}.
   */
  FileRoles inputs(FileRoles roles, String name, Path file) {
    return roles.input(name, file, kind(file))
        .input("--catalog", catalog, "catalog")
        .input("--relationships", relationships, "relationships sheet");
  }

  /** What a map file is, in a few words: "map" for JSON, "placement sheet" for CSV. */
  static String kind(Path file) {
    return switch (MapFormat.of(file)) {
      case JSON -> "map";
      case CSV -> "placement sheet";
      case XLSX -> "table workbook";
    };
  }

  /** The catalog named by {@code --catalog}, or the bundled one. */
  FunctionCatalog catalog() {
    Path file = catalog;
    return file == null ? FunctionCatalog.dssa2012() : read(file, () -> MapJson.readCatalog(file));
  }

  private EcosystemMap readSheet(Path file) {
    FunctionCatalog functions = catalog();
    Path relationshipsFile = relationships;
    if (relationshipsFile != null) {
      // Checked here so that a missing relationships file is not reported against the placement sheet.
      read(relationshipsFile, () -> relationshipsFile);
    }
    return read(file, () -> PlacementSheet.read(file, relationshipsFile, functions));
  }

  private EcosystemMap readWorkbook(Path file) {
    FunctionCatalog functions = catalog();
    return read(file, () -> MapWorkbook.read(readBounded(file), file.toString(), functions));
  }

  /**
   * The bytes of a workbook file, refusing one larger than {@link Workbooks#MAX_BYTES} before reading it whole.
   */
  static byte[] readBounded(Path file) throws IOException {
    if (Files.size(file) > Workbooks.MAX_BYTES) {
      throw new InvalidMapException(file.toString(), java.util.List.of(org.dssamap.model.Problem.at("",
          "the file is larger than " + (Workbooks.MAX_BYTES >> 20) + " MiB, the most dssa-map reads of a workbook")));
    }
    return Files.readAllBytes(file);
  }

  /** Something that reads a file and may fail as files do. */
  @FunctionalInterface
  interface Reading<T extends @Nullable Object> {
    /** Reads. */
    T read() throws IOException;
  }

  /**
   * Runs {@code reading} of {@code file}, turning the ways reading fails into what the command line reports:
   * problems attributed to the file as the user named it, an unreadable file as one line.
   */
  static <T extends @Nullable Object> T read(Path file, Reading<T> reading) {
    if (!Files.exists(file)) {
      throw CommandFailure.io(file.toString(), "no such file", null);
    }
    if (Files.isDirectory(file)) {
      throw CommandFailure.io(file.toString(), "is a directory, not a file", null);
    }
    try {
      return reading.read();
    } catch (InvalidMapException e) {
      if (!e.source().isEmpty()) {
        throw e;
      }
      InvalidMapException named = e.withSource(file.toString());
      for (Throwable suppressed : e.getSuppressed()) {
        named.addSuppressed(suppressed);
      }
      throw named;
    } catch (IOException e) {
      throw CommandFailure.io(file.toString(), "cannot read: " + AtomicOutput.describe(e), e);
    }
  }
}
