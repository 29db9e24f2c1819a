package org.dssamap.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * One thing wrong with an input, located so that a person can find and fix it.
 *
 * <p>A location is text in one of four forms, told apart by their first characters:
 *
 * <ul>
 *   <li>a JSON path, starting with {@code $}: {@code $.placements[3].organization};
 *   <li>{@code LINE} or {@code LINE:COLUMN} in a text file (1-based): {@code 12:3};
 *   <li>a spreadsheet reference, {@code SHEET!CELL} or a whole row {@code SHEET!ROW:ROW}, as spreadsheet programs
 *       write them: {@code Placements!B7}, {@code Placements!7:7}, {@code 'My sheet'!C2} ({@link #sheetCell},
 *       {@link #sheetRow});
 *   <li>empty, when the problem concerns the whole input.
 * </ul>
 *
 * @param location where the problem is, in one of the forms above
 * @param message what was found and what was expected
 */
public record Problem(String location, String message) {
  /** Checks the parts. */
  public Problem {
    requireNonNull(location, "location");
    requireNonNull(message, "message");
  }

  /** A problem at {@code location}. */
  public static Problem at(String location, String message) {
    return new Problem(location, message);
  }

  /**
   * A problem with the part {@code field} of the element read from {@code location} (one of the forms above): the
   * field is appended to a JSON path ({@code $.placements[3]} and {@code organization} give {@code
   * $.placements[3].organization}) and named after the message for the other forms ({@code 12} gives line 12 and
   * "… (column organization)"); an empty {@code field} means the whole element.
   */
  static Problem atField(String location, String field, String message) {
    if (location.startsWith("$")) {
      return at(field.isEmpty() ? location : location + "." + field, message);
    }
    return at(location, field.isEmpty() ? message : message + " (column " + field + ")");
  }

  /**
   * The problem as one line for a person, in the command line's format: {@code FILE:LINE[:COL]: message},
   * {@code FILE: $.json.path: message}, {@code FILE: Sheet!B7: message}, or {@code FILE: message} for the whole
   * input.
   */
  public String format(String file) {
    if (location.isEmpty()) {
      return file + ": " + message;
    }
    if (location.startsWith("$") || isSheetLocation(location)) {
      return file + ": " + location + ": " + message;
    }
    return file + ":" + location + ": " + message;
  }

  /** Whether a location is a spreadsheet reference ({@code Sheet!B7}, {@code Sheet!7:7}). */
  private static boolean isSheetLocation(String location) {
    return location.indexOf('!') > 0 && !Character.isDigit(location.charAt(0));
  }

  /**
   * The location of a spreadsheet cell as spreadsheet programs write a reference to it: {@code Placements!B7} for
   * row 7, column 2 of the sheet {@code Placements}. The sheet name is put in single quotes (an apostrophe in it
   * doubled) unless it is a plain name: a letter or underscore, then letters, digits, underscores and dots, and not
   * something that reads as a cell or a truth value ({@code 'My sheet'!B7}, {@code 'AB12'!A1}).
   *
   * @param sheet the sheet's name, not empty
   * @param row the row, 1-based as a spreadsheet numbers them
   * @param column the column, 1-based ({@code 1} is {@code A}, {@code 27} is {@code AA})
   * @throws IllegalArgumentException for an empty sheet name or a row or column below 1
   */
  public static String sheetCell(String sheet, int row, int column) {
    checkArgument(column >= 1, "a column is 1-based, not %s", column);
    return sheetPrefix(sheet, row) + columnLetters(column) + row;
  }

  /**
   * The location of a whole row of a spreadsheet, as spreadsheet programs write it: {@code Placements!7:7}. The
   * sheet name is quoted as {@link #sheetCell} quotes it.
   *
   * @param row the row, 1-based
   * @throws IllegalArgumentException for an empty sheet name or a row below 1
   */
  public static String sheetRow(String sheet, int row) {
    return sheetPrefix(sheet, row) + row + ":" + row;
  }

  private static String sheetPrefix(String sheet, int row) {
    requireNonNull(sheet, "sheet");
    checkArgument(!sheet.isEmpty(), "a sheet has a name");
    checkArgument(row >= 1, "a row is 1-based, not %s", row);
    boolean plain = PLAIN_SHEET.matcher(sheet).matches() && !CELL_LIKE.matcher(sheet).matches()
        && !sheet.equalsIgnoreCase("true") && !sheet.equalsIgnoreCase("false");
    return plain ? sheet + "!" : "'" + sheet.replace("'", "''") + "'!";
  }

  private static final java.util.regex.Pattern PLAIN_SHEET =
      java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");
  /** Names a spreadsheet would read as a reference: {@code AB12}, {@code R1C1}, {@code R2}, {@code C3}. */
  private static final java.util.regex.Pattern CELL_LIKE =
      java.util.regex.Pattern.compile("(?i)[a-z]{1,3}[0-9]+|r[0-9]*(c[0-9]*)?|c[0-9]*");

  /** {@code A} for 1, {@code Z} for 26, {@code AA} for 27. */
  private static String columnLetters(int column) {
    StringBuilder letters = new StringBuilder();
    for (int n = column; n > 0; n = (n - 1) / 26) {
      letters.append((char) ('A' + (n - 1) % 26));
    }
    return letters.reverse().toString();
  }

  @Override
  public String toString() {
    return location.isEmpty() ? message : location + ": " + message;
  }

  /**
   * Makes user text safe to quote in a message: control characters (C0 and C1), line and paragraph separators
   * and invisible format characters such as bidirectional overrides are escaped, and very long text is cut, so
   * that a hostile value cannot forge extra lines of output, reorder a terminal line or flood a terminal.
   */
  public static String quote(String text) {
    StringBuilder out = new StringBuilder();
    int limit = 80;
    for (int i = 0; i < text.length() && i < limit; i++) {
      char c = text.charAt(i);
      if (org.dssamap.model.internal.Chars.isInvisible(c)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    if (text.length() > limit) {
      out.append("…(").append(text.length()).append(" characters)");
    }
    return out.toString();
  }
}
