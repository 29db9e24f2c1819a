package org.dssamap.analysis.survey;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.dssamap.model.Cell;

/**
 * One answer of an organization about one cell.
 *
 * @param cell the cell answered about
 * @param answer confirm, deny, add, want-to-do or give-away
 * @param comment what the organization wrote beside it
 */
public record Response(Cell cell, Answer answer, Optional<String> comment) {
  /** Checks the parts. */
  public Response {
    requireNonNull(cell, "cell");
    requireNonNull(answer, "answer");
    requireNonNull(comment, "comment");
  }

  /** An answer with no comment. */
  public static Response of(Cell cell, Answer answer) {
    return new Response(cell, answer, Optional.empty());
  }

  /** This answer with a comment. */
  public Response withComment(String text) {
    return new Response(cell, answer, Optional.of(text));
  }
}
