package org.dssamap.model;

/** Whether a placement may leave the working group: restricted placements never reach a public export. */
public enum Confidentiality {
  /** May be published. The default. */
  PUBLIC("public"),
  /** Shared in confidence; left out of anything written for the public. */
  RESTRICTED("restricted");

  private final String id;

  Confidentiality(String id) {
    this.id = id;
  }

  /** The wire form used in files and on the command line. */
  public String id() {
    return id;
  }

  /**
   * The confidentiality with the given wire form.
   *
   * @throws IllegalArgumentException naming the accepted values when {@code id} is none of them
   */
  public static Confidentiality ofId(String id) {
    return Vocabulary.ofId(Confidentiality.class, id);
  }
}
