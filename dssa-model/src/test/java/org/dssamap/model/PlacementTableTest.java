package org.dssamap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import java.util.Random;
import org.dssamap.model.testing.DssaGenerators;
import org.junit.jupiter.api.Test;

class PlacementTableTest {
  @Test
  void everyRowIsThePlacementAtTheSamePositionOfTheMap() {
    qt().forAll(DssaGenerators.maps(20)).checkAssert(map -> {
      PlacementTable table = map.placementTable();
      assertEquals(map.placements().size(), table.size());
      for (int row = 0; row < table.size(); row++) {
        Placement p = map.placements().get(row);
        assertSame(p, table.placement(row));
        assertEquals(p.organization(), table.organizations().get(table.organization(row)).id());
        assertEquals(p.cell(), table.cells().get(table.cell(row)));
        assertEquals(p.status(), table.status(row));
        assertEquals(p.source(), table.source(row));
      }
    });
  }

  @Test
  void anOrganizationsRowsAreItsPlacementsAndOrganizationsWithoutPlacementsHaveNone() {
    qt().forAll(DssaGenerators.maps(20)).checkAssert(map -> {
      PlacementTable table = map.placementTable();
      for (int o = 0; o < map.organizations().size(); o++) {
        Organization org = map.organizations().get(o);
        assertEquals(o, table.organizationIndex(org.id()));
        assertEquals(map.placementsOf(org.id()),
            map.placements().subList(table.firstRow(o), table.endRow(o)), org.id());
      }
      assertEquals(-1, table.organizationIndex("nobody-here"));
    });
  }

  @Test
  void theTableDoesNotDependOnTheOrderTheMapWasBuiltIn() {
    qt().forAll(DssaGenerators.maps(20)).checkAssert(map -> {
      PlacementTable a = map.placementTable();
      PlacementTable b = DssaGenerators.rebuiltInRandomOrder(map, new Random(map.placements().size())).placementTable();
      assertEquals(a.size(), b.size());
      for (int row = 0; row < a.size(); row++) {
        assertEquals(a.cell(row), b.cell(row));
        assertEquals(a.status(row), b.status(row));
        assertEquals(a.source(row), b.source(row));
        assertEquals(a.organization(row), b.organization(row));
      }
    });
  }

  @Test
  void anEmptyMapHasNoRowsAndNoRowIsOutOfRange() {
    PlacementTable table = EcosystemMap.builder().title("empty").build().placementTable();
    assertEquals(0, table.size());
    assertEquals("PlacementTable[0 rows, 0 organizations, 66 cells]", table.toString());
    assertThrows(IndexOutOfBoundsException.class, () -> table.organization(0));
  }
}
