package org.dssamap.render.scene;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.dssamap.model.Cell;

/**
 * What the painter rings in the accent colour: organizations across every cell, and one selected cell.
 * Emphasis is applied at paint time, so that a selection on screen does not lay the map out again.
 *
 * @param organizations the ids of organizations whose dots are ringed
 * @param cell the selected cell, if any
 */
public record Emphasis(ImmutableSet<String> organizations, Optional<Cell> cell) {
  /** Nothing emphasised. */
  public static final Emphasis NONE = new Emphasis(ImmutableSet.of(), Optional.empty());

  /** Checks the parts. */
  public Emphasis {
    organizations = ImmutableSet.copyOf(organizations);
    requireNonNull(cell, "cell");
  }

  /** One organization ringed. */
  public static Emphasis organization(String id) {
    return new Emphasis(ImmutableSet.of(id), Optional.empty());
  }

  /** One cell selected. */
  public static Emphasis cell(Cell cell) {
    return new Emphasis(ImmutableSet.of(), Optional.of(cell));
  }
}
