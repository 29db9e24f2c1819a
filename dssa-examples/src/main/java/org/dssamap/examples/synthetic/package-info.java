/**
 * Synthetic ecosystem maps at world scale, for tests and benchmarks: deterministic from a seed, with the skew of
 * the real DNS ecosystem (a few back-end operators serving most registries, regional glue, a sparse core).
 *
 * <p>Depends on dssa-model only.
 */
@NullMarked
package org.dssamap.examples.synthetic;

import org.jspecify.annotations.NullMarked;
