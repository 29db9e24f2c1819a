/**
 * A map's placements as columns ({@link org.dssamap.analysis.table.PlacementTable}): read from the map once and
 * shared by every analysis of it, so that a world-scale map is walked once rather than once per result.
 *
 * <p>Depends on {@code dssa-model} and Guava only.
 */
@NullMarked
package org.dssamap.analysis.table;

import org.jspecify.annotations.NullMarked;
