/**
 * Comparison of two maps: placements, organizations and relationships added, removed or changed, and every
 * finding of the analysis that changed (gaps, overlaps, single points of failure, escalation routes); a {@link
 * org.dssamap.analysis.diff.MapDiff} carries full values so it can be applied.
 *
 * <p>Depends on {@code dssa-model}, Guava and {@link org.dssamap.analysis.AnalysisReport}, whose findings it
 * compares without applying any rule of its own. Specified in {@code docs/analysis-formats.md} in the repository
 * ("Diff JSON").
 */
@NullMarked
package org.dssamap.analysis.diff;

import org.jspecify.annotations.NullMarked;
