package org.dssamap.model;

/**
 * What a review of a placement found: the answer to "have we got you right?", a challenge, or the working group's
 * decision on one.
 */
public enum ReviewOutcome {
  /** The placement is right, as confirmed by the organization or by another party. */
  CONFIRMED("confirmed"),
  /** The placement was corrected: added, moved or changed by what the reviewer said. */
  CORRECTED("corrected"),
  /** The reviewer challenged the placement. */
  DISPUTED("disputed"),
  /** The disputed organization answered a challenge. */
  ANSWERED("answered"),
  /** Whoever decides settled a dispute: the placement is verified, or it was withdrawn. */
  SETTLED("settled");

  private final String id;

  ReviewOutcome(String id) {
    this.id = id;
  }

  /** The wire form used in files and on the command line. */
  public String id() {
    return id;
  }

  /**
   * The outcome with the given wire form.
   *
   * @throws IllegalArgumentException naming the accepted values when {@code id} is none of them
   */
  public static ReviewOutcome ofId(String id) {
    return Vocabulary.ofId(ReviewOutcome.class, id);
  }
}
