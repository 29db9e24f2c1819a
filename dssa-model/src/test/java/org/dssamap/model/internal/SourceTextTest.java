package org.dssamap.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import org.dssamap.model.Problem;
import org.junit.jupiter.api.Test;

class SourceTextTest {
  /** Mostly ASCII with a few multi-byte characters and, sometimes, a stray byte, across block boundaries. */
  private static byte[] nearlyAscii(long seed) {
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder();
    int length = 1 + random.nextInt(20_000);
    while (text.length() < length) {
      int roll = random.nextInt(1000);
      text.append(roll == 0 ? "é" : roll == 1 ? "€" : roll == 2 ? "\uD83D\uDE00" : roll == 3 ? "\n" : "a");
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    if (bytes.length >= 2 && random.nextBoolean()) {
      bytes[1 + random.nextInt(bytes.length - 1)] = (byte) (0x80 + random.nextInt(0x80));
    }
    if (random.nextInt(4) == 0) {
      // Cut the text anywhere, possibly inside a character.
      bytes = java.util.Arrays.copyOf(bytes, 1 + random.nextInt(bytes.length));
    }
    return bytes;
  }

  private static boolean decodesStrictly(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  @Test
  void skippingAsciiBlocksFindsExactlyWhatTheStrictDecoderFinds() {
    qt().withExamples(400).forAll(integers().all()).checkAssert(seed -> {
      byte[] bytes = nearlyAscii(seed);
      Optional<Problem> problem = SourceText.checkUtf8(bytes);
      assertEquals(!decodesStrictly(bytes) || bytes.length >= 2 && (bytes[0] == 0 || bytes[1] == 0),
          problem.isPresent(), String.valueOf(problem));
    });
  }

  @Test
  void aStrayByteIsLocatedWhereItIsInALaterBlock() {
    byte[] bytes = "a".repeat(10_000).getBytes(StandardCharsets.US_ASCII);
    bytes[4096 + 17] = (byte) 0xff;
    assertEquals("1:4114", SourceText.checkUtf8(bytes).orElseThrow().location());
  }

  @Test
  void aStrayByteIsFoundAtEveryPlaceOfTheWordsReadTogether() {
    // The ASCII check reads four longs a turn, then single longs, then bytes: a stray byte at any of those places.
    for (int length : new int[] {7, 8, 31, 32, 33, 40, 64, 71}) {
      for (int at = 0; at < length; at++) {
        byte[] bytes = "a".repeat(length).getBytes(StandardCharsets.US_ASCII);
        bytes[at] = (byte) 0x80;
        assertEquals("1:" + (at + 1), SourceText.checkUtf8(bytes).orElseThrow().location(), length + "/" + at);
      }
    }
  }
}
