package org.dssamap.render.scene;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.awt.Color;

/**
 * Lines of text set in one font, optionally turned about a pivot (the spine of the wheel reads bottom to top).
 *
 * @param role what it is ({@code title}, {@code function}, {@code count}, {@code legend}); a fixed word
 * @param lines the lines, placed in the unturned frame
 * @param font the font
 * @param color the colour
 * @param rotation radians, applied about the pivot; 0 for horizontal text
 * @param pivotX the x the text turns about
 * @param pivotY the y the text turns about
 * @param bounds the box the text covers in the scene, after turning
 */
public record TextBlock(String role, ImmutableList<TextLine> lines, FontSpec font, Color color, double rotation,
    double pivotX, double pivotY, Box bounds) implements SceneNode {
  /** Checks the parts. */
  public TextBlock {
    requireNonNull(role, "role");
    lines = ImmutableList.copyOf(lines);
    requireNonNull(font, "font");
    requireNonNull(color, "color");
    requireNonNull(bounds, "bounds");
  }

  /** Horizontal text. */
  public static TextBlock of(String role, ImmutableList<TextLine> lines, FontSpec font, Color color, Box bounds) {
    return new TextBlock(role, lines, font, color, 0, 0, 0, bounds);
  }

  /** The text of all lines, joined with spaces. */
  public String text() {
    return String.join(" ", lines.stream().map(TextLine::text).toList());
  }
}
