package org.dssamap.examples.maps;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One source CSV file read whole: its rows as column-to-value maps, each with the row number people see when
 * they open the file in a spreadsheet (the header is row 1), so that a problem in the data points into it.
 */
final class SourceTable {
  /** One row of a source file. */
  record Row(String file, long row, ImmutableMap<String, String> values) {
    /** The value of a column the table was checked to have; empty text when the cell is empty. */
    String get(String column) {
      String v = values.get(column);
      if (v == null) {
        throw new IllegalArgumentException(file + ": row " + row + ": no column '" + column + "'");
      }
      return v;
    }

    /** The value with runs of white space (line breaks included) collapsed to one space, trimmed. */
    String text(String column) {
      return get(column).replaceAll("\\s+", " ").trim();
    }

    /** Where this row is, for messages. */
    String where() {
      return file + ": row " + row;
    }
  }

  private final ImmutableList<Row> rows;

  private SourceTable(ImmutableList<Row> rows) {
    this.rows = rows;
  }

  /**
   * Reads {@code reader} as an RFC 4180 CSV with a header row, checking that every column in {@code required}
   * is there.
   *
   * @throws IllegalArgumentException naming the file and every missing column
   */
  static SourceTable read(String file, Reader reader, List<String> required) {
    requireNonNull(file, "file");
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (CSVParser parser = CSVParser.parse(reader, format)) {
      List<String> header = parser.getHeaderNames();
      List<String> missing = required.stream().filter(c -> !header.contains(c)).toList();
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException(file + ": row 1: missing column(s) " + String.join(", ", missing)
            + " (found " + String.join(", ", header) + ")");
      }
      List<Row> rows = new ArrayList<>();
      for (CSVRecord r : parser) {
        Map<String, String> values = r.toMap();
        for (String c : header) {
          values.putIfAbsent(c, "");
        }
        rows.add(new Row(file, r.getRecordNumber() + 1, ImmutableMap.copyOf(values)));
      }
      return new SourceTable(ImmutableList.copyOf(rows));
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    } catch (IllegalStateException | UncheckedIOException e) {
      throw new IllegalArgumentException(file + ": not a valid CSV file: " + e.getMessage(), e);
    }
  }

  /** The rows, in file order. */
  ImmutableList<Row> rows() {
    return rows;
  }

  /**
   * The rows ordered by the text of {@code column}, shorter values first so that numbers sort as numbers; rows
   * with equal values keep their file order. The builder reads every file this way, so that reordering a file's
   * rows never changes the map.
   */
  ImmutableList<Row> rowsBy(String column) {
    return rows.stream()
        .sorted(Comparator.comparingInt((Row r) -> r.text(column).length()).thenComparing(r -> r.text(column)))
        .collect(ImmutableList.toImmutableList());
  }
}
