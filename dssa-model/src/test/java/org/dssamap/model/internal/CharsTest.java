package org.dssamap.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.StandardCharsets;
import org.dssamap.model.testing.DssaGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CharsTest {
  /** Plain texts of every length up to 40, from few letters so that near misses are common. */
  private static Gen<String> plainTexts() {
    return in -> {
      int length = DssaGenerators.between(in, 0, 40);
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < length; i++) {
        out.append("ab-1".charAt(DssaGenerators.between(in, 0, 3)));
      }
      return out.toString();
    };
  }

  /** {@code value} as a JSON string value inside an array, and where its characters start. */
  private static byte[] inArray(String value) {
    return ("[\"" + value + "\",\"x\"]").getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aPlainTextIsTheValueAtAPlaceExactlyWhenItsBytesAndTheClosingQuoteAreThere() {
    qt().withExamples(5_000).forAll(plainTexts(), plainTexts(), DssaGenerators.text()).checkAssert((text, other, any) -> {
      byte[] quoted = Chars.quotedValue(text);
      for (String value : new String[] {text, other, text + other, other + text, any,
          text.isEmpty() ? "" : text.substring(0, text.length() - 1)}) {
        boolean plainValue = value.chars().allMatch(c -> c >= 0x20 && c < 0x7f && c != '"' && c != '\\');
        if (plainValue) {
          assertEquals(text.equals(value), Chars.isValueAt(quoted, inArray(value), 2), text + " / " + value);
        }
      }
      // The bytes end before the value would: never read past them.
      byte[] cut = ("[\"" + text).getBytes(StandardCharsets.UTF_8);
      assertFalse(Chars.isValueAt(quoted, cut, 2), text);
      assertFalse(Chars.isValueAt(quoted, cut, -1), text);
    });
  }

  @Test
  void anEscapedValueIsNeverThePlainText() {
    assertFalse(Chars.isValueAt(Chars.quotedValue("internal"), inArray("int\\u0065rnal"), 2));
    assertFalse(Chars.isValueAt(Chars.quotedValue("a"), inArray("a\\\""), 2));
  }
}
