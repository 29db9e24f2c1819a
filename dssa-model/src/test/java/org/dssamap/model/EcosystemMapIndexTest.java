package org.dssamap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.regex.Pattern;
import org.dssamap.model.testing.DssaGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** The compact indexes and the canonical instances a large map relies on. */
class EcosystemMapIndexTest {
  private static final Cell IR_EDGE = Cell.of("incident-response", Dimension.INTERNAL, Layer.EDGE);

  @Test
  void placementsInACellAreExactlyThoseWhoseCellItIs() {
    qt().forAll(DssaGenerators.mapsWithPlacements()).checkAssert(map -> {
      for (Cell cell : map.catalog().cells()) {
        assertEquals(map.placements().stream().filter(p -> p.cell().equals(cell)).toList(), map.placementsIn(cell));
      }
    });
  }

  @Test
  void placementsOfAnOrganizationAreExactlyItsOwn() {
    qt().forAll(DssaGenerators.mapsWithPlacements()).checkAssert(map -> {
      for (Organization o : map.organizations()) {
        assertEquals(map.placements().stream().filter(p -> p.organization().equals(o.id())).toList(),
            map.placementsOf(o.id()));
      }
      assertEquals(List.of(), map.placementsOf("no-such-organization"));
    });
  }

  @Test
  void aCellOutsideTheCatalogHasNoPlacements() {
    EcosystemMap map = EcosystemMap.builder()
        .addOrganization(Organization.of("pir", "PIR", "registry", Region.EUROPE))
        .addPlacement(Placement.claimed("pir", IR_EDGE))
        .build();
    assertEquals(List.of(), map.placementsIn(Cell.of("no-such-function", Dimension.INTERNAL, Layer.EDGE)));
  }

  @Test
  void placementsShareTheOrganizationsIdAndTheCatalogsCells() {
    // As a file reader builds them: a fresh string and a fresh cell for every placement.
    EcosystemMap map = EcosystemMap.builder()
        .addOrganization(Organization.of("pir", "PIR", "registry", Region.EUROPE))
        .addPlacement(Placement.claimed(new String("pir".toCharArray()), Cell.of(new String(
            "incident-response".toCharArray()), Dimension.INTERNAL, Layer.EDGE)).withNote("kept"))
        .build();
    Placement p = map.placements().get(0);
    assertSame(map.organizations().get(0).id(), p.organization());
    assertSame(map.catalog().cells().get(map.catalog().cellIndex(IR_EDGE)), p.cell());
    assertEquals("kept", p.note().orElseThrow());
  }

  @Test
  void aDuplicatePlacementNamesTheFirstOneWhereverTheyAre() {
    InvalidMapException e = assertThrows(InvalidMapException.class, () -> EcosystemMap.builder()
        .addOrganization(Organization.of("pir", "PIR", "registry", Region.EUROPE))
        .addOrganization(Organization.of("afilias", "Afilias", "registry-backend", Region.EUROPE))
        .addPlacement(Placement.claimed("pir", IR_EDGE))
        .addPlacement(Placement.claimed("afilias", IR_EDGE))
        .addPlacement(Placement.verified("pir", IR_EDGE, EvidenceSource.SELF_REPORTED))
        .addPlacement(Placement.claimed("pir", IR_EDGE), "7")
        .build());
    assertEquals(List.of("$.placements[2]", "7"), e.problems().stream().map(Problem::location).toList());
    assertTrue(e.problems().get(0).message().endsWith("(first at $.placements[0])"), e.getMessage());
    assertTrue(e.problems().get(1).message().contains("(first at $.placements[0])"), e.getMessage());
  }

  @Test
  void cellIndexIsThePositionInCells() {
    qt().forAll(DssaGenerators.catalogs(8)).checkAssert(catalog -> {
      for (int i = 0; i < catalog.cells().size(); i++) {
        assertEquals(i, catalog.cellIndex(catalog.cells().get(i)));
      }
      assertEquals(-1, catalog.cellIndex(Cell.of("not-in-any-catalog-x", Dimension.EXTERNAL, Layer.CORE)));
    });
  }

  @Test
  void slugCheckAgreesWithTheFormatsPattern() {
    Pattern slug = Pattern.compile("[a-z0-9][a-z0-9.-]*");
    qt().forAll(SourceDSL.strings().betweenCodePoints(0x20, 0x7f).ofLengthBetween(0, 6))
        .checkAssert(s -> assertEquals(slug.matcher(s).matches(), Ids.isSlug(s), s));
    qt().forAll(DssaGenerators.text())
        .checkAssert(s -> assertEquals(slug.matcher(s).matches(), Ids.isSlug(s), s));
  }
}
