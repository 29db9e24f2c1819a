package org.dssamap.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import org.dssamap.analysis.diff.MapDiff;
import org.dssamap.analysis.testing.Examples;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.IntentionKind;
import org.dssamap.model.testing.DssaGenerators;
import org.junit.jupiter.api.Test;

/**
 * Intentions are kept in the map and never counted as current: every finding of a map with intentions is the
 * finding of the same map without them; the intended picture is what {@code --intended} analyses.
 */
class IntentionsNeverCountTest {
  private static EcosystemMap withoutIntentions(EcosystemMap map) {
    return map.toBuilder().clearIntentions().build();
  }

  @Test
  void noAnalysisCountsAnIntention() {
    qt().withExamples(Examples.upTo(150)).forAll(DssaGenerators.fileMaps()).checkAssert(map -> {
      AnalysisReport with = AnalysisReport.of(map);
      AnalysisReport without = AnalysisReport.of(withoutIntentions(map));
      assertEquals(without.coverage(), with.coverage());
      assertEquals(without.gaps(), with.gaps());
      assertEquals(without.overlaps(), with.overlaps());
      assertEquals(without.singlePointsOfFailure(), with.singlePointsOfFailure());
      assertEquals(without.outsourcing(), with.outsourcing());
      assertEquals(without.selfClassification(), with.selfClassification());
      assertEquals(without.escalation(), with.escalation());
    });
  }

  @Test
  void theIntendedAnalysisIsTheAnalysisOfTheIntendedPicture() {
    qt().withExamples(Examples.upTo(100)).forAll(DssaGenerators.fileMaps()).checkAssert(map -> {
      AnalysisReport intended = AnalysisReport.ofIntended(map, AnalysisOptions.defaults());
      AnalysisReport ofPicture = AnalysisReport.of(map.intendedPicture());
      assertEquals(AnalysisReport.Picture.INTENDED, intended.picture());
      assertEquals(ofPicture.gaps(), intended.gaps());
      assertEquals(ofPicture.coverage(), intended.coverage());
      assertEquals(ofPicture.singlePointsOfFailure(), intended.singlePointsOfFailure());
    });
  }

  @Test
  void theDiffToTheIntendedPictureRemovesWhatIsGivenAwayAndAddsWhatIsWanted() {
    qt().withExamples(Examples.upTo(100)).forAll(DssaGenerators.fileMaps()).checkAssert(map -> {
      MapDiff diff = MapDiff.between(map, map.intendedPicture());
      assertEquals(map.intentions().stream().filter(i -> i.kind() == IntentionKind.WOULD_GIVE_AWAY).count(),
          diff.placementsRemoved().size());
      assertEquals(map.intentions().stream().filter(i -> i.kind() == IntentionKind.WANTS_TO_DO).count(),
          diff.placementsAdded().size());
      assertEquals(map.intendedPicture(), diff.applyTo(map));
    });
  }
}
