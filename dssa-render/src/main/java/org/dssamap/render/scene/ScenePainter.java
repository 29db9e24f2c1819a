package org.dssamap.render.scene;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;

/**
 * The one painter: draws a {@link Scene} into any {@code Graphics2D} (SVG, raster, screen). It computes no
 * layout; everything it draws is where the scene says.
 */
public final class ScenePainter {
  private static final double HATCH_SPACING = 7;

  private ScenePainter() {}

  /** Paints the scene with no emphasis and no structure. */
  public static void paint(Scene scene, Graphics2D g) {
    paint(scene, g, Emphasis.NONE, Structure.NONE);
  }

  /**
   * Paints the scene, ringing what {@code emphasis} names and reporting groups to {@code structure}. The
   * graphics' transform, clip, paint and stroke are restored afterwards.
   */
  public static void paint(Scene scene, Graphics2D g, Emphasis emphasis, Structure structure) {
    Graphics2D g2 = (Graphics2D) g.create();
    try {
      g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g2.setPaint(scene.background());
      g2.fill(scene.canvas().toShape());
      for (SceneNode node : scene.nodes()) {
        paintNode(node, g2, scene, emphasis, structure);
      }
      // names written beside the wheel's dots, over every cell, each on a paper backing that keeps it legible
      // over hatching and lines
      scene.cells().filter(c -> !(c.outline() instanceof Box)).forEach(c -> {
        for (PlacementNode p : c.placements()) {
          p.label().ifPresent(l -> {
            structure.beginLabel(p);
            p.marker().ifPresent(m -> paintLeader(m.circle(), l, g2));
            paintBackedLabel(l, emphasis.organizations().contains(p.organization()), g2, scene, structure);
            structure.end();
          });
        }
        for (IntentionNode i : c.intentions()) {
          i.label().ifPresent(l -> {
            structure.beginIntentionLabel(i);
            i.extent().ifPresent(e -> paintLeader(e, l, g2));
            paintBackedLabel(l, emphasis.organizations().contains(i.organization()), g2, scene, structure);
            structure.end();
          });
        }
      });
    } finally {
      g2.dispose();
    }
  }

  /** A name on a paper backing that keeps it legible over hatching and lines, ringed when emphasised. */
  private static void paintBackedLabel(TextBlock l, boolean emphasised, Graphics2D g, Scene scene,
      Structure structure) {
    Color paper = scene.background();
    g.setPaint(new Color(paper.getRed(), paper.getGreen(), paper.getBlue(), 215));
    g.fill(l.bounds().toShape());
    paintLabel(l, g, structure);
    if (emphasised) {
      g.setPaint(scene.accent());
      g.setStroke(new BasicStroke(1.5f));
      g.draw(l.bounds().toShape());
    }
  }

  private static void paintNode(SceneNode node, Graphics2D g, Scene scene, Emphasis emphasis, Structure structure) {
    if (node instanceof Area a) {
      paintShape(a.geometry().toShape(), a.style(), g);
    } else if (node instanceof TextBlock l) {
      paintLabel(l, g, structure);
    } else if (node instanceof CellNode c) {
      paintCell(c, g, scene, emphasis, structure);
    } else if (node instanceof LinkNode l) {
      paintLink(l, g, structure);
    }
  }

  private static void paintCell(CellNode c, Graphics2D g, Scene scene, Emphasis emphasis, Structure structure) {
    structure.beginCell(c);
    Shape outline = c.outline().toShape();
    paintShape(outline, c.style(), g);
    if (emphasis.cell().map(c.cell()::equals).orElse(false)) {
      g.setPaint(scene.accent());
      g.setStroke(new BasicStroke(3f));
      g.draw(outline);
    }
    for (SceneNode d : c.decorations()) {
      paintNode(d, g, scene, emphasis, structure);
    }
    for (PlacementNode p : c.placements()) {
      if (p.marker().isEmpty() && p.label().isEmpty() && !structure.listsUndrawn()) {
        continue;
      }
      structure.beginPlacement(p);
      p.marker().ifPresent(m -> paintMarker(m, g, scene.background()));
      // a table's names lie inside their cells; the wheel's are written after all cells (see paint)
      boolean inline = c.outline() instanceof Box;
      if (inline) {
        p.label().ifPresent(l -> paintLabel(l, g, structure));
      }
      if (emphasis.organizations().contains(p.organization())) {
        p.marker().ifPresent(m -> {
          // a paper-coloured gap between dot and ring, so the ring reads as a ring whatever the dot's colour
          Circle dot = m.circle();
          g.setPaint(scene.background());
          g.setStroke(new BasicStroke(2f));
          g.draw(new Circle(dot.cx(), dot.cy(), dot.r() + 1.5).toShape());
          g.setPaint(scene.accent());
          g.setStroke(new BasicStroke(2.2f));
          g.draw(new Circle(dot.cx(), dot.cy(), dot.r() + 3.4).toShape());
        });
        p.label().filter(l -> inline).ifPresent(l -> {
          g.setPaint(scene.accent());
          g.setStroke(new BasicStroke(1.5f));
          g.draw(l.bounds().toShape());
        });
      }
      structure.end();
    }
    for (IntentionNode i : c.intentions()) {
      if (i.ring().isEmpty() && i.label().isEmpty() && !structure.listsUndrawn()) {
        continue;
      }
      structure.beginIntention(i);
      i.ring().ifPresent(r -> paintShape(r.toShape(), Style.stroke(i.color(), i.strokeWidth()), g));
      if (c.outline() instanceof Box) {
        i.label().ifPresent(l -> paintLabel(l, g, structure));
      }
      structure.end();
    }
    c.note().ifPresent(n -> n.sheet().ifPresent(sheet -> {
      structure.beginNote(n);
      paintShape(sheet.geometry().toShape(), sheet.style(), g);
      n.label().ifPresent(l -> paintLabel(l, g, structure));
      structure.end();
    }));
    structure.end();
  }

  /**
   * A dot and its outline as two fills: a disk in the outline's colour out to the outline's outer edge, under a
   * disk in the inside's colour out to its inner edge. The same pixels as filling the dot and stroking its
   * outline (every edge is where the stroke's is, blended against the same colours), but in SVG two short
   * elements rather than one with the whole stroke styling spelt out.
   */
  private static void paintMarker(Marker m, Graphics2D g, Color paper) {
    Circle c = m.circle();
    double half = m.strokeWidth() / 2.0;
    g.setPaint(m.stroke());
    g.fill(new Circle(c.cx(), c.cy(), c.r() + half).toShape());
    if (c.r() > half) {
      g.setPaint(m.half() ? paper : m.fill().orElse(paper));
      g.fill(new Circle(c.cx(), c.cy(), c.r() - half).toShape());
      if (m.half() && m.fill().isPresent()) {
        g.setPaint(m.fill().get());
        g.fill(new AnnularSector(c.cx(), c.cy(), 0, c.r() - half, Math.PI / 2, Math.PI).toShape());
      }
    }
    if (m.cross()) {
      double d = c.r() * 0.62;
      g.setPaint(m.stroke());
      g.setStroke(new BasicStroke(m.crossWidth()));
      g.draw(new Line2D.Double(c.cx() - d, c.cy() - d, c.cx() + d, c.cy() + d));
      g.draw(new Line2D.Double(c.cx() - d, c.cy() + d, c.cx() + d, c.cy() - d));
    }
  }

  /** A link: its curve, and an arrowhead at its end pointing along the curve. */
  private static void paintLink(LinkNode l, Graphics2D g, Structure structure) {
    structure.beginLink(l);
    paintShape(l.curve().toShape(), l.style(), g);
    Curve c = l.curve();
    double dx = c.x2() - c.ctrlX();
    double dy = c.y2() - c.ctrlY();
    double len = Math.hypot(dx, dy);
    l.style().stroke().ifPresent(color -> {
      if (len > 1e-6) {
        double ux = dx / len;
        double uy = dy / len;
        double size = 4 + l.style().strokeWidth() * 1.5;
        java.awt.geom.Path2D.Double head = new java.awt.geom.Path2D.Double();
        head.moveTo(c.x2(), c.y2());
        head.lineTo(c.x2() - ux * size - uy * size * 0.5, c.y2() - uy * size + ux * size * 0.5);
        head.lineTo(c.x2() - ux * size + uy * size * 0.5, c.y2() - uy * size - ux * size * 0.5);
        head.closePath();
        g.setPaint(color);
        g.fill(head);
      }
    });
    structure.end();
  }

  /**
   * A leader from a dot's rim to its name, when the name stands away from the dot: a thin line in the name's
   * colour toward the point of the name's box nearest the dot's centre.
   */
  private static void paintLeader(Circle dot, TextBlock label, Graphics2D g) {
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
    g.setPaint(new Color(c.getRed(), c.getGreen(), c.getBlue(), 170));
    g.setStroke(new BasicStroke(0.8f));
    g.draw(new Line2D.Double(sx, sy, ex, ey));
  }

  private static void paintShape(Shape shape, Style style, Graphics2D g) {
    style.fill().ifPresent(fill -> {
      g.setPaint(fill);
      g.fill(shape);
    });
    style.hatch().ifPresent(hatch -> paintHatch(shape, hatch, g));
    style.stroke().ifPresent(stroke -> {
      g.setPaint(stroke);
      g.setStroke(stroke(style));
      g.draw(shape);
    });
  }

  private static Stroke stroke(Style style) {
    if (style.dashed()) {
      return new BasicStroke(style.strokeWidth(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
          new float[] {4f, 3f}, 0f);
    }
    return new BasicStroke(style.strokeWidth());
  }

  private static void paintHatch(Shape shape, Color color, Graphics2D g) {
    Shape oldClip = g.getClip();
    g.clip(shape);
    g.setPaint(color);
    g.setStroke(new BasicStroke(1.2f));
    java.awt.geom.Rectangle2D b = shape.getBounds2D();
    // 45-degree lines anchored to the scene origin, so that neighbouring hatched cells line up
    double start = Math.floor((b.getMinX() + b.getMinY()) / HATCH_SPACING) * HATCH_SPACING;
    double end = b.getMaxX() + b.getMaxY();
    // one path for all the lines, so that SVG output holds one element per hatched cell
    java.awt.geom.Path2D.Double lines = new java.awt.geom.Path2D.Double();
    for (double k = start; k <= end; k += HATCH_SPACING) {
      lines.moveTo(k - b.getMaxY(), b.getMaxY());
      lines.lineTo(k - b.getMinY(), b.getMinY());
    }
    g.draw(lines);
    g.setClip(oldClip);
  }

  private static void paintLabel(TextBlock l, Graphics2D g, Structure structure) {
    AffineTransform saved = g.getTransform();
    if (l.rotation() != 0) {
      g.rotate(l.rotation(), l.pivotX(), l.pivotY());
    }
    g.setFont(l.font().toFont());
    g.setPaint(l.color());
    for (TextLine line : l.lines()) {
      if (!line.text().isEmpty()) {
        g.drawString(structure.text(line.text()), (float) line.x(), (float) line.baseline());
      }
    }
    g.setTransform(saved);
  }
}
