package org.dssamap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSetMultimap;
import java.util.List;
import org.junit.jupiter.api.Test;

class FunctionCatalogTest {
  @Test
  void bundledCatalogHasTheFormatsFunctionsInWheelOrder() {
    assertEquals(List.of("risk-planning", "risk-assessment", "compliance-monitoring", "event-monitoring",
            "frontline-mitigation", "technology", "operational-practices", "incident-response", "research-analysis",
            "standards-tools-techniques", "training"),
        FunctionCatalog.dssa2012().functions().stream().map(SecurityFunction::id).toList());
  }

  @Test
  void externalIncidentResponseIsExpectedAtTheCore() {
    assertTrue(FunctionCatalog.dssa2012().isExpected(Cell.of("incident-response", Dimension.EXTERNAL, Layer.CORE)));
    assertFalse(FunctionCatalog.dssa2012().isExpected(Cell.of("frontline-mitigation", Dimension.EXTERNAL, Layer.CORE)));
  }

  @Test
  void everyBundledFunctionHasADefinitionASourceAndAReason() {
    for (SecurityFunction f : FunctionCatalog.dssa2012().functions()) {
      assertTrue(f.definition().length() > 100, f.id());
      assertFalse(f.source().isBlank(), f.id());
      assertFalse(f.rationale().isBlank(), f.id());
      assertFalse(f.expected().isEmpty(), f.id());
    }
  }

  @Test
  void expectedNotationRoundTrips() {
    SecurityFunction f = SecurityFunction.of("x", "X", "d", "s", "", "edge", "core:external");
    assertEquals(List.of("edge", "core:external"), f.expectedSpecs().asList());
    assertThrows(IllegalArgumentException.class, () -> SecurityFunction.Position.parse("middle"));
  }

  @Test
  void duplicateFunctionIdsAreAllReported() {
    SecurityFunction a = SecurityFunction.of("a", "A", "d", "s", "", "edge");
    InvalidMapException e = assertThrows(InvalidMapException.class,
        () -> FunctionCatalog.of("c", "C", ImmutableList.of(a, a, a)));
    assertEquals(2, e.problems().size());
  }

  @Test
  void aSplitFunctionsPlacementsMoveToItsSuccessorsAsClaimed() {
    FunctionCatalog old = FunctionCatalog.of("v1", "v1", ImmutableList.of(
        SecurityFunction.of("monitoring", "Monitoring", "d", "s", "", "edge"),
        SecurityFunction.of("training", "Training", "d", "s", "", "edge")));
    FunctionCatalog next = FunctionCatalog.of("v2", "v2", ImmutableList.of(
        SecurityFunction.of("compliance-monitoring", "Compliance", "d", "s", "", "edge"),
        SecurityFunction.of("event-monitoring", "Events", "d", "s", "", "edge"),
        SecurityFunction.of("training", "Training", "d", "s", "", "edge")));
    EcosystemMap map = EcosystemMap.builder(old)
        .addOrganization(Organization.of("afilias", "Afilias", "registry-backend", Region.NORTH_AMERICA))
        .addPlacement(Placement.verified("afilias", Cell.of("monitoring", Dimension.INTERNAL, Layer.EDGE),
            EvidenceSource.SELF_REPORTED))
        .addPlacement(Placement.verified("afilias", Cell.of("training", Dimension.INTERNAL, Layer.EDGE),
            EvidenceSource.SELF_REPORTED))
        .build();
    EcosystemMap migrated = CatalogMigration.of(old, next,
        ImmutableSetMultimap.of("monitoring", "compliance-monitoring", "monitoring", "event-monitoring")).migrate(map);
    assertEquals(3, migrated.placements().size());
    assertEquals(Status.CLAIMED,
        migrated.placement("afilias", Cell.of("event-monitoring", Dimension.INTERNAL, Layer.EDGE)).orElseThrow().status());
    assertEquals(Status.CLAIMED,
        migrated.placement("afilias", Cell.of("compliance-monitoring", Dimension.INTERNAL, Layer.EDGE)).orElseThrow().status());
    assertEquals(Status.VERIFIED,
        migrated.placement("afilias", Cell.of("training", Dimension.INTERNAL, Layer.EDGE)).orElseThrow().status());
  }
}
