package org.dssamap.render.scene;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.awt.Color;
import java.util.stream.Stream;

/**
 * A laid-out drawing: plain geometry, style and the meaning of each element, ready for the one {@link
 * ScenePainter} to paint into any {@code Graphics2D}.
 *
 * @param width the canvas width in pixels at scale 1
 * @param height the canvas height
 * @param background the paper colour
 * @param accent the colour of highlights and selections
 * @param title the drawing's title, for the output's accessible name
 * @param description what the drawing shows, in a sentence or two, for the output's accessible description
 * @param nodes what to paint, in order
 */
public record Scene(double width, double height, Color background, Color accent, String title, String description,
    ImmutableList<SceneNode> nodes) {
  /** Checks the parts. */
  public Scene {
    checkArgument(width > 0 && height > 0, "empty canvas %s x %s", width, height);
    requireNonNull(background, "background");
    requireNonNull(accent, "accent");
    requireNonNull(title, "title");
    requireNonNull(description, "description");
    nodes = ImmutableList.copyOf(nodes);
  }

  /** The canvas as a box. */
  public Box canvas() {
    return new Box(0, 0, width, height);
  }

  /** The cells, in paint order. */
  public Stream<CellNode> cells() {
    return nodes.stream().filter(CellNode.class::isInstance).map(CellNode.class::cast);
  }

  /** Every placement, in paint order. */
  public Stream<PlacementNode> placements() {
    return cells().flatMap(c -> c.placements().stream());
  }

  /** Every intention drawn apart from the placements (only when the options ask for them), in paint order. */
  public Stream<IntentionNode> intentions() {
    return cells().flatMap(c -> c.intentions().stream());
  }

  /** The notes of every cell that has notes, in paint order. */
  public Stream<NoteMark> notes() {
    return cells().flatMap(c -> c.note().stream());
  }

  /**
   * Every label, including those inside cells, placements and intentions and the numbers on notes, in paint
   * order.
   */
  public Stream<TextBlock> labels() {
    return nodes.stream().flatMap(n -> {
      if (n instanceof TextBlock l) {
        return Stream.of(l);
      }
      if (n instanceof CellNode c) {
        return Stream.of(
            c.decorations().stream().filter(TextBlock.class::isInstance).map(TextBlock.class::cast),
            c.placements().stream().flatMap(p -> p.label().stream()),
            c.intentions().stream().flatMap(i -> i.label().stream()),
            c.note().stream().flatMap(m -> m.label().stream())).flatMap(s -> s);
      }
      return Stream.empty();
    });
  }
}
