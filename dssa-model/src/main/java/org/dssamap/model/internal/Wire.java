package org.dssamap.model.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** How values are spelled in files, shared by the JSON and CSV readers so that both accept the same text. */
public final class Wire {
  private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private Wire() {}

  /** What a message says is expected for a non-negative whole number. */
  public static final String COUNT = "a whole number from 0 to 9223372036854775807";

  /** What a message says is expected for a date. */
  public static final String DATE = "a date as YYYY-MM-DD";

  /** What a message says is expected for an identifier. */
  public static final String SLUG = "a slug ([a-z0-9][a-z0-9.-]*)";

  /** What a message says is expected for a url. */
  public static final String WEB_URL = "an absolute http or https address such as https://example.org/";

  /** Parses a date written strictly as {@code YYYY-MM-DD}. */
  public static Optional<LocalDate> parseDate(String text) {
    if (!ISO_DATE.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** A non-negative whole number written in ASCII digits (spaces around it allowed), if the text is one. */
  public static OptionalLong parseCount(String text) {
    String digits = text.strip();
    if (digits.isEmpty() || digits.length() > 19 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(digits));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }
}
