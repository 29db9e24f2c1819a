package org.dssamap.analysis.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dssamap.analysis.AnalysisOptions;
import org.dssamap.analysis.CallMap;
import org.dssamap.model.Cell;
import org.dssamap.model.Dimension;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.FunctionCatalog;
import org.dssamap.model.Layer;
import org.dssamap.model.Placement;
import org.dssamap.model.Region;
import org.dssamap.model.Status;
import org.dssamap.model.testing.DssaGenerators;
import org.junit.jupiter.api.Test;

/** The parts of a diff besides the findings: the map's own fields, equality, applying it to the wrong map. */
class MapDiffContractTest {
  private static final Cell CORE_PLANNING = Cell.of("risk-planning", Dimension.EXTERNAL, Layer.CORE);

  @Test
  void theMapsOwnFieldsAreCarriedAndAppliedIncludingOpenQuestionsAndTheCatalog() {
    qt().withExamples(100).forAll(DssaGenerators.fileMaps(), DssaGenerators.fileMaps()).checkAssert((a, b) -> {
      MapDiff diff = MapDiff.between(a, b);
      assertEquals(a.title().equals(b.title()) ? Optional.empty() : Optional.of(ValueChange.of(a.title(), b.title())),
          diff.title());
      assertEquals(a.asOf().equals(b.asOf()) ? Optional.empty() : Optional.of(ValueChange.of(a.asOf(), b.asOf())),
          diff.asOf());
      assertEquals(a.catalog().equals(b.catalog()) ? Optional.empty()
          : Optional.of(ValueChange.of(a.catalog(), b.catalog())), diff.catalog());
      assertEquals(a.openQuestions().equals(b.openQuestions()) ? Optional.empty()
          : Optional.of(ValueChange.of(a.openQuestions(), b.openQuestions())), diff.openQuestions());
      assertEquals(b, diff.applyTo(a));
    });
  }

  @Test
  void aDiffRefusesAMapWhoseOwnFieldsAreNotTheOnesItChanges() {
    EcosystemMap before = CallMap.map();
    EcosystemMap after = before.toBuilder().title("after the call").asOf(LocalDate.of(2012, 9, 1))
        .addOpenQuestion("who does external incident response at the core?").build();
    MapDiff diff = MapDiff.between(before, after);
    EcosystemMap other = before.toBuilder().title("another map").asOf(LocalDate.of(2013, 1, 1))
        .addOpenQuestion("another question").build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> diff.applyTo(other));
    assertEquals("the diff does not apply to this map: the map's title is not the one the diff changes; the map's "
        + "asOf is not the one the diff changes; the map's open questions is not the one the diff changes",
        e.getMessage());
    FunctionCatalog small = FunctionCatalog.of("other", "Other",
        List.of(FunctionCatalog.dssa2012().functions().get(0)));
    EcosystemMap onAnotherCatalog = EcosystemMap.builder(small).build();
    MapDiff toAnotherCatalog = MapDiff.between(EcosystemMap.builder().build(), onAnotherCatalog);
    IllegalArgumentException c = assertThrows(IllegalArgumentException.class,
        () -> toAnotherCatalog.applyTo(onAnotherCatalog));
    assertEquals("the diff does not apply to this map: the map's catalog is not the one the diff changes",
        c.getMessage());
  }

  @Test
  void equalDiffsAreEqualWithEqualHashesAndOptionsOrDirectionTellThemApart() {
    EcosystemMap before = CallMap.withFragmentedCore();
    EcosystemMap after = CallMap.withJoinedCore();
    MapDiff diff = MapDiff.between(before, after);
    assertEquals(diff, MapDiff.between(before, after));
    assertEquals(diff.hashCode(), MapDiff.between(before, after).hashCode());
    assertNotEquals(diff, MapDiff.between(after, before));
    assertNotEquals(diff, MapDiff.between(before, after, AnalysisOptions.defaults().withRegion(Region.EUROPE)));
    assertNotEquals(diff, "a diff");
    assertEquals("MapDiff[+0 -0 ~0 placements, +0 -0 organizations, +1 -0 relationships, 0 gaps opened, 0 closed, "
        + "0 changed, +0 -0 ~0 overlaps, +0 -0 ~0 single points of failure, " + diff.escalation().changed().size()
        + " escalation routes changed]", diff.toString());
  }

  @Test
  void onlyAChangeOfStatusIsAStatusChange() {
    EcosystemMap before = CallMap.map();
    Placement planning = before.placement("icann", CORE_PLANNING).orElseThrow();
    MapDiff noted = MapDiff.between(before, before.withPlacement(planning.withNote("the DNS RMF")));
    assertEquals(List.of("note"), noted.placementsChanged().get(0).changedFields());
    assertFalse(noted.placementsChanged().get(0).statusChanged());
    assertTrue(noted.statusChanges().isEmpty());
    MapDiff verified = MapDiff.between(before, before.withPlacement(planning.withStatus(Status.VERIFIED)));
    assertEquals(1, verified.statusChanges().size());
    assertEquals(FunctionCatalog.dssa2012(), verified.applyTo(before).catalog());
  }
}
