package org.dssamap.render.scene;

import static java.util.Objects.requireNonNull;

/**
 * One line of text, placed by the layout.
 *
 * @param text what it says, already cleaned for display
 * @param x where the line starts
 * @param baseline the y of its baseline
 */
public record TextLine(String text, double x, double baseline) {
  /** Checks the text. */
  public TextLine {
    requireNonNull(text, "text");
  }
}
