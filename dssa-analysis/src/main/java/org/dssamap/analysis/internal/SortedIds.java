package org.dssamap.analysis.internal;

import com.google.common.collect.ImmutableSortedSet;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.SortedSet;
import org.jspecify.annotations.Nullable;

/**
 * A run of organization ids appended in strictly ascending order, turned into an {@link ImmutableSortedSet} without
 * sorting it again.
 *
 * <p>Analyses walk a map in its canonical order, so the ids they collect per cell or per group arrive sorted
 * already. {@link ImmutableSortedSet#copyOf(java.util.Collection)} would sort and compare every id anyway (a million
 * string comparisons on a world-scale map); {@link ImmutableSortedSet#copyOfSorted(SortedSet)} trusts a sorted
 * set's order and only copies it, so the run hands Guava a read-only sorted view of its array. The order is the
 * caller's promise; with assertions on (as in every test run) {@link #toSet()} checks it.
 */
public final class SortedIds {
  private static final String[] NONE = new String[0];
  private String[] ids;
  private int size;

  /** An empty run. */
  public SortedIds() {
    this.ids = NONE;
  }

  /** An empty run with room for {@code expected} ids before it grows. */
  public SortedIds(int expected) {
    this.ids = expected == 0 ? NONE : new String[expected];
  }

  /** Appends {@code id}, which must come after every id already in the run. */
  public void add(String id) {
    if (size == ids.length) {
      ids = Arrays.copyOf(ids, Math.max(8, size * 2));
    }
    ids[size++] = id;
  }

  /** How many ids the run holds. */
  public int size() {
    return size;
  }

  /** The ids as an immutable sorted set in natural order. */
  public ImmutableSortedSet<String> toSet() {
    assert isStrictlyAscending() : "ids out of order: " + Arrays.toString(Arrays.copyOf(ids, size));
    return size == 0 ? ImmutableSortedSet.of() : ImmutableSortedSet.copyOfSorted(new View(ids, size));
  }

  private boolean isStrictlyAscending() {
    for (int i = 1; i < size; i++) {
      if (ids[i - 1].compareTo(ids[i]) >= 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The run as a sorted set, for {@code copyOfSorted}, which reads only its comparator, size and elements; the
   * range views are never asked for.
   */
  @SuppressWarnings("JdkObsolete") // ImmutableSortedSet.copyOfSorted takes a SortedSet
  private static final class View extends AbstractSet<String> implements SortedSet<String> {
    private final String[] ids;
    private final int size;

    View(String[] ids, int size) {
      this.ids = ids;
      this.size = size;
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public Iterator<String> iterator() {
      return Arrays.asList(ids).subList(0, size).iterator();
    }

    @Override
    public Object[] toArray() {
      return Arrays.copyOf(ids, size, Object[].class);
    }

    @Override
    public @Nullable Comparator<? super String> comparator() {
      return null;
    }

    @Override
    public String first() {
      return ids[0];
    }

    @Override
    public String last() {
      return ids[size - 1];
    }

    @Override
    public SortedSet<String> subSet(String fromElement, String toElement) {
      throw new UnsupportedOperationException();
    }

    @Override
    public SortedSet<String> headSet(String toElement) {
      throw new UnsupportedOperationException();
    }

    @Override
    public SortedSet<String> tailSet(String fromElement) {
      throw new UnsupportedOperationException();
    }
  }
}
