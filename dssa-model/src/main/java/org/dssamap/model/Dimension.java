package org.dssamap.model;

/** Whether a function is done by an organization for itself or for others. */
public enum Dimension {
  /** Done for the organization itself: quality assurance, its own incident response. */
  INTERNAL("internal", "Internal"),
  /** Done for others: external compliance monitoring, incident response for the community. */
  EXTERNAL("external", "External");

  private final String id;
  private final String displayName;

  Dimension(String id, String displayName) {
    this.id = id;
    this.displayName = displayName;
  }

  /** The wire form used in files and on the command line. */
  public String id() {
    return id;
  }

  /** A capitalised name for people. */
  public String displayName() {
    return displayName;
  }

  /**
   * The dimension with the given wire form.
   *
   * @throws IllegalArgumentException naming the accepted values when {@code id} is none of them
   */
  public static Dimension ofId(String id) {
    return Vocabulary.ofId(Dimension.class, id);
  }
}
