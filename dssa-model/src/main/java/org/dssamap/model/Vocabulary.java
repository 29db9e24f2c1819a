package org.dssamap.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Shared lookup of the closed vocabularies by their wire form. */
final class Vocabulary {
  private Vocabulary() {}

  static <E extends Enum<E>> E ofId(Class<E> type, String id, java.util.function.Function<E, String> wire) {
    for (E value : type.getEnumConstants()) {
      if (wire.apply(value).equals(id)) {
        return value;
      }
    }
    throw new IllegalArgumentException(
        "'" + id + "' is not one of " + expected(type, wire));
  }

  static <E extends Enum<E>> String expected(Class<E> type, java.util.function.Function<E, String> wire) {
    return Arrays.stream(type.getEnumConstants()).map(wire).collect(Collectors.joining(", "));
  }
}
