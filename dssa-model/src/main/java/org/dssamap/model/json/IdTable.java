package org.dssamap.model.json;

import java.util.ArrayList;
import java.util.List;
import org.dssamap.model.Cell;
import org.dssamap.model.Ids;
import org.jspecify.annotations.Nullable;

/**
 * The ids a file names, each kept once, as one string, and found by its characters: a reference is looked up
 * in the parser's own buffer, so that the million references of a large map make no string each. Only slugs
 * are kept, since every id of the format is one.
 *
 * <p>Open addressing with linear probing, on the hash {@link String#hashCode()} would give, so that an id
 * found by its characters and one found as a string land in the same slot.
 */
final class IdTable {
  /** One id, and what the file has said of it so far. */
  static final class Entry {
    /** The id, as the one string every reference to it shares. */
    final String id;
    private final int hash;
    /** Whether one of the file's organizations has this id. */
    boolean isOrganization;
    /** Whether a placement or relationship names an organization of this id. */
    boolean namedAsOrganization;
    /** Whether a placement or relationship names a function of this id. */
    boolean namedAsFunction;
    /** The cells of the function of this id, by dimension and layer; made by the first placement in one. */
    Cell @Nullable [] cells;

    private Entry(String id, int hash) {
      this.id = id;
      this.hash = hash;
    }
  }

  private static final int INITIAL_SLOTS = 256;

  private @Nullable Entry[] slots = new Entry[INITIAL_SLOTS];
  private final List<Entry> entries = new ArrayList<>();

  /** The entry of the id spelled by {@code text[offset, offset + length)}, added if new; null if not a slug. */
  @Nullable Entry intern(char[] text, int offset, int length) {
    int hash = 0;
    for (int i = offset; i < offset + length; i++) {
      hash = 31 * hash + text[i];
    }
    int mask = slots.length - 1;
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      Entry e = slots[slot];
      if (e == null) {
        return add(new String(text, offset, length), hash, slot);
      }
      if (e.hash == hash && matches(e.id, text, offset, length)) {
        return e;
      }
    }
  }

  /** The entry of {@code id}, added if new; null if it is not a slug. */
  @Nullable Entry intern(String id) {
    int hash = id.hashCode();
    int mask = slots.length - 1;
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      Entry e = slots[slot];
      if (e == null) {
        return add(id, hash, slot);
      }
      if (e.hash == hash && e.id.equals(id)) {
        return e;
      }
    }
  }

  /** Every entry, in the order first named. */
  List<Entry> entries() {
    return entries;
  }

  private @Nullable Entry add(String id, int hash, int slot) {
    if (!Ids.isSlug(id)) {
      return null;
    }
    Entry e = new Entry(id, hash);
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

  private static boolean matches(String id, char[] text, int offset, int length) {
    if (id.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (id.charAt(i) != text[offset + i]) {
        return false;
      }
    }
    return true;
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
