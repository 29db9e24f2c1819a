package org.dssamap.analysis.escalation;

/**
 * Why escalation cannot be assessed from a map at all: the map lacks the data, so its unreachable pairs say
 * nothing about the ecosystem and are no finding.
 */
public enum NotAssessableReason {
  /**
   * The map holds no relay: no organization placed in the followed function, external dimension, at the glue or
   * at the core (with the status that counts).
   */
  NO_RELAY("no-relay"),
  /** The map holds relays but no edge: no organization of any of the five regions is placed at the edge. */
  NO_EDGE("no-edge");

  private final String id;

  NotAssessableReason(String id) {
    this.id = id;
  }

  /** The wire form used in the analysis output. */
  public String id() {
    return id;
  }
}
