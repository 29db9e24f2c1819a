package org.dssamap.model.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Iterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where a JSON path points in a document, as a key that sorts problems into the order a person reads the file:
 * the position of each step among its siblings. A step the document does not have (a missing field) sorts
 * after everything that is there.
 */
final class DocumentOrder implements Comparable<DocumentOrder> {
  private static final Pattern STEP = Pattern.compile("\\.([A-Za-z]+)|\\[([0-9]+)\\]");

  private final int[] positions;

  private DocumentOrder(int[] positions) {
    this.positions = positions;
  }

  /** The order key of {@code location} in {@code root}; locations that are not JSON paths sort first. */
  static DocumentOrder of(JsonNode root, String location) {
    if (!location.startsWith("$")) {
      return new DocumentOrder(new int[0]);
    }
    int[] out = new int[8];
    int n = 0;
    @Nullable JsonNode node = root;
    Matcher m = STEP.matcher(location);
    int at = 1;
    while (at < location.length() && m.find(at) && m.start() == at) {
      int position;
      if (m.group(1) != null) {
        position = fieldPosition(node, m.group(1));
        node = node == null ? null : node.get(m.group(1));
      } else {
        position = Integer.parseInt(m.group(2));
        node = node != null && node.isArray() ? node.get(position) : null;
      }
      if (n == out.length) {
        out = Arrays.copyOf(out, n * 2);
      }
      out[n++] = position;
      at = m.end();
    }
    return new DocumentOrder(Arrays.copyOf(out, n));
  }

  private static int fieldPosition(@Nullable JsonNode node, String name) {
    if (node == null || !node.isObject()) {
      return Integer.MAX_VALUE;
    }
    int i = 0;
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); i++) {
      if (names.next().equals(name)) {
        return i;
      }
    }
    return Integer.MAX_VALUE;
  }

  /** The position of each step among its siblings. */
  int[] positions() {
    return positions.clone();
  }

  @Override
  public int compareTo(DocumentOrder other) {
    return Arrays.compare(positions, other.positions);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DocumentOrder other && Arrays.equals(positions, other.positions);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(positions);
  }
}
