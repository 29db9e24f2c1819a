package org.dssamap.analysis.survey;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.dssamap.model.Cell;
import org.dssamap.model.Ids;

/**
 * A part an organization wants to play, or would give away: "what do you want to do on this chart?".
 *
 * @param organization the organization's id
 * @param cell the cell
 * @param answer {@link Answer#WANT_TO_DO} or {@link Answer#GIVE_AWAY}
 * @param comment what it wrote beside it
 */
public record Wish(String organization, Cell cell, Answer answer, Optional<String> comment) {
  /** Checks the parts. */
  public Wish {
    Ids.requireSlug(requireNonNull(organization, "organization"), "organization id");
    requireNonNull(cell, "cell");
    checkArgument(!requireNonNull(answer, "answer").changesPlacement(), "%s is not a wish", answer.id());
    requireNonNull(comment, "comment");
  }
}
