package org.dssamap.render.scene;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.dssamap.model.Cell;

/**
 * One cell of the map as drawn, with its placements.
 *
 * @param cell which cell
 * @param outline its outline: an annular sector (wheel) or a box (table)
 * @param style how the outline is painted
 * @param expected whether someone should do the function there
 * @param gap whether the cell is a gap
 * @param verified how many verified placements it holds (after filters)
 * @param claimed how many claimed placements
 * @param disputed how many disputed placements
 * @param aggregated whether the cell is too full for dots and shows an aggregate mark instead
 * @param tooltip a sentence for people: function, dimension, layer, counts
 * @param decorations what is drawn over the cell before its placements: counts, the aggregate mark
 * @param placements its placements, drawn or not
 */
public record CellNode(Cell cell, Geometry outline, Style style, boolean expected, boolean gap, int verified,
    int claimed, int disputed, boolean aggregated, String tooltip, ImmutableList<SceneNode> decorations,
    ImmutableList<PlacementNode> placements) implements SceneNode {
  /** Checks the parts. */
  public CellNode {
    requireNonNull(cell, "cell");
    requireNonNull(outline, "outline");
    requireNonNull(style, "style");
    checkArgument(verified >= 0 && claimed >= 0 && disputed >= 0, "negative count");
    requireNonNull(tooltip, "tooltip");
    decorations = ImmutableList.copyOf(decorations);
    placements = ImmutableList.copyOf(placements);
  }

  /** How many placements the cell holds. */
  public int total() {
    return verified + claimed + disputed;
  }
}
