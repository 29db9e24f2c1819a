package org.dssamap.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Who challenged a placement, and why, and what the organization challenged answered. The working group expected
 * organizations to overstate what they do and others to say "really?"; a dispute keeps that exchange until whoever
 * decides settles it ({@link Settlement}).
 *
 * @param by who challenged it: an organization id or a person's name
 * @param reason why
 * @param answer what the disputed organization answered, once it has
 */
public record Dispute(String by, String reason, Optional<String> answer) {
  /** Checks the parts. */
  public Dispute {
    requireNonNull(by, "by");
    checkArgument(!by.isBlank(), "a dispute names who raised it");
    requireNonNull(reason, "reason");
    requireNonNull(answer, "answer");
  }

  /** A dispute not answered yet; the canonical constructor before answers were kept. */
  public Dispute(String by, String reason) {
    this(by, reason, Optional.empty());
  }

  /** A dispute raised by {@code by} for {@code reason}. */
  public static Dispute of(String by, String reason) {
    return new Dispute(by, reason);
  }

  /** This dispute with the disputed organization's answer. */
  public Dispute withAnswer(String text) {
    return new Dispute(by, reason, Optional.of(text));
  }

  /** The dispute in one line, for a review's comment: who, why, and the answer if any. */
  public String describe() {
    return "disputed by " + by + (reason.isEmpty() ? "" : ": " + reason)
        + answer.map(a -> "; answered: " + a).orElse("");
  }
}
