package org.dssamap.analysis.survey;

/** What became of one answer. */
public enum Outcome {
  /** The map changed: a placement was verified, added, removed or disputed. */
  APPLIED("applied"),
  /** The answer was taken into account and the map rightly stays as it is (the log says why). */
  UNCHANGED("unchanged"),
  /** A wish (want to do, give away), recorded in the result's wishes; no placement changes. */
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
