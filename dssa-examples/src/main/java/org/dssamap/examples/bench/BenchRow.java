package org.dssamap.examples.bench;

import static java.util.Objects.requireNonNull;

/**
 * One row of the benchmark table: what ours measured, what the baseline measured, their ratio, the target the
 * ratio must meet and whether it does.
 *
 * @param name the short name of the comparison, for example {@code load}
 * @param ours our measurement, formatted with its unit
 * @param baseline the baseline's measurement, formatted with its unit
 * @param ratio ours over the baseline (for {@code memory}, bytes per placement)
 * @param target the bound the ratio must not exceed
 * @param spread the interquartile range of the per-round ratios over their median; 0 when measured once
 * @param note what was compared, in a few words
 */
public record BenchRow(
    String name, String ours, String baseline, double ratio, double target, double spread, String note) {

  /** Checks the parts. */
  public BenchRow {
    requireNonNull(name, "name");
    requireNonNull(ours, "ours");
    requireNonNull(baseline, "baseline");
    requireNonNull(note, "note");
  }

  /** Whether the ratio meets the target. */
  public boolean ok() {
    return ratio <= target;
  }
}
