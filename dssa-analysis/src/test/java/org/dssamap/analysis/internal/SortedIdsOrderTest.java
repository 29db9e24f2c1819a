package org.dssamap.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A run's promise is strictly ascending ids: a repeated id breaks it as surely as a smaller one. */
class SortedIdsOrderTest {
  @Test
  void aRepeatedIdIsCaughtWhenAssertionsAreOn() {
    SortedIds run = new SortedIds(4);
    run.add("icann");
    run.add("icann");
    assertThrows(AssertionError.class, run::toSet);
  }

  @Test
  void aRunGrowsPastWhatItExpected() {
    SortedIds run = new SortedIds(1);
    for (String id : List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j")) {
      run.add(id);
    }
    assertEquals(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j"), run.toSet().asList());
  }
}
