package org.dssamap.model.internal;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A closed vocabulary as files spell it: the one place where a word is looked up, for the enums' {@code ofId}, the
 * JSON reader (strictly, by the word's wire form, also straight from a parser's characters) and the sheet readers
 * (leniently, as spreadsheet programs and people write it: any case, spaces or underscores for hyphens, or the
 * display name).
 *
 * @param <E> the vocabulary's enum
 */
public final class Vocab<E extends Enum<E>> {
  private static final int SLOTS = 128;
  private static final int NONE = -1;
  private static final int SEVERAL = -2;

  private final ImmutableList<E> values;
  private final char[][] spellings;
  private final String[] wires;
  private final String[] loose;
  private final String[] looseNames;
  /** The index of the one value whose spelling has the slot's key (first character, length); NONE or SEVERAL. */
  private final int[] bySlot = new int[SLOTS];
  /** The wire forms as a file writes them, by value; none needs an escape. */
  private final PlainText[] plain;
  /** The values whose wire form starts with each ASCII character. */
  private final int[][] byFirst = new int[SLOTS][];
  private static final int[] NO_VALUES = {};
  private final String choices;

  /**
   * A vocabulary of {@code type}'s constants spelled {@code wire}; {@code displayName} gives the names a sheet may
   * use instead (or the wire form again when the enum has none).
   */
  public Vocab(Class<E> type, Function<E, String> wire, Function<E, String> displayName) {
    values = ImmutableList.copyOf(type.getEnumConstants());
    spellings = new char[values.size()][];
    wires = new String[values.size()];
    loose = new String[values.size()];
    looseNames = new String[values.size()];
    Arrays.fill(bySlot, NONE);
    for (int i = 0; i < values.size(); i++) {
      wires[i] = wire.apply(values.get(i));
      spellings[i] = wires[i].toCharArray();
      loose[i] = loosely(wire.apply(values.get(i)));
      looseNames[i] = loosely(displayName.apply(values.get(i)));
      int slot = slot(spellings[i], 0, spellings[i].length);
      bySlot[slot] = bySlot[slot] == NONE ? i : SEVERAL;
    }
    plain = new PlainText[values.size()];
    Arrays.fill(byFirst, NO_VALUES);
    for (int i = 0; i < values.size(); i++) {
      plain[i] = Objects.requireNonNull(PlainText.of(wires[i]), "a wire form needs no escape");
      if (wires[i].isEmpty()) {
        throw new IllegalArgumentException("a wire form is never empty");
      }
      int first = wires[i].charAt(0);
      byFirst[first] = Arrays.copyOf(byFirst[first], byFirst[first].length + 1);
      byFirst[first][byFirst[first].length - 1] = i;
    }
    choices = "one of " + values.stream().map(wire).collect(Collectors.joining(", "));
  }

  /** The vocabulary's values, in declaration order. */
  public ImmutableList<E> values() {
    return values;
  }

  /** The wire form of {@code value}, which must be of this vocabulary. */
  @SuppressWarnings("EnumOrdinal") // wires[] is built from values() in declaration order
  public String wire(Enum<?> value) {
    return wires[value.ordinal()];
  }

  /** What a message says is expected: {@code one of a, b, c}. */
  public String choices() {
    return choices;
  }

  /** The value spelled exactly {@code text}, as a file's wire form; null when there is none. */
  public @Nullable E find(String text) {
    return find(text.toCharArray(), 0, text.length());
  }

  /** {@link #find(String)} as an optional. */
  public Optional<E> parse(String text) {
    return Optional.ofNullable(find(text));
  }

  /**
   * The value spelled exactly by {@code length} characters of {@code text} from {@code offset}; null when there is
   * none. A parser's own buffer is looked in, so that the five words of a placement make no string each.
   */
  public @Nullable E find(char[] text, int offset, int length) {
    int candidate = bySlot[slot(text, offset, length)];
    if (candidate >= 0) {
      return Chars.equal(spellings[candidate], text, offset, length) ? values.get(candidate) : null;
    }
    if (candidate == NONE) {
      return null;
    }
    for (int i = 0; i < spellings.length; i++) {
      if (Chars.equal(spellings[i], text, offset, length)) {
        return values.get(i);
      }
    }
    return null;
  }

  /**
   * The value spelled exactly by the string value of a JSON file of UTF-8 whose text starts at {@code source[start]},
   * after its opening quote; null when it is none, or not written as itself (an escape). A file's own bytes are
   * looked in, so that a word is matched without being decoded, or its end looked for first: a spelling holds no
   * quote or backslash, so the quote after it ends the value.
   */
  public @Nullable E at(byte[] source, int start) {
    if (start >= source.length) {
      return null;
    }
    int first = source[start];
    for (int i : first < 0 ? NO_VALUES : byFirst[first]) {
      if (plain[i].at(source, start)) {
        return values.get(i);
      }
    }
    return null;
  }

  /**
   * The value {@code text} names as a person or a spreadsheet program writes it: the wire form or the display
   * name, in any case, with spaces, underscores or hyphens between words, spaces around; null when none.
   */
  public @Nullable E findLeniently(String text) {
    @Nullable E exact = find(text);
    if (exact != null) {
      return exact;
    }
    String key = loosely(text);
    for (int i = 0; i < loose.length; i++) {
      if (loose[i].equals(key) || looseNames[i].equals(key)) {
        return values.get(i);
      }
    }
    return null;
  }

  /**
   * The value spelled {@code id}.
   *
   * @throws IllegalArgumentException naming the accepted values when there is none
   */
  public E ofId(String id) {
    @Nullable E value = find(id);
    if (value == null) {
      throw new IllegalArgumentException("'" + id + "' is not " + choices);
    }
    return value;
  }

  /** {@code text} in lower case, words joined by one hyphen, for comparing words as people write them. */
  public static String loosely(String text) {
    return text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "-");
  }

  private static int slot(char[] text, int offset, int length) {
    return slot(length == 0 ? 0 : text[offset], length);
  }

  private static int slot(int first, int length) {
    return (first * 7 + length) & (SLOTS - 1);
  }
}
