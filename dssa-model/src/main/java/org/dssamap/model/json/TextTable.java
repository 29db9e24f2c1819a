package org.dssamap.model.json;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dssamap.model.Cell;
import org.dssamap.model.Ids;
import org.dssamap.model.internal.Chars;
import org.dssamap.model.internal.PlainText;
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
     * The first lone surrogate the text holds ({@link Chars#loneSurrogate}), -1 for none: a text that holds one is
     * kept all the same, so that every place it is read is reported.
     */
    final int loneSurrogate;
    /** Whether the text is a slug, as every id is: 0 until asked, then 1 or -1. */
    private byte slug;
    /** Whether one of the file's organizations has this id. */
    boolean isOrganization;
    /** Whether an organization of this id was read without a problem and kept for the map. */
    boolean keptAsOrganization;
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

    /**
     * The text that came after this one in the field where this one was read last, the likeliest to come after it
     * again.
     */
    @Nullable Entry followedBy;
    /** Whether a file writes the text as itself, needing no escape: 0 until asked, then 1 or -1. */
    private byte plainness;
    /**
     * The text as a file writes it, once found there as the likely text of a value ({@link #at}): most texts are
     * read once (an organization's name), and are not worth preparing.
     */
    private @Nullable PlainText plain;

    private Entry(String text, int hash) {
      this(text, hash, Chars.loneSurrogate(text), (byte) 0);
    }

    private Entry(String text, int hash, int loneSurrogate, byte plainness) {
      this.text = text;
      this.hash = hash;
      this.loneSurrogate = loneSurrogate;
      this.plainness = plainness;
    }

    /** The entry of a text read as itself in a file's bytes: ASCII, no surrogate at all, written without escape. */
    static Entry plain(String text, int hash) {
      return new Entry(text, hash, -1, (byte) 1);
    }

    /**
     * Whether the string value whose text starts at {@code source[start]}, after its opening quote, is this text:
     * its bytes, then the closing quote. The value's end need not be known: the text holds no quote or backslash,
     * so the quote after it ends the value.
     */
    boolean at(byte[] source, int start) {
      PlainText p = plain;
      if (p != null) {
        return p.at(source, start);
      }
      if (plainness == 0) {
        plainness = PlainText.of(text) != null ? (byte) 1 : (byte) -1;
      }
      int end = start + text.length();
      if (plainness < 0 || start < 0 || end >= source.length || source[end] != '"') {
        return false;
      }
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) != source[start + i]) {
          return false;
        }
      }
      // Found again: compared eight bytes at a time from now on.
      plain = PlainText.of(text);
      return true;
    }

    /** Whether the text is a slug, as every id is; worked out when first asked, as most texts are no ids. */
    boolean isSlug() {
      if (slug == 0) {
        slug = Ids.isSlug(text) ? (byte) 1 : (byte) -1;
      }
      return slug > 0;
    }

    /** Whether the text is {@code chars[offset, offset + length)}. */
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

    /** Whether the text is the ASCII text {@code bytes[offset, offset + length)}. */
    private boolean is(byte[] bytes, int offset, int length) {
      if (text.length() != length) {
        return false;
      }
      for (int i = 0; i < length; i++) {
        if (text.charAt(i) != bytes[offset + i]) {
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
    int hash = hash(text, offset, length);
    int mask = slots.length - 1;
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      @Nullable Entry e = slots[slot];
      if (e == null) {
        return add(new Entry(new String(text, offset, length), hash), slot);
      }
      if (e.hash == hash && e.is(text, offset, length)) {
        return e;
      }
    }
  }

  /**
   * The entry of the ASCII text {@code bytes[offset, offset + length)}, a string value found in a file's own bytes,
   * whose {@link String#hashCode()} is {@code hash}; added if new.
   */
  Entry intern(byte[] bytes, int offset, int length, int hash) {
    int mask = slots.length - 1;
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      @Nullable Entry e = slots[slot];
      if (e == null) {
        return add(Entry.plain(new String(bytes, offset, length, StandardCharsets.US_ASCII), hash), slot);
      }
      if (e.hash == hash && e.is(bytes, offset, length)) {
        return e;
      }
    }
  }

  /** The entry of {@code text}, added if new. */
  Entry intern(String text) {
    int hash = text.hashCode();
    int mask = slots.length - 1;
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      @Nullable Entry e = slots[slot];
      if (e == null) {
        return add(new Entry(text, hash), slot);
      }
      if (e.hash == hash && e.text.equals(text)) {
        return e;
      }
    }
  }

  /** How many texts the table holds. */
  int size() {
    return entries.size();
  }

  /** Every entry, in the order first read. */
  List<Entry> entries() {
    return entries;
  }

  /** The hash {@link String#hashCode()} gives the same text. */
  private static int hash(char[] text, int offset, int length) {
    int hash = 0;
    for (int i = offset; i < offset + length; i++) {
      hash = 31 * hash + text[i];
    }
    return hash;
  }

  /** Adds the entry of {@code text}, which the table does not have, at its free {@code slot}. */
  private Entry add(Entry e, int slot) {
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

  /**
   * Ids that differ only at the end, as {@code cctld-00017} and {@code cctld-00018} do, have neighbouring
   * hashes; mixed, they do not crowd one stretch of the table.
   */
  private static int spread(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
