package org.dssamap.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.dssamap.model.testing.DssaGenerators;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class TextTableTest {
  /** The characters of {@code text} inside a buffer with other characters around them, as a parser has them. */
  private static char[] buffered(String text) {
    return ("<<" + text + ">>").toCharArray();
  }

  /** The entry of {@code text}, read from a parser's buffer, {@code likely} first; added if new. */
  private static TextTable.Entry internBuffered(TextTable table, String text, TextTable.@Nullable Entry likely) {
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

  @Test
  void aTextWithALoneSurrogateIsKeptWithIt() {
    TextTable table = new TextTable();
    assertEquals(-1, internBuffered(table, "caf\u00e9 \ud83d\ude00", null).loneSurrogate);
    TextTable.Entry lone = internBuffered(table, "a\ud800b", null);
    assertEquals(0xd800, lone.loneSurrogate);
    assertSame(lone, internBuffered(table, "a\ud800b", null));
    assertEquals(0xdc00, table.intern("\udc00").loneSurrogate);
  }

  @Test
  void theLikelyEntryMatchesOnlyTheWholeText() {
    TextTable table = new TextTable();
    TextTable.Entry id = table.intern("cctld-00017");
    assertSame(id, internBuffered(table, "cctld-00017", id));
    assertNotSame(id, internBuffered(table, "cctld-000170", id));
    assertNotSame(id, internBuffered(table, "cctld-0001", id));
    assertNotSame(id, internBuffered(table, "cctld-00018", id));
    assertEquals(4, table.entries().size());
  }

  @Test
  void aTextFoundInAFilesBytesIsTheEntryFoundByTheStringAndIsFoundThereAgain() {
    qt().forAll(lists().of(DssaGenerators.text()).ofSizeBetween(0, 300)).checkAssert(texts -> {
      TextTable table = new TextTable();
      List<TextTable.Entry> byString = new ArrayList<>();
      for (String text : texts) {
        byString.add(table.intern(text));
      }
      for (int i = 0; i < texts.size(); i++) {
        String text = texts.get(i);
        TextTable.Entry entry = byString.get(i);
        byte[] file = (": \"" + text + "\", \"" + text + "x\"").getBytes(StandardCharsets.UTF_8);
        boolean plain = text.chars().allMatch(c -> c >= 0x20 && c < 0x7f && c != '"' && c != '\\');
        if (plain) {
          assertSame(entry, table.intern(file, 3, text.length(), text.hashCode()), text);
        }
        // Found at its own value as often as asked (the second time compared eight bytes at a time), never at
        // the next, which is longer.
        for (int k = 0; k < 3; k++) {
          assertEquals(plain, entry.at(file, 3), text);
          assertFalse(entry.at(file, 3 + text.getBytes(StandardCharsets.UTF_8).length + 4), text);
        }
      }
      assertEquals(new LinkedHashSet<>(texts).size(), table.entries().size());
    });
  }
}
