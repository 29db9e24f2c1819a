package org.dssamap.model;

import static java.util.Objects.requireNonNull;

/**
 * One cell of the map: a function, done internally or externally, at one layer. Organizations are placed in
 * cells; the wheel draws a cell as a piece of a sector within a ring, the table as a table cell.
 *
 * @param function the id of a function of the map's catalog
 * @param dimension for the organization itself or for others
 * @param layer edge, glue or core
 */
public record Cell(String function, Dimension dimension, Layer layer) {
  /** Checks the parts. */
  public Cell {
    Ids.requireSlug(requireNonNull(function, "function"), "function id");
    requireNonNull(dimension, "dimension");
    requireNonNull(layer, "layer");
  }

  /** The cell of {@code function} at {@code layer} in {@code dimension}. */
  public static Cell of(String function, Dimension dimension, Layer layer) {
    return new Cell(function, dimension, layer);
  }

  /** A short label such as {@code incident-response/external/core}. */
  @Override
  public String toString() {
    return function + "/" + dimension.id() + "/" + layer.id();
  }
}
