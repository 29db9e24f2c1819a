package org.dssamap.render.scene;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.awt.Color;
import java.util.Optional;

/**
 * How an outline is painted.
 *
 * @param fill the inside colour, if filled
 * @param stroke the outline colour, if stroked
 * @param strokeWidth the outline width
 * @param dashed whether the outline is dashed
 * @param hatch the colour of diagonal hatching over the fill, if hatched
 */
public record Style(Optional<Color> fill, Optional<Color> stroke, float strokeWidth, boolean dashed,
    Optional<Color> hatch) {
  /** Checks the parts. */
  public Style {
    requireNonNull(fill, "fill");
    requireNonNull(stroke, "stroke");
    requireNonNull(hatch, "hatch");
    checkArgument(strokeWidth >= 0, "negative stroke width");
  }

  /** Filled, not stroked. */
  public static Style fill(Color fill) {
    return new Style(Optional.of(fill), Optional.empty(), 0, false, Optional.empty());
  }

  /** Stroked, not filled. */
  public static Style stroke(Color stroke, float width) {
    return new Style(Optional.empty(), Optional.of(stroke), width, false, Optional.empty());
  }

  /** Filled and stroked. */
  public static Style of(Color fill, Color stroke, float width) {
    return new Style(Optional.of(fill), Optional.of(stroke), width, false, Optional.empty());
  }

  /** This style with dashes. */
  public Style withDashes() {
    return new Style(fill, stroke, strokeWidth, true, hatch);
  }

  /** This style hatched in {@code color}. */
  public Style hatched(Color color) {
    return new Style(fill, stroke, strokeWidth, dashed, Optional.of(color));
  }
}
