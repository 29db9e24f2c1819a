package org.dssamap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void aStepThatEndsBeforeTheDelaySaysNothing() {
    StringWriter err = new StringWriter();
    String result = Progress.get(new PrintWriter(err), "reading map.json", 60_000, () -> {
      assertEquals("", err.toString());
      return "read";
    });
    assertEquals("read", result);
    assertEquals("", err.toString());
  }

  @Test
  void aStepStillRunningAfterTheDelayIsAnnouncedAndThenSaysItIsDone() {
    StringWriter err = new StringWriter();
    Progress.get(new PrintWriter(err), "drawing out/wheel.png", 0, () -> {
      waitForAnnouncement(err);
      assertEquals("dssa: drawing out/wheel.png…\n", err.toString());
      return null;
    });
    assertTrue(err.toString().matches(
        "(?s)dssa: drawing out/wheel.png…\ndssa: drawing out/wheel.png: done in \\d+\\.\\d s\n"), err::toString);
  }

  @Test
  void aStepThatFailsIsNeverSaidToBeDoneAndIsRememberedAsUnfinished() {
    StringWriter err = new StringWriter();
    Progress.reset();
    assertThrows(IllegalStateException.class, () -> Progress.get(new PrintWriter(err), "reading big.csv", 0,
        () -> Progress.get(new PrintWriter(err), "decoding big.csv", 0, () -> {
          waitForAnnouncement(err);
          throw new IllegalStateException("ran out");
        })));
    assertTrue(!err.toString().contains("done"), err::toString);
    // the innermost step is where the failure was
    assertEquals(Optional.of("decoding big.csv"), Progress.unfinished());
    Progress.reset();
    assertEquals(Optional.empty(), Progress.unfinished());
  }

  private static void waitForAnnouncement(StringWriter err) {
    for (int i = 0; i < 500 && err.toString().isEmpty(); i++) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
