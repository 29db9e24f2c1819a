/**
 * Machinery the analysis packages share and the module does not export: walking a map's placements with their
 * organization and cell positions, and building sorted id sets from runs that are already in order.
 *
 * <p>Depends on {@code dssa-model} and Guava only.
 */
@NullMarked
package org.dssamap.analysis.internal;

import org.jspecify.annotations.NullMarked;
