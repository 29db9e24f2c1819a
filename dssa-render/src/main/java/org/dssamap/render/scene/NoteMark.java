package org.dssamap.render.scene;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.dssamap.model.Cell;

/**
 * The notes of one cell as drawn: a small folded sheet in the cell, with the notes' numbers on it (the numbers of
 * the map's notes on cells, counted from 1 in cell order), or nothing visible when the cell has no room for it.
 * Always present for a cell that has notes, so that the output's structure says so either way.
 *
 * @param cell the cell the notes are about
 * @param first the number of the cell's first note
 * @param count how many notes the cell has, numbered {@code first} on
 * @param tooltip the cell in words and every note's text
 * @param sheet the sheet (a {@link NoteShape}) and its style, if drawn
 * @param label the numbers written on the sheet ({@code 3}, or {@code 3–4} for two notes), if drawn
 */
public record NoteMark(Cell cell, int first, int count, String tooltip, Optional<Area> sheet,
    Optional<TextBlock> label) {
  /** Checks the parts. */
  public NoteMark {
    requireNonNull(cell, "cell");
    checkArgument(first >= 1 && count >= 1, "notes count from 1, got %s and %s", first, count);
    requireNonNull(tooltip, "tooltip");
    requireNonNull(sheet, "sheet");
    requireNonNull(label, "label");
    checkArgument(sheet.isPresent() == label.isPresent(), "a sheet is drawn with its numbers");
    sheet.ifPresent(a -> checkArgument(a.geometry() instanceof NoteShape, "a note's sheet is a NoteShape"));
  }

  /** The number of the cell's last note. */
  public int last() {
    return first + count - 1;
  }

  /** What the sheet says: the first note's number, or the first and last joined by an en dash. */
  public static String numbers(int first, int count) {
    return count == 1 ? Integer.toString(first) : first + "\u2013" + (first + count - 1);
  }

  /** Whether the point lies on the drawn sheet. */
  public boolean hits(double x, double y) {
    return sheet.map(s -> s.geometry().contains(x, y)).orElse(false);
  }
}
