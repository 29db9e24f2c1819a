package org.dssamap.render.scene;

import static com.google.common.base.Preconditions.checkArgument;

import java.awt.Shape;
import java.awt.geom.Arc2D;
import java.awt.geom.Path2D;

/**
 * A piece of a ring between two radii and two angles. Angles are in radians, measured clockwise from twelve
 * o'clock, so that the wheel reads like a clock face: the point at angle {@code a} and radius {@code r} is
 * {@code (cx + r sin a, cy - r cos a)}.
 *
 * @param cx the centre's x
 * @param cy the centre's y
 * @param innerRadius zero for a pie slice
 * @param outerRadius greater than the inner radius
 * @param start the first angle
 * @param extent the angle swept clockwise, more than 0 and at most 2&pi;
 */
public record AnnularSector(double cx, double cy, double innerRadius, double outerRadius, double start, double extent)
    implements Geometry {
  private static final double TAU = 2 * Math.PI;

  /** Checks radii and angles. */
  public AnnularSector {
    checkArgument(innerRadius >= 0 && outerRadius > innerRadius, "bad radii %s..%s", innerRadius, outerRadius);
    checkArgument(extent > 0 && extent <= TAU + 1e-9, "bad extent %s", extent);
  }

  /** The x of the point at angle {@code a}, radius {@code r}. */
  public static double x(double cx, double r, double a) {
    return cx + r * Math.sin(a);
  }

  /** The y of the point at angle {@code a}, radius {@code r}. */
  public static double y(double cy, double r, double a) {
    return cy - r * Math.cos(a);
  }

  /** The last angle. */
  public double end() {
    return start + extent;
  }

  /** The angle halfway through. */
  public double middle() {
    return start + extent / 2;
  }

  @Override
  public Shape toShape() {
    double startDeg = 90 - Math.toDegrees(start);
    double extentDeg = -Math.toDegrees(extent);
    Path2D.Double path = new Path2D.Double();
    path.append(new Arc2D.Double(cx - outerRadius, cy - outerRadius, 2 * outerRadius, 2 * outerRadius,
        startDeg, extentDeg, Arc2D.OPEN), false);
    if (innerRadius > 0) {
      path.append(new Arc2D.Double(cx - innerRadius, cy - innerRadius, 2 * innerRadius, 2 * innerRadius,
          startDeg + extentDeg, -extentDeg, Arc2D.OPEN), true);
    } else {
      path.lineTo(cx, cy);
    }
    path.closePath();
    return path;
  }

  @Override
  public boolean contains(double px, double py) {
    double dx = px - cx;
    double dy = py - cy;
    double d2 = dx * dx + dy * dy;
    if (d2 < innerRadius * innerRadius || d2 > outerRadius * outerRadius) {
      return false;
    }
    return containsAngle(Math.atan2(dx, -dy));
  }

  /** Whether the clockwise angle {@code a} (any turn) falls within this sector's angles. */
  public boolean containsAngle(double a) {
    double offset = ((a - start) % TAU + TAU) % TAU;
    return offset <= extent + 1e-12 || extent >= TAU - 1e-12;
  }

  /** Whether the whole circle lies inside this sector. */
  public boolean encloses(Circle c) {
    double dx = c.cx() - cx;
    double dy = c.cy() - cy;
    double d = Math.sqrt(dx * dx + dy * dy);
    if (d - c.r() < innerRadius - 1e-6 || d + c.r() > outerRadius + 1e-6) {
      return false;
    }
    if (extent >= TAU - 1e-12) {
      return true;
    }
    double a = Math.atan2(dx, -dy);
    if (!containsAngle(a)) {
      return false;
    }
    double fromStart = ((a - start) % TAU + TAU) % TAU;
    double toEnd = extent - fromStart;
    // distance from the centre to each straight edge (ray) must be at least the radius
    return edgeDistance(d, fromStart) >= c.r() - 1e-6 && edgeDistance(d, toEnd) >= c.r() - 1e-6;
  }

  private static double edgeDistance(double d, double angle) {
    return angle >= Math.PI / 2 ? d : d * Math.sin(angle);
  }

  @Override
  public Box bounds() {
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    double[] angles = new double[8];
    int n = 0;
    angles[n++] = start;
    angles[n++] = end();
    for (int k = 0; k < 4; k++) {
      double axis = k * Math.PI / 2;
      double offset = ((axis - start) % TAU + TAU) % TAU;
      if (offset <= extent) {
        angles[n++] = start + offset;
      }
    }
    for (int i = 0; i < n; i++) {
      for (double r : new double[] {innerRadius, outerRadius}) {
        double px = x(cx, r, angles[i]);
        double py = y(cy, r, angles[i]);
        minX = Math.min(minX, px);
        minY = Math.min(minY, py);
        maxX = Math.max(maxX, px);
        maxY = Math.max(maxY, py);
      }
    }
    return new Box(minX, minY, maxX - minX, maxY - minY);
  }
}
