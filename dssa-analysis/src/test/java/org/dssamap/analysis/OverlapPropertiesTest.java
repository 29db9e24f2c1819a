package org.dssamap.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.dssamap.model.Cell;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.Placement;
import org.dssamap.model.Region;
import org.dssamap.model.Status;
import org.dssamap.model.testing.DssaGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class OverlapPropertiesTest {
  /** The definition, cell by cell: undisputed placements grouped by their organization's region. */
  private static List<Overlap> byDefinition(EcosystemMap map, Optional<Region> region, int threshold) {
    List<Overlap> found = new ArrayList<>();
    for (Cell cell : map.catalog().cells()) {
      Map<Region, TreeSet<String>> byRegion = new EnumMap<>(Region.class);
      for (Placement p : map.placements()) {
        Optional<Region> r = map.requireOrganization(p.organization()).region();
        if (p.cell().equals(cell) && p.status() != Status.DISPUTED && r.isPresent()
            && (region.isEmpty() || region.equals(r))) {
          byRegion.computeIfAbsent(r.get(), k -> new TreeSet<>()).add(p.organization());
        }
      }
      byRegion.forEach((r, orgs) -> {
        if (orgs.size() >= threshold) {
          found.add(new Overlap(cell, r, ImmutableSortedSet.copyOf(orgs)));
        }
      });
    }
    return found;
  }

  @Test
  void overlapsAreTheCellsWhereEnoughOrganizationsOfARegionArePlaced() {
    qt().forAll(DssaGenerators.mapsWithPlacements(), SourceDSL.integers().between(2, 3))
        .checkAssert((map, threshold) -> {
          assertEquals(byDefinition(map, Optional.empty(), threshold),
              Overlap.findAll(map, Optional.empty(), threshold));
          for (Region r : ImmutableList.of(Region.EUROPE, Region.GLOBAL)) {
            assertEquals(byDefinition(map, Optional.of(r), threshold), Overlap.findAll(map, Optional.of(r), threshold));
          }
        });
  }
}
