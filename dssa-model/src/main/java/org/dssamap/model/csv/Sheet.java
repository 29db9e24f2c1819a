package org.dssamap.model.csv;

import com.google.common.collect.ImmutableList;
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
import org.dssamap.model.InvalidMapException;
import org.dssamap.model.Problem;
import org.dssamap.model.internal.SourceText;
import org.jspecify.annotations.Nullable;

/**
 * One sheet read as a header and rows, every cell addressable by column name and every problem located: a CSV
 * file's by {@code LINE:COL}, rows given by another reader ({@link SheetRow}, a spreadsheet's) where those rows say
 * their cells are. Column names are matched without regard to case or surrounding spaces; columns it does not know
 * are ignored; rows with nothing in them are skipped.
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
  /** Where each problem is in reading order, one per problem. */
  private final List<Long> order = new ArrayList<>();
  /** For rows given by another reader: the reading order of each row's location; null for a CSV file. */
  private final @Nullable Map<String, Long> rowOrder;

  private Sheet(String name, Map<String, Integer> columns, ImmutableList<Row> rows, @Nullable Map<String, Long>
      rowOrder) {
    this.name = name;
    this.columns = columns;
    this.rows = rows;
    this.rowOrder = rowOrder;
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
    Tokens tokens = Tokens.of(text, separator(text.text()));
    if (!tokens.problems().isEmpty()) {
      throw new InvalidMapException(name, tokens.problems());
    }
    List<Row> records = new ArrayList<>(tokens.records().size());
    for (Record record : tokens.records()) {
      records.add(new Row(record.line(), record.fields(), null));
    }
    return of(records, name, required, optional, null);
  }

  /**
   * Reads rows that another reader found (a spreadsheet's), the first the header, each problem located where the
   * rows say their cells are.
   *
   * @throws InvalidMapException for no rows, or a header that lacks required columns or names one twice
   */
  static Sheet of(List<SheetRow> given, String name, List<String> required, List<String> optional) {
    List<Row> records = new ArrayList<>(given.size());
    Map<String, Long> rowOrder = new HashMap<>();
    for (int i = 0; i < given.size(); i++) {
      Row row = new Row(i + 1, given.get(i).values(), given.get(i));
      records.add(row);
      rowOrder.putIfAbsent(row.location(), row.order(-1));
    }
    return of(records, name, required, optional, rowOrder);
  }

  private static Sheet of(List<Row> records, String name, List<String> required, List<String> optional,
      @Nullable Map<String, Long> rowOrder) {
    boolean csv = rowOrder == null;
    String expectedHeader = "a header row with the columns " + String.join(",", required)
        + (optional.isEmpty() ? "" : " (and optionally " + String.join(",", optional) + ")");
    if (records.isEmpty()) {
      throw new InvalidMapException(name, List.of(Problem.at("", (csv ? "the file is empty" : "the sheet is empty")
          + "; expected " + expectedHeader)));
    }
    Row header = records.get(0);
    List<Problem> problems = new ArrayList<>();
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String column = columnName(header.get(i));
      if (column.isEmpty()) {
        continue;
      }
      Integer first = columns.putIfAbsent(column, i);
      if (first != null) {
        problems.add(Problem.at(header.at(i), "column '" + Problem.quote(column) + "' appears twice (first "
            + (csv ? "in column " + (first + 1) : "at " + header.at(first)) + "); expected each column once"));
      }
    }
    Set<String> missing = new LinkedHashSet<>(required);
    missing.removeAll(columns.keySet());
    if (!missing.isEmpty()) {
      problems.add(Problem.at(header.location(), "the header lacks the required "
          + (missing.size() == 1 ? "column " : "columns ") + String.join(", ", missing) + "; expected "
          + expectedHeader));
    }
    if (!problems.isEmpty()) {
      throw new InvalidMapException(name, problems);
    }
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    List<Row> strayRows = new ArrayList<>();
    List<Integer> strayColumns = new ArrayList<>();
    for (Row record : records.subList(1, records.size())) {
      if (record.values().stream().allMatch(String::isEmpty)) {
        continue;
      }
      for (int i = header.size(); i < record.size(); i++) {
        if (!record.get(i).isEmpty()) {
          strayRows.add(record);
          strayColumns.add(i);
          break;
        }
      }
      rows.add(record);
    }
    Sheet sheet = new Sheet(name, columns, rows.build(), rowOrder);
    for (int s = 0; s < strayRows.size(); s++) {
      Row record = strayRows.get(s);
      int i = strayColumns.get(s);
      sheet.add(record.order(i), Problem.at(record.at(i), csv
          ? "a value in column " + (i + 1) + ", which the header does not name; expected at most " + header.size()
              + " values"
          : "a value in a column the header does not name; expected values under the header's columns only"));
    }
    return sheet;
  }

  /**
   * The name of a column as a header cell gives it: any case, spaces or hyphens for underscores ({@code As of},
   * {@code As-Of} and {@code as_of} are one column), spaces around.
   */
  static String columnName(String header) {
    return header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "_");
  }

  /**
   * The separator of a sheet's values: a comma, or the semicolon or tab that spreadsheet programs write in
   * some locales, whichever its first line holds most of outside quotes (a comma when none).
   */
  static char separator(String text) {
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == ';') {
        semicolons++;
      } else if (!quoted && c == '\t') {
        tabs++;
      }
    }
    if (semicolons > commas && semicolons >= tabs) {
      return ';';
    }
    return tabs > commas && tabs > semicolons ? '\t' : ',';
  }

  /**
   * A value as a cell of a written sheet: text that a spreadsheet would run as a formula (starting with
   * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) gets a leading {@code '}, as a
   * spreadsheet user types to keep text text. So that the escape is never ambiguous, a value that already starts
   * with apostrophes followed by one of those characters gets one more. {@link #unescapeFormula} undoes it.
   */
  static String escapeFormula(String value) {
    return isEscaped(value, 0) ? "'" + value : value;
  }

  /** A cell's value as read: one leading {@code '} dropped when apostrophes lead to a formula character. */
  static String unescapeFormula(String value) {
    return !value.isEmpty() && value.charAt(0) == '\'' && isEscaped(value, 1) ? value.substring(1) : value;
  }

  /** Whether {@code value} from {@code from} on is apostrophes (any number) and then a formula character. */
  private static boolean isEscaped(String value, int from) {
    int i = from;
    while (i < value.length() && value.charAt(i) == '\'') {
      i++;
    }
    if (i >= value.length()) {
      return false;
    }
    char c = value.charAt(i);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /**
   * One record of the file: the line it starts on and its values, unquoted and unescaped.
   *
   * @param line 1-based
   * @param fields the values in file order
   */
  @SuppressWarnings("JavaLangClash") // package-private, named as RFC 4180 does; java.lang.Record is not used here
  record Record(int line, List<String> fields) {
    int size() {
      return fields.size();
    }

    String get(int i) {
      return fields.get(i);
    }
  }

  /**
   * The records of a CSV text by RFC 4180: values separated by commas, records by CRLF, LF or CR; a value in
   * double quotes may hold commas, line breaks and doubled double quotes. Lines with nothing on them are
   * skipped. Every breach is a problem at the line and field where it is: a quote that is never closed (where it
   * opened), text after a closing quote, a double quote inside a value that is not quoted.
   */
  record Tokens(List<Record> records, List<Problem> problems) {
    static Tokens of(SourceText source, char separator) {
      String text = source.text();
      int n = text.length();
      List<Record> records = new ArrayList<>();
      List<Problem> problems = new ArrayList<>();
      int pos = 0;
      while (pos < n) {
        char first = text.charAt(pos);
        if (first == '\n' || first == '\r') {
          pos = lineEnd(text, pos);
          continue;
        }
        int line = source.lineOf(pos);
        List<String> fields = new ArrayList<>();
        boolean recordEnded = false;
        while (!recordEnded) {
          int column = fields.size() + 1;
          String value;
          if (pos < n && text.charAt(pos) == '"') {
            int open = pos;
            StringBuilder quoted = new StringBuilder();
            pos++;
            while (true) {
              if (pos >= n) {
                problems.add(Problem.at(source.lineOf(open) + ":" + column, "a quoted value opens here and is never "
                    + "closed; expected a closing double quote (a double quote inside the value is doubled: \"\")"));
                return new Tokens(records, problems);
              }
              char c = text.charAt(pos);
              if (c == '"') {
                if (pos + 1 < n && text.charAt(pos + 1) == '"') {
                  quoted.append('"');
                  pos += 2;
                  continue;
                }
                pos++;
                break;
              }
              quoted.append(c);
              pos++;
            }
            value = quoted.toString();
            if (pos < n && !isDelimiter(text.charAt(pos), separator)) {
              problems.add(Problem.at(source.lineOf(pos) + ":" + column, "text after the closing quote of a "
                  + "value; expected " + describe(separator) + " or the end of the line (a double quote inside a "
                  + "value is doubled: \"\")"));
              while (pos < n && !isDelimiter(text.charAt(pos), separator)) {
                pos++;
              }
            }
          } else {
            int start = pos;
            while (pos < n && !isDelimiter(text.charAt(pos), separator)) {
              pos++;
            }
            value = text.substring(start, pos);
            if (value.indexOf('"') >= 0) {
              problems.add(Problem.at(line + ":" + column, "a double quote inside a value that is not quoted; "
                  + "expected the whole value in double quotes, with the quote doubled (\"say \"\"hi\"\"\")"));
            }
          }
          fields.add(unescapeFormula(value));
          if (pos < n && text.charAt(pos) == separator) {
            pos++;
          } else {
            pos = pos < n ? lineEnd(text, pos) : pos;
            recordEnded = true;
          }
        }
        records.add(new Record(line, List.copyOf(fields)));
      }
      return new Tokens(records, problems);
    }

    private static boolean isDelimiter(char c, char separator) {
      return c == separator || c == '\n' || c == '\r';
    }

    private static String describe(char separator) {
      return switch (separator) {
        case ';' -> "a semicolon";
        case '\t' -> "a tab";
        default -> "a comma";
      };
    }

    /** The position after the line break at {@code pos}: CRLF, LF or CR. */
    private static int lineEnd(String text, int pos) {
      if (text.charAt(pos) == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
        return pos + 2;
      }
      return pos + 1;
    }
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
    if (i == null || i >= row.size() || row.get(i).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(row.get(i));
  }

  /** Where a row's column is: {@code LINE:COL} in a CSV file; the row itself when the header lacks the column. */
  String at(Row row, String column) {
    Integer i = columns.get(column);
    return i == null ? row.location() : row.at(i);
  }

  /** Records a problem in a row's column; the message starts with the column's name. */
  void problem(Row row, String column, String message) {
    Integer i = columns.get(column);
    add(row.order(i == null ? -1 : i), Problem.at(at(row, column), column + ": " + message));
  }

  private void add(long position, Problem problem) {
    problems.add(problem);
    order.add(position);
  }

  /** Every problem so far. */
  List<Problem> problems() {
    return problems;
  }

  int problemCount() {
    return problems.size();
  }

  /**
   * The problems of this sheet and {@code more} (found by the map's builder, at the locations of rows), in reading
   * order: by row, then column; problems at one place keep their order.
   */
  InvalidMapException exception(List<Problem> more) {
    return new InvalidMapException(name, sorted(more));
  }

  /** The problems of this sheet and {@code more}, in reading order, as {@link #exception} lists them. */
  List<Problem> sorted(List<Problem> more) {
    List<Integer> indexes = new ArrayList<>();
    List<Long> positions = new ArrayList<>(order);
    List<Problem> all = new ArrayList<>(problems);
    for (Problem p : more) {
      all.add(p);
      positions.add(position(p.location()));
    }
    for (int i = 0; i < all.size(); i++) {
      indexes.add(i);
    }
    indexes.sort(Comparator.comparingLong(positions::get));
    return indexes.stream().map(all::get).toList();
  }

  /** Where a location the map's builder reported is, in reading order. */
  private long position(String location) {
    if (rowOrder != null) {
      return rowOrder.getOrDefault(location, 0L);
    }
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
   * A row of the sheet: a CSV record, or a row another reader gave.
   *
   * @param number the line a CSV record starts on, or the 1-based position of a given row among the given rows
   * @param values its values
   * @param given the row as another reader gave it, with its locations; null for a CSV record
   */
  record Row(int number, List<String> values, @Nullable SheetRow given) {
    int size() {
      return values.size();
    }

    String get(int i) {
      return values.get(i);
    }

    /** Where the row is: its line in a CSV file. */
    String location() {
      return given == null ? String.valueOf(number) : given.location();
    }

    /** The row as a message names it: {@code line 7} in a CSV file. */
    String mention() {
      return given == null ? "line " + number : given.location();
    }

    /** Where the value in {@code column} (0-based) is: {@code LINE:COL} in a CSV file. */
    String at(int column) {
      return given == null ? number + ":" + (column + 1) : given.at(column);
    }

    /** The place of a column of the row in reading order; {@code -1} for the row as a whole. */
    long order(int column) {
      return ((long) number << 32) + column + 1;
    }
  }
}
