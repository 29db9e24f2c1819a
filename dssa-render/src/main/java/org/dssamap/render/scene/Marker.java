package org.dssamap.render.scene;

import static java.util.Objects.requireNonNull;

import java.awt.Color;
import java.util.Optional;

/**
 * The dot of a placement: solid when verified, half filled when claimed, hollow and crossed when disputed.
 *
 * @param circle where
 * @param fill the inside, when solid or half filled; hollow dots are filled with the paper colour
 * @param stroke the outline colour
 * @param cross whether a cross is drawn through it
 * @param half whether the fill covers only the lower half, the upper half left in the paper colour
 */
public record Marker(Circle circle, Optional<Color> fill, Color stroke, boolean cross, boolean half) {
  /** Checks the parts. */
  public Marker {
    requireNonNull(circle, "circle");
    requireNonNull(fill, "fill");
    requireNonNull(stroke, "stroke");
  }

  /** A dot filled whole (or hollow). */
  public Marker(Circle circle, Optional<Color> fill, Color stroke, boolean cross) {
    this(circle, fill, stroke, cross, false);
  }

  /**
   * The outline width: two sevenths of the radius, at least one pixel, in whole quarter pixels, so that it is
   * exact as a {@code float} and short in SVG ({@code 1.5}, not {@code 1.5714285373687744}).
   */
  public float strokeWidth() {
    return quarters(Math.max(1.0, circle.r() / 3.5));
  }

  /** The width of the cross's lines: four fifths of the outline, at least one pixel, in whole quarter pixels. */
  public float crossWidth() {
    return quarters(Math.max(1.0, strokeWidth() * 0.8));
  }

  private static float quarters(double width) {
    return (float) (Math.round(width * 4) / 4.0);
  }
}
