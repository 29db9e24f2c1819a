package org.dssamap.analysis.survey;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.dssamap.model.Placement;

/**
 * What one answer did.
 *
 * @param response the answer
 * @param outcome applied, unchanged, recorded or rejected
 * @param explanation why, for people
 * @param before the placement before, if there was one
 * @param after the placement after, if there is one
 */
public record LogEntry(
    Response response, Outcome outcome, String explanation, Optional<Placement> before, Optional<Placement> after) {
  /** Checks the parts. */
  public LogEntry {
    requireNonNull(response, "response");
    requireNonNull(outcome, "outcome");
    requireNonNull(explanation, "explanation");
    requireNonNull(before, "before");
    requireNonNull(after, "after");
  }
}
