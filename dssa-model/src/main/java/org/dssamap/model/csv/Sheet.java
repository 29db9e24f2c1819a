package org.dssamap.model.csv;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dssamap.model.InvalidMapException;
import org.dssamap.model.Problem;
import org.dssamap.model.internal.SourceText;

/**
 * One CSV file read as a header and rows, every cell addressable by column name and every problem located
 * by {@code LINE:COL}. Column names are matched without regard to case or surrounding spaces; columns it does
 * not know are ignored; rows with nothing in them are skipped.
 */
final class Sheet {
  static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
      .setRecordSeparator("\n")
      .setIgnoreEmptyLines(true)
      .get();

  private final String name;
  private final Map<String, Integer> columns;
  private final ImmutableList<Row> rows;
  private final List<Problem> problems = new ArrayList<>();

  private Sheet(String name, Map<String, Integer> columns, ImmutableList<Row> rows, List<Problem> problems) {
    this.name = name;
    this.columns = columns;
    this.rows = rows;
    this.problems.addAll(problems);
  }

  /**
   * Reads a CSV file's bytes: strict UTF-8 (a byte order mark is dropped), RFC 4180 quoting, a header row
   * that must have every one of {@code required} columns.
   *
   * @throws InvalidMapException for bytes that are not UTF-8, broken quoting, an empty file, or a header that
   *     lacks required columns (one problem naming them all)
   */
  static Sheet read(byte[] bytes, String name, List<String> required, List<String> optional) {
    SourceText text = SourceText.decode(bytes, name);
    List<CSVRecord> records = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text.text()), FORMAT)) {
      try {
        parser.forEach(records::add);
      } catch (UncheckedIOException | IllegalStateException e) {
        // Commons CSV reports broken quoting this way; its own message names Java internals, ours the fix.
        throw new InvalidMapException(name, List.of(Problem.at(String.valueOf(parser.getCurrentLineNumber() + 1),
            "a quoted value is not closed, or text follows its closing quote; expected RFC 4180 quoting "
                + "(a value in double quotes, a double quote inside it doubled)")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string does not fail", e);
    }
    String expectedHeader = "a header row with the columns " + String.join(",", required)
        + (optional.isEmpty() ? "" : " (and optionally " + String.join(",", optional) + ")");
    if (records.isEmpty()) {
      throw new InvalidMapException(name, List.of(Problem.at("", "the file is empty; expected " + expectedHeader)));
    }
    CSVRecord header = records.get(0);
    List<Problem> problems = new ArrayList<>();
    Map<String, Integer> columns = new HashMap<>();
    int headerLine = lineOf(text, header);
    for (int i = 0; i < header.size(); i++) {
      String column = header.get(i).strip().toLowerCase(Locale.ROOT);
      if (column.isEmpty()) {
        continue;
      }
      Integer first = columns.putIfAbsent(column, i);
      if (first != null) {
        problems.add(Problem.at(headerLine + ":" + (i + 1), "column '" + Problem.quote(column)
            + "' appears twice (first in column " + (first + 1) + "); expected each column once"));
      }
    }
    Set<String> missing = new LinkedHashSet<>(required);
    missing.removeAll(columns.keySet());
    if (!missing.isEmpty()) {
      problems.add(Problem.at(String.valueOf(headerLine), "the header lacks the required "
          + (missing.size() == 1 ? "column " : "columns ") + String.join(", ", missing) + "; expected "
          + expectedHeader));
    }
    if (!problems.isEmpty()) {
      throw new InvalidMapException(name, problems);
    }
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    for (CSVRecord record : records.subList(1, records.size())) {
      if (record.stream().allMatch(String::isEmpty)) {
        continue;
      }
      int line = lineOf(text, record);
      if (record.size() > header.size()) {
        for (int i = header.size(); i < record.size(); i++) {
          if (!record.get(i).isEmpty()) {
            problems.add(Problem.at(line + ":" + (i + 1), "a value in column " + (i + 1)
                + ", which the header does not name; expected at most " + header.size() + " values"));
            break;
          }
        }
      }
      rows.add(new Row(line, record));
    }
    return new Sheet(name, columns, rows.build(), problems);
  }

  /** The line a record starts on; Commons CSV counts from before the blank lines it skipped. */
  private static int lineOf(SourceText text, CSVRecord record) {
    long at = record.getCharacterPosition();
    String s = text.text();
    while (at < s.length() && (s.charAt((int) at) == '\n' || s.charAt((int) at) == '\r')) {
      at++;
    }
    return text.lineOf(at);
  }

  /** The file's name, as problems are reported against. */
  String name() {
    return name;
  }

  /** The rows after the header that have something in them. */
  ImmutableList<Row> rows() {
    return rows;
  }

  /** Whether the header has the column. */
  boolean has(String column) {
    return columns.containsKey(column);
  }

  /** The value in a row's column, empty when the column or the value is absent. */
  Optional<String> value(Row row, String column) {
    Integer i = columns.get(column);
    if (i == null || i >= row.record().size() || row.record().get(i).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(row.record().get(i));
  }

  /** The {@code LINE:COL} of a row's column. */
  String at(Row row, String column) {
    Integer i = columns.get(column);
    return i == null ? String.valueOf(row.line()) : row.line() + ":" + (i + 1);
  }

  /** Records a problem in a row's column; the message starts with the column's name. */
  void problem(Row row, String column, String message) {
    problems.add(Problem.at(at(row, column), column + ": " + message));
  }

  /** Every problem so far. */
  List<Problem> problems() {
    return problems;
  }

  int problemCount() {
    return problems.size();
  }

  /** The problems of this sheet and {@code more}, in line then column order. */
  InvalidMapException exception(List<Problem> more) {
    List<Problem> all = new ArrayList<>(problems);
    all.addAll(more);
    all.sort(Comparator.comparingLong((Problem p) -> position(p.location())));
    return new InvalidMapException(name, all);
  }

  /** {@code LINE:COL} or {@code LINE} as one number that sorts by line, then column. */
  private static long position(String location) {
    int colon = location.indexOf(':');
    try {
      long line = Long.parseLong(colon < 0 ? location : location.substring(0, colon));
      long column = colon < 0 ? 0 : Long.parseLong(location.substring(colon + 1));
      return (line << 32) + column;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /**
   * A row of the sheet.
   *
   * @param line the line it starts on, 1-based
   * @param record its values
   */
  record Row(int line, CSVRecord record) {}
}
