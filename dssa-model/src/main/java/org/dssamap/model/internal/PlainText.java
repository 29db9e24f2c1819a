package org.dssamap.model.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A text as a JSON file of UTF-8 writes it when it needs no escape (ASCII, no quote, backslash or control
 * character), with its closing quote: found at a place in a file's bytes without the string value there being
 * decoded, or its end looked for first. The text holds no quote or backslash, so the quote after it ends the value.
 * Texts of up to 15 characters, ids, words and dates, are compared eight bytes at a time.
 */
public final class PlainText {
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** The text's bytes and the closing quote. */
  private final byte[] quoted;
  private final long low;
  private final long lowMask;
  private final long high;
  private final long highMask;

  private PlainText(byte[] quoted) {
    this.quoted = quoted;
    int n = quoted.length;
    low = pack(quoted, 0, Math.min(n, Long.BYTES));
    lowMask = mask(Math.min(n, Long.BYTES));
    high = n > Long.BYTES ? pack(quoted, Long.BYTES, Math.min(n, 2 * Long.BYTES)) : 0;
    highMask = n > Long.BYTES ? mask(Math.min(n, 2 * Long.BYTES) - Long.BYTES) : 0;
  }

  /** {@code text} as a file writes it without an escape; null when it needs one. */
  public static @Nullable PlainText of(String text) {
    byte[] quoted = new byte[text.length() + 1];
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\') {
        return null;
      }
      quoted[i] = (byte) c;
    }
    quoted[text.length()] = '"';
    return new PlainText(quoted);
  }

  /** The length of the text, in characters and in bytes. */
  public int length() {
    return quoted.length - 1;
  }

  /**
   * Whether the string value whose text starts at {@code source[start]}, after its opening quote, is this text.
   */
  public boolean at(byte[] source, int start) {
    int n = quoted.length;
    if (n <= 2 * Long.BYTES && start >= 0 && start <= source.length - 2 * Long.BYTES) {
      if (((long) LONGS.get(source, start) & lowMask) != low) {
        return false;
      }
      return n <= Long.BYTES || ((long) LONGS.get(source, start + Long.BYTES) & highMask) == high;
    }
    return start >= 0 && start <= source.length - n && Arrays.equals(quoted, 0, n, source, start, start + n);
  }

  /** Bytes {@code [from, to)} of {@code bytes} as the little-endian long eight bytes read there would be, masked. */
  private static long pack(byte[] bytes, int from, int to) {
    long packed = 0;
    for (int i = to - 1; i >= from; i--) {
      packed = packed << 8 | (bytes[i] & 0xff);
    }
    return packed;
  }

  /** The mask of the low {@code n} bytes of a long. */
  private static long mask(int n) {
    return n >= Long.BYTES ? -1L : (1L << (8 * n)) - 1;
  }
}
