package org.dssamap.render.internal.wheel;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.dssamap.render.scene.AnnularSector;
import org.dssamap.render.scene.Circle;

/**
 * Places non-overlapping dots inside an annular sector: rows along arcs, outermost first, each row's dots
 * spaced by chord so that neighbours never touch, each row centred in its arc.
 */
final class DotPacking {
  private static final double SPACING = 1.5;
  private static final double PADDING = 1.5;

  private DotPacking() {}

  /**
   * The centres of {@code count} dots of radius {@code r} inside {@code sector}, or an empty list when they do not
   * fit.
   */
  static List<Circle> pack(AnnularSector sector, int count, double r) {
    List<List<Circle>> rows = new ArrayList<>();
    double step = 2 * r + SPACING;
    int capacity = 0;
    for (double rho = sector.outerRadius() - PADDING - r; rho >= sector.innerRadius() + PADDING + r - 1e-9;
        rho -= step) {
      if (rho <= 0 || step > 2 * rho) {
        break;
      }
      double margin = Math.asin(Math.min(1, (r + PADDING) / rho));
      double usable = sector.extent() - 2 * margin;
      if (sector.extent() >= 2 * Math.PI - 1e-9) {
        usable = 2 * Math.PI - 2 * Math.asin(Math.min(1, step / (2 * rho)));
        margin = 0;
      }
      if (usable < 0) {
        continue;
      }
      double delta = 2 * Math.asin(step / (2 * rho));
      int n = (int) Math.floor(usable / delta + 1e-9) + 1;
      List<Circle> row = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        row.add(new Circle(0, rho, r));
      }
      rows.add(row);
      capacity += n;
      if (capacity >= count) {
        break;
      }
    }
    if (capacity < count) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Circle> out = ImmutableList.builderWithExpectedSize(count);
    int left = count;
    for (List<Circle> row : rows) {
      int n = Math.min(left, row.size());
      if (n == 0) {
        break;
      }
      double rho = row.get(0).cy();
      double delta = 2 * Math.asin(step / (2 * rho));
      double first = sector.middle() - delta * (n - 1) / 2;
      for (int i = 0; i < n; i++) {
        double a = first + i * delta;
        out.add(new Circle(AnnularSector.x(sector.cx(), rho, a), AnnularSector.y(sector.cy(), rho, a), r));
      }
      left -= n;
    }
    return out.build();
  }
}
