package org.dssamap.examples.bench;

import com.google.common.hash.Hashing;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.DoubleFunction;
import org.dssamap.render.scene.AnnularSector;
import org.dssamap.render.scene.Area;
import org.dssamap.render.scene.Box;
import org.dssamap.render.scene.CellNode;
import org.dssamap.render.scene.Circle;
import org.dssamap.render.scene.LinkNode;
import org.dssamap.render.scene.Marker;
import org.dssamap.render.scene.PlacementNode;
import org.dssamap.render.scene.Scene;
import org.dssamap.render.scene.SceneNode;
import org.dssamap.render.scene.Style;
import org.dssamap.render.scene.TextBlock;
import org.dssamap.render.scene.TextLine;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;

/**
 * The baseline of the {@code svg} row: the drawing calls of a scene worked out once (every shape, colour,
 * stroke, font and group built in advance), then replayed straight into JFreeSVG set up exactly as {@code
 * SvgExport} sets it up (numbers to two decimals by the same hand formatter, stroke control off, the drawing
 * written into a builder sized for it in advance, the string-drawing type standard), and put into the same
 * accessible document. It writes the same bytes as {@code SvgExport.toSvg(scene, Emphasis.NONE)}
 * ({@code SvgBaselineTest} checks it on the benchmark's wheel), so that the row compares what our painter costs
 * over the least any code drawing the same SVG with JFreeSVG must do: the walk over the scene, building shapes
 * and groups as it goes, and nothing of JFreeSVG's own work.
 *
 * <p>What it leaves out: emphasis (the bench draws none) and the escaping of characters XML forbids (the
 * synthetic maps have none); an {@code &} is escaped as ours does, so that JFreeSVG leaves it alone.
 */
final class SvgBaseline {
  private static final String PLACEHOLDER = "dssa-placeholder-";
  private static final double HATCH_SPACING = 7;
  private final Scene scene;
  private final List<Consumer<Graphics2D>> calls = new ArrayList<>();
  private final int expectedLength;

  /** Works out the drawing calls of {@code scene}. */
  SvgBaseline(Scene scene) {
    this.scene = scene;
    record();
    long length = 65_536 + scene.placements()
        .mapToLong(p -> 400 + p.organization().length() + p.tooltip().length())
        .sum();
    this.expectedLength = (int) Math.min(Integer.MAX_VALUE - 16, length);
  }

  /** Replays the calls into JFreeSVG and returns the finished document, as {@code SvgExport.toSvg} does. */
  String write() {
    StringBuilder body = new StringBuilder(expectedLength);
    SVGGraphics2D g = new SVGGraphics2D(scene.width(), scene.height(), null, body);
    g.setDefsKeyPrefix(PLACEHOLDER);
    DoubleFunction<String> numbers = new Numbers();
    g.setGeomDoubleConverter(numbers);
    g.setTransformDoubleConverter(numbers);
    g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
    g.setCheckStrokeControlHint(false);
    Graphics2D g2 = (Graphics2D) g.create();
    for (Consumer<Graphics2D> call : calls) {
      call.accept(g2);
    }
    g2.dispose();
    String drawing = body.toString();
    body.setLength(0);
    String element = g.getSVGElement(null, true, new ViewBox(0, 0, (int) Math.ceil(scene.width()),
        (int) Math.ceil(scene.height())), null, null);
    return document(element, drawing);
  }

  private void record() {
    calls.add(g -> {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    });
    fill(scene.canvas().toShape(), scene.background());
    for (SceneNode node : scene.nodes()) {
      node(node);
    }
    Color paper = scene.background();
    Color backing = new Color(paper.getRed(), paper.getGreen(), paper.getBlue(), 215);
    scene.cells().filter(c -> !(c.outline() instanceof Box)).forEach(c -> {
      for (PlacementNode p : c.placements()) {
        p.label().ifPresent(l -> {
          Map<String, String> a = new LinkedHashMap<>();
          a.put("class", "label");
          a.put("data-organization", text(p.organization()));
          a.put("data-function", text(p.cell().function()));
          a.put("data-dimension", p.cell().dimension().id());
          a.put("data-layer", p.cell().layer().id());
          calls.add(g -> g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, a));
          p.marker().ifPresent(m -> leader(m.circle(), l));
          fill(l.bounds().toShape(), backing);
          label(l);
          end();
        });
      }
    });
  }

  private void node(SceneNode node) {
    if (node instanceof Area a) {
      shape(a.geometry().toShape(), a.style());
    } else if (node instanceof TextBlock l) {
      label(l);
    } else if (node instanceof CellNode c) {
      cell(c);
    } else if (node instanceof LinkNode l) {
      link(l);
    }
  }

  private void cell(CellNode c) {
    Map<String, String> a = new LinkedHashMap<>();
    a.put("class", "cell");
    a.put("data-function", text(c.cell().function()));
    a.put("data-dimension", c.cell().dimension().id());
    a.put("data-layer", c.cell().layer().id());
    a.put("data-expected", Boolean.toString(c.expected()));
    a.put("data-gap", Boolean.toString(c.gap()));
    a.put("data-verified", Integer.toString(c.verified()));
    a.put("data-claimed", Integer.toString(c.claimed()));
    a.put("data-disputed", Integer.toString(c.disputed()));
    group(a, c.tooltip());
    shape(c.outline().toShape(), c.style());
    for (SceneNode d : c.decorations()) {
      node(d);
    }
    boolean inline = c.outline() instanceof Box;
    for (PlacementNode p : c.placements()) {
      Map<String, String> pa = new LinkedHashMap<>();
      pa.put("class", "placement");
      pa.put("data-organization", text(p.organization()));
      pa.put("data-status", p.status().id());
      group(pa, p.tooltip());
      p.marker().ifPresent(this::marker);
      if (inline) {
        p.label().ifPresent(this::label);
      }
      end();
    }
    end();
  }

  private void marker(Marker m) {
    Circle c = m.circle();
    double half = m.strokeWidth() / 2.0;
    fill(new Circle(c.cx(), c.cy(), c.r() + half).toShape(), m.stroke());
    if (c.r() > half) {
      fill(new Circle(c.cx(), c.cy(), c.r() - half).toShape(),
          m.half() ? scene.background() : m.fill().orElse(scene.background()));
      if (m.half() && m.fill().isPresent()) {
        fill(new AnnularSector(c.cx(), c.cy(), 0, c.r() - half, Math.PI / 2, Math.PI).toShape(), m.fill().get());
      }
    }
    if (m.cross()) {
      double d = c.r() * 0.62;
      Stroke cross = new BasicStroke(m.crossWidth());
      Line2D a = new Line2D.Double(c.cx() - d, c.cy() - d, c.cx() + d, c.cy() + d);
      Line2D b = new Line2D.Double(c.cx() - d, c.cy() + d, c.cx() + d, c.cy() - d);
      calls.add(g -> {
        g.setPaint(m.stroke());
        g.setStroke(cross);
        g.draw(a);
        g.draw(b);
      });
    }
  }

  private void link(LinkNode l) {
    Map<String, String> a = new LinkedHashMap<>();
    a.put("class", "link");
    a.put("data-kind", l.kind().id());
    a.put("data-from", text(l.from()));
    a.put("data-to", text(l.to()));
    group(a, l.tooltip());
    shape(l.curve().toShape(), l.style());
    var c = l.curve();
    double dx = c.x2() - c.ctrlX();
    double dy = c.y2() - c.ctrlY();
    double len = Math.hypot(dx, dy);
    l.style().stroke().ifPresent(color -> {
      if (len > 1e-6) {
        double ux = dx / len;
        double uy = dy / len;
        double size = 4 + l.style().strokeWidth() * 1.5;
        Path2D.Double head = new Path2D.Double();
        head.moveTo(c.x2(), c.y2());
        head.lineTo(c.x2() - ux * size - uy * size * 0.5, c.y2() - uy * size + ux * size * 0.5);
        head.lineTo(c.x2() - ux * size + uy * size * 0.5, c.y2() - uy * size - ux * size * 0.5);
        head.closePath();
        fill(head, color);
      }
    });
    end();
  }

  private void leader(Circle dot, TextBlock label) {
    Box b = label.bounds();
    double ex = Math.max(b.x(), Math.min(dot.cx(), b.maxX()));
    double ey = Math.max(b.y(), Math.min(dot.cy(), b.maxY()));
    double len = Math.hypot(ex - dot.cx(), ey - dot.cy());
    if (len <= dot.r() + 4) {
      return;
    }
    double sx = dot.cx() + (ex - dot.cx()) * (dot.r() + 0.5) / len;
    double sy = dot.cy() + (ey - dot.cy()) * (dot.r() + 0.5) / len;
    Color c = label.color();
    Color color = new Color(c.getRed(), c.getGreen(), c.getBlue(), 170);
    Stroke stroke = new BasicStroke(0.8f);
    Line2D line = new Line2D.Double(sx, sy, ex, ey);
    calls.add(g -> {
      g.setPaint(color);
      g.setStroke(stroke);
      g.draw(line);
    });
  }

  private void shape(Shape shape, Style style) {
    style.fill().ifPresent(fill -> fill(shape, fill));
    style.hatch().ifPresent(hatch -> hatch(shape, hatch));
    style.stroke().ifPresent(stroke -> {
      Stroke s = style.dashed()
          ? new BasicStroke(style.strokeWidth(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
              new float[] {4f, 3f}, 0f)
          : new BasicStroke(style.strokeWidth());
      calls.add(g -> {
        g.setPaint(stroke);
        g.setStroke(s);
        g.draw(shape);
      });
    });
  }

  private void hatch(Shape shape, Color color) {
    Rectangle2D b = shape.getBounds2D();
    double start = Math.floor((b.getMinX() + b.getMinY()) / HATCH_SPACING) * HATCH_SPACING;
    double end = b.getMaxX() + b.getMaxY();
    Path2D.Double lines = new Path2D.Double();
    for (double k = start; k <= end; k += HATCH_SPACING) {
      lines.moveTo(k - b.getMaxY(), b.getMaxY());
      lines.lineTo(k - b.getMinY(), b.getMinY());
    }
    Stroke stroke = new BasicStroke(1.2f);
    calls.add(g -> {
      Shape oldClip = g.getClip();
      g.clip(shape);
      g.setPaint(color);
      g.setStroke(stroke);
      g.draw(lines);
      g.setClip(oldClip);
    });
  }

  private void fill(Shape shape, Color color) {
    calls.add(g -> {
      g.setPaint(color);
      g.fill(shape);
    });
  }

  private void label(TextBlock l) {
    Font font = l.font().toFont();
    List<TextLine> lines = l.lines().stream().filter(line -> !line.text().isEmpty()).toList();
    List<String> texts = lines.stream().map(line -> text(line.text())).toList();
    calls.add(g -> {
      AffineTransform saved = g.getTransform();
      if (l.rotation() != 0) {
        g.rotate(l.rotation(), l.pivotX(), l.pivotY());
      }
      g.setFont(font);
      g.setPaint(l.color());
      for (int i = 0; i < lines.size(); i++) {
        g.drawString(texts.get(i), (float) lines.get(i).x(), (float) lines.get(i).baseline());
      }
      g.setTransform(saved);
    });
  }

  private void group(Map<String, String> attributes, String title) {
    String t = text(title);
    calls.add(g -> {
      g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, attributes);
      g.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE, t);
    });
  }

  private void end() {
    calls.add(g -> g.setRenderingHint(SVGHints.KEY_END_GROUP, ""));
  }

  /** Text for JFreeSVG, which escapes it but leaves an {@code &} that already starts an entity alone. */
  private static String text(String text) {
    return text.replace("&", "&amp;");
  }

  /** The accessible document around JFreeSVG's {@code element} (root and defs) and the {@code drawing}. */
  private String document(String element, String drawing) {
    int close = element.indexOf('>');
    int end = element.lastIndexOf("</svg>");
    String title = escape(scene.title());
    String desc = escape(scene.description());
    String prefix = "dssa-" + Hashing.murmur3_32_fixed().newHasher()
        .putString(element, StandardCharsets.UTF_8).putString(title, StandardCharsets.UTF_8)
        .putString(desc, StandardCharsets.UTF_8).putInt(drawing.length())
        .hash() + "-";
    String defs = element.substring(close + 1, end).replace("<clipPath id='" + PLACEHOLDER, "<clipPath id='" + prefix);
    String content = drawing.replace("clip-path='url(#" + PLACEHOLDER, "clip-path='url(#" + prefix);
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element.substring(0, close)
        + " role='img' aria-labelledby='" + prefix + "title' aria-describedby='" + prefix + "desc'>"
        + "<title id='" + prefix + "title'>" + title + "</title>"
        + "<desc id='" + prefix + "desc'>" + desc + "</desc>"
        + defs + content + "</svg>\n";
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&apos;");
  }

  /** {@link #number}, remembering the last few numbers it wrote, as ours does: a dot is two disks with one centre. */
  private static final class Numbers implements DoubleFunction<String> {
    private final double[] values = new double[4];
    private final String[] texts = new String[4];
    private int next;

    @Override
    public String apply(double v) {
      for (int i = 0; i < texts.length; i++) {
        if (texts[i] != null && Double.doubleToRawLongBits(values[i]) == Double.doubleToRawLongBits(v)) {
          return texts[i];
        }
      }
      String text = number(v);
      values[next] = v;
      texts[next] = text;
      next = (next + 1) % texts.length;
      return text;
    }
  }

  /**
   * Two decimals at most, no exponent: the same hand formatter as ours (hundredths written digit by digit where
   * rounding cannot be in doubt, else {@code String.format}), so that neither side pays more for its numbers.
   */
  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    double scaled = v * 100;
    if (Math.abs(scaled) < 1e9 && Math.abs(scaled - Math.floor(scaled) - 0.5) > 1e-6) {
      return hundredths(Math.round(scaled));
    }
    double eighths = v * 8;
    if (Math.abs(scaled) < 1e9 && eighths == Math.rint(eighths) && v * 4 != Math.rint(v * 4)) {
      return hundredths((long) (scaled + Math.copySign(0.5, scaled)));
    }
    String s = String.format(Locale.ROOT, "%.2f", v);
    s = s.indexOf('.') >= 0 ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    return s.equals("-0") ? "0" : s;
  }

  private static String hundredths(long h) {
    byte[] b = new byte[24];
    int at = b.length;
    long rest = Math.abs(h);
    int frac = (int) (rest % 100);
    if (frac != 0) {
      if (frac % 10 != 0) {
        b[--at] = (byte) ('0' + frac % 10);
      }
      b[--at] = (byte) ('0' + frac / 10);
      b[--at] = '.';
    }
    rest /= 100;
    do {
      b[--at] = (byte) ('0' + rest % 10);
      rest /= 10;
    } while (rest != 0);
    if (h < 0) {
      b[--at] = '-';
    }
    return new String(b, at, b.length - at, StandardCharsets.ISO_8859_1);
  }
}
