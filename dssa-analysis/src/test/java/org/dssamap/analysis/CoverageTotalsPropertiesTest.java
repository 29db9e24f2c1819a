package org.dssamap.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.dssamap.model.Cell;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.Layer;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Region;
import org.dssamap.model.SecurityFunction;
import org.dssamap.model.Status;
import org.dssamap.model.testing.DssaGenerators;
import org.junit.jupiter.api.Test;

/**
 * The totals of a coverage (per layer, per function, overall, placements by status, organizations in view), each
 * against its definition written here from the placements, with no use of the cells the coverage lists.
 */
class CoverageTotalsPropertiesTest {
  private static boolean inView(Organization o, Optional<Region> region) {
    return region.isEmpty() || o.region().filter(r -> r == region.get() || r == Region.GLOBAL).isPresent();
  }

  /** Of {@code cells}, the expected ones; of those, the ones a verified placement in view covers, and the rest that a claim reaches. */
  private static CoverageRatio ratioByDefinition(EcosystemMap map, List<Cell> cells, Optional<Region> region) {
    int expected = 0;
    int verified = 0;
    int claimedOnly = 0;
    for (Cell cell : cells) {
      if (!map.catalog().isExpected(cell)) {
        continue;
      }
      expected++;
      boolean anyVerified = false;
      boolean anyClaimed = false;
      for (Placement p : map.placements()) {
        if (p.cell().equals(cell) && inView(map.requireOrganization(p.organization()), region)) {
          anyVerified |= p.status() == Status.VERIFIED;
          anyClaimed |= p.status() == Status.CLAIMED;
        }
      }
      if (anyVerified) {
        verified++;
      } else if (anyClaimed) {
        claimedOnly++;
      }
    }
    return new CoverageRatio(expected, verified, claimedOnly);
  }

  private static List<Optional<Region>> views() {
    List<Optional<Region>> views = new ArrayList<>();
    views.add(Optional.empty());
    for (Region r : Region.values()) {
      views.add(Optional.of(r));
    }
    return views;
  }

  @Test
  void ratiosPerLayerPerFunctionAndOverallCountTheExpectedCellsAVerifiedPlacementCovers() {
    qt().forAll(DssaGenerators.catalogs(5).flatMap(c -> DssaGenerators.maps(c, 0, 8)).mix(DssaGenerators.maps(12), 50))
        .checkAssert(map -> {
          for (Optional<Region> region : views()) {
            Coverage coverage = Coverage.of(map, region);
            Map<Layer, CoverageRatio> byLayer = new EnumMap<>(Layer.class);
            for (Layer layer : Layer.values()) {
              byLayer.put(layer, ratioByDefinition(map,
                  map.catalog().cells().stream().filter(c -> c.layer() == layer).toList(), region));
            }
            Map<String, CoverageRatio> byFunction = new LinkedHashMap<>();
            for (SecurityFunction f : map.catalog().functions()) {
              byFunction.put(f.id(), ratioByDefinition(map,
                  map.catalog().cells().stream().filter(c -> c.function().equals(f.id())).toList(), region));
            }
            String where = "view " + region;
            assertEquals(byLayer, coverage.byLayer(), where);
            assertEquals(List.copyOf(byFunction.entrySet()), List.copyOf(coverage.byFunction().entrySet()),
                where + ": every function, in catalog order");
            assertEquals(ratioByDefinition(map, map.catalog().cells(), region), coverage.overall(), where);
            assertEquals(region, coverage.region());
          }
        });
  }

  @Test
  void placementsByStatusAndTheOrganizationsInViewAreCountedFromThePlacements() {
    qt().forAll(DssaGenerators.maps(12)).checkAssert(map -> {
      for (Optional<Region> region : views()) {
        Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
          byStatus.put(s, 0);
        }
        for (Placement p : map.placements()) {
          if (inView(map.requireOrganization(p.organization()), region)) {
            byStatus.merge(p.status(), 1, Integer::sum);
          }
        }
        TreeSet<String> organizations = new TreeSet<>();
        for (Organization o : map.organizations()) {
          if (inView(o, region)) {
            organizations.add(o.id());
          }
        }
        Coverage coverage = Coverage.of(map, region);
        assertEquals(List.copyOf(byStatus.entrySet()), List.copyOf(coverage.placementsByStatus().entrySet()),
            "view " + region);
        assertEquals(List.copyOf(organizations), coverage.organizations().asList(), "view " + region);
      }
    });
  }
}
