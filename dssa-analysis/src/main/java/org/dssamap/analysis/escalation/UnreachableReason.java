package org.dssamap.analysis.escalation;

/** Why an incident cannot travel from one region's edge to another's. */
public enum UnreachableReason {
  /** No organization of the source region does incident response at the edge. */
  NO_EDGE_IN_SOURCE("no-edge-in-source"),
  /** No organization of the target region does incident response at the edge. */
  NO_EDGE_IN_TARGET("no-edge-in-target"),
  /** Both have edges, but no path through glue and core joins them: the fragmented core. */
  NO_PATH("no-path");

  private final String id;

  UnreachableReason(String id) {
    this.id = id;
  }

  /** The wire form used in the analysis output. */
  public String id() {
    return id;
  }
}
