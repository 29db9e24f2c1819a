/**
 * The output formats of the analysis, for any tool that embeds it: the analysis report as JSON ({@link
 * org.dssamap.analysis.format.AnalysisJson}, {@code "format": "dssa-analysis/1"}) and as text ({@link
 * org.dssamap.analysis.format.AnalysisText}), a map comparison as JSON ({@link org.dssamap.analysis.format.DiffJson},
 * {@code "dssa-diff/1"}) and as text ({@link org.dssamap.analysis.format.DiffText}), the survey questionnaire,
 * responses and change log ({@link org.dssamap.analysis.format.SurveyJson}, {@code "dssa-survey/1"} and {@code
 * "dssa-survey-log/1"}; {@link org.dssamap.analysis.format.SurveyText}), and the sentences that explain escalation
 * ({@link org.dssamap.analysis.format.EscalationWords}). These are the bytes the {@code dssa} command line writes:
 * it calls these classes and nothing else.
 *
 * <p>Every format is specified in {@code docs/analysis-formats.md} of the dssa-map repository; the JSON formats are
 * a contract, extended with new optional keys and never broken. JSON is canonical (fixed key order, two-space
 * indent, LF line ends, a final newline, shares rounded to four decimals, invisible characters escaped), so equal
 * inputs give byte-identical output, whether written to a string or a stream.
 *
 * <p>Uses dssa-model's {@link org.dssamap.model.json.CanonicalJson} and {@link org.dssamap.model.json.StrictJson}
 * (Jackson); knows nothing of the command line.
 */
@NullMarked
package org.dssamap.analysis.format;

import org.jspecify.annotations.NullMarked;
