package org.dssamap.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import com.google.common.collect.ImmutableSortedSet;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SortedIdsTest {
  @Test
  void anAscendingRunBecomesTheSameSetGuavaWouldSortItInto() {
    qt().forAll(lists().of(strings().basicLatinAlphabet().ofLengthBetween(0, 6)).ofSizeBetween(0, 40),
        integers().between(0, 50)).checkAssert((strings, expected) -> {
          TreeSet<String> ascending = new TreeSet<>(strings);
          SortedIds run = new SortedIds(expected);
          ascending.forEach(run::add);
          ImmutableSortedSet<String> set = run.toSet();
          assertEquals(ImmutableSortedSet.copyOf(strings), set);
          assertEquals(List.copyOf(ascending), set.asList());
          assertEquals(ascending.size(), run.size());
          // A set that comes out of a run is kept as it is by the copies records make of their arguments.
          assertSame(set, ImmutableSortedSet.copyOf(set));
        });
  }

  @Test
  void aRunOutOfOrderIsCaughtWhenAssertionsAreOn() {
    SortedIds run = new SortedIds();
    run.add("verisign");
    run.add("icann");
    assertThrows(AssertionError.class, run::toSet);
  }
}
