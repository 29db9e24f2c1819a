package org.dssamap.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.dssamap.examples.maps.BundledMaps;
import org.dssamap.examples.synthetic.SyntheticMaps;
import org.dssamap.model.EcosystemMap;
import org.dssamap.render.MapRenderer;
import org.dssamap.render.View;
import org.dssamap.render.internal.svg.SvgExport;
import org.dssamap.render.options.RenderOptions;
import org.dssamap.render.scene.Emphasis;
import org.dssamap.render.scene.Scene;
import org.junit.jupiter.api.Test;

/** The {@code svg} row compares like with like: its baseline writes exactly the bytes ours writes. */
class SvgBaselineTest {
  @Test
  void theBaselineWritesTheSameDocumentAsOursOnTheBenchmarksWheel() {
    RenderWorkload w = new RenderWorkload(SyntheticMaps.generate(
        new SyntheticMaps.Spec(Fixtures.SEED, Bench.WHEEL_PLACEMENTS, Bench.WHEEL_ORGANIZATIONS)),
        Bench.WHEEL_WIDTH, 10);
    String ours = w.svgOurs();
    String baseline = w.svgDirect();
    // the wheel of the row draws its dots, not aggregates: megabytes of them
    assertTrue(ours.length() > 5_000_000, () -> "only " + ours.length() + " characters");
    assertSameText(ours, baseline);
  }

  @Test
  void theBaselineWritesTheSameDocumentAsOursOnAnySyntheticMapInEitherView() {
    qt().withExamples(20).forAll(longs().all(), integers().between(1, 800), arbitrary().enumValues(View.class),
        integers().between(600, 2_000)).checkAssert((seed, placements, view, width) -> {
          EcosystemMap map = SyntheticMaps.generate(seed, placements);
          Scene scene = MapRenderer.scene(map, view, RenderOptions.builder().width(width).build());
          assertSameText(SvgExport.toSvg(scene, Emphasis.NONE), new SvgBaseline(scene).write());
        });
  }

  @Test
  void theBaselineWritesTheSameDocumentAsOursOnTheCallMap() {
    for (View view : View.values()) {
      Scene scene = MapRenderer.scene(BundledMaps.call2012(), view, RenderOptions.builder().build());
      assertSameText(SvgExport.toSvg(scene, Emphasis.NONE), new SvgBaseline(scene).write());
    }
  }

  @Test
  void numbersHaveAtMostTwoDecimalsAndNoTrailingZeros() {
    assertEquals("12", SvgBaseline.number(12.0));
    assertEquals("0.5", SvgBaseline.number(0.5));
    assertEquals("5.13", SvgBaseline.number(5.125));
    assertEquals("-5.13", SvgBaseline.number(-5.125));
    assertEquals("3.14", SvgBaseline.number(Math.PI));
    assertEquals("0", SvgBaseline.number(-0.001));
  }

  /** Equal, or else where they first differ (a diff of megabytes is no use). */
  private static void assertSameText(String expected, String actual) {
    if (!expected.equals(actual)) {
      int at = 0;
      while (at < Math.min(expected.length(), actual.length()) && expected.charAt(at) == actual.charAt(at)) {
        at++;
      }
      int from = Math.max(0, at - 200);
      throw new AssertionError("first difference at " + at + " of " + expected.length() + " / " + actual.length()
          + ":\nours:     " + expected.substring(from, Math.min(expected.length(), at + 200))
          + "\nbaseline: " + actual.substring(from, Math.min(actual.length(), at + 200)));
    }
  }
}
