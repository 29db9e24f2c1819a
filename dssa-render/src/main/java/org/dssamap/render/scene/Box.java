package org.dssamap.render.scene;

import static com.google.common.base.Preconditions.checkArgument;

import java.awt.Shape;
import java.awt.geom.Rectangle2D;

/**
 * An axis-aligned rectangle.
 *
 * @param x the left edge
 * @param y the top edge
 * @param width not negative
 * @param height not negative
 */
public record Box(double x, double y, double width, double height) implements Geometry {
  /** Checks the size. */
  public Box {
    checkArgument(width >= 0 && height >= 0, "negative box size %s x %s", width, height);
  }

  /** The right edge. */
  public double maxX() {
    return x + width;
  }

  /** The bottom edge. */
  public double maxY() {
    return y + height;
  }

  @Override
  public Shape toShape() {
    return new Rectangle2D.Double(x, y, width, height);
  }

  @Override
  public boolean contains(double px, double py) {
    return px >= x && px <= x + width && py >= y && py <= y + height;
  }

  @Override
  public Box bounds() {
    return this;
  }

  /** Whether the two boxes share some area (touching edges do not count). */
  public boolean overlaps(Box o) {
    return x < o.maxX() - 1e-9 && o.x < maxX() - 1e-9 && y < o.maxY() - 1e-9 && o.y < maxY() - 1e-9;
  }

  /** Whether {@code o} lies wholly inside this box. */
  public boolean encloses(Box o) {
    return o.x >= x - 1e-9 && o.y >= y - 1e-9 && o.maxX() <= maxX() + 1e-9 && o.maxY() <= maxY() + 1e-9;
  }

  /** The smallest box around both. */
  public Box union(Box o) {
    double nx = Math.min(x, o.x);
    double ny = Math.min(y, o.y);
    return new Box(nx, ny, Math.max(maxX(), o.maxX()) - nx, Math.max(maxY(), o.maxY()) - ny);
  }
}
