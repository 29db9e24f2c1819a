package org.dssamap.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.dssamap.analysis.testing.Examples;
import org.dssamap.model.Cell;
import org.dssamap.model.Dimension;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.Layer;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Region;
import org.dssamap.model.Status;
import org.dssamap.model.testing.DssaGenerators;
import org.junit.jupiter.api.Test;

class CoveragePropertiesTest {
  private static final Cell CELL = Cell.of("incident-response", Dimension.EXTERNAL, Layer.CORE);

  /** The definition, cell by cell and status by status, scanning every placement with no shortcut. */
  private static List<CellCoverage> byDefinition(EcosystemMap map, Optional<Region> region) {
    List<CellCoverage> cells = new ArrayList<>();
    for (Cell cell : map.catalog().cells()) {
      List<TreeSet<String>> byStatus = List.of(new TreeSet<>(), new TreeSet<>(), new TreeSet<>());
      for (Placement p : map.placements()) {
        Organization o = map.requireOrganization(p.organization());
        boolean inScope = region.isEmpty()
            || o.region().filter(r -> r == region.get() || r == Region.GLOBAL).isPresent();
        if (p.cell().equals(cell) && inScope) {
          byStatus.get(p.status().ordinal()).add(p.organization());
        }
      }
      cells.add(CellCoverage.of(cell, map.catalog().isExpected(cell), byStatus.get(Status.VERIFIED.ordinal()),
          byStatus.get(Status.CLAIMED.ordinal()), byStatus.get(Status.DISPUTED.ordinal())));
    }
    return cells;
  }

  @Test
  void everyCellListsTheOrganizationsPlacedThereByStatusForTheWholeMapAndEachRegion() {
    // Seven scopes, each checked against a scan of every cell by every placement: fewer, larger examples.
    qt().withExamples(Examples.upTo(300)).forAll(DssaGenerators.maps(20)).checkAssert(map -> {
      List<Optional<Region>> scopes = new ArrayList<>();
      scopes.add(Optional.empty());
      for (Region r : Region.values()) {
        scopes.add(Optional.of(r));
      }
      for (Optional<Region> region : scopes) {
        Coverage coverage = Coverage.of(map, region);
        assertEquals(byDefinition(map, region), coverage.cells(), "region " + region);
        int placed = coverage.cells().stream().mapToInt(c -> c.verified() + c.claimed() + c.disputed()).sum();
        assertEquals(placed, coverage.placementsByStatus().values().stream().mapToInt(Integer::intValue).sum());
      }
    });
  }

  @Test
  void cellCoverageRefusesAnOrganizationPlacedTwiceInOneCell() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CellCoverage.of(CELL, true, List.of("first"), List.of("first", "icann"), List.of()));
    assertEquals("an organization is placed twice at incident-response/external/core", e.getMessage());
  }

  @Test
  void cellCoverageSortsWhatItIsGiven() {
    CellCoverage c = CellCoverage.of(CELL, true, List.of("verisign", "icann"), List.of(), List.of("first"));
    assertEquals(ImmutableSortedSet.of("icann", "verisign"), c.verifiedBy());
    assertEquals(List.of("first", "icann", "verisign"), List.copyOf(c.organizations()));
    assertEquals(Optional.of(Status.DISPUTED), c.statusOf("first"));
  }
}
