package org.dssamap.render.internal.svg;

/**
 * Makes text safe for the SVG that JFreeSVG writes. JFreeSVG's {@code SVGUtils.escapeForXML} escapes
 * {@code < > " '} and {@code &}, but leaves an {@code &} alone when it already starts {@code &amp;}, {@code &lt;},
 * {@code &gt;}, {@code &apos;} or {@code &quot;}, and passes characters that XML 1.0 forbids. So text bound for
 * JFreeSVG goes through {@link #forJFreeSvg}: forbidden characters become U+FFFD and every {@code &} becomes
 * {@code &amp;}, which JFreeSVG then leaves as it is; the reader sees exactly the original text.
 */
@SuppressWarnings("EscapedEntity") // the entities are meant literally: they are the text JFreeSVG looks for
final class SvgText {
  private SvgText() {}

  /** {@code text} prepared for a JFreeSVG call that escapes it. */
  static String forJFreeSvg(String text) {
    return legal(text).replace("&", "&amp;");
  }

  /** {@code text} fully escaped for an attribute or element written by hand. */
  static String escape(String text) {
    String s = legal(text);
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&apos;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** {@code text} with every character XML 1.0 forbids, and every unpaired surrogate, replaced by U+FFFD. */
  static String legal(String text) {
    int first = 0;
    // most text has neither control characters nor surrogates; one comparison each tells
    while (first < text.length() && text.charAt(first) >= 0x20 && text.charAt(first) < 0xD800) {
      first++;
    }
    if (first == text.length()) {
      return text;
    }
    StringBuilder b = null;
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok;
      if (Character.isHighSurrogate(c)) {
        ok = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        if (ok) {
          if (b != null) {
            b.append(c).append(text.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else if (Character.isLowSurrogate(c)) {
        ok = false;
      } else {
        ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
      }
      if (!ok && b == null) {
        b = new StringBuilder(text.length());
        b.append(text, 0, i);
      }
      if (b != null) {
        b.append(ok ? c : '\uFFFD');
      }
    }
    return b == null ? text : b.toString();
  }
}
