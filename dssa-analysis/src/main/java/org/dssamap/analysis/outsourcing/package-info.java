/**
 * Outsourcing: how a registry that hands functions to its back-end operator is covered (directly, through the
 * provider, or not at all), and how concentrated the clients are on a few providers. Its rules are specified in
 * {@code docs/analysis-formats.md} in the repository ("The rules": outsourcing, concentration).
 *
 * <p>Depends on {@code dssa-model} and Guava only.
 */
@NullMarked
package org.dssamap.analysis.outsourcing;

import org.jspecify.annotations.NullMarked;
