/**
 * The analysis of one map: coverage of every cell, gaps, overlaps, single points of failure, the
 * self-classification check, and the {@link org.dssamap.analysis.AnalysisReport} that gathers them with the
 * outsourcing and escalation results.
 *
 * <p>Pure functions from an {@link org.dssamap.model.EcosystemMap} to immutable results, in a deterministic
 * order. Depends on {@code dssa-model} and Guava only: no files, no rendering, no JSON. Its rule throughout: a
 * claim is never proof; only a verified placement covers a cell. Every rule, with the passage of the 2012 call it
 * reads, is specified in {@code docs/analysis-formats.md} in the repository ("The rules"), and so is the JSON the
 * command line writes from a report ("Analysis JSON", schema {@code docs/schemas/analysis.schema.json}).
 */
@NullMarked
package org.dssamap.analysis;

import org.jspecify.annotations.NullMarked;
