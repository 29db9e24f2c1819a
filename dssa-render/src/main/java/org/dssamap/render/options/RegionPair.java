package org.dssamap.render.options;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.dssamap.model.Region;

/**
 * An ordered pair of two different regions, neither {@link Region#GLOBAL}: the ends of an escalation path, from
 * one region's edge to the other's.
 *
 * @param from where the incident starts
 * @param to where it must arrive
 */
public record RegionPair(Region from, Region to) {
  /** Checks the pair. */
  public RegionPair {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    checkArgument(from != to, "an escalation path joins two different regions, got %s twice", from.id());
    checkArgument(from != Region.GLOBAL && to != Region.GLOBAL,
        "an escalation path joins two regions' edges; global is no region's edge");
  }

  /** The pair in words: "Asia-Pacific → North America". */
  public String displayName() {
    return from.displayName() + " \u2192 " + to.displayName();
  }
}
