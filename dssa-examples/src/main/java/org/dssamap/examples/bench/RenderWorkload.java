package org.dssamap.examples.bench;

import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2DIOException;
import org.dssamap.model.EcosystemMap;
import org.dssamap.render.MapRenderer;
import org.dssamap.render.View;
import org.dssamap.render.internal.svg.SvgExport;
import org.dssamap.render.options.RenderOptions;
import org.dssamap.render.scene.Emphasis;
import org.dssamap.render.scene.PlacementNode;
import org.dssamap.render.scene.Scene;
import org.dssamap.render.scene.SceneIndex;
import org.dssamap.render.scene.ScenePainter;
import org.w3c.dom.Document;

/**
 * {@code svg}, {@code batik} and {@code hover}: the wheel of a map, laid out once, then painted into SVG by our
 * painter through JFreeSVG, by the same primitives drawn straight into JFreeSVG, and by our painter into Apache
 * Batik's {@code SVGGraphics2D}; and hit-tested through {@link SceneIndex} or by scanning every dot.
 */
public final class RenderWorkload {
  private final Scene scene;
  private final SvgBaseline baseline;
  private final SceneIndex index;
  private final List<PlacementNode> dots;
  private final double[] queries;

  /**
   * A workload on the wheel of {@code map} drawn {@code width} pixels wide (wide enough that cells show dots rather
   * than aggregates), with {@code queries} random points for the hit tests.
   */
  public RenderWorkload(EcosystemMap map, int width, int queries) {
    this.scene = MapRenderer.scene(map, View.WHEEL, RenderOptions.builder().width(width).build());
    this.baseline = new SvgBaseline(scene);
    this.index = SceneIndex.of(scene);
    this.dots = scene.placements().filter(p -> p.marker().isPresent() || p.label().isPresent()).toList();
    SplittableRandom random = new SplittableRandom(Fixtures.SEED);
    this.queries = new double[2 * queries];
    for (int i = 0; i < queries; i++) {
      // Half the queries on a dot, half anywhere: hovering mostly happens over something.
      if (i % 2 == 0 && !dots.isEmpty()) {
        PlacementNode p = dots.get(random.nextInt(dots.size()));
        var b = p.hitBounds().orElseThrow();
        this.queries[2 * i] = b.x() + b.width() / 2;
        this.queries[2 * i + 1] = b.y() + b.height() / 2;
      } else {
        this.queries[2 * i] = random.nextDouble() * scene.width();
        this.queries[2 * i + 1] = random.nextDouble() * scene.height();
      }
    }
  }

  /** The scene painted. */
  public Scene scene() {
    return scene;
  }

  /** How many dots (placements drawn with a marker or a name) the scene has. */
  public int dots() {
    return dots.size();
  }

  /** How many hit-test queries one call of {@link #hoverIndexed()} or {@link #hoverLinear()} makes. */
  public int queries() {
    return queries.length / 2;
  }

  /** Ours: the scene through our painter into JFreeSVG, as a finished document. */
  public String svgOurs() {
    return SvgExport.toSvg(scene, Emphasis.NONE);
  }

  /**
   * The floor: the scene's drawing calls, worked out once, replayed straight into JFreeSVG set up as ours is,
   * into the same document ({@link SvgBaseline}); the same bytes as {@link #svgOurs()}.
   */
  public String svgDirect() {
    return baseline.write();
  }

  /** The other library: our painter into Apache Batik's {@code SVGGraphics2D}, streamed to a string. */
  public String svgBatik() {
    Document document = GenericDOMImplementation.getDOMImplementation()
        .createDocument("http://www.w3.org/2000/svg", "svg", null);
    SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
    org.apache.batik.svggen.SVGGraphics2D g = new org.apache.batik.svggen.SVGGraphics2D(context, false);
    ScenePainter.paint(scene, g);
    StringWriter out = new StringWriter();
    try {
      g.stream(out, true);
    } catch (SVGGraphics2DIOException e) {
      throw new IllegalStateException(e);
    }
    return out.toString();
  }

  /** Ours: every query through the scene index; returns how many hit a placement. */
  public int hoverIndexed() {
    int hits = 0;
    for (int i = 0; i < queries.length; i += 2) {
      hits += index.placementAt(queries[i], queries[i + 1]).isPresent() ? 1 : 0;
    }
    return hits;
  }

  /** The baseline: every query scans every dot for the topmost hit; returns how many hit a placement. */
  public int hoverLinear() {
    int hits = 0;
    for (int i = 0; i < queries.length; i += 2) {
      hits += linearHit(queries[i], queries[i + 1]).isPresent() ? 1 : 0;
    }
    return hits;
  }

  private Optional<PlacementNode> linearHit(double x, double y) {
    PlacementNode top = null;
    for (PlacementNode p : dots) {
      if (p.hits(x, y)) {
        top = p;
      }
    }
    return Optional.ofNullable(top);
  }
}
