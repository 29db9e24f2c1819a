package org.dssamap.model.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Comparing characters of a parser's buffer, or bytes of a file, without making a string of them. */
public final class Chars {
  private Chars() {}

  /** Eight bytes of a byte array at a time. */
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  /** Four bytes of a byte array at a time. */
  private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

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
   * The bytes a JSON string value of plain text (printable ASCII without quote or backslash) has from just after
   * its opening quote: the text's characters, then the closing quote; for {@link #isValueAt}.
   */
  public static byte[] quotedValue(String plain) {
    return (plain + '"').getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * Whether the JSON string value whose characters start at {@code bytes[start]} is the text of {@code quoted}
   * ({@link #quotedValue}): its bytes and then the closing quote. A value spelled with an escape never is. Compared
   * eight bytes at a time (the last eight overlapping the ones before), as ids and words are a few of them.
   */
  public static boolean isValueAt(byte[] quoted, byte[] bytes, int start) {
    int n = quoted.length;
    if (start < 0 || start > bytes.length - n) {
      return false;
    }
    if (n >= Long.BYTES) {
      for (int i = 0; i < n - Long.BYTES; i += Long.BYTES) {
        if ((long) LONGS.get(quoted, i) != (long) LONGS.get(bytes, start + i)) {
          return false;
        }
      }
      return (long) LONGS.get(quoted, n - Long.BYTES) == (long) LONGS.get(bytes, start + n - Long.BYTES);
    }
    if (n >= Integer.BYTES) {
      return (int) INTS.get(quoted, 0) == (int) INTS.get(bytes, start)
          && (int) INTS.get(quoted, n - Integer.BYTES) == (int) INTS.get(bytes, start + n - Integer.BYTES);
    }
    for (int i = 0; i < n; i++) {
      if (quoted[i] != bytes[start + i]) {
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
