package org.dssamap.analysis.survey;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.dssamap.model.Ids;

/**
 * An organization's answers to its questionnaire, in the order given.
 *
 * @param organization the id of the organization answering
 * @param answers its answers
 */
public record Responses(String organization, ImmutableList<Response> answers) {
  /** Checks the parts. */
  public Responses {
    Ids.requireSlug(requireNonNull(organization, "organization"), "organization id");
    answers = ImmutableList.copyOf(requireNonNull(answers, "answers"));
  }

  /** The answers of {@code organization}. */
  public static Responses of(String organization, List<Response> answers) {
    return new Responses(organization, ImmutableList.copyOf(answers));
  }
}
