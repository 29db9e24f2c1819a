package org.dssamap.model;

/** What an organization intends for a cell: the survey's "what would you want to do" and "what would you give away". */
public enum IntentionKind {
  /** It wants to play a part it does not play today. */
  WANTS_TO_DO("wants-to-do"),
  /** It would give away a part it plays today. */
  WOULD_GIVE_AWAY("would-give-away");

  private final String id;

  IntentionKind(String id) {
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
  public static IntentionKind ofId(String id) {
    return Vocabulary.ofId(IntentionKind.class, id);
  }
}
