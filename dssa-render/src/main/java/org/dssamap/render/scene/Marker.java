package org.dssamap.render.scene;

import static java.util.Objects.requireNonNull;

import java.awt.Color;
import java.util.Optional;

/**
 * The dot of a placement: solid when verified, hollow when claimed, hollow and crossed when disputed.
 *
 * @param circle where
 * @param fill the inside, when solid; hollow dots are filled with the paper colour
 * @param stroke the outline colour
 * @param cross whether a cross is drawn through it
 */
public record Marker(Circle circle, Optional<Color> fill, Color stroke, boolean cross) {
  /** Checks the parts. */
  public Marker {
    requireNonNull(circle, "circle");
    requireNonNull(fill, "fill");
    requireNonNull(stroke, "stroke");
  }
}
