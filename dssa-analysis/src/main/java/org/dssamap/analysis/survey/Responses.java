package org.dssamap.analysis.survey;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dssamap.model.Ids;

/**
 * An organization's answers to its questionnaire, in the order given.
 *
 * @param organization the id of the organization answering
 * @param answers its answers
 * @param respondent who answered for it (a person's name or role), when the responses say
 * @param date the day it answered, when the responses say
 */
public record Responses(String organization, ImmutableList<Response> answers, Optional<String> respondent,
    Optional<LocalDate> date) {
  /** Checks the parts. */
  public Responses {
    Ids.requireSlug(requireNonNull(organization, "organization"), "organization id");
    answers = ImmutableList.copyOf(requireNonNull(answers, "answers"));
    requireNonNull(respondent, "respondent");
    checkArgument(respondent.isEmpty() || !respondent.get().isBlank(), "a respondent is named, not blank");
    requireNonNull(date, "date");
  }

  /** Answers that name neither who gave them nor when; the canonical constructor before those were kept. */
  public Responses(String organization, ImmutableList<Response> answers) {
    this(organization, answers, Optional.empty(), Optional.empty());
  }

  /** The answers of {@code organization}. */
  public static Responses of(String organization, List<Response> answers) {
    return new Responses(organization, ImmutableList.copyOf(answers));
  }

  /** These answers, given by {@code person} for the organization. */
  public Responses withRespondent(String person) {
    return new Responses(organization, answers, Optional.of(person), date);
  }

  /** These answers, given on {@code day}. */
  public Responses withDate(LocalDate day) {
    return new Responses(organization, answers, respondent, Optional.of(day));
  }

  /** Who the reviews these answers make name: the respondent, or else the organization. */
  public String reviewer() {
    return respondent.orElse(organization);
  }
}
