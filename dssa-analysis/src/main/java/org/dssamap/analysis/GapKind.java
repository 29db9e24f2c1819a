package org.dssamap.analysis;

/** Why an expected cell is a gap. */
public enum GapKind {
  /** Nobody is placed there at all. */
  UNCOVERED("uncovered"),
  /** Someone claims it, or a challenged placement is there, but nobody is verified: a claim is never proof. */
  UNVERIFIED("unverified");

  private final String id;

  GapKind(String id) {
    this.id = id;
  }

  /** The wire form used in the analysis output. */
  public String id() {
    return id;
  }
}
