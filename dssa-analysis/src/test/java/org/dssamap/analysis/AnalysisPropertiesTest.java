package org.dssamap.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.dssamap.model.Cell;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.EvidenceSource;
import org.dssamap.model.FunctionCatalog;
import org.dssamap.model.Placement;
import org.dssamap.model.testing.DssaGenerators;
import org.junit.jupiter.api.Test;

class AnalysisPropertiesTest {

  @Test
  void addingAVerifiedPlacementNeverAddsAGapAndNeverLowersCoverage() {
    qt().forAll(DssaGenerators.maps(FunctionCatalog.dssa2012(), 1, 8), integers().between(0, 1000),
            integers().between(0, 1000))
        .checkAssert((map, orgPick, cellPick) -> {
          String org = map.organizations().get(orgPick % map.organizations().size()).id();
          Cell cell = map.catalog().cells().get(cellPick % map.catalog().cells().size());
          EcosystemMap more = map.withPlacement(Placement.verified(org, cell, EvidenceSource.PEER_REPORTED));
          Coverage before = Coverage.of(map);
          Coverage after = Coverage.of(more);
          Set<Cell> gapsBefore = cells(Gap.findAll(before));
          assertTrue(gapsBefore.containsAll(cells(Gap.findAll(after))));
          assertTrue(after.overall().verifiedShare() >= before.overall().verifiedShare());
          before.byLayer().forEach((l, r) -> assertTrue(after.byLayer().get(l).verifiedShare() >= r.verifiedShare()));
          before.byFunction().forEach((f, r) ->
              assertTrue(after.byFunction().get(f).verifiedShare() >= r.verifiedShare()));
          if (map.catalog().isExpected(cell)) {
            assertTrue(!cells(Gap.findAll(after)).contains(cell), "the verified cell is no gap");
          }
        });
  }

  @Test
  void gapsAndCoveredExpectedCellsPartitionTheExpectedCells() {
    qt().forAll(DssaGenerators.catalogs(5).flatMap(c -> DssaGenerators.maps(c, 0, 6))).checkAssert(map -> {
      Coverage coverage = Coverage.of(map);
      Set<Cell> gaps = cells(Gap.findAll(coverage));
      Set<Cell> covered = coverage.cells().stream().filter(c -> c.expected() && c.isCovered())
          .map(CellCoverage::cell).collect(Collectors.toSet());
      assertTrue(Collections.disjoint(gaps, covered));
      Set<Cell> union = new java.util.HashSet<>(gaps);
      union.addAll(covered);
      assertEquals(Set.copyOf(map.catalog().expectedCells()), union);
      assertEquals(map.catalog().expectedCells().size(), coverage.overall().expectedCells());
      assertEquals(covered.size(), coverage.overall().verifiedCells());
    });
  }

  @Test
  void aClaimIsNeverProof() {
    qt().forAll(DssaGenerators.maps()).checkAssert(map -> {
      Coverage coverage = Coverage.of(map);
      for (Gap gap : Gap.findAll(coverage)) {
        assertTrue(map.placementsIn(gap.cell()).stream().noneMatch(Placement::isVerified), gap.toString());
      }
    });
  }

  @Test
  void resultsDoNotDependOnInputOrder() {
    qt().forAll(DssaGenerators.maps(), longs().all()).checkAssert((map, seed) -> {
      EcosystemMap shuffled = DssaGenerators.rebuiltInRandomOrder(map, new Random(seed));
      assertEquals(AnalysisReport.of(map), AnalysisReport.of(shuffled));
      AnalysisOptions europe = AnalysisOptions.defaults().withRegion(org.dssamap.model.Region.EUROPE);
      assertEquals(AnalysisReport.of(map, europe), AnalysisReport.of(shuffled, europe));
    });
  }

  @Test
  void selfClassificationCountsEveryPlacementOnce() {
    qt().forAll(DssaGenerators.maps()).checkAssert(map -> {
      SelfClassification check = SelfClassification.of(map, 0.5);
      assertEquals(map.placements().size(),
          check.organizations().stream().mapToInt(OrganizationClassification::total).sum());
      Map<Object, Long> byStatus = map.placements().stream()
          .collect(Collectors.groupingBy(Placement::status, Collectors.counting()));
      assertEquals(byStatus.getOrDefault(org.dssamap.model.Status.VERIFIED, 0L).intValue(),
          check.organizations().stream().mapToInt(OrganizationClassification::verified).sum());
    });
  }

  private static Set<Cell> cells(List<Gap> gaps) {
    return gaps.stream().map(Gap::cell).collect(Collectors.toSet());
  }
}
