package org.dssamap.cli;

import java.nio.file.Path;
import java.util.Locale;

/** The kinds of map file the command line reads and writes, told apart by the file's extension. */
public enum MapFormat {
  /** The map file of {@code docs/formats.md}, {@code "format": "dssa-map/1"}. */
  JSON(".json"),
  /** The working group's placement sheet, one row per placement. */
  CSV(".csv"),
  /** The working group's table as a workbook: placements, relationships and organizations sheets. */
  XLSX(".xlsx");

  private final String extension;

  MapFormat(String extension) {
    this.extension = extension;
  }

  /** The file name extension, with its dot. */
  public String extension() {
    return extension;
  }

  /**
   * The format of {@code file}, by its extension (in any case).
   *
   * @throws CommandFailure a usage error naming the accepted extensions, when the extension is neither
   */
  public static MapFormat of(Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    for (MapFormat f : values()) {
      if (name.endsWith(f.extension)) {
        return f;
      }
    }
    throw CommandFailure.usage(file + ": not a map file name (expected one ending in .json, .csv or .xlsx)");
  }
}
