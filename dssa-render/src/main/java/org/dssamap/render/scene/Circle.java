package org.dssamap.render.scene;

import static com.google.common.base.Preconditions.checkArgument;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;

/**
 * A circle.
 *
 * @param cx the centre's x
 * @param cy the centre's y
 * @param r the radius, positive
 */
public record Circle(double cx, double cy, double r) implements Geometry {
  /** Checks the radius. */
  public Circle {
    checkArgument(r > 0 && Double.isFinite(r) && Double.isFinite(cx) && Double.isFinite(cy),
        "bad circle %s %s %s", cx, cy, r);
  }

  @Override
  public Shape toShape() {
    return new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
  }

  @Override
  public boolean contains(double x, double y) {
    double dx = x - cx;
    double dy = y - cy;
    return dx * dx + dy * dy <= r * r;
  }

  @Override
  public Box bounds() {
    return new Box(cx - r, cy - r, 2 * r, 2 * r);
  }

  /** Whether this circle and {@code other} share more than a boundary point. */
  public boolean overlaps(Circle other) {
    double dx = other.cx - cx;
    double dy = other.cy - cy;
    double reach = r + other.r;
    return dx * dx + dy * dy < reach * reach - 1e-9;
  }
}
