package org.dssamap.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.dssamap.model.Dimension;
import org.dssamap.model.Status;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class PlainTextTest {
  private static final JsonFactory JSON = new JsonFactory();
  /** Characters that make texts alike and unlike: a quote, a backslash, a control, beyond ASCII, a surrogate pair. */
  private static final String[] PIECES = {"a", "b", "-", "0", "\"", "\\", "\n", "\u007f", "é", "\uD83D\uDE00", " "};

  private static String text(Random random, int max) {
    StringBuilder out = new StringBuilder();
    int length = random.nextInt(max + 1);
    for (int i = 0; i < length; i++) {
      out.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return out.toString();
  }

  /** {@code text} as a JSON string value, each character written as itself where it may be or escaped. */
  private static String json(String text, Random random) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\' || c < 0x20 || random.nextInt(8) == 0) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /** The text of the JSON string value starting at byte {@code at} of {@code bytes}, as a parser decodes it. */
  private static String decoded(byte[] bytes, int at) {
    try (JsonParser p = JSON.createParser(bytes, at, bytes.length - at)) {
      assertEquals(JsonToken.VALUE_STRING, p.nextToken());
      return p.getText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aTextIsFoundAtAValueExactlyWhenTheValueSpellsItAsItself() {
    qt().withExamples(3_000).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      String wanted = text(random, 20);
      // Either the text itself or another, alike or not, and what follows the value: the file's end, or more.
      String value = random.nextBoolean() ? wanted : random.nextBoolean() ? wanted + text(random, 3)
          : text(random, 20);
      String spelled = json(value, random);
      String before = " ".repeat(random.nextInt(10)) + ": ";
      String after = random.nextBoolean() ? "" : random.nextBoolean() ? "}" : ", \"" + text(random, 20) + "\"}";
      byte[] file = (before + spelled + after).getBytes(StandardCharsets.UTF_8);
      int start = before.getBytes(StandardCharsets.UTF_8).length + 1;
      @Nullable PlainText plain = PlainText.of(wanted);
      boolean needsNoEscape = wanted.chars().allMatch(c -> c >= 0x20 && c < 0x7f && c != '"' && c != '\\');
      assertEquals(needsNoEscape, plain != null, wanted);
      if (plain == null) {
        return;
      }
      assertEquals(wanted.length(), plain.length());
      boolean found = plain.at(file, start);
      // Found only at a value that is the text, and at every value that writes the text as itself.
      if (found) {
        assertEquals(wanted, decoded(file, start - 1), spelled);
      }
      if (spelled.equals("\"" + wanted + "\"")) {
        assertTrue(found, spelled);
      }
    });
  }

  @Test
  void aTextIsComparedWholeNearTheEndOfTheBytesAndNotBeyondThem() {
    for (String text : new String[] {"", "a", "edge", "internal", "cctld-00017", "desk-research", "a-text-of-16-chr",
        "a text longer than sixteen bytes"}) {
      PlainText plain = java.util.Objects.requireNonNull(PlainText.of(text));
      byte[] exact = ("\"" + text + "\"").getBytes(StandardCharsets.US_ASCII);
      assertTrue(plain.at(exact, 1), text);
      byte[] cut = ("\"" + text).getBytes(StandardCharsets.US_ASCII);
      assertFalse(plain.at(cut, 1), text);
      byte[] longer = ("\"" + text + "x\"").getBytes(StandardCharsets.US_ASCII);
      assertFalse(plain.at(longer, 1), text);
      assertFalse(plain.at(exact, exact.length), text);
      assertFalse(plain.at(exact, -1), text);
    }
  }

  @Test
  void aVocabularyFindsAWordWrittenAsItselfAndNothingElse() {
    Vocab<Dimension> dimensions = new Vocab<>(Dimension.class, Dimension::id, Dimension::id);
    assertEquals(Dimension.INTERNAL, dimensions.at(bytes("\"internal\","), 1));
    assertEquals(Dimension.EXTERNAL, dimensions.at(bytes("\"external\""), 1));
    assertNull(dimensions.at(bytes("\"internals\""), 1));
    assertNull(dimensions.at(bytes("\"intern\""), 1));
    assertNull(dimensions.at(bytes("\"int\\u0065rnal\""), 1));
    assertNull(dimensions.at(bytes("\"\""), 1));
    assertNull(dimensions.at(bytes("\""), 1));
    assertNull(dimensions.at(bytes("\"\u00e9\""), 1));
    Vocab<Status> statuses = new Vocab<>(Status.class, Status::id, Status::id);
    for (Status s : Status.values()) {
      assertEquals(s, statuses.at(bytes("  \"" + s.id() + "\"}"), 3), s.id());
      assertNull(statuses.at(bytes("  \"" + s.id() + "x\"}"), 3), s.id());
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
