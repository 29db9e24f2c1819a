package org.dssamap.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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

class OverlapPropertiesTest {
  /**
   * The definition, cell by cell: in the cells examined (external ones, internal too when asked), the placements
   * that count (verified; claimed when claims count; never disputed), grouped by the organization's region over
   * the whole map, or in a region's view into that region when the organization is of it or global.
   */
  private static List<Overlap> byDefinition(EcosystemMap map, AnalysisOptions options) {
    List<Overlap> found = new ArrayList<>();
    for (Cell cell : map.catalog().cells()) {
      if (cell.dimension() == Dimension.INTERNAL && !options.internalCells()) {
        continue;
      }
      Map<Region, TreeSet<String>> byRegion = new EnumMap<>(Region.class);
      for (Placement p : map.placements()) {
        boolean counts = p.status() == Status.VERIFIED || (p.status() == Status.CLAIMED && options.claimsCount());
        Optional<Region> own = map.requireOrganization(p.organization()).region();
        Optional<Region> group;
        if (options.region().isEmpty()) {
          group = own;
        } else {
          boolean inView = own.isPresent() && (own.get() == options.region().get() || own.get() == Region.GLOBAL);
          group = inView ? options.region() : Optional.empty();
        }
        if (p.cell().equals(cell) && counts && group.isPresent()) {
          byRegion.computeIfAbsent(group.get(), k -> new TreeSet<>()).add(p.organization());
        }
      }
      byRegion.forEach((r, orgs) -> {
        if (orgs.size() >= options.overlapThreshold()) {
          found.add(new Overlap(cell, r, ImmutableSortedSet.copyOf(orgs)));
        }
      });
    }
    return found;
  }

  @Test
  void overlapsAreTheExternalCellsWhereEnoughOrganizationsOfARegionArePlaced() {
    qt().forAll(DssaGenerators.mapsWithPlacements(), SourceDSL.integers().between(2, 3),
            SourceDSL.integers().between(0, 7))
        .checkAssert((map, threshold, knobs) -> {
          AnalysisOptions base = AnalysisOptions.defaults().withOverlapThreshold(threshold)
              .withInternalCells((knobs & 1) != 0).withClaimsCounted((knobs & 2) == 0);
          List<AnalysisOptions> views = new ArrayList<>();
          views.add(base);
          for (Region r : List.of(Region.EUROPE, Region.GLOBAL, Region.AFRICA)) {
            views.add(base.withRegion(r));
          }
          for (AnalysisOptions options : views) {
            assertEquals(byDefinition(map, options), Overlap.findAll(map, options), options.toString());
            assertEquals(byDefinition(map, options), AnalysisReport.of(map, options).overlaps(), options.toString());
          }
        });
  }

  @Test
  void twoRegistriesDoingTheirOwnTechnologyAreNoOverlapByDefault() {
    Cell own = Cell.of("technology", Dimension.INTERNAL, Layer.EDGE);
    Cell forOthers = Cell.of("technology", Dimension.EXTERNAL, Layer.EDGE);
    EcosystemMap map = EcosystemMap.builder()
        .addOrganization(Organization.of("denic", "DENIC", "cctld", Region.EUROPE))
        .addOrganization(Organization.of("nic-lv", "NIC.LV", "cctld", Region.EUROPE))
        .addPlacement(Placement.of("denic", own, Status.CLAIMED, EvidenceSource.DESK_RESEARCH))
        .addPlacement(Placement.of("nic-lv", own, Status.CLAIMED, EvidenceSource.DESK_RESEARCH))
        .build();
    assertEquals(List.of(), AnalysisReport.of(map).overlaps());
    assertEquals(List.of(new Overlap(own, Region.EUROPE, ImmutableSortedSet.of("denic", "nic-lv"))),
        AnalysisReport.of(map, AnalysisOptions.defaults().withInternalCells(true)).overlaps());
    EcosystemMap external = map.toBuilder()
        .addPlacement(Placement.of("denic", forOthers, Status.VERIFIED, EvidenceSource.SELF_REPORTED))
        .addPlacement(Placement.of("nic-lv", forOthers, Status.CLAIMED, EvidenceSource.DESK_RESEARCH))
        .build();
    assertEquals(List.of(new Overlap(forOthers, Region.EUROPE, ImmutableSortedSet.of("denic", "nic-lv"))),
        AnalysisReport.of(external).overlaps());
    assertTrue(AnalysisReport.of(external, AnalysisOptions.defaults().withVerifiedOnly()).overlaps().isEmpty(),
        "one verified and one claimed placement are no overlap when only verified ones count");
  }

  @Test
  void aRegionsViewCountsTheGlobalOrganizationsThatServeIt() {
    Cell cell = Cell.of("incident-response", Dimension.EXTERNAL, Layer.GLUE);
    EcosystemMap map = EcosystemMap.builder()
        .addOrganization(Organization.of("cert-eu", "A European CERT", "cert", Region.EUROPE))
        .addOrganization(Organization.of("first", "FIRST", "forum", Region.GLOBAL))
        .addPlacement(Placement.of("cert-eu", cell, Status.CLAIMED, EvidenceSource.DESK_RESEARCH))
        .addPlacement(Placement.of("first", cell, Status.CLAIMED, EvidenceSource.DESK_RESEARCH))
        .build();
    assertEquals(List.of(), AnalysisReport.of(map).overlaps(), "over the whole map, global is a group of its own");
    assertEquals(List.of(new Overlap(cell, Region.EUROPE, ImmutableSortedSet.of("cert-eu", "first"))),
        AnalysisReport.of(map, AnalysisOptions.defaults().withRegion(Region.EUROPE)).overlaps());
  }
}
