package org.dssamap.render.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.awt.Color;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarkerTest {
  @Test
  void outlineWidthIsTwoSeventhsOfTheRadiusInWholeQuarterPixels() {
    qt().forAll(doubles().between(0.5, 200)).checkAssert(r -> {
      Marker m = new Marker(new Circle(10, 10, r), Optional.empty(), Color.BLACK, true);
      for (float w : new float[] {m.strokeWidth(), m.crossWidth()}) {
        assertEquals(Math.rint(w * 4), w * 4, "quarters, exact as a float: " + w);
        assertTrue(w >= 1, "at least a pixel: " + w);
      }
      assertEquals(Math.max(1, r / 3.5), m.strokeWidth(), 0.125 + 1e-9);
      assertEquals(Math.max(1, m.strokeWidth() * 0.8), m.crossWidth(), 0.125 + 1e-9);
    });
  }

  @Test
  void aDotOfRadiusFiveAndAHalfHasAnOutlineOfOneAndAHalf() {
    Marker m = new Marker(new Circle(0, 0, 5.5), Optional.of(Color.RED), Color.BLACK, false);
    assertEquals("1.5", Double.toString(m.strokeWidth()));
  }
}
