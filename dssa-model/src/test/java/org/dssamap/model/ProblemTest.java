package org.dssamap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTest {
  @Test
  void quotingEscapesEverythingThatCouldDisguiseAMessage() {
    assertEquals("a\\u000ab\\u0085c\\u202ed\\u2028e\\u200bf", Problem.quote("a\nb\u0085c\u202Ed\u2028e\u200Bf"));
    assertEquals("日本語 <b>", Problem.quote("日本語 <b>"));
  }

  @Test
  void quotingCutsLongTextAndSaysHowLongItWas() {
    assertEquals("x".repeat(80) + "…(300 characters)", Problem.quote("x".repeat(300)));
  }

  @Test
  void aSpreadsheetCellIsNamedAsSpreadsheetProgramsNameIt() {
    assertEquals("Placements!B7", Problem.sheetCell("Placements", 7, 2));
    assertEquals("Placements!7:7", Problem.sheetRow("Placements", 7));
    // columns: A..Z, then AA, AZ, BA, ZZ, AAA; the last column of a modern spreadsheet is XFD
    assertEquals(List.of("A1", "Z1", "AA1", "AZ1", "BA1", "ZZ1", "AAA1", "XFD1"),
        List.of(1, 26, 27, 52, 53, 702, 703, 16384).stream()
            .map(c -> Problem.sheetCell("s", 1, c).substring(2)).toList());
    // a name that is not a plain word is quoted, an apostrophe doubled
    assertEquals("'My sheet'!A1", Problem.sheetCell("My sheet", 1, 1));
    assertEquals("'O''Brien'!A1", Problem.sheetCell("O'Brien", 1, 1));
    assertEquals("'Fragen-2012'!3:3", Problem.sheetRow("Fragen-2012", 3));
    // and so is one a spreadsheet would read as a reference, a truth value or a number
    for (String name : List.of("AB12", "R1C1", "TRUE", "false", "2012", "Übersicht")) {
      assertEquals("'" + name + "'!A1", Problem.sheetCell(name, 1, 1), name);
    }
    assertEquals("placements.v2!A1", Problem.sheetCell("placements.v2", 1, 1));
  }

  @Test
  void rowsAndColumnsCountFromOneAndASheetHasAName() {
    assertThrows(IllegalArgumentException.class, () -> Problem.sheetCell("s", 0, 1));
    assertThrows(IllegalArgumentException.class, () -> Problem.sheetCell("s", 1, 0));
    assertThrows(IllegalArgumentException.class, () -> Problem.sheetRow("", 1));
  }

  @Test
  void eachFormOfLocationIsPrintedAsTheCommandLinePrintsIt() {
    assertEquals("p.csv:3:2: bad", Problem.at("3:2", "bad").format("p.csv"));
    assertEquals("p.csv:3: bad", Problem.at("3", "bad").format("p.csv"));
    assertEquals("m.json: $.placements[0]: bad", Problem.at("$.placements[0]", "bad").format("m.json"));
    assertEquals("q.xlsx: Placements!B7: bad", Problem.at("Placements!B7", "bad").format("q.xlsx"));
    assertEquals("q.xlsx: 'My sheet'!7:7: bad", Problem.at(Problem.sheetRow("My sheet", 7), "bad").format("q.xlsx"));
    assertEquals("q.xlsx: bad", Problem.at("", "bad").format("q.xlsx"));
  }
}
