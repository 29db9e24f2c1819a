package org.dssamap.render.scene;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.dssamap.model.Cell;

/**
 * One cell of the map as drawn, with its placements, the notes on it and, when asked for, the intentions about it.
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
 * @param note the notes on the cell, drawn or not; empty when it has none
 * @param intentions the intentions about the cell, drawn or not; empty unless the options ask for intentions.
 *     Never placements: the counts above leave them out
 */
public record CellNode(Cell cell, Geometry outline, Style style, boolean expected, boolean gap, int verified,
    int claimed, int disputed, boolean aggregated, String tooltip, ImmutableList<SceneNode> decorations,
    ImmutableList<PlacementNode> placements, Optional<NoteMark> note, ImmutableList<IntentionNode> intentions)
    implements SceneNode {
  /** Checks the parts. */
  public CellNode {
    requireNonNull(cell, "cell");
    requireNonNull(outline, "outline");
    requireNonNull(style, "style");
    checkArgument(verified >= 0 && claimed >= 0 && disputed >= 0, "negative count");
    requireNonNull(tooltip, "tooltip");
    decorations = ImmutableList.copyOf(decorations);
    placements = ImmutableList.copyOf(placements);
    requireNonNull(note, "note");
    note.ifPresent(n -> checkArgument(n.cell().equals(cell), "the notes of %s on %s", n.cell(), cell));
    intentions = ImmutableList.copyOf(intentions);
  }

  /**
   * A cell without notes or intentions. Kept for compatibility: code that rebuilds a cell uses the {@code with…}
   * methods, which keep every part.
   */
  public CellNode(Cell cell, Geometry outline, Style style, boolean expected, boolean gap, int verified,
      int claimed, int disputed, boolean aggregated, String tooltip, ImmutableList<SceneNode> decorations,
      ImmutableList<PlacementNode> placements) {
    this(cell, outline, style, expected, gap, verified, claimed, disputed, aggregated, tooltip, decorations,
        placements, Optional.empty(), ImmutableList.of());
  }

  /** How many placements the cell holds. */
  public int total() {
    return verified + claimed + disputed;
  }

  /** This cell with other decorations. */
  public CellNode withDecorations(ImmutableList<SceneNode> newDecorations) {
    return new CellNode(cell, outline, style, expected, gap, verified, claimed, disputed, aggregated, tooltip,
        newDecorations, placements, note, intentions);
  }

  /** This cell with its placements as given (their names written, say). */
  public CellNode withPlacements(ImmutableList<PlacementNode> newPlacements) {
    return new CellNode(cell, outline, style, expected, gap, verified, claimed, disputed, aggregated, tooltip,
        decorations, newPlacements, note, intentions);
  }

  /** This cell with its intentions as given. */
  public CellNode withIntentions(ImmutableList<IntentionNode> newIntentions) {
    return new CellNode(cell, outline, style, expected, gap, verified, claimed, disputed, aggregated, tooltip,
        decorations, placements, note, newIntentions);
  }
}
