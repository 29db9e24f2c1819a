/**
 * Machinery the analysis packages share and the module does not export: building sorted id sets from runs that
 * are already in order, and which placements a finding counts.
 *
 * <p>Depends on Guava only.
 */
@NullMarked
package org.dssamap.analysis.internal;

import org.jspecify.annotations.NullMarked;
