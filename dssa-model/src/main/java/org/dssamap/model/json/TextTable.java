package org.dssamap.model.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dssamap.model.Cell;
import org.dssamap.model.Ids;
import org.dssamap.model.internal.Chars;
import org.jspecify.annotations.Nullable;

/**
 * The ids and other short texts of a file, each kept once, as one string, and found by its characters: a
 * reference is looked up in the parser's own buffer, so that the million references of a large map make no
 * string each, and equal texts share one string in the map read.
 *
 * <p>Open addressing with linear probing, on the hash {@link String#hashCode()} would give, so that a text
 * found by its characters and one found as a string land in the same slot.
 */
final class TextTable {
  /** One text, and what the file has said of it so far. */
  static final class Entry {
    /** The text, as the one string every occurrence shares. */
    final String text;
    private final int hash;
    /**
     * Whether the text is plain: printable ASCII without quote or backslash. Nothing in a plain text is escaped in
     * a file, so a string value's bytes are the text's exactly when the text is the value.
     */
    private final boolean plain;
    /**
     * The bytes of the string value of a plain text from just after its opening quote ({@link Chars#quotedValue}),
     * made when the text is first looked for on a file's bytes: most texts read once (a name) never are.
     */
    private byte @Nullable [] quoted;
    /** Whether the text is a slug, as every id is: 0 until asked, then 1 or -1. */
    private byte slug;
    /** Whether one of the file's organizations has this id. */
    boolean isOrganization;
    /** Whether a reference to an organization of this id was read before the organizations were. */
    boolean awaitedAsOrganization;
    /** Whether a reference to a function of this id was read before the catalog was known. */
    boolean awaitedAsFunction;
    /** The cells of the function of this id, by dimension and layer; made by the first placement in one. */
    Cell @Nullable [] cells;
    /** The same of the bundled catalog, for placements read before the file's catalog is known. */
    Cell @Nullable [] bundledCells;
    /**
     * The date the text spells, once it has been read as one: as the optional a placement holds, so that
     * placements of one date share it.
     */
    @SuppressWarnings("NullableOptional") // null: not read as a date yet; the optional is the instance placements share
    @Nullable Optional<LocalDate> date;
    /** The text as the optional a placement holds, once read as a placement's note. */
    @SuppressWarnings("NullableOptional") // null: not read as a note yet; the optional is the instance placements share
    @Nullable Optional<String> optional;

    private Entry(String text, int hash, boolean plain) {
      this.text = text;
      this.hash = hash;
      this.plain = plain;
    }

    /** Whether the text is a slug, as every id is; worked out when first asked, as most texts are no ids. */
    boolean isSlug() {
      if (slug == 0) {
        slug = Ids.isSlug(text) ? (byte) 1 : (byte) -1;
      }
      return slug > 0;
    }

    /** Whether this plain text is the string value whose characters start at {@code bytes[start]}. */
    private boolean isAt(byte[] bytes, int start) {
      if (!plain) {
        return false;
      }
      byte @Nullable [] known = quoted;
      if (known == null) {
        known = Chars.quotedValue(text);
        quoted = known;
      }
      return Chars.isValueAt(known, bytes, start);
    }

    /** Whether the text is {@code text[offset, offset + length)}. */
    private boolean is(char[] chars, int offset, int length) {
      if (text.length() != length) {
        return false;
      }
      for (int i = 0; i < length; i++) {
        if (text.charAt(i) != chars[offset + i]) {
          return false;
        }
      }
      return true;
    }
  }

  private static final int INITIAL_SLOTS = 256;

  private @Nullable Entry[] slots = new Entry[INITIAL_SLOTS];
  private final List<Entry> entries = new ArrayList<>();

  /**
   * The entry of the text {@code text[offset, offset + length)}, added if new. {@code likely} is tried first:
   * references come in runs, a map's placements grouped by organization.
   */
  Entry intern(char[] text, int offset, int length, @Nullable Entry likely) {
    if (likely != null && likely.is(text, offset, length)) {
      return likely;
    }
    int hash = 0;
    boolean plain = true;
    for (int i = offset; i < offset + length; i++) {
      char c = text[i];
      hash = 31 * hash + c;
      plain &= isPlain(c);
    }
    int mask = slots.length - 1;
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      Entry e = slots[slot];
      if (e == null) {
        return add(new String(text, offset, length), hash, slot, plain);
      }
      if (e.hash == hash && e.is(text, offset, length)) {
        return e;
      }
    }
  }

  /**
   * The entry of the string value whose characters start at {@code bytes[start]}, just after its opening quote,
   * found on the bytes without decoding them: {@code likely} first, then by hash. Null when the value is not
   * plain ASCII text of at most {@code maxLength} characters up to its closing quote, or not in the table yet;
   * the caller then decodes the value and interns it as characters.
   */
  @Nullable Entry find(byte[] bytes, int start, int maxLength, @Nullable Entry likely) {
    if (start < 0) {
      return null;
    }
    if (likely != null && likely.isAt(bytes, start)) {
      return likely;
    }
    int hash = 0;
    int limit = maxLength < bytes.length - start ? start + maxLength + 1 : bytes.length;
    for (int i = start; ; i++) {
      if (i >= limit) {
        return null;
      }
      int b = bytes[i];
      if (b == '"') {
        break;
      }
      // Bytes of UTF-8 sequences are negative, escapes start with a backslash: those values are decoded.
      if (!isPlain(b)) {
        return null;
      }
      hash = 31 * hash + b;
    }
    int mask = slots.length - 1;
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      Entry e = slots[slot];
      if (e == null) {
        return null;
      }
      if (e.hash == hash && e.isAt(bytes, start)) {
        return e;
      }
    }
  }

  /** The entry of {@code text}, added if new. */
  Entry intern(String text) {
    int hash = text.hashCode();
    int mask = slots.length - 1;
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      Entry e = slots[slot];
      if (e == null) {
        return add(text, hash, slot, text.chars().allMatch(TextTable::isPlain));
      }
      if (e.hash == hash && e.text.equals(text)) {
        return e;
      }
    }
  }

  /** Every entry, in the order first read. */
  List<Entry> entries() {
    return entries;
  }

  private Entry add(String text, int hash, int slot, boolean plain) {
    Entry e = new Entry(text, hash, plain);
    slots[slot] = e;
    entries.add(e);
    if (entries.size() * 2 > slots.length) {
      grow();
    }
    return e;
  }

  private void grow() {
    @Nullable Entry[] bigger = new Entry[slots.length * 2];
    int mask = bigger.length - 1;
    for (Entry e : entries) {
      int slot = spread(e.hash) & mask;
      while (bigger[slot] != null) {
        slot = (slot + 1) & mask;
      }
      bigger[slot] = e;
    }
    slots = bigger;
  }

  /** Whether a character stands for itself in a JSON string, as the same byte in UTF-8. */
  static boolean isPlain(int c) {
    return c >= 0x20 && c < 0x7f && c != '"' && c != '\\';
  }

  /**
   * Ids that differ only at the end, as {@code cctld-00017} and {@code cctld-00018} do, have neighbouring
   * hashes; mixed, they do not crowd one stretch of the table.
   */
  private static int spread(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
