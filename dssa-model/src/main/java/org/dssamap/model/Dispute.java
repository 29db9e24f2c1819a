package org.dssamap.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * Who challenged a placement, and why. The working group expected organizations to overstate what they do
 * and others to say "really?"; a dispute keeps that exchange.
 *
 * @param by who challenged it: an organization id or a person's name
 * @param reason why
 */
public record Dispute(String by, String reason) {
  /** Checks the parts. */
  public Dispute {
    requireNonNull(by, "by");
    checkArgument(!by.isBlank(), "a dispute names who raised it");
    requireNonNull(reason, "reason");
  }

  /** A dispute raised by {@code by} for {@code reason}. */
  public static Dispute of(String by, String reason) {
    return new Dispute(by, reason);
  }
}
