package org.dssamap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProblemTest {
  @Test
  void quotingEscapesEverythingThatCouldDisguiseAMessage() {
    assertEquals("a\\u000ab\\u0085c\\u202ed\\u2028e\\u200bf", Problem.quote("a\nb\u0085c\u202Ed\u2028e\u200Bf"));
    assertEquals("日本語 <b>", Problem.quote("日本語 <b>"));
  }

  @Test
  void quotingCutsLongTextAndSaysHowLongItWas() {
    assertEquals("x".repeat(80) + "…(300 characters)", Problem.quote("x".repeat(300)));
  }
}
