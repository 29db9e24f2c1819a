package org.dssamap.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;

import java.util.List;
import org.dssamap.model.Status;
import org.junit.jupiter.api.Test;

class CountingTest {
  /** The evidence order, strongest first, stated apart from the code: verified, then claimed. */
  private static final List<Status> STRONGEST_FIRST = List.of(Status.VERIFIED, Status.CLAIMED);

  @Test
  void theBetterOfTwoCountingStatusesIsTheOneEarlierInTheEvidenceOrder() {
    qt().forAll(arbitrary().pick(STRONGEST_FIRST), arbitrary().pick(STRONGEST_FIRST))
        .checkAssert((a, b) -> {
          Status expected = STRONGEST_FIRST.indexOf(a) <= STRONGEST_FIRST.indexOf(b) ? a : b;
          assertEquals(expected, Counting.better(a, b));
          assertEquals(Counting.better(a, b), Counting.better(b, a));
        });
  }

  @Test
  void verifiedAlwaysCountsClaimedOnlyWhenClaimsCountDisputedNever() {
    qt().forAll(arbitrary().enumValues(Status.class), arbitrary().pick(List.of(true, false)))
        .checkAssert((status, claims) -> assertEquals(
            switch (status) {
              case VERIFIED -> true;
              case CLAIMED -> claims;
              case DISPUTED -> false;
            },
            Counting.counts(status, claims)));
  }
}
