package org.dssamap.render.scene;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.dssamap.model.Cell;
import org.dssamap.model.Status;

/**
 * One placement of the map as drawn: a dot (wheel), a dot and a name (table), or nothing visible when its cell
 * shows an aggregate. It is always present, so that every placement reaches the output's structure.
 *
 * @param organization the organization's id
 * @param cell where it is placed
 * @param status its status
 * @param tooltip a sentence for people: name, status, kind, region, note
 * @param marker its dot, if drawn
 * @param label its name, if written
 */
public record PlacementNode(String organization, Cell cell, Status status, String tooltip, Optional<Marker> marker,
    Optional<TextBlock> label) {
  /** Checks the parts. */
  public PlacementNode {
    requireNonNull(organization, "organization");
    requireNonNull(cell, "cell");
    requireNonNull(status, "status");
    requireNonNull(tooltip, "tooltip");
    requireNonNull(marker, "marker");
    requireNonNull(label, "label");
  }

  /** The area that answers to the pointer: the dot and the name, if any. */
  public Optional<Box> hitBounds() {
    Optional<Box> dot = marker.map(m -> m.circle().bounds());
    Optional<Box> text = label.map(TextBlock::bounds);
    if (dot.isPresent() && text.isPresent()) {
      return Optional.of(dot.get().union(text.get()));
    }
    return dot.isPresent() ? dot : text;
  }

  /** Whether the point hits the dot or the name. */
  public boolean hits(double x, double y) {
    return marker.map(m -> m.circle().contains(x, y)).orElse(false)
        || label.map(l -> l.bounds().contains(x, y)).orElse(false);
  }
}
