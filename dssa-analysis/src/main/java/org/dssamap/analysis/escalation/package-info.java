/**
 * Escalation reachability, the working group's "fragmented core": whether an incident at the edge of one region
 * can travel through glue and core organizations that do external incident response to the edge of another. Its
 * rules are specified in {@code docs/analysis-formats.md} in the repository ("Escalation reachability").
 *
 * <p>Depends on {@code dssa-model} and Guava only.
 */
@NullMarked
package org.dssamap.analysis.escalation;

import org.jspecify.annotations.NullMarked;
