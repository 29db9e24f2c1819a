package org.dssamap.model;

/**
 * How far a placement has been confirmed. Organizations overstate what they do, so only {@link #VERIFIED}
 * counts as proof in the analysis.
 */
public enum Status {
  /** Asserted by desk research or by the organization itself, not yet confirmed. */
  CLAIMED("claimed"),
  /** Confirmed. */
  VERIFIED("verified"),
  /** Challenged by someone else; the placement keeps the challenge. */
  DISPUTED("disputed");

  private final String id;

  Status(String id) {
    this.id = id;
  }

  /** The wire form used in files and on the command line. */
  public String id() {
    return id;
  }

  /**
   * The status with the given wire form.
   *
   * @throws IllegalArgumentException naming the accepted values when {@code id} is none of them
   */
  public static Status ofId(String id) {
    return Vocabulary.ofId(Status.class, id);
  }
}
