package org.dssamap.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.dssamap.model.testing.DssaGenerators;
import org.junit.jupiter.api.Test;

class TextTableTest {
  /** The characters of {@code text} inside a buffer with other characters around them, as a parser has them. */
  private static char[] buffered(String text) {
    return ("<<" + text + ">>").toCharArray();
  }

  private static TextTable.Entry internBuffered(TextTable table, String text, TextTable.Entry likely) {
    return table.intern(buffered(text), 2, text.length(), likely);
  }

  @Test
  void aTextFoundByItsCharactersIsTheEntryFoundByTheString() {
    qt().forAll(lists().of(DssaGenerators.text()).ofSizeBetween(0, 600)).checkAssert(texts -> {
      TextTable table = new TextTable();
      List<TextTable.Entry> byString = new ArrayList<>();
      for (String text : texts) {
        byString.add(table.intern(text));
      }
      for (int i = 0; i < texts.size(); i++) {
        TextTable.Entry found = table.intern(buffered(texts.get(i)), 2, texts.get(i).length(), null);
        assertSame(byString.get(i), found, texts.get(i));
        assertEquals(texts.get(i), found.text);
      }
      assertEquals(new LinkedHashSet<>(texts).size(), table.entries().size());
    });
  }

  @Test
  void everyIdOfAThousandsStrongRunStaysItsOwnEntryAsTheTableGrows() {
    TextTable table = new TextTable();
    List<TextTable.Entry> entries = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      entries.add(table.intern(String.format("cctld-%05d", i)));
    }
    for (int i = 0; i < 5_000; i++) {
      String id = String.format("cctld-%05d", i);
      TextTable.Entry found = internBuffered(table, id, null);
      assertSame(entries.get(i), found, id);
      assertSame(entries.get(i).text, found.text);
    }
    assertEquals(5_000, table.entries().size());
  }

  @Test
  void theLikelyEntryIsTakenOnlyWhenItIsSpelledSo() {
    TextTable table = new TextTable();
    TextTable.Entry pir = table.intern("pir");
    TextTable.Entry afilias = table.intern("afilias");
    assertSame(pir, internBuffered(table, "pir", pir));
    assertSame(afilias, internBuffered(table, "afilias", pir));
    TextTable.Entry pi = internBuffered(table, "pi", pir);
    assertNotSame(pir, pi);
    assertEquals("pi", pi.text);
  }

  @Test
  void saysWhetherATextIsASlug() {
    TextTable table = new TextTable();
    assertTrue(table.intern("cctld-00017").isSlug());
    assertFalse(table.intern("Not A Slug").isSlug());
    assertFalse(internBuffered(table, "<script>", null).isSlug());
    assertFalse(table.intern("").isSlug());
  }

  /** A string value as JSON bytes with something before and after it, and where its characters start. */
  private static byte[] quoted(String json) {
    return ("[1, " + json + ", 2]").getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void aPlainValueIsFoundOnItsBytesAndAnythingElseIsLeftToBeDecoded() {
    qt().forAll(lists().of(DssaGenerators.text()).ofSizeBetween(1, 200)).checkAssert(texts -> {
      TextTable table = new TextTable();
      for (String text : texts) {
        table.intern(text);
      }
      for (String text : texts) {
        String json = com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(text).length
            == text.length() ? "\"" + text + "\"" : null;
        boolean plain = text.chars().allMatch(TextTable::isPlain);
        if (json != null && plain) {
          assertSame(table.intern(text), table.find(quoted(json), 5, text.length(), null), text);
          assertEquals(null, table.find(quoted(json), 5, text.length() - 1, null), text);
        }
        // The same text with an escape, or not in the table: never a wrong entry.
        byte[] escaped = quoted("\"\\u0041" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
        assertEquals(null, table.find(escaped, 5, Integer.MAX_VALUE, table.intern(text)), text);
      }
    });
  }

  @Test
  void theLikelyEntryMatchesOnlyAWholePlainValue() {
    TextTable table = new TextTable();
    TextTable.Entry id = table.intern("cctld-00017");
    TextTable.Entry backslash = table.intern("a\\");
    assertSame(id, table.find(quoted("\"cctld-00017\""), 5, 64, id));
    assertEquals(null, table.find(quoted("\"cctld-000170\""), 5, 64, id));
    assertEquals(null, table.find(quoted("\"cctld-0001\""), 5, 64, id));
    assertEquals(null, table.find(quoted("\"cctld-0001\\u0037\""), 5, 64, id));
    // The bytes a\" are an escaped quote, not the end of the text a\.
    assertEquals(null, table.find(quoted("\"a\\\"b\""), 5, 64, backslash));
    assertEquals(null, table.find(quoted("\"caf\u00e9\""), 5, 64, null));
    assertFalse(TextTable.isPlain('\u00e9'));
    assertTrue(TextTable.isPlain('-'));
  }
}
