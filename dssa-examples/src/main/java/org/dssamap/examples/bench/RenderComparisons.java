package org.dssamap.examples.bench;

import java.util.Locale;
import org.dssamap.examples.synthetic.SyntheticMaps;

/** The three rows on the wheel of a 10<sup>4</sup>-organization map: {@code svg}, {@code batik}, {@code hover}. */
final class RenderComparisons {
  /** Organizations on the wheel. */
  static final int ORGANIZATIONS = 10_000;
  /** Placements on the wheel: two dots per organization. */
  static final int PLACEMENTS = 20_000;
  /** A poster-sized wheel, so that every cell shows its dots rather than an aggregate. */
  static final int WIDTH = 4_000;
  /** Hit-test queries per measured call. */
  static final int QUERIES = 1_000;

  private RenderComparisons() {}

  static RenderWorkload workload(Fixtures fixtures) {
    return fixtures.workload(RenderWorkload.class, () -> new RenderWorkload(
        SyntheticMaps.generate(new SyntheticMaps.Spec(Fixtures.SEED, PLACEMENTS, ORGANIZATIONS)), WIDTH, QUERIES));
  }

  /** {@code svg}: our painter into JFreeSVG vs the same primitives and groups straight into JFreeSVG; <= 1.5x. */
  static final class Svg implements Bench.Comparison {
    @Override
    public String name() {
      return "svg";
    }

    @Override
    public BenchRow run(Bench.Mode mode, Fixtures fixtures) {
      RenderWorkload w = workload(fixtures);
      PairedTimer.Result r = PairedTimer.compare(w::svgOurs, w::svgDirect, mode.budget);
      return Comparisons.row(name(), r, 1.5, String.format(Locale.ROOT,
          "SvgExport.toSvg vs recorded primitives into SVGGraphics2D, wheel of %d dots", w.dots()));
    }
  }

  /** {@code batik}: our SVG vs our painter into Batik's SVGGraphics2D; ours at least 10x faster. */
  static final class Batik implements Bench.Comparison {
    @Override
    public String name() {
      return "batik";
    }

    @Override
    public BenchRow run(Bench.Mode mode, Fixtures fixtures) {
      RenderWorkload w = workload(fixtures);
      PairedTimer.Result r = PairedTimer.compare(w::svgOurs, w::svgBatik, mode.budget);
      return Comparisons.row(name(), r, 0.1, String.format(Locale.ROOT,
          "SvgExport.toSvg vs ScenePainter into Batik SVGGraphics2D + stream, wheel of %d dots", w.dots()));
    }
  }

  /** {@code hover}: a hit test through the scene index vs scanning every dot; <= 0.1x. */
  static final class Hover implements Bench.Comparison {
    @Override
    public String name() {
      return "hover";
    }

    @Override
    public BenchRow run(Bench.Mode mode, Fixtures fixtures) {
      RenderWorkload w = workload(fixtures);
      PairedTimer.Result batch = PairedTimer.compare(w::hoverIndexed, w::hoverLinear, mode.budget);
      // Per query: one measured call makes QUERIES queries.
      PairedTimer.Result r = new PairedTimer.Result(batch.oursNanos() / w.queries(),
          batch.baselineNanos() / w.queries(), batch.ratio(), batch.spread());
      return Comparisons.row(name(), r, 0.1, String.format(Locale.ROOT,
          "SceneIndex.placementAt vs linear scan, per query, %d organizations, %d dots", ORGANIZATIONS, w.dots()));
    }
  }
}
