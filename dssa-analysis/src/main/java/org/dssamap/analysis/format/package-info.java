/**
 * The analysis output formats of the command line: the analysis report ({@code "format": "dssa-analysis/1"}), map
 * comparisons and the survey questionnaire and responses, as canonical JSON and as readable text. Described in
 * {@code docs/analysis-formats.md}.
 *
 * <p>May depend on {@code dssa-analysis}, {@code dssa-model} and Jackson; knows nothing of the command line.
 */
@NullMarked
package org.dssamap.analysis.format;

import org.jspecify.annotations.NullMarked;
