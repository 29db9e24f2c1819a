package org.dssamap.render.scene;

import java.awt.Shape;
import java.awt.geom.Line2D;

/**
 * A straight line from one point to another; it contains no area.
 *
 * @param x1 start x
 * @param y1 start y
 * @param x2 end x
 * @param y2 end y
 */
public record Segment(double x1, double y1, double x2, double y2) implements Geometry {
  @Override
  public Shape toShape() {
    return new Line2D.Double(x1, y1, x2, y2);
  }

  @Override
  public boolean contains(double x, double y) {
    return false;
  }

  @Override
  public Box bounds() {
    return new Box(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1));
  }
}
