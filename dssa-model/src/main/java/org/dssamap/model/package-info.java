/**
 * The immutable domain model of dssa-map: layers, dimensions, functions and their catalog, organizations,
 * their placements in cells, relationships, and the {@link org.dssamap.model.EcosystemMap} that holds them.
 *
 * <p>Depends on Guava only. Knows nothing of files (see {@code org.dssamap.model.json} and {@code
 * org.dssamap.model.csv}) or pixels.
 */
@NullMarked
package org.dssamap.model;

import org.jspecify.annotations.NullMarked;
