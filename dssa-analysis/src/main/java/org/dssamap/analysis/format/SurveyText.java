package org.dssamap.analysis.format;

import static com.google.common.base.Preconditions.checkNotNull;

import org.dssamap.analysis.survey.LogEntry;
import org.dssamap.analysis.survey.Outcome;
import org.dssamap.analysis.survey.SurveyResult;

/**
 * Writes the change log of a survey round as text for people, what {@code dssa survey apply} prints: one line per
 * answer, {@code OUTCOME: ANSWER CELL: EXPLANATION}, then a line counting the answers by outcome. The change log and
 * its outcomes are described in {@code docs/analysis-formats.md} ("Survey files") of the dssa-map repository;
 * programs read {@link SurveyJson#writeLog its JSON form} instead. Explanations are written visibly, as {@link
 * AnalysisText} writes map text.
 */
public final class SurveyText {
  private SurveyText() {}

  /**
   * The change log as text, ending with a newline: {@code applied: confirm incident-response/external/edge: ...}
   * for each answer in the log's order, then {@code 2 applied, 1 unchanged, 0 kept as intentions, 0 rejected}.
   *
   * @param result what {@link org.dssamap.analysis.survey.Survey#apply} made of the responses
   * @return the text {@code dssa survey apply} prints for it
   */
  public static String write(SurveyResult result) {
    checkNotNull(result, "result");
    StringBuilder out = new StringBuilder();
    for (LogEntry e : result.log()) {
      out.append(e.outcome().id()).append(": ").append(e.response().answer().id()).append(' ')
          .append(e.response().cell()).append(": ").append(TextWriting.visible(e.explanation())).append('\n');
    }
    return out.append(result.entries(Outcome.APPLIED).size()).append(" applied, ")
        .append(result.entries(Outcome.UNCHANGED).size()).append(" unchanged, ")
        .append(result.entries(Outcome.RECORDED).size()).append(" kept as intentions, ")
        .append(result.entries(Outcome.REJECTED).size()).append(" rejected\n").toString();
  }
}
