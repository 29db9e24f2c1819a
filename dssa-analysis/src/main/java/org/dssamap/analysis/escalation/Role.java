package org.dssamap.analysis.escalation;

/** The part an organization plays on an escalation path. */
public enum Role {
  /** Where the incident starts or ends: an organization of a region, at the edge, that does incident response. */
  EDGE("edge"),
  /** A sharing or coordination body that does incident response for others (external) at the glue. */
  GLUE("glue"),
  /** A central body that does incident response for others (external) at the core. */
  CORE("core");

  private final String id;

  Role(String id) {
    this.id = id;
  }

  /** The wire form used in the analysis output. */
  public String id() {
    return id;
  }
}
