package org.dssamap.render.report;

import java.util.Optional;
import org.dssamap.model.Organization;

/**
 * Makes text from a map safe in an HTML page. Names, notes and urls come from files anyone may write: they may
 * hold markup, quotes, control characters or bidi overrides, and must stay text.
 */
final class Html {
  private Html() {}

  /**
   * Text escaped for element content and for quoted attribute values: markup characters become entities, and
   * control characters, which HTML cannot show and a terminal copy could misuse, become U+FFFD.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c < 0xa0)) {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * Text for the page's {@code <title>}, which holds no markup and so no {@code <bdi>}: escaped, and the invisible
   * characters that change how text reads (bidi overrides and isolates, zero-width and other format characters,
   * line and paragraph separators) written as {@code \\uXXXX}, so that a right-to-left override cannot reverse
   * the browser's tab or history entry.
   */
  static String title(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0x2028 || c == 0x2029 || Character.getType(c) == Character.FORMAT) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return escape(out.toString());
  }

  /**
   * Text written by a user, escaped and isolated in {@code <bdi>}: a right-to-left override inside a name then
   * cannot reverse the text around it.
   */
  static String user(String text) {
    return "<bdi>" + escape(text) + "</bdi>";
  }

  /** A link to {@code url} showing {@code label}, if the url is http or https; anything else is not a link. */
  static Optional<String> link(String url, String label) {
    if (!Organization.isWebUrl(url)) {
      return Optional.empty();
    }
    return Optional.of("<a href=\"" + escape(url) + "\" rel=\"noopener noreferrer nofollow\">" + user(label) + "</a>");
  }

  /** {@code text} as a link when it is an http or https address, else as plain user text. */
  static String linkOrText(String text) {
    return link(text, text).orElseGet(() -> user(text));
  }
}
