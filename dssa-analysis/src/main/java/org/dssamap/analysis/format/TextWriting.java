package org.dssamap.analysis.format;

import java.util.Collection;
import java.util.Locale;

/** Small pieces of the readable text forms. */
final class TextWriting {
  private TextWriting() {}

  /**
   * User text made safe for a terminal: control, bidi and other invisible characters become {@code \}{@code uXXXX},
   * so a hostile title cannot forge lines or reverse what follows.
   */
  static String visible(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || Character.getType(c) == Character.FORMAT) {
        out.append(String.format(Locale.ROOT, "\\u%04x", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }

  static String list(Collection<String> ids) {
    return ids.isEmpty() ? "nobody" : String.join(", ", ids);
  }

  static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
