package org.dssamap.render.scene;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class AnnularSectorTest {
  private static Gen<AnnularSector> sectors() {
    Gen<Double> radius = SourceDSL.doubles().between(0, 300);
    Gen<Double> angle = SourceDSL.doubles().between(-7, 7);
    Gen<Double> extent = SourceDSL.doubles().between(0.01, 2 * Math.PI);
    return radius.zip(SourceDSL.doubles().between(1, 200), angle, extent,
        (inner, thickness, start, ext) -> new AnnularSector(400, 300, inner, inner + thickness, start, ext));
  }

  @Test
  void boundsHoldEveryPointTheSectorContains() {
    qt().forAll(sectors(), SourceDSL.doubles().between(0, 800), SourceDSL.doubles().between(0, 600))
        .checkAssert((s, x, y) -> {
          if (s.contains(x, y)) {
            Box b = s.bounds();
            assertTrue(new Box(b.x() - 1e-6, b.y() - 1e-6, b.width() + 2e-6, b.height() + 2e-6).contains(x, y),
                () -> s + " contains " + x + "," + y + " outside its bounds " + b);
          }
        });
  }

  @Test
  void anEnclosedCircleHasEveryPointOfItsRimInside() {
    qt().forAll(sectors(), SourceDSL.doubles().between(0, 1), SourceDSL.doubles().between(0, 1),
        SourceDSL.doubles().between(0.5, 12)).checkAssert((s, u, v, r) -> {
          double rho = s.innerRadius() + u * (s.outerRadius() - s.innerRadius());
          double a = s.start() + v * s.extent();
          Circle c = new Circle(AnnularSector.x(s.cx(), rho, a), AnnularSector.y(s.cy(), rho, a), r);
          if (s.encloses(c)) {
            for (int k = 0; k < 32; k++) {
              double t = k * Math.PI / 16;
              // a hair inside the rim, so that rounding on the boundary does not count
              double px = c.cx() + (r - 1e-3) * Math.cos(t);
              double py = c.cy() + (r - 1e-3) * Math.sin(t);
              assertTrue(s.contains(px, py), () -> c + " is said to be inside " + s);
            }
          }
        });
  }
}
