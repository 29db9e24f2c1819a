package org.dssamap.render.scene;

import java.awt.Shape;
import java.awt.geom.QuadCurve2D;

/**
 * A quadratic curve from {@code (x1, y1)} to {@code (x2, y2)}, pulled toward {@code (ctrlX, ctrlY)}.
 *
 * @param x1 where it starts
 * @param y1 where it starts
 * @param ctrlX the control point
 * @param ctrlY the control point
 * @param x2 where it ends
 * @param y2 where it ends
 */
public record Curve(double x1, double y1, double ctrlX, double ctrlY, double x2, double y2) implements Geometry {
  @Override
  public Shape toShape() {
    return new QuadCurve2D.Double(x1, y1, ctrlX, ctrlY, x2, y2);
  }

  /** A curve has no inside: no point lies in it. */
  @Override
  public boolean contains(double x, double y) {
    return false;
  }

  @Override
  public Box bounds() {
    double minX = Math.min(x1, Math.min(ctrlX, x2));
    double minY = Math.min(y1, Math.min(ctrlY, y2));
    return new Box(minX, minY, Math.max(x1, Math.max(ctrlX, x2)) - minX, Math.max(y1, Math.max(ctrlY, y2)) - minY);
  }

  /** The point at {@code t} (0 at the start, 1 at the end). */
  public double[] at(double t) {
    double u = 1 - t;
    return new double[] {u * u * x1 + 2 * u * t * ctrlX + t * t * x2, u * u * y1 + 2 * u * t * ctrlY + t * t * y2};
  }
}
