package org.dssamap.render.internal.layout;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dssamap.model.Cell;
import org.dssamap.render.options.Theme;
import org.dssamap.render.scene.CellNode;
import org.dssamap.render.scene.SceneNode;
import org.dssamap.render.scene.TextBlock;

/**
 * The list of the notes on the cells drawn, beside the legend, so that a printed picture says what each numbered
 * sheet on it is about: a sheet with the note's number, then the cell and the note, at most {@value #LINES} lines
 * (the whole text is in the sheet's tooltip and in the report). Questions about the whole map (its open questions)
 * are not listed here: they are long, and the report lists them.
 */
public final class NoteList {
  /** The most lines a note takes in the list; a longer one ends in an ellipsis. */
  static final int LINES = 3;

  private NoteList() {}

  /** The cells among {@code nodes} whose notes have no sheet on the picture: no room. */
  public static Set<Cell> unmarked(List<? extends SceneNode> nodes) {
    Set<Cell> out = new java.util.HashSet<>();
    for (SceneNode node : nodes) {
      if (node instanceof CellNode c) {
        c.note().filter(n -> n.sheet().isEmpty()).ifPresent(n -> out.add(c.cell()));
      }
    }
    return out;
  }

  /**
   * The list at {@code (x, y)}, {@code width} wide; a note on a cell in {@code unmarked} (no room for its sheet on
   * the picture) says so.
   */
  public static Legend.Laid layout(MapContent content, Set<Cell> unmarked, double x, double y, double width) {
    Theme t = content.theme();
    List<SceneNode> nodes = new ArrayList<>();
    Text.Placed heading = Text.place(Text.wrap("Notes on cells", t.labelFont(), width, 2), t.labelFont(), x, y,
        Text.Align.START);
    nodes.add(TextBlock.of("note-list", heading.lines(), t.labelFont(), t.ink(), heading.bounds()));
    double top = heading.bounds().maxY() + 3;
    // one column of sheets, as wide as the widest number, the notes beside it
    List<MapContent.NumberedNote> notes = content.drawnNotes();
    double column = notes.stream().mapToDouble(n -> content.sheetSize(Integer.toString(n.number()))[0]).max()
        .orElse(0);
    for (MapContent.NumberedNote n : notes) {
      String number = Integer.toString(n.number());
      MapContent.NoteSheet sheet = content.sheet(number, x, top + 1);
      nodes.add(sheet.sheet());
      nodes.add(sheet.label());
      Cell cell = n.note().cell();
      String text = content.cellName(cell) + (unmarked.contains(cell) ? " (no room for its sheet)" : "") + ": "
          + Text.clean(n.note().text());
      double left = x + column + 6;
      Text.Placed p = Text.place(Text.wrap(text, t.smallFont(), x + width - left, LINES), t.smallFont(), left, top,
          Text.Align.START);
      nodes.add(TextBlock.of("note-list", p.lines(), t.smallFont(), t.ink(), p.bounds()));
      top = Math.max(p.bounds().maxY(), sheet.sheet().geometry().bounds().maxY()) + 3;
    }
    return new Legend.Laid(ImmutableList.copyOf(nodes), top);
  }
}
