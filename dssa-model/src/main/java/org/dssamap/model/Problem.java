package org.dssamap.model;

import static java.util.Objects.requireNonNull;

/**
 * One thing wrong with an input, located so that a person can find and fix it.
 *
 * @param location a JSON path such as {@code $.placements[3].organization}, or {@code LINE} /
 *     {@code LINE:COLUMN} in a text file, or empty when the problem concerns the whole input
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
   * The problem as one line for a person, in the command line's format: {@code FILE:LINE[:COL]: message}
   * or {@code FILE: $.json.path: message}.
   */
  public String format(String file) {
    if (location.isEmpty()) {
      return file + ": " + message;
    }
    if (location.startsWith("$")) {
      return file + ": " + location + ": " + message;
    }
    return file + ":" + location + ": " + message;
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
