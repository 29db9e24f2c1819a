package org.dssamap.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * A note or open question attached to one cell: the call's "questions that fell out" of filling in the chart, where
 * they belong. Questions about the whole map are its {@link EcosystemMap#openQuestions()}.
 *
 * @param cell the cell it is about
 * @param text the note; not blank
 */
public record CellNote(Cell cell, String text) {
  /** Checks the parts. */
  public CellNote {
    requireNonNull(cell, "cell");
    requireNonNull(text, "text");
    checkArgument(!text.isBlank(), "a note on %s says something", cell);
  }

  /** A note on {@code cell}. */
  public static CellNote of(Cell cell, String text) {
    return new CellNote(cell, text);
  }

  /** This note on another cell (for a catalog migration). */
  public CellNote withCell(Cell newCell) {
    return new CellNote(newCell, text);
  }
}
