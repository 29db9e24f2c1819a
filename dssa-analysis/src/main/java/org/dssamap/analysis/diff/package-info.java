/**
 * Comparison of two maps: placements, organizations and relationships added, removed or changed, and the gaps
 * opened and closed; a {@link org.dssamap.analysis.diff.MapDiff} carries full values so it can be applied.
 *
 * <p>Depends on {@code dssa-model}, Guava and the gap analysis of {@code org.dssamap.analysis}.
 */
@NullMarked
package org.dssamap.analysis.diff;

import org.jspecify.annotations.NullMarked;
