/**
 * Performance at world scale: JMH benchmarks (run them with {@code org.openjdk.jmh.Main}) and the in-process
 * harness behind {@code dssa bench}, which measures each of our operations side by side with a baseline in the
 * same JVM and prints one table of ratios against their targets.
 *
 * <p>May depend on every dssa-map module, on JMH, and on Apache Batik (the baseline SVG generator); nothing else
 * depends on it.
 */
@NullMarked
package org.dssamap.examples.bench;

import org.jspecify.annotations.NullMarked;
