package org.dssamap.model.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.dssamap.model.InvalidMapException;
import org.dssamap.model.Problem;
import org.jspecify.annotations.Nullable;

/**
 * The bytes of an input file checked as strict UTF-8, the only encoding the formats accept, with the means to
 * turn a character offset into a {@code LINE:COL} location.
 *
 * <p>Strict means what {@link CharsetDecoder} with {@link CodingErrorAction#REPORT} means: overlong forms,
 * encoded surrogates and truncated sequences are all rejected, so a file that passes decodes the same way in
 * every tool.
 */
public final class SourceText {
  private static final int UTF8_BOM_LENGTH = 3;

  private final String text;
  private final int[] lineStarts;

  private SourceText(String text) {
    this.text = text;
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, n);
  }

  /**
   * Decodes {@code bytes} as UTF-8, dropping a leading byte order mark.
   *
   * @throws InvalidMapException when the bytes are not UTF-8, with the problem located in {@code sourceName}
   */
  public static SourceText decode(byte[] bytes, String sourceName) {
    Optional<Problem> problem = checkUtf8(bytes);
    if (problem.isPresent()) {
      throw new InvalidMapException(sourceName, List.of(problem.get()));
    }
    int start = hasBom(bytes) ? UTF8_BOM_LENGTH : 0;
    return new SourceText(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8));
  }

  /** The decoded text, without a byte order mark. */
  public String text() {
    return text;
  }

  /** The 1-based line of the character at {@code offset}. */
  public int lineOf(long offset) {
    int i = Arrays.binarySearch(lineStarts, (int) Math.min(offset, Integer.MAX_VALUE));
    return (i >= 0 ? i : -i - 2) + 1;
  }

  /** The 1-based column of the character at {@code offset}, counted in UTF-16 characters. */
  public int columnOf(long offset) {
    return (int) (offset - lineStarts[lineOf(offset) - 1]) + 1;
  }

  /** Whether {@code bytes} starts with the UTF-8 byte order mark. */
  public static boolean hasBom(byte[] bytes) {
    return bytes.length >= UTF8_BOM_LENGTH
        && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf;
  }

  /**
   * Checks that {@code bytes} is strict UTF-8 without keeping the decoded text, so that a large input costs no
   * more memory than its bytes.
   *
   * @return the first place where it is not, as {@code LINE:COL} (the column counted in bytes), or empty
   */
  public static Optional<Problem> checkUtf8(byte[] bytes) {
    if (bytes.length >= 2 && (((bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff)
        || ((bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe))) {
      return Optional.of(Problem.at("1:1",
          "the file is UTF-16 (it starts with a UTF-16 byte order mark); expected UTF-8: save it as UTF-8"));
    }
    if (bytes.length >= 2 && (bytes[0] == 0 || bytes[1] == 0)) {
      return Optional.of(Problem.at("1:1",
          "the file starts with zero bytes, as UTF-16 and UTF-32 text does; expected UTF-8: save it as UTF-8"));
    }
    // Made for the first block that is not all ASCII: most maps have none.
    @Nullable CharsetDecoder decoder = null;
    ByteBuffer in = ByteBuffer.wrap(bytes);
    @Nullable CharBuffer out = null;
    int at = 0;
    // Maps are nearly all ASCII; the decoder sees only the blocks that are not, which makes the check several
    // times faster. A block that is all ASCII starts and ends on a character boundary.
    while (at < bytes.length) {
      int end = Math.min(bytes.length, at + ASCII_BLOCK);
      if (isAscii(bytes, at, end)) {
        at = end;
        continue;
      }
      if (decoder == null || out == null) {
        decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        out = CharBuffer.allocate(8192);
      }
      in.limit(end).position(at);
      while (true) {
        CoderResult result = decoder.decode(in, out, end == bytes.length);
        if (result.isError()) {
          return Optional.of(notUtf8(bytes, in.position()));
        }
        if (result.isUnderflow()) {
          break;
        }
        out.clear();
      }
      // A character cut by the block's end is left in the input and decoded with the next block.
      at = in.position();
    }
    return Optional.empty();
  }

  private static final int ASCII_BLOCK = 4096;

  /** Eight bytes at a time: a byte is ASCII when its high bit is clear. */
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static boolean isAscii(byte[] bytes, int from, int to) {
    long highBits = 0;
    int i = from;
    // Four longs a turn, which the processor reads side by side: about a third less time than one a turn.
    for (; i + 4 * Long.BYTES <= to; i += 4 * Long.BYTES) {
      highBits |= (long) LONGS.get(bytes, i) | (long) LONGS.get(bytes, i + Long.BYTES)
          | (long) LONGS.get(bytes, i + 2 * Long.BYTES) | (long) LONGS.get(bytes, i + 3 * Long.BYTES);
    }
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      highBits |= (long) LONGS.get(bytes, i);
    }
    for (; i < to; i++) {
      highBits |= bytes[i];
    }
    return (highBits & 0x8080808080808080L) == 0;
  }

  private static Problem notUtf8(byte[] bytes, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return Problem.at(line + ":" + (offset - lineStart + 1), String.format(
        "byte 0x%02x at offset %d is not valid UTF-8; expected a UTF-8 file (save it as UTF-8)",
        bytes[offset] & 0xff, offset));
  }
}
