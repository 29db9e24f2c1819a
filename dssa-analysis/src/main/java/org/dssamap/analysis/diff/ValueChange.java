package org.dssamap.analysis.diff;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * One value before and after.
 *
 * @param before the value in the old map
 * @param after the value in the new map, different from {@code before}
 * @param <T> the type of the value
 */
public record ValueChange<T>(T before, T after) {
  /** Checks that something changed. */
  public ValueChange {
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    checkArgument(!before.equals(after), "a change needs two different values, both are %s", before);
  }

  /** The change from {@code before} to {@code after}. */
  public static <T> ValueChange<T> of(T before, T after) {
    return new ValueChange<>(before, after);
  }
}
