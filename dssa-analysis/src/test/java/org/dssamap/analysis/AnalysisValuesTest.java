package org.dssamap.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableSortedSet;
import java.util.List;
import java.util.Optional;
import org.dssamap.model.Cell;
import org.dssamap.model.Dimension;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.EvidenceSource;
import org.dssamap.model.Layer;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Region;
import org.dssamap.model.Status;
import org.junit.jupiter.api.Test;

/** The values the analysis hands out: what each refuses, what each derives, and how each reads in a log. */
class AnalysisValuesTest {
  private static final Cell CORE_IR = Cell.of("incident-response", Dimension.EXTERNAL, Layer.CORE);

  @Test
  void aCoverageRatioRefusesNegativeCountsAndMoreCoveredCellsThanExpected() {
    assertThrows(IllegalArgumentException.class, () -> new CoverageRatio(-1, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> new CoverageRatio(1, -1, 0));
    assertThrows(IllegalArgumentException.class, () -> new CoverageRatio(1, 0, -1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CoverageRatio(2, 2, 1));
    assertEquals("2 verified and 1 claimed-only cells of only 2 expected", e.getMessage());
    assertEquals(new CoverageRatio(3, 2, 1), new CoverageRatio(3, 2, 1), "every cell accounted for is fine");
  }

  @Test
  void aCoverageRatioOfNothingExpectedMissesNothing() {
    assertEquals(1.0, new CoverageRatio(0, 0, 0).verifiedShare());
    assertEquals(1.0, new CoverageRatio(0, 0, 0).claimedShare());
    assertEquals(0.25, new CoverageRatio(4, 1, 2).verifiedShare());
    assertEquals(0.75, new CoverageRatio(4, 1, 2).claimedShare());
  }

  @Test
  void statusCountsRefuseNegativeCountsAndAddUp() {
    assertThrows(IllegalArgumentException.class, () -> new StatusCounts(-1, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> new StatusCounts(0, -1, 0));
    assertThrows(IllegalArgumentException.class, () -> new StatusCounts(0, 0, -1));
    assertEquals(new StatusCounts(5, 7, 9), new StatusCounts(1, 2, 3).plus(new StatusCounts(4, 5, 6)));
    assertEquals(6, new StatusCounts(1, 2, 3).total());
    assertEquals(0.0, StatusCounts.none().unconfirmedShare(), "nothing said, nothing unconfirmed");
    assertEquals(0.5, new StatusCounts(1, 2, 1).unconfirmedShare());
  }

  @Test
  void aCellTellsEachOrganizationsStatusThere() {
    CellCoverage c = CellCoverage.of(CORE_IR, true, List.of("icann"), List.of("verisign"), List.of("first"));
    assertEquals(Optional.of(Status.VERIFIED), c.statusOf("icann"));
    assertEquals(Optional.of(Status.CLAIMED), c.statusOf("verisign"));
    assertEquals(Optional.of(Status.DISPUTED), c.statusOf("first"));
    assertEquals(Optional.empty(), c.statusOf("pir"));
    assertEquals("CellCoverage[incident-response/external/core, expected, verified by [icann], claimed by [verisign],"
        + " disputed by [first]]", c.toString());
    assertEquals("CellCoverage[incident-response/external/core, verified by [], claimed by [], disputed by []]",
        CellCoverage.of(CORE_IR, false, List.of(), List.of(), List.of()).toString());
  }

  @Test
  void cellsDifferingInAnyPartAreNotEqual() {
    CellCoverage c = CellCoverage.of(CORE_IR, true, List.of("icann"), List.of("verisign"), List.of("first"));
    assertEquals(c, CellCoverage.of(CORE_IR, true, List.of("icann"), List.of("verisign"), List.of("first")));
    assertEquals(c.hashCode(),
        CellCoverage.of(CORE_IR, true, List.of("icann"), List.of("verisign"), List.of("first")).hashCode());
    assertNotEquals(c, CellCoverage.of(CORE_IR, false, List.of("icann"), List.of("verisign"), List.of("first")));
    assertNotEquals(c, CellCoverage.of(CORE_IR, true, List.of(), List.of("verisign", "icann"), List.of("first")));
    assertNotEquals(c, CellCoverage.of(CORE_IR, true, List.of("icann"), List.of(), List.of("first", "verisign")));
    assertNotEquals(c, CellCoverage.of(Cell.of("incident-response", Dimension.EXTERNAL, Layer.GLUE), true,
        List.of("icann"), List.of("verisign"), List.of("first")));
  }

  @Test
  void aGapsKindMustAgreeWithWhoIsThere() {
    ImmutableSortedSet<String> none = ImmutableSortedSet.of();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Gap(CORE_IR, GapKind.UNCOVERED, ImmutableSortedSet.of("icann"), none));
    assertEquals("gap at incident-response/external/core is uncovered but [icann] claim it and [] are disputed",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Gap(CORE_IR, GapKind.UNCOVERED, none,
        ImmutableSortedSet.of("first")));
    assertThrows(IllegalArgumentException.class, () -> new Gap(CORE_IR, GapKind.UNVERIFIED, none, none));
    assertEquals("uncovered", GapKind.UNCOVERED.id());
    assertEquals("unverified", GapKind.UNVERIFIED.id());
  }

  @Test
  void anOverlapNeedsTwoOrganizations() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Overlap(CORE_IR, Region.EUROPE, ImmutableSortedSet.of("denic")));
    assertEquals("an overlap at incident-response/external/core needs two organizations, not [denic]", e.getMessage());
  }

  @Test
  void aDisputedPlacementIsNobodysSinglePointOfFailure() {
    assertThrows(IllegalArgumentException.class, () -> new SinglePointOfFailure(CORE_IR, "first", Status.DISPUTED));
    assertEquals(Status.CLAIMED, new SinglePointOfFailure(CORE_IR, "first", Status.CLAIMED).status());
  }

  @Test
  void anOrganizationsUnconfirmedShareIsThatOfWhatItSaysOfItself() {
    OrganizationClassification o = OrganizationClassification.of("cira", new StatusCounts(5, 0, 0),
        new StatusCounts(1, 2, 1), new StatusCounts(0, 1, 0), 0.5);
    assertEquals(0.5, o.unconfirmedShare());
    assertEquals(OrganizationClassification.Category.CONFIRMED, o.category(), "a half is not above a half");
    assertEquals(new StatusCounts(6, 3, 1), o.all());
    assertEquals(10, o.total());
    assertEquals(0.0, OrganizationClassification.of("pir", new StatusCounts(3, 0, 0), StatusCounts.none(),
        StatusCounts.none(), 0.5).unconfirmedShare());
  }

  @Test
  void theSelfClassificationCheckRefusesAThresholdThatIsNoShare() {
    EcosystemMap map = EcosystemMap.builder().build();
    assertThrows(IllegalArgumentException.class, () -> SelfClassification.of(map, -0.1));
    assertThrows(IllegalArgumentException.class, () -> SelfClassification.of(map, 1.1));
    assertEquals(1.0, SelfClassification.of(map, 1.0).threshold());
    assertEquals(0.0, SelfClassification.of(map, 0.0).threshold());
  }

  @Test
  void theSelfClassificationCheckSaysHowManyItFlagsAndDiffersWithTheMapOrThreshold() {
    Cell cell = Cell.of("technology", Dimension.EXTERNAL, Layer.EDGE);
    EcosystemMap map = EcosystemMap.builder()
        .addOrganization(Organization.of("afilias", "Afilias", "registry-backend", Region.NORTH_AMERICA))
        .addOrganization(Organization.of("dns-oarc", "DNS-OARC", "research", Region.GLOBAL))
        .addPlacement(Placement.of("afilias", cell, Status.CLAIMED, EvidenceSource.SELF_REPORTED))
        .addPlacement(Placement.of("dns-oarc", cell, Status.VERIFIED, EvidenceSource.SELF_REPORTED))
        .build();
    SelfClassification check = SelfClassification.of(map, 0.5);
    assertEquals("SelfClassification[1 of 2 flagged]", check.toString());
    assertEquals(check, SelfClassification.of(map, 0.5));
    assertEquals(check.hashCode(), SelfClassification.of(map, 0.5).hashCode());
    assertNotEquals(check, SelfClassification.of(map, 1.0));
    assertNotEquals(check, SelfClassification.of(map.withoutPlacement("afilias", cell), 0.5));
  }

  @Test
  void aCoverageSaysItsViewAndDiffersWithTheMap() {
    EcosystemMap map = EcosystemMap.builder()
        .addOrganization(Organization.of("icann", "ICANN", "core-body", Region.GLOBAL))
        .addPlacement(Placement.verified("icann", CORE_IR, EvidenceSource.PEER_REPORTED))
        .build();
    Coverage whole = Coverage.of(map);
    Coverage europe = Coverage.of(map, Optional.of(Region.EUROPE));
    assertEquals(Optional.empty(), whole.region());
    assertEquals(Optional.of(Region.EUROPE), europe.region());
    assertEquals("Coverage[all regions, " + whole.overall() + "]", whole.toString());
    assertEquals("Coverage[europe, " + europe.overall() + "]", europe.toString());
    assertEquals(whole, Coverage.of(map));
    assertEquals(whole.hashCode(), Coverage.of(map).hashCode());
    assertNotEquals(whole, europe, "the same cells seen from another view are another coverage");
    assertNotEquals(whole, Coverage.of(map.withoutPlacement("icann", CORE_IR)));
    assertThrows(IllegalArgumentException.class,
        () -> whole.cell(Cell.of("no-such-function", Dimension.EXTERNAL, Layer.CORE)));
  }
}
