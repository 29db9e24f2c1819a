package org.dssamap.model;

/** Where a placement comes from (the {@code source} field of a placement). */
public enum EvidenceSource {
  /** The working group's own desk research. */
  DESK_RESEARCH("desk-research"),
  /** The organization said so itself. */
  SELF_REPORTED("self-reported"),
  /** Another organization said so. */
  PEER_REPORTED("peer-reported");

  private final String id;

  EvidenceSource(String id) {
    this.id = id;
  }

  /** The wire form used in files and on the command line. */
  public String id() {
    return id;
  }

  /**
   * The source with the given wire form.
   *
   * @throws IllegalArgumentException naming the accepted values when {@code id} is none of them
   */
  public static EvidenceSource ofId(String id) {
    return Vocabulary.ofId(EvidenceSource.class, id);
  }
}
