package org.dssamap.model;

/** How two organizations are linked. */
public enum RelationshipKind {
  /** A client (typically a registry) has a provider (its back-end operator) perform functions for it. */
  OUTSOURCES_TO("outsources-to"),
  /** Membership of an association, as a ccTLD in CENTR. */
  MEMBER_OF("member-of"),
  /** Information flows from one to the other. */
  SHARES_WITH("shares-with"),
  /** The path an incident takes. */
  ESCALATES_TO("escalates-to"),
  /** The two do not share, whatever else holds. Symmetric in effect. */
  DISTRUSTS("distrusts");

  private final String id;

  RelationshipKind(String id) {
    this.id = id;
  }

  /** The wire form used in files and on the command line. */
  public String id() {
    return id;
  }

  /**
   * The kind with the given wire form.
   *
   * @throws IllegalArgumentException naming the accepted values when {@code id} is none of them
   */
  public static RelationshipKind ofId(String id) {
    return Vocabulary.ofId(RelationshipKind.class, id);
  }
}
