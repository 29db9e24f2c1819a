package org.dssamap.render.scene;

import static java.util.Objects.requireNonNull;

import java.awt.Color;
import java.util.Optional;
import org.dssamap.model.Cell;
import org.dssamap.model.IntentionKind;

/**
 * An intention as drawn, never a placement: a part an organization wants to play, drawn as an empty dashed ring
 * where its dot would be, or a part it would give away, drawn as a dashed ring around its dot. Only present when
 * the options ask for intentions; the cell's counts never include it.
 *
 * @param organization the organization's id
 * @param cell the cell the intention is about
 * @param kind wants to do, or would give away
 * @param tooltip a sentence for people: name, what it intends, the cell, date, source, note
 * @param ring the dashed ring, if drawn (not in a cell too full for dots, nor past a table cell's names)
 * @param color the ring's colour: the organization's, darkened as a dot's outline is
 * @param strokeWidth the width of the ring's dashes
 * @param label its name (a wish), or the words {@code would give away} (the table), if written
 */
public record IntentionNode(String organization, Cell cell, IntentionKind kind, String tooltip,
    Optional<DashedRing> ring, Color color, float strokeWidth, Optional<TextBlock> label) {
  /** Checks the parts. */
  public IntentionNode {
    requireNonNull(organization, "organization");
    requireNonNull(cell, "cell");
    requireNonNull(kind, "kind");
    requireNonNull(tooltip, "tooltip");
    requireNonNull(ring, "ring");
    requireNonNull(color, "color");
    requireNonNull(label, "label");
  }

  /** This intention with its name or words written in {@code newLabel}. */
  public IntentionNode withLabel(Optional<TextBlock> newLabel) {
    return new IntentionNode(organization, cell, kind, tooltip, ring, color, strokeWidth, newLabel);
  }

  /** The circle the ring's dashes cover, out to their outer edge, if drawn. */
  public Optional<Circle> extent() {
    return ring.map(r -> new Circle(r.cx(), r.cy(), r.r() + strokeWidth / 2.0));
  }

  /** Whether the point lies on the ring (or inside it) or on the name. */
  public boolean hits(double x, double y) {
    return extent().map(c -> c.contains(x, y)).orElse(false)
        || label.map(l -> l.bounds().contains(x, y)).orElse(false);
  }

  /** The area that answers to the pointer: the ring and the name, if any. */
  public Optional<Box> hitBounds() {
    Optional<Box> r = extent().map(Circle::bounds);
    Optional<Box> l = label.map(TextBlock::bounds);
    if (r.isPresent() && l.isPresent()) {
      return Optional.of(r.get().union(l.get()));
    }
    return r.isPresent() ? r : l;
  }
}
