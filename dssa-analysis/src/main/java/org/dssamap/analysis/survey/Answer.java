package org.dssamap.analysis.survey;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * An organization's answer about one cell. The working group's survey asked what part you play today, what part
 * you want to play, and what you would give away.
 */
public enum Answer {
  /** "Yes, we do that": the map has it right. */
  CONFIRM("confirm"),
  /** "No, we don't do that." */
  DENY("deny"),
  /** "We also do this", where the map does not place us. */
  ADD("add"),
  /** "We want to do this": a wish, not a placement. */
  WANT_TO_DO("want-to-do"),
  /** "We would give this away": a wish, not a placement. */
  GIVE_AWAY("give-away");

  private final String id;

  Answer(String id) {
    this.id = id;
  }

  /** The wire form used in response files. */
  public String id() {
    return id;
  }

  /** Whether the answer can change a placement (confirm, deny, add) rather than record a wish. */
  public boolean changesPlacement() {
    return this == CONFIRM || this == DENY || this == ADD;
  }

  /**
   * The answer with the given wire form.
   *
   * @throws IllegalArgumentException naming the accepted values when {@code id} is none of them
   */
  public static Answer ofId(String id) {
    for (Answer a : values()) {
      if (a.id.equals(id)) {
        return a;
      }
    }
    throw new IllegalArgumentException("'" + id + "' is not one of "
        + Arrays.stream(values()).map(Answer::id).collect(Collectors.joining(", ")));
  }
}
