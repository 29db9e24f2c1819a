package org.dssamap.analysis.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.dssamap.analysis.AnalysisOptions;
import org.dssamap.analysis.AnalysisReport;
import org.dssamap.analysis.CallMap;
import org.dssamap.analysis.Gap;
import org.dssamap.analysis.GapKind;
import org.dssamap.analysis.Overlap;
import org.dssamap.analysis.SinglePointOfFailure;
import org.dssamap.analysis.escalation.EscalationRoute;
import org.dssamap.model.Cell;
import org.dssamap.model.Dimension;
import org.dssamap.model.Dispute;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.EvidenceSource;
import org.dssamap.model.Layer;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Region;
import org.dssamap.model.Status;
import org.dssamap.model.testing.DssaGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The diff's findings: every change it lists is a finding one of the two analyses has and the other has not, and
 * every such finding is listed, once. Stated here with plain set logic over the two {@link AnalysisReport}s.
 */
class MapDiffFindingsTest {
  private static final Cell CORE_IR = Cell.of("incident-response", Dimension.EXTERNAL, Layer.CORE);
  private static final Cell CORE_COMPLIANCE = Cell.of("compliance-monitoring", Dimension.EXTERNAL, Layer.CORE);

  /** A map and the same map after a round of edits; plain maps, and maps built for escalation. */
  private static Gen<List<EcosystemMap>> pairs() {
    Gen<EcosystemMap> maps = DssaGenerators.maps(10).mix(DssaGenerators.escalationMaps(10), 40);
    return maps.flatMap(a -> DssaGenerators.edited(a).map(b -> List.of(a, b)));
  }

  /** Options with a random region view (or none), overlap threshold and claim counting. */
  private static Gen<AnalysisOptions> options() {
    return in -> {
      AnalysisOptions o = AnalysisOptions.defaults()
          .withOverlapThreshold(DssaGenerators.between(in, 2, 3))
          .withEscalationCountingClaims(DssaGenerators.between(in, 0, 1) == 0);
      int region = DssaGenerators.between(in, 0, Region.values().length);
      return region == Region.values().length ? o : o.withRegion(Region.values()[region]);
    };
  }

  /**
   * The definition: the findings only the old analysis has are exactly those gone plus the old sides of those
   * changed; those only the new one has exactly those appeared plus the new sides of those changed; each listed
   * once; "appeared" about a subject the old analysis found nothing about, "gone" about one the new analysis finds
   * nothing about, "changed" the same subject on both sides; each list in its analysis's order.
   */
  private static <T> void symmetricDifference(String what, List<T> before, List<T> after, FindingChanges<T> changes,
      Function<T, Object> subject) {
    Set<T> onlyBefore = new HashSet<>(before);
    onlyBefore.removeAll(new HashSet<>(after));
    Set<T> onlyAfter = new HashSet<>(after);
    onlyAfter.removeAll(new HashSet<>(before));

    List<T> listedBefore = new ArrayList<>(changes.gone());
    changes.changed().forEach(c -> listedBefore.add(c.before()));
    List<T> listedAfter = new ArrayList<>(changes.appeared());
    changes.changed().forEach(c -> listedAfter.add(c.after()));
    assertEquals(onlyBefore, new HashSet<>(listedBefore), what + ": old findings listed");
    assertEquals(onlyBefore.size(), listedBefore.size(), what + ": old findings listed once");
    assertEquals(onlyAfter, new HashSet<>(listedAfter), what + ": new findings listed");
    assertEquals(onlyAfter.size(), listedAfter.size(), what + ": new findings listed once");

    Set<Object> subjectsBefore = new HashSet<>();
    before.forEach(t -> subjectsBefore.add(subject.apply(t)));
    Set<Object> subjectsAfter = new HashSet<>();
    after.forEach(t -> subjectsAfter.add(subject.apply(t)));
    for (T t : changes.appeared()) {
      assertFalse(subjectsBefore.contains(subject.apply(t)), what + ": appeared, but was there: " + t);
    }
    for (T t : changes.gone()) {
      assertFalse(subjectsAfter.contains(subject.apply(t)), what + ": gone, but is still there: " + t);
    }
    for (ValueChange<T> c : changes.changed()) {
      assertEquals(subject.apply(c.before()), subject.apply(c.after()), what + ": changed into something else");
    }
    assertEquals(after.stream().filter(t -> changes.appeared().contains(t)).toList(), changes.appeared(),
        what + ": appeared in the new analysis's order");
    assertEquals(before.stream().filter(t -> changes.gone().contains(t)).toList(), changes.gone(),
        what + ": gone in the old analysis's order");
    assertEquals(after.stream().filter(t -> changes.changed().stream().anyMatch(c -> c.after().equals(t))).toList(),
        changes.changed().stream().map(ValueChange::after).toList(), what + ": changed in the new analysis's order");
  }

  @Test
  void everyFindingChangeListedIsExactlyTheSymmetricDifferenceOfTheTwoReports() {
    qt().withExamples(400).forAll(pairs(), options()).checkAssert((pair, options) -> {
      EcosystemMap a = pair.get(0);
      EcosystemMap b = pair.get(1);
      AnalysisReport before = AnalysisReport.of(a, options);
      AnalysisReport after = AnalysisReport.of(b, options);
      MapDiff diff = MapDiff.between(a, b, options);
      symmetricDifference("gaps", before.gaps(), after.gaps(), diff.gaps(), Gap::cell);
      symmetricDifference("overlaps", before.overlaps(), after.overlaps(), diff.overlaps(),
          o -> List.of(o.cell(), o.region()));
      symmetricDifference("single points of failure", before.singlePointsOfFailure(), after.singlePointsOfFailure(),
          diff.singlePointsOfFailure(), SinglePointOfFailure::cell);
      symmetricDifference("escalation", before.escalation().routes(), after.escalation().routes(),
          diff.escalation(), r -> List.of(r.from(), r.to()));
      assertEquals(diff.gaps().appeared(), diff.gapsOpened());
      assertEquals(diff.gaps().gone(), diff.gapsClosed());
      // the derived views
      for (EscalationRoute r : diff.escalationNowReachable()) {
        assertTrue(r.isReachable() && !before.escalation().route(r.from(), r.to()).isReachable(), r::toString);
      }
      for (EscalationRoute r : diff.escalationNowUnreachable()) {
        assertTrue(!r.isReachable() && before.escalation().route(r.from(), r.to()).isReachable(), r::toString);
      }
      long flipped = after.escalation().routes().stream()
          .filter(r -> r.isReachable() != before.escalation().route(r.from(), r.to()).isReachable()).count();
      assertEquals(flipped, diff.escalationNowReachable().size() + diff.escalationNowUnreachable().size());
      assertEquals(diff.gaps().changed().stream().filter(c -> c.before().kind() != c.after().kind()).toList(),
          diff.gapKindChanges());
      boolean findingsEqual = before.gaps().equals(after.gaps()) && before.overlaps().equals(after.overlaps())
          && before.singlePointsOfFailure().equals(after.singlePointsOfFailure())
          && before.escalation().routes().equals(after.escalation().routes());
      assertEquals(!findingsEqual, diff.findingsChanged());
    });
  }

  @Test
  void theDiffIsTheSameWhateverOrderTheMapsWereBuiltIn() {
    qt().withExamples(100).forAll(pairs(), options()).checkAssert((pair, options) -> {
      Random random = new Random(pair.hashCode());
      MapDiff diff = MapDiff.between(pair.get(0), pair.get(1), options);
      assertEquals(diff, MapDiff.between(DssaGenerators.rebuiltInRandomOrder(pair.get(0), random),
          DssaGenerators.rebuiltInRandomOrder(pair.get(1), random), options));
    });
  }

  @Test
  void aGapWhoseOnlyClaimIsWithdrawnChangesFromUnverifiedToUncoveredAndBack() {
    EcosystemMap claimed = CallMap.map().withPlacement(Placement.claimed("icann", CORE_IR));
    EcosystemMap nobody = CallMap.map();
    MapDiff withdrawn = MapDiff.between(claimed, nobody);
    ValueChange<Gap> change = only(withdrawn.gapKindChanges());
    assertEquals(CORE_IR, change.after().cell());
    assertEquals(GapKind.UNVERIFIED, change.before().kind());
    assertEquals(GapKind.UNCOVERED, change.after().kind());
    assertTrue(withdrawn.gapsOpened().isEmpty() && withdrawn.gapsClosed().isEmpty(), withdrawn::toString);

    ValueChange<Gap> back = only(MapDiff.between(nobody, claimed).gapKindChanges());
    assertEquals(GapKind.UNCOVERED, back.before().kind());
    assertEquals(GapKind.UNVERIFIED, back.after().kind());
  }

  @Test
  void aDisputeOfTheOnlyVerifiedPlacementOpensAnUnverifiedGapAndEndsASinglePointOfFailure() {
    EcosystemMap before = CallMap.map();
    EcosystemMap after = before.withPlacement(before.placement("icann", CORE_COMPLIANCE).orElseThrow()
        .disputed(Dispute.of("afilias", "ICANN monitors contracts, not controls")));
    MapDiff diff = MapDiff.between(before, after);
    Gap opened = only(diff.gapsOpened());
    assertEquals(CORE_COMPLIANCE, opened.cell());
    assertEquals(GapKind.UNVERIFIED, opened.kind());
    assertEquals(Set.of("icann"), opened.disputedBy());
    SinglePointOfFailure gone = only(diff.singlePointsOfFailure().gone());
    assertEquals(new SinglePointOfFailure(CORE_COMPLIANCE, "icann", Status.VERIFIED), gone);
    assertTrue(diff.singlePointsOfFailure().appeared().isEmpty());
  }

  @Test
  void aSinglePointOfFailureThatIsVerifiedChangesStatus() {
    Cell corePlanning = Cell.of("risk-planning", Dimension.EXTERNAL, Layer.CORE);
    EcosystemMap before = CallMap.map();
    EcosystemMap after = before.withPlacement(
        before.placement("icann", corePlanning).orElseThrow().withStatus(Status.VERIFIED));
    MapDiff diff = MapDiff.between(before, after);
    ValueChange<SinglePointOfFailure> change = only(diff.singlePointsOfFailure().changed());
    assertEquals(new SinglePointOfFailure(corePlanning, "icann", Status.CLAIMED), change.before());
    assertEquals(new SinglePointOfFailure(corePlanning, "icann", Status.VERIFIED), change.after());
    // and the gap there closes: verified now
    assertEquals(List.of(corePlanning), diff.gapsClosed().stream().map(Gap::cell).toList());
  }

  @Test
  void aSecondOrganizationOfARegionDoingTheSameExternalWorkIsAnOverlapThatGoesWhenItIsDisputed() {
    Cell glueIr = Cell.of("incident-response", Dimension.EXTERNAL, Layer.GLUE);
    EcosystemMap before = CallMap.map();
    EcosystemMap after = before.toBuilder()
        .addOrganization(Organization.of("cert-ee", "CERT-EE", "cert", Region.EUROPE))
        .addPlacement(Placement.verified("cert-ee", glueIr, EvidenceSource.PEER_REPORTED))
        .build();
    MapDiff appeared = MapDiff.between(before, after);
    Overlap overlap = only(appeared.overlaps().appeared());
    assertEquals(glueIr, overlap.cell());
    assertEquals(Region.EUROPE, overlap.region());
    assertTrue(overlap.organizations().containsAll(Set.of("centr", "cert-ee")), overlap::toString);
    assertTrue(appeared.overlaps().gone().isEmpty() && appeared.overlaps().changed().isEmpty());

    EcosystemMap disputed = after.withPlacement(after.placement("cert-ee", glueIr).orElseThrow()
        .disputed(Dispute.of("centr", "CERT-EE handles Estonia only")));
    assertEquals(List.of(overlap), MapDiff.between(after, disputed).overlaps().gone());
  }

  @Test
  void joiningTheFragmentedCoreMakesPairsReachableAndCuttingItAgainUnreachable() {
    EcosystemMap fragmented = CallMap.withFragmentedCore();
    EcosystemMap joined = CallMap.withJoinedCore();
    MapDiff join = MapDiff.between(fragmented, joined);
    assertTrue(join.escalationNowReachable().stream()
        .anyMatch(r -> r.from() == Region.NORTH_AMERICA && r.to() == Region.ASIA_PACIFIC), join::toString);
    assertTrue(join.escalationNowUnreachable().isEmpty());
    AnalysisReport after = AnalysisReport.of(joined);
    for (EscalationRoute r : join.escalationNowReachable()) {
      assertEquals(after.escalation().route(r.from(), r.to()), r);
    }
    MapDiff cut = MapDiff.between(joined, fragmented);
    assertEquals(join.escalationNowReachable().stream().map(r -> List.of(r.from(), r.to())).toList(),
        cut.escalationNowUnreachable().stream().map(r -> List.of(r.from(), r.to())).toList());
  }

  @Test
  void anUnreachablePairWhoseReasonChangedIsListedWithBothReasons() {
    EcosystemMap before = CallMap.withFragmentedCore();
    // South Africa's registry no longer placed in incident response: Africa has no edge left
    EcosystemMap after = before.withoutPlacement("zadna", Cell.of("incident-response", Dimension.INTERNAL,
        Layer.EDGE));
    EscalationRoute was = AnalysisReport.of(before).escalation().route(Region.AFRICA, Region.EUROPE);
    EscalationRoute is = AnalysisReport.of(after).escalation().route(Region.AFRICA, Region.EUROPE);
    assertFalse(was.isReachable() || is.isReachable());
    assertNotEquals(was.reason(), is.reason());
    MapDiff diff = MapDiff.between(before, after);
    assertTrue(diff.escalation().changed().contains(ValueChange.of(was, is)), diff::toString);
    assertTrue(diff.escalationNowReachable().isEmpty() && diff.escalationNowUnreachable().isEmpty());
  }

  @Test
  void theRegionViewOfTheDiffIsThatOfTheAnalysis() {
    EcosystemMap before = CallMap.map();
    Cell glueRisk = Cell.of("risk-assessment", Dimension.EXTERNAL, Layer.GLUE);
    EcosystemMap after = before.toBuilder()
        .addOrganization(Organization.of("lacnic", "LACNIC", "rir", Region.LATIN_AMERICA_CARIBBEAN))
        .addPlacement(Placement.verified("lacnic", glueRisk, EvidenceSource.PEER_REPORTED))
        .build();
    assertEquals(List.of(glueRisk), MapDiff.between(before, after).gapsClosed().stream().map(Gap::cell).toList());
    AnalysisOptions europe = AnalysisOptions.defaults().withRegion(Region.EUROPE);
    MapDiff inEurope = MapDiff.between(before, after, europe);
    assertEquals(europe, inEurope.options());
    assertTrue(inEurope.gapsClosed().isEmpty(), inEurope::toString);
    assertFalse(inEurope.isEmpty());
    AnalysisOptions latinAmerica = AnalysisOptions.defaults().withRegion(Region.LATIN_AMERICA_CARIBBEAN);
    assertEquals(List.of(glueRisk),
        MapDiff.between(before, after, latinAmerica).gapsClosed().stream().map(Gap::cell).toList());
  }

  @Test
  void findingsAreMatchedBySubjectEvenWhenOneAnalysisListsTwoForOne() {
    // Two findings about one subject on one side: those the other side has are unchanged, the rest come and go.
    FindingChanges<String> c = FindingChanges.between(List.of("a1", "b1"), List.of("a1", "a2", "b2"),
        s -> s.substring(0, 1));
    assertEquals(List.of("a2"), c.appeared());
    assertEquals(List.of(), c.gone());
    assertEquals(List.of(ValueChange.of("b1", "b2")), c.changed());
    FindingChanges<String> back = FindingChanges.between(List.of("a1", "a2", "b2"), List.of("a1", "b1"),
        s -> s.substring(0, 1));
    assertEquals(List.of("a2"), back.gone());
    assertEquals(List.of(), back.appeared());
    assertTrue(FindingChanges.between(List.of("a1"), List.of("a1"), s -> s).isEmpty());
  }

  private static <T> T only(List<T> list) {
    assertEquals(1, list.size(), list::toString);
    return list.get(0);
  }
}
