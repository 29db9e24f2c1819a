package org.dssamap.examples.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.dssamap.examples.synthetic.SyntheticMaps;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.Placement;
import org.dssamap.model.Status;
import org.junit.jupiter.api.Test;

/** The two baselines of the analyze rows count what they say they count. */
class AnalyzeWorkloadTest {
  @Test
  void theLimitCountsEveryPlacementByCellAndStatus() {
    qt().withExamples(30).forAll(longs().all(), integers().between(0, 3_000)).checkAssert((seed, placements) -> {
      EcosystemMap map = SyntheticMaps.generate(seed, placements);
      int statuses = Status.values().length;
      int[] expected = new int[map.catalog().cells().size() * statuses];
      for (Placement p : map.placements()) {
        expected[map.catalog().cells().indexOf(p.cell()) * statuses + p.status().ordinal()]++;
      }
      assertArrayEquals(expected, new AnalyzeWorkload(map).limit());
    });
  }

  @Test
  void theUsersLoopCountsEveryPlacementByCell() {
    qt().withExamples(30).forAll(longs().all(), integers().between(0, 3_000)).checkAssert((seed, placements) -> {
      EcosystemMap map = SyntheticMaps.generate(seed, placements);
      int[] expected = new int[map.catalog().cells().size()];
      for (Placement p : map.placements()) {
        expected[map.catalog().cells().indexOf(p.cell())]++;
      }
      assertArrayEquals(expected, new AnalyzeWorkload(map).baseline());
    });
  }
}
