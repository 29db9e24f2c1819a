package org.dssamap.analysis.survey;

/** What became of one answer. */
public enum Outcome {
  /** The map changed: a placement was verified, added, removed or disputed. */
  APPLIED("applied"),
  /**
   * The answer was taken into account and the placement's status rightly stays as it is (the log says why); a
   * review or a dispute's answer may still be recorded on it.
   */
  UNCHANGED("unchanged"),
  /** A wish (want to do, give away), kept in the map as an intention and in the result's wishes. */
  RECORDED("recorded"),
  /** The answer could not be applied: unknown cell, nothing to confirm, contradictory answers. */
  REJECTED("rejected");

  private final String id;

  Outcome(String id) {
    this.id = id;
  }

  /** The wire form used in the change log. */
  public String id() {
    return id;
  }
}
