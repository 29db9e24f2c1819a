package org.dssamap.render.scene;

import static java.util.Objects.requireNonNull;

/**
 * A decorative outline: a ring, a rule, a legend swatch.
 *
 * @param role what it is, for structure in the output ({@code ring}, {@code legend}); a fixed word, never user text
 * @param geometry the outline
 * @param style how it is painted
 */
public record Area(String role, Geometry geometry, Style style) implements SceneNode {
  /** Checks the parts. */
  public Area {
    requireNonNull(role, "role");
    requireNonNull(geometry, "geometry");
    requireNonNull(style, "style");
  }
}
