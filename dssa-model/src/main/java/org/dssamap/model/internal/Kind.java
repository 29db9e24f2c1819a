package org.dssamap.model.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.Collection;
import java.util.OptionalLong;
import org.dssamap.model.Ids;
import org.dssamap.model.Organization;
import org.jspecify.annotations.Nullable;

/**
 * What a field of a file holds and how it is spelled as text: a slug, a text, a word of a vocabulary, a date, a
 * count, a list of slugs, or a record of its own. The JSON and sheet readers and writers switch on {@link #tag()}
 * and share {@link #fromText} and {@link #toText}, so that a value is spelled one way everywhere.
 */
public final class Kind {
  /** The kinds of value. */
  public enum Tag {
    /** An identifier ({@link Ids#isSlug}). */
    SLUG,
    /** Any text. */
    TEXT,
    /** Text that is not blank. */
    NON_BLANK,
    /** An absolute http or https address. */
    WEB_URL,
    /** A word of a closed vocabulary ({@link #words()}). */
    WORD,
    /** A date, {@code YYYY-MM-DD}. */
    DATE,
    /** A whole number from 0; a JSON number, not a string. */
    COUNT,
    /** Identifiers, a JSON array of strings, in a sheet one cell joined by {@code ;}. */
    SLUGS,
    /** A record of its own ({@link #nested()}): a JSON object, in a sheet a column per field. */
    RECORD,
    /**
     * Records of their own ({@link #nested()}), oldest first: a JSON array of objects; a sheet holds the last one
     * only, a column per field.
     */
    RECORDS
  }

  /** An identifier. */
  public static final Kind SLUG = new Kind(Tag.SLUG, null, null);
  /** Any text. */
  public static final Kind TEXT = new Kind(Tag.TEXT, null, null);
  /** Text that is not blank. */
  public static final Kind NON_BLANK = new Kind(Tag.NON_BLANK, null, null);
  /** An absolute http or https address. */
  public static final Kind WEB_URL = new Kind(Tag.WEB_URL, null, null);
  /** A date. */
  public static final Kind DATE = new Kind(Tag.DATE, null, null);
  /** A whole number from 0. */
  public static final Kind COUNT = new Kind(Tag.COUNT, null, null);
  /** Identifiers. */
  public static final Kind SLUGS = new Kind(Tag.SLUGS, null, null);
  /** The separator of identifiers in one cell of a sheet. */
  public static final String SLUG_SEPARATOR = ";";

  private final Tag tag;
  private final @Nullable Vocab<?> words;
  private final @Nullable Shape<?> nested;

  private Kind(Tag tag, @Nullable Vocab<?> words, @Nullable Shape<?> nested) {
    this.tag = tag;
    this.words = words;
    this.nested = nested;
  }

  /** A word of {@code words}. */
  public static Kind word(Vocab<?> words) {
    return new Kind(Tag.WORD, requireNonNull(words, "words"), null);
  }

  /** A record of the shape {@code nested}. */
  public static Kind record(Shape<?> nested) {
    return new Kind(Tag.RECORD, null, requireNonNull(nested, "nested"));
  }

  /** A list of records of the shape {@code nested}. */
  public static Kind records(Shape<?> nested) {
    return new Kind(Tag.RECORDS, null, requireNonNull(nested, "nested"));
  }

  /** What kind of value. */
  public Tag tag() {
    return tag;
  }

  /** The vocabulary of a {@link Tag#WORD}. */
  public Vocab<?> words() {
    return requireNonNull(words, "a word has a vocabulary");
  }

  /** The shape of a {@link Tag#RECORD} or of each of {@link Tag#RECORDS}. */
  public Shape<?> nested() {
    return requireNonNull(nested, "a record has a shape");
  }

  /** What a message says is expected of a field that holds {@code what} ("an organization id"). */
  public String expected(String what) {
    return switch (tag) {
      case SLUG -> what + ", " + Wire.SLUG;
      case WORD -> words().choices();
      case DATE -> Wire.DATE;
      case COUNT -> what + ", " + Wire.COUNT;
      case WEB_URL -> Wire.WEB_URL;
      case SLUGS -> what + " (" + Wire.SLUG + ")";
      case TEXT, NON_BLANK, RECORD, RECORDS -> what;
    };
  }

  /**
   * The value {@code text} spells, or null when it spells none (a blank text where one is needed included). With
   * {@code lenient}, as a spreadsheet writes it: words in any case or by display name, spaces around ids, words,
   * dates and counts. Not for {@link Tag#RECORD} or {@link Tag#RECORDS}.
   */
  public @Nullable Object fromText(String text, boolean lenient) {
    String t = lenient && tag != Tag.TEXT && tag != Tag.NON_BLANK ? text.strip() : text;
    return switch (tag) {
      case SLUG -> Ids.isSlug(t) ? t : null;
      case TEXT -> t;
      case NON_BLANK -> t.isBlank() ? null : t;
      case WEB_URL -> Organization.isWebUrl(t) ? t : null;
      case WORD -> lenient ? words().findLeniently(t) : words().find(t);
      case DATE -> Wire.parseDate(t).orElse(null);
      case COUNT -> {
        OptionalLong n = Wire.parseCount(t);
        yield n.isPresent() ? (Object) n.getAsLong() : null;
      }
      case SLUGS -> slugs(t);
      case RECORD, RECORDS -> throw new IllegalStateException("a record is not one text");
    };
  }

  private static @Nullable ImmutableSortedSet<String> slugs(String text) {
    ImmutableSortedSet.Builder<String> out = ImmutableSortedSet.naturalOrder();
    for (String part : text.split(SLUG_SEPARATOR, -1)) {
      String id = part.strip();
      if (id.isEmpty()) {
        continue;
      }
      if (!Ids.isSlug(id)) {
        return null;
      }
      out.add(id);
    }
    return out.build();
  }

  /** The text of {@code value} as a file spells it. Not for {@link Tag#RECORD} or {@link Tag#RECORDS}. */
  public String toText(Object value) {
    return switch (tag) {
      case SLUG, TEXT, NON_BLANK, WEB_URL -> (String) value;
      case WORD -> wordText(value);
      case DATE -> ((LocalDate) value).toString();
      case COUNT -> Long.toString((Long) value);
      case SLUGS -> String.join(SLUG_SEPARATOR, asStrings(value));
      case RECORD, RECORDS -> throw new IllegalStateException("a record is not one text");
    };
  }

  /** The wire form of a word of this kind's vocabulary. */
  public String wordText(Object value) {
    return words().wire((Enum<?>) value);
  }

  @SuppressWarnings("unchecked")
  private static Collection<String> asStrings(Object value) {
    return (Collection<String>) value;
  }

  @Override
  public String toString() {
    return tag.name().toLowerCase(java.util.Locale.ROOT);
  }
}
