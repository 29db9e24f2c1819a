package org.dssamap.render.swing;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.dssamap.model.Cell;

/**
 * What the user picked on a map component: nothing, a cell, or an organization's placement in a cell.
 *
 * @param cell the cell picked, or the cell of the placement picked
 * @param organization the organization whose placement was picked, if a placement was picked
 */
public record MapSelection(Optional<Cell> cell, Optional<String> organization) {
  /** Nothing picked. */
  public static final MapSelection NONE = new MapSelection(Optional.empty(), Optional.empty());

  /** Checks the parts: an organization is picked only with its cell. */
  public MapSelection {
    requireNonNull(cell, "cell");
    requireNonNull(organization, "organization");
    if (organization.isPresent() && cell.isEmpty()) {
      throw new IllegalArgumentException("a picked placement names its cell");
    }
  }

  /** A cell picked. */
  public static MapSelection ofCell(Cell cell) {
    return new MapSelection(Optional.of(cell), Optional.empty());
  }

  /** An organization's placement picked. */
  public static MapSelection ofPlacement(String organization, Cell cell) {
    return new MapSelection(Optional.of(cell), Optional.of(organization));
  }

  /** Whether nothing is picked. */
  public boolean isEmpty() {
    return cell.isEmpty();
  }
}
