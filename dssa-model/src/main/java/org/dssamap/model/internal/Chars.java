package org.dssamap.model.internal;

/** Comparing characters of a parser's buffer without making a string of them. */
public final class Chars {
  private Chars() {}

  /**
   * Whether {@code known} is {@code text[offset, offset + length)}; compared by hand, since ids and words are a
   * few characters long, shorter than a library call pays off for.
   */
  public static boolean equal(char[] known, char[] text, int offset, int length) {
    if (known.length != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (known[i] != text[offset + i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The first lone surrogate of {@code text} (a high one not followed by a low one, or a low one alone), or -1:
   * only an escape such as {@code \ud800} can put one in a string of a UTF-8 file.
   */
  public static int loneSurrogate(char[] text, int offset, int length) {
    int end = offset + length;
    for (int i = offset; i < end; i++) {
      char c = text[i];
      if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
        if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text[i + 1])) {
          i++;
        } else {
          return c;
        }
      }
    }
    return -1;
  }

  /** {@link #loneSurrogate(char[], int, int)} of a string. */
  public static int loneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return c;
        }
      }
    }
    return -1;
  }

  /**
   * Whether a character changes how text looks without being seen, and is written as an escape wherever dssa-map
   * quotes or writes user text: C0 and C1 controls, DEL, the line and paragraph separators, and the invisible
   * format characters such as bidirectional overrides.
   */
  public static boolean isInvisible(int c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029
        || Character.getType(c) == Character.FORMAT;
  }
}
