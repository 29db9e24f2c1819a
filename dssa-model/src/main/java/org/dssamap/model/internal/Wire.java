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

  /** The value of a closed vocabulary spelled {@code text}, if there is one. */
  public static <E extends Enum<E>> Optional<E> parse(Class<E> type, Function<E, String> wire, String text) {
    for (E value : type.getEnumConstants()) {
      if (wire.apply(value).equals(text)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  /**
   * What a message says is expected for a vocabulary: {@code one of a, b, c}. Kept per type, since readers ask
   * for it on every field they read; each vocabulary has one wire form.
   */
  public static <E extends Enum<E>> String choices(Class<E> type, Function<E, String> wire) {
    return CHOICES.computeIfAbsent(type,
        t -> "one of " + Stream.of(type.getEnumConstants()).map(wire).collect(Collectors.joining(", ")));
  }

  private static final ConcurrentMap<Class<?>, String> CHOICES = new ConcurrentHashMap<>();

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
