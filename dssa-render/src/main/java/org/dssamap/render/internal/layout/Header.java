package org.dssamap.render.internal.layout;

import com.google.common.collect.ImmutableList;
import org.dssamap.render.options.Theme;
import org.dssamap.render.scene.SceneNode;
import org.dssamap.render.scene.TextBlock;

/** Lays out the title and the line under it (date, counts, catalog) across the top of a drawing. */
public final class Header {
  private Header() {}

  /** The header of {@code content} from {@code (x, y)}, at most {@code width} wide. */
  public static Legend.Laid layout(MapContent content, double x, double y, double width) {
    Theme t = content.theme();
    Text.Placed title = Text.place(Text.wrap(content.title(), t.titleFont(), width, 3), t.titleFont(), x, y,
        Text.Align.START);
    Text.Placed sub = Text.place(Text.wrap(content.subtitle(), t.textFont(), width, 3), t.textFont(), x,
        title.bounds().maxY() + 4, Text.Align.START);
    ImmutableList<SceneNode> nodes = ImmutableList.of(
        TextBlock.of("title", title.lines(), t.titleFont(), t.ink(), title.bounds()),
        TextBlock.of("subtitle", sub.lines(), t.textFont(), t.mutedInk(), sub.bounds()));
    return new Legend.Laid(nodes, sub.bounds().maxY());
  }
}
