package org.dssamap.analysis.escalation;

/**
 * Why an incident cannot travel from one region's edge to another's: the first missing layer, in the order of the
 * constants' documentation below (not their declaration order, which keeps the older constants' positions).
 */
public enum UnreachableReason {
  /** First: no organization of the source region is placed at the edge in the followed function. */
  NO_EDGE_IN_SOURCE("no-edge-in-source"),
  /** Second: no organization of the target region is placed at the edge in the followed function. */
  NO_EDGE_IN_TARGET("no-edge-in-target"),
  /**
   * Last: every layer is there, no distrust is in the way, and still no chain of links joins them: relays that
   * exist but are not linked (the "fragmented core").
   */
  NO_PATH("no-path"),
  /**
   * Fourth: no edge organization of the source region, or none of the target region, has an incident channel to
   * an organization doing the function for others at the glue.
   */
  NO_RELAY_AT_GLUE("no-relay-at-glue"),
  /** Third: the map holds no organization doing the function for others at the core, for any region. */
  NO_RELAY_AT_CORE("no-relay-at-core"),
  /**
   * Fifth: the pair would be reachable if no {@code distrusts} relationship held, and is not because of one (two
   * linked organizations that distrust each other, or a source edge that distrusts a relay or the target edge).
   */
  DISTRUST("distrust");

  private final String id;

  UnreachableReason(String id) {
    this.id = id;
  }

  /** The wire form used in the analysis output. */
  public String id() {
    return id;
  }
}
