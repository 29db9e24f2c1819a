/**
 * The verification round, "have we got you right?": a {@link org.dssamap.analysis.survey.Questionnaire} for one
 * organization, its {@link org.dssamap.analysis.survey.Responses}, and the rules that turn answers into the next
 * map and a change log in which every answer is accounted for. Specified in {@code docs/analysis-formats.md} in
 * the repository ("Verification round", "Survey files").
 *
 * <p>Depends on {@code dssa-model} and Guava only.
 */
@NullMarked
package org.dssamap.analysis.survey;

import org.jspecify.annotations.NullMarked;
