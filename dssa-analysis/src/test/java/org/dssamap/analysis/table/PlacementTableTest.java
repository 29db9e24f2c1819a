package org.dssamap.analysis.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;

import org.dssamap.model.EcosystemMap;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.testing.DssaGenerators;
import org.junit.jupiter.api.Test;

class PlacementTableTest {
  @Test
  void everyRowIsThePlacementAtTheSamePositionOfTheMap() {
    qt().forAll(DssaGenerators.maps(20)).checkAssert(map -> {
      PlacementTable table = PlacementTable.of(map);
      assertEquals(map.placements().size(), table.size());
      for (int row = 0; row < table.size(); row++) {
        Placement p = map.placements().get(row);
        assertSame(p, table.placement(row));
        assertEquals(p.organization(), table.organizationId(row));
        assertEquals(p.organization(), table.organizations().get(table.organization(row)).id());
        assertEquals(p.cell(), table.cells().get(table.cell(row)));
        assertEquals(p.status(), table.status(row));
      }
    });
  }

  @Test
  void anOrganizationsRowsAreItsPlacementsAndOrganizationsWithoutPlacementsHaveNone() {
    qt().forAll(DssaGenerators.maps(20)).checkAssert(map -> {
      PlacementTable table = PlacementTable.of(map);
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
  void anEmptyMapHasNoRows() {
    PlacementTable table = PlacementTable.of(EcosystemMap.builder().title("empty").build());
    assertEquals(0, table.size());
    assertEquals("PlacementTable[0 rows, 0 organizations, 66 cells]", table.toString());
  }
}
