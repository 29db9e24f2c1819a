package org.dssamap.analysis.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.dssamap.analysis.CallMap;
import org.dssamap.analysis.Gap;
import org.dssamap.model.Cell;
import org.dssamap.model.Dimension;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.EvidenceSource;
import org.dssamap.model.Layer;
import org.dssamap.model.Placement;
import org.dssamap.model.Status;
import org.dssamap.model.testing.DssaGenerators;
import org.junit.jupiter.api.Test;

class MapDiffTest {
  private static final Cell CORE_IR = Cell.of("incident-response", Dimension.EXTERNAL, Layer.CORE);

  @Test
  void theDiffOfAMapWithItselfIsEmpty() {
    qt().forAll(DssaGenerators.maps()).checkAssert(map -> assertTrue(MapDiff.between(map, map).isEmpty()));
  }

  @Test
  void applyingTheDiffToTheOldMapGivesTheNewOne() {
    qt().forAll(DssaGenerators.maps(), DssaGenerators.maps())
        .checkAssert((a, b) -> assertEquals(b, MapDiff.between(a, b).applyTo(a)));
  }

  @Test
  void applyingTheDiffAcrossCatalogsGivesTheNewOne() {
    qt().withExamples(50)
        .forAll(DssaGenerators.catalogs(3).flatMap(c -> DssaGenerators.maps(c, 0, 4)),
            DssaGenerators.catalogs(3).flatMap(c -> DssaGenerators.maps(c, 0, 4)))
        .checkAssert((a, b) -> assertEquals(b, MapDiff.between(a, b).applyTo(a)));
  }

  @Test
  void aDiffNonEmptyExactlyWhenTheMapsDiffer() {
    qt().forAll(DssaGenerators.maps(), DssaGenerators.maps())
        .checkAssert((a, b) -> assertEquals(a.equals(b), MapDiff.between(a, b).isEmpty()));
  }

  @Test
  void verifyingTheCoreClosesTheGapTheCallFound() {
    EcosystemMap fragmented = CallMap.withFragmentedCore();
    // both core bodies only claimed: the gap is still open
    EcosystemMap before = fragmented.withPlacement(
        fragmented.placement("core-asia", CORE_IR).orElseThrow().withStatus(Status.CLAIMED));
    EcosystemMap after = before.withPlacement(
        before.placement("core-americas", CORE_IR).orElseThrow().withStatus(Status.VERIFIED));
    MapDiff diff = MapDiff.between(before, after);
    assertEquals(1, diff.statusChanges().size());
    assertEquals(List.of("status"), diff.placementsChanged().get(0).changedFields());
    assertEquals(List.of(CORE_IR), diff.gapsClosed().stream().map(Gap::cell).toList());
    assertTrue(diff.gapsOpened().isEmpty());
    assertEquals(after, diff.applyTo(before));
  }

  @Test
  void aRemovedPlacementIsCarriedInFullAndMayOpenAGap() {
    EcosystemMap before = CallMap.map();
    Cell compliance = Cell.of("compliance-monitoring", Dimension.EXTERNAL, Layer.CORE);
    EcosystemMap after = before.withoutPlacement("icann", compliance);
    MapDiff diff = MapDiff.between(before, after);
    assertEquals(List.of(before.placement("icann", compliance).orElseThrow()), diff.placementsRemoved());
    assertEquals(List.of(compliance), diff.gapsOpened().stream().map(Gap::cell).toList());
  }

  @Test
  void aDiffRefusesAMapThatDoesNotHoldWhatItChanges() {
    EcosystemMap before = CallMap.map();
    EcosystemMap after = before.withPlacement(Placement.verified("pir", CORE_IR, EvidenceSource.PEER_REPORTED));
    MapDiff diff = MapDiff.between(before, after);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> diff.applyTo(after));
    assertTrue(e.getMessage().contains("already there"), e.getMessage());
  }
}
