package org.dssamap.render.scene;

import static com.google.common.base.Preconditions.checkArgument;

import java.awt.Shape;
import java.awt.geom.Arc2D;
import java.awt.geom.Path2D;

/**
 * A circle drawn as dashes of equal length with equal gaps between them, as many as suit its size, so that a small
 * ring and a large one both read as dashed: what an intention is drawn with (an empty ring where an organization
 * wants to be; a ring around a dot it would give away). The dashes are the geometry, to be stroked with a plain
 * line; its area, for hit-testing, is the disc inside it.
 *
 * @param cx the centre's x
 * @param cy the centre's y
 * @param r the radius, positive
 */
public record DashedRing(double cx, double cy, double r) implements Geometry {
  /** Checks the radius. */
  public DashedRing {
    checkArgument(r > 0 && Double.isFinite(r) && Double.isFinite(cx) && Double.isFinite(cy),
        "bad ring %s %s %s", cx, cy, r);
  }

  /** A ring along {@code circle}. */
  public static DashedRing of(Circle circle) {
    return new DashedRing(circle.cx(), circle.cy(), circle.r());
  }

  /** How many dashes: one for every five pixels of the circumference, from 4 to 16. */
  public int dashes() {
    return (int) Math.max(4, Math.min(16, Math.round(2 * Math.PI * r / 5)));
  }

  /** The circle the ring runs along. */
  public Circle circle() {
    return new Circle(cx, cy, r);
  }

  @Override
  public Shape toShape() {
    int n = dashes();
    double period = 360.0 / n;
    Path2D.Double path = new Path2D.Double();
    for (int i = 0; i < n; i++) {
      // a quarter period of offset, so that a dash, not a gap, sits at twelve o'clock
      path.append(new Arc2D.Double(cx - r, cy - r, 2 * r, 2 * r, 90 - period / 4 - i * period, period / 2,
          Arc2D.OPEN), false);
    }
    return path;
  }

  @Override
  public boolean contains(double x, double y) {
    return circle().contains(x, y);
  }

  @Override
  public Box bounds() {
    return circle().bounds();
  }
}
