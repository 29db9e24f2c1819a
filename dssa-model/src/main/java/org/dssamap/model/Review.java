package org.dssamap.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One look at a placement by someone who can vouch for it or challenge it: who, on which day, what they found, and
 * what they said. A placement keeps its reviews oldest first, so that a later round that changes it keeps the
 * earlier record of who confirmed what.
 *
 * @param by who reviewed it: an organization id or a person's name
 * @param on the day of the review
 * @param outcome confirmed, corrected, disputed, answered or settled
 * @param comment what the reviewer said, or the evidence given
 */
public record Review(String by, LocalDate on, ReviewOutcome outcome, Optional<String> comment) {
  /** Checks the parts. */
  public Review {
    requireNonNull(by, "by");
    checkArgument(!by.isBlank(), "a review names who gave it");
    requireNonNull(on, "on");
    requireNonNull(outcome, "outcome");
    requireNonNull(comment, "comment");
  }

  /** A review without a comment. */
  public static Review of(String by, LocalDate on, ReviewOutcome outcome) {
    return new Review(by, on, outcome, Optional.empty());
  }

  /** This review with a comment. */
  public Review withComment(String text) {
    return new Review(by, on, outcome, Optional.of(text));
  }
}
