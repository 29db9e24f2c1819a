package org.dssamap.render.internal.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The hand-made number format writes exactly what the formatter would, only faster. */
class SvgNumberTest {
  /** The format as first written: the formatter, trailing zeros trimmed, no negative zero. */
  private static String byFormatter(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    String s = String.format(Locale.ROOT, "%.2f", v);
    s = s.indexOf('.') >= 0 ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    return s.equals("-0") ? "0" : s;
  }

  @Test
  void writesCoordinatesAsTheFormatterDoes() {
    qt().withExamples(20_000).forAll(doubles().between(-5_000, 5_000))
        .checkAssert(v -> assertEquals(byFormatter(v), SvgExport.number(v), Double.toString(v)));
  }

  @Test
  void writesHalfwayAndNearHalfwayHundredthsAsTheFormatterDoes() {
    // k/1000 puts values right on and next to the half-hundredths where rounding direction is in doubt.
    qt().withExamples(20_000).forAll(integers().between(-5_000_000, 5_000_000))
        .checkAssert(k -> {
          double v = k / 1000.0;
          for (double w : List.of(v, Math.nextUp(v), Math.nextDown(v))) {
            assertEquals(byFormatter(w), SvgExport.number(w), Double.toString(w));
          }
        });
  }

  @Test
  void writesEighthsExactlyHalfwayBetweenHundredthsAsTheFormatterDoes() {
    qt().withExamples(20_000).forAll(integers().between(-40_000_000, 40_000_000))
        .checkAssert(k -> assertEquals(byFormatter(k / 8.0), SvgExport.number(k / 8.0), Double.toString(k / 8.0)));
  }

  @Test
  void writesLargeTinyAndSignedValuesAsTheFormatterDoes() {
    for (double v : List.of(0.0, -0.0, 1e-9, -1e-9, 0.004, -0.004, 0.005, -0.005, 1.005, 2.675, 1e8 + 0.125,
        -1e9 - 0.37, 1e14 + 0.5, 123456789.987, Double.MIN_VALUE, -12.5, 0.1 + 0.2)) {
      assertEquals(byFormatter(v), SvgExport.number(v), Double.toString(v));
    }
  }
}
