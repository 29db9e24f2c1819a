package org.dssamap.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Elements in the order a builder was given them, each with the location it was read from, if any (one of the
 * forms of {@link Problem#location()}). Locations are kept in a list of their own, made only once one is given, so
 * that a million placements added without one cost the builder a reference each rather than an object each.
 *
 * @param <T> the kind of element
 */
final class Located<T> {
  private final List<T> values = new ArrayList<>();
  /** One entry per element once any element has a location; null entries for those without. */
  private @Nullable List<@Nullable String> locations;

  void add(T value, @Nullable String location) {
    if (location != null && locations == null) {
      locations = new ArrayList<>(Collections.nCopies(values.size(), null));
    }
    values.add(value);
    if (locations != null) {
      locations.add(location);
    }
  }

  T get(int index) {
    return values.get(index);
  }

  int size() {
    return values.size();
  }

  /** The elements, in the order added; a view, not a copy. */
  List<T> values() {
    return Collections.unmodifiableList(values);
  }

  void clear() {
    values.clear();
    locations = null;
  }

  /**
   * Where the element at {@code index} was read from; without a location, its position in the map's JSON form,
   * {@code $.LIST[INDEX]}.
   */
  String where(String list, int index) {
    @Nullable String location = locations == null ? null : locations.get(index);
    return location != null ? location : "$." + list + "[" + index + "]";
  }
}
