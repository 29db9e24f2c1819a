package org.dssamap.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.dssamap.model.Cell;
import org.dssamap.model.Dimension;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.EvidenceSource;
import org.dssamap.model.Layer;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Region;
import org.dssamap.model.Status;
import org.dssamap.model.testing.DssaGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** Single points of failure, gaps and the self-classification check, each against its definition. */
class FindingsPropertiesTest {
  private static boolean inView(EcosystemMap map, String organization, Optional<Region> region) {
    Optional<Region> own = map.requireOrganization(organization).region();
    return region.isEmpty() || (own.isPresent() && (own.get() == region.get() || own.get() == Region.GLOBAL));
  }

  /**
   * Single points of failure by definition: expected cells (external ones, internal too when asked) where exactly
   * one organization in view has a placement that counts (verified; claimed when claims count).
   */
  private static List<SinglePointOfFailure> spofsByDefinition(EcosystemMap map, AnalysisOptions options) {
    List<SinglePointOfFailure> found = new ArrayList<>();
    for (Cell cell : map.catalog().cells()) {
      if (!map.catalog().isExpected(cell) || (cell.dimension() == Dimension.INTERNAL && !options.internalCells())) {
        continue;
      }
      List<Placement> covering = new ArrayList<>();
      for (Placement p : map.placements()) {
        boolean counts = p.status() == Status.VERIFIED || (p.status() == Status.CLAIMED && options.claimsCount());
        if (p.cell().equals(cell) && counts && inView(map, p.organization(), options.region())) {
          covering.add(p);
        }
      }
      if (covering.size() == 1) {
        found.add(new SinglePointOfFailure(cell, covering.get(0).organization(), covering.get(0).status()));
      }
    }
    return found;
  }

  @Test
  void singlePointsOfFailureAreExpectedExternalCellsThatExactlyOneOrganizationCovers() {
    qt().forAll(DssaGenerators.mapsWithPlacements(), SourceDSL.integers().between(0, 3),
            SourceDSL.integers().between(0, Region.values().length))
        .checkAssert((map, knobs, region) -> {
          AnalysisOptions options = AnalysisOptions.defaults().withInternalCells((knobs & 1) != 0)
              .withClaimsCounted((knobs & 2) == 0);
          if (region < Region.values().length) {
            options = options.withRegion(Region.values()[region]);
          }
          assertEquals(spofsByDefinition(map, options), AnalysisReport.of(map, options).singlePointsOfFailure(),
              options.toString());
        });
  }

  @Test
  void workAnOrganizationDoesForItselfIsNobodysSinglePointOfFailure() {
    Cell own = Cell.of("risk-planning", Dimension.INTERNAL, Layer.EDGE);
    EcosystemMap map = EcosystemMap.builder()
        .addOrganization(Organization.of("pir", "Public Interest Registry", "registry", Region.NORTH_AMERICA))
        .addPlacement(Placement.of("pir", own, Status.CLAIMED, EvidenceSource.DESK_RESEARCH))
        .build();
    assertTrue(map.catalog().isExpected(own));
    AnalysisReport report = AnalysisReport.of(map);
    assertEquals(List.of(), report.singlePointsOfFailure());
    assertTrue(report.gaps().stream().anyMatch(g -> g.cell().equals(own) && g.kind() == GapKind.UNVERIFIED),
        "an expected internal cell nobody verified is still a gap");
    assertEquals(List.of(new SinglePointOfFailure(own, "pir", Status.CLAIMED)),
        AnalysisReport.of(map, AnalysisOptions.defaults().withInternalCells(true)).singlePointsOfFailure());
  }

  /** Gaps by definition: expected cells with no verified placement in view; uncovered when nobody is there at all. */
  @Test
  void aGapIsUncoveredWhenNobodyIsThereAndUnverifiedWhenOnlyClaimsOrDisputesAre() {
    qt().forAll(DssaGenerators.mapsWithPlacements(), SourceDSL.integers().between(0, Region.values().length))
        .checkAssert((map, region) -> {
          Optional<Region> view = region < Region.values().length ? Optional.of(Region.values()[region])
              : Optional.empty();
          List<String> expected = new ArrayList<>();
          for (Cell cell : map.catalog().cells()) {
            if (!map.catalog().isExpected(cell)) {
              continue;
            }
            TreeSet<String> claimed = new TreeSet<>();
            TreeSet<String> disputed = new TreeSet<>();
            boolean verified = false;
            for (Placement p : map.placements()) {
              if (p.cell().equals(cell) && inView(map, p.organization(), view)) {
                switch (p.status()) {
                  case VERIFIED -> verified = true;
                  case CLAIMED -> claimed.add(p.organization());
                  case DISPUTED -> disputed.add(p.organization());
                }
              }
            }
            if (!verified) {
              String kind = claimed.isEmpty() && disputed.isEmpty() ? "uncovered" : "unverified";
              expected.add(cell + " " + kind + " " + claimed + " " + disputed);
            }
          }
          AnalysisOptions options = view.map(AnalysisOptions.defaults()::withRegion).orElse(AnalysisOptions.defaults());
          assertEquals(expected, AnalysisReport.of(map, options).gaps().stream()
              .map(g -> g.cell() + " " + g.kind().id() + " " + g.claimedBy() + " " + g.disputedBy()).toList());
        });
  }

  @Test
  void aCellWhoseOnlyPlacementIsDisputedIsAnUnverifiedGapAndNoSinglePointOfFailure() {
    Cell cell = Cell.of("incident-response", Dimension.EXTERNAL, Layer.CORE);
    EcosystemMap map = EcosystemMap.builder()
        .addOrganization(Organization.of("first", "FIRST", "forum", Region.GLOBAL))
        .addPlacement(Placement.of("first", cell, Status.DISPUTED, EvidenceSource.DESK_RESEARCH))
        .build();
    AnalysisReport report = AnalysisReport.of(map);
    Gap gap = report.gaps().stream().filter(g -> g.cell().equals(cell)).findFirst().orElseThrow();
    assertEquals(GapKind.UNVERIFIED, gap.kind());
    assertEquals(List.of("first"), gap.disputedBy().asList());
    assertFalse(report.singlePointsOfFailure().stream().anyMatch(s -> s.cell().equals(cell)));
  }

  /**
   * The self-classification check by definition: per organization, its self-reported placements by status; not
   * asked when it has none; else confirmed when (claimed + disputed) / self-reported is at most the threshold;
   * else challenged when any is disputed, unconfirmed when none is.
   */
  @Test
  void selfClassificationJudgesWhatAnOrganizationSaysOfItself() {
    qt().forAll(DssaGenerators.mapsWithPlacements(), SourceDSL.integers().between(0, 4))
        .checkAssert((map, step) -> {
          double threshold = step / 4.0;
          SelfClassification check = AnalysisReport.of(map,
              AnalysisOptions.defaults().withUnconfirmedThreshold(threshold)).selfClassification();
          assertEquals(map.organizations().size(), check.organizations().size());
          List<String> flagged = new ArrayList<>();
          for (int i = 0; i < map.organizations().size(); i++) {
            String id = map.organizations().get(i).id();
            OrganizationClassification got = check.organizations().get(i);
            assertEquals(id, got.organization());
            for (EvidenceSource source : EvidenceSource.values()) {
              int[] byStatus = new int[3];
              for (Placement p : map.placementsOf(id)) {
                if (p.source() == source) {
                  byStatus[p.status().ordinal()]++;
                }
              }
              assertEquals(new StatusCounts(byStatus[Status.CLAIMED.ordinal()], byStatus[Status.VERIFIED.ordinal()],
                  byStatus[Status.DISPUTED.ordinal()]), got.from(source), id + " " + source);
            }
            long self = map.placementsOf(id).stream().filter(p -> p.source() == EvidenceSource.SELF_REPORTED).count();
            long unconfirmed = map.placementsOf(id).stream()
                .filter(p -> p.source() == EvidenceSource.SELF_REPORTED && p.status() != Status.VERIFIED).count();
            long disputed = map.placementsOf(id).stream()
                .filter(p -> p.source() == EvidenceSource.SELF_REPORTED && p.status() == Status.DISPUTED).count();
            String category = self == 0 ? "not-asked"
                : unconfirmed <= threshold * self ? "confirmed"
                : disputed > 0 ? "challenged" : "unconfirmed";
            assertEquals(category, got.category().id(), id + " at " + threshold);
            assertEquals(map.placementsOf(id).size(), got.total());
            if (category.equals("challenged") || category.equals("unconfirmed")) {
              flagged.add(id);
            }
          }
          assertEquals(flagged, check.flagged().stream().map(OrganizationClassification::organization).toList());
        });
  }

  @Test
  void anOrganizationPlacedOnlyByDeskResearchIsNotAskedYetAndNotFlagged() {
    Cell cell = Cell.of("technology", Dimension.EXTERNAL, Layer.EDGE);
    EcosystemMap map = EcosystemMap.builder()
        .addOrganization(Organization.of("afilias", "Afilias", "registry-backend", Region.NORTH_AMERICA))
        .addOrganization(Organization.of("dns-oarc", "DNS-OARC", "research", Region.GLOBAL))
        .addPlacement(Placement.of("afilias", cell, Status.CLAIMED, EvidenceSource.DESK_RESEARCH))
        .addPlacement(Placement.of("dns-oarc", cell, Status.CLAIMED, EvidenceSource.SELF_REPORTED))
        .addPlacement(Placement.of("dns-oarc", Cell.of("research-analysis", Dimension.EXTERNAL, Layer.GLUE),
            Status.VERIFIED, EvidenceSource.SELF_REPORTED))
        .build();
    SelfClassification check = AnalysisReport.of(map).selfClassification();
    assertEquals(OrganizationClassification.Category.NOT_ASKED, check.organizations().get(0).category());
    assertEquals(OrganizationClassification.Category.CONFIRMED, check.organizations().get(1).category(),
        "one of two self-reported placements confirmed is not above the default threshold of a half");
    assertEquals(List.of(), check.flagged());
    assertEquals(1, check.count(OrganizationClassification.Category.NOT_ASKED));
  }
}
