package org.dssamap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void aStepThatEndsBeforeTheDelaySaysNothing() {
    StringWriter err = new StringWriter();
    try (Progress p = Progress.start(new PrintWriter(err), "reading map.json", 60_000)) {
      assertEquals("", err.toString());
    }
    assertEquals("", err.toString());
  }

  @Test
  void aStepStillRunningAfterTheDelayIsAnnouncedAndThenSaysItIsDone() throws InterruptedException {
    StringWriter err = new StringWriter();
    try (Progress p = Progress.start(new PrintWriter(err), "drawing out/wheel.png", 0)) {
      for (int i = 0; i < 500 && err.toString().isEmpty(); i++) {
        Thread.sleep(10);
      }
      assertEquals("dssa: drawing out/wheel.png…\n", err.toString());
    }
    assertTrue(err.toString().matches(
        "(?s)dssa: drawing out/wheel.png…\ndssa: drawing out/wheel.png: done in \\d+\\.\\d s\n"), err::toString);
  }
}
