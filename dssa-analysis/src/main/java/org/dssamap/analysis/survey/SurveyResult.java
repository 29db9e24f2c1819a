package org.dssamap.analysis.survey;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.dssamap.model.EcosystemMap;

/**
 * The outcome of applying an organization's responses: the next map, a change log with one entry per answer, in
 * the order given, and the wishes.
 *
 * @param map the map after the answers
 * @param log one entry per answer: nothing is dropped silently
 * @param wishes what the organization wants to do or would give away
 */
public record SurveyResult(EcosystemMap map, ImmutableList<LogEntry> log, ImmutableList<Wish> wishes) {
  /** Checks the parts. */
  public SurveyResult {
    requireNonNull(map, "map");
    log = ImmutableList.copyOf(requireNonNull(log, "log"));
    wishes = ImmutableList.copyOf(requireNonNull(wishes, "wishes"));
  }

  /** The entries with the given outcome, in order. */
  public ImmutableList<LogEntry> entries(Outcome outcome) {
    return log.stream().filter(e -> e.outcome() == outcome).collect(ImmutableList.toImmutableList());
  }
}
