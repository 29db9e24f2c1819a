package org.dssamap.examples.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2DIOException;
import org.dssamap.model.EcosystemMap;
import org.dssamap.render.MapRenderer;
import org.dssamap.render.options.RenderOptions;
import org.dssamap.render.View;
import org.dssamap.render.scene.Area;
import org.dssamap.render.scene.CellNode;
import org.dssamap.render.scene.Circle;
import org.dssamap.render.scene.Emphasis;
import org.dssamap.render.scene.PlacementNode;
import org.dssamap.render.scene.Scene;
import org.dssamap.render.scene.SceneIndex;
import org.dssamap.render.scene.SceneNode;
import org.dssamap.render.scene.ScenePainter;
import org.dssamap.render.scene.Style;
import org.dssamap.render.scene.TextBlock;
import org.dssamap.render.scene.TextLine;
import org.dssamap.render.svg.SvgExport;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;
import org.w3c.dom.Document;

/**
 * {@code svg}, {@code batik} and {@code hover}: the wheel of a map, laid out once, then painted into SVG by our
 * painter through JFreeSVG, by the same primitives drawn straight into JFreeSVG, and by our painter into Apache
 * Batik's {@code SVGGraphics2D}; and hit-tested through {@link SceneIndex} or by scanning every dot.
 */
public final class RenderWorkload {
  private final Scene scene;
  private final List<Consumer<Graphics2D>> primitives;
  private final SceneIndex index;
  private final List<PlacementNode> dots;
  private final double[] queries;

  /**
   * A workload on the wheel of {@code map} drawn {@code width} pixels wide (wide enough that cells show dots rather
   * than aggregates), with {@code queries} random points for the hit tests.
   */
  public RenderWorkload(EcosystemMap map, int width, int queries) {
    this.scene = MapRenderer.scene(map, View.WHEEL, RenderOptions.builder().width(width).build());
    this.primitives = primitives(scene);
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

  /** The floor: the scene's primitives, recorded once, drawn straight into JFreeSVG; its SVG element. */
  public String svgDirect() {
    SVGGraphics2D g = new SVGGraphics2D(scene.width(), scene.height());
    for (Consumer<Graphics2D> p : primitives) {
      p.accept(g);
    }
    return g.getSVGElement(null, true, new ViewBox(0, 0, (int) Math.ceil(scene.width()),
        (int) Math.ceil(scene.height())), null, null);
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

  /**
   * The drawing calls the painter makes for {@code scene}, without its hints, groups, emphasis or text
   * handling: what any code drawing the same wheel with Java2D would have to do.
   */
  private static List<Consumer<Graphics2D>> primitives(Scene scene) {
    List<Consumer<Graphics2D>> out = new ArrayList<>();
    Shape canvas = scene.canvas().toShape();
    Color background = scene.background();
    out.add(g -> {
      g.setPaint(background);
      g.fill(canvas);
    });
    for (SceneNode node : scene.nodes()) {
      node(node, scene, out);
    }
    return out;
  }

  private static void node(SceneNode node, Scene scene, List<Consumer<Graphics2D>> out) {
    if (node instanceof Area a) {
      shape(a.geometry().toShape(), a.style(), out);
    } else if (node instanceof TextBlock l) {
      label(l, out);
    } else if (node instanceof CellNode c) {
      group(out, java.util.Map.of("class", "cell", "data-function", c.cell().function(),
          "data-dimension", c.cell().dimension().id(), "data-layer", c.cell().layer().id(),
          "data-expected", Boolean.toString(c.expected()), "data-gap", Boolean.toString(c.gap()),
          "data-verified", Integer.toString(c.verified()), "data-claimed", Integer.toString(c.claimed()),
          "data-disputed", Integer.toString(c.disputed())), c.tooltip());
      shape(c.outline().toShape(), c.style(), out);
      for (SceneNode d : c.decorations()) {
        node(d, scene, out);
      }
      for (PlacementNode p : c.placements()) {
        group(out, java.util.Map.of("class", "placement", "data-organization", p.organization(),
            "data-status", p.status().id()), p.tooltip());
        p.marker().ifPresent(m -> {
          double half = m.strokeWidth() / 2.0;
          Circle dot = m.circle();
          Shape outer = new Circle(dot.cx(), dot.cy(), dot.r() + half).toShape();
          Shape inner = new Circle(dot.cx(), dot.cy(), dot.r() - half).toShape();
          Color fill = m.fill().orElse(scene.background());
          out.add(g -> {
            g.setPaint(m.stroke());
            g.fill(outer);
            g.setPaint(fill);
            g.fill(inner);
          });
          if (m.cross()) {
            double d = dot.r() * 0.62;
            Line2D a = new Line2D.Double(dot.cx() - d, dot.cy() - d, dot.cx() + d, dot.cy() + d);
            Line2D b = new Line2D.Double(dot.cx() - d, dot.cy() + d, dot.cx() + d, dot.cy() - d);
            Stroke cross = new BasicStroke(m.crossWidth());
            out.add(g -> {
              g.setPaint(m.stroke());
              g.setStroke(cross);
              g.draw(a);
              g.draw(b);
            });
          }
        });
        p.label().ifPresent(l -> label(l, out));
        out.add(g -> g.setRenderingHint(SVGHints.KEY_END_GROUP, ""));
      }
      out.add(g -> g.setRenderingHint(SVGHints.KEY_END_GROUP, ""));
    }
  }

  /** The same groups and tooltips our SVG carries, so that both sides write the same document. */
  private static void group(List<Consumer<Graphics2D>> out, java.util.Map<String, String> attributes, String title) {
    java.util.Map<String, String> ordered = new java.util.TreeMap<>(attributes);
    out.add(g -> {
      g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, ordered);
      g.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE, title);
    });
  }

  private static void shape(Shape shape, Style style, List<Consumer<Graphics2D>> out) {
    style.fill().ifPresent(fill -> out.add(g -> {
      g.setPaint(fill);
      g.fill(shape);
    }));
    style.stroke().ifPresent(stroke -> {
      Stroke s = new BasicStroke(style.strokeWidth());
      out.add(g -> {
        g.setPaint(stroke);
        g.setStroke(s);
        g.draw(shape);
      });
    });
  }

  private static void label(TextBlock l, List<Consumer<Graphics2D>> out) {
    Font font = l.font().toFont();
    for (TextLine line : l.lines()) {
      if (!line.text().isEmpty()) {
        out.add(g -> {
          AffineTransform saved = g.getTransform();
          if (l.rotation() != 0) {
            g.rotate(l.rotation(), l.pivotX(), l.pivotY());
          }
          g.setFont(font);
          g.setPaint(l.color());
          g.drawString(line.text(), (float) line.x(), (float) line.baseline());
          g.setTransform(saved);
        });
      }
    }
  }
}
