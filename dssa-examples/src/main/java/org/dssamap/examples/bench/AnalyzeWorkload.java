package org.dssamap.examples.bench;

import org.dssamap.analysis.AnalysisReport;
import org.dssamap.examples.analysis.AnalysisJson;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.FunctionCatalog;
import org.dssamap.model.Placement;

/**
 * {@code analyze}: the full analysis of a map ({@link AnalysisReport#of(EcosystemMap)}: coverage, gaps,
 * overlaps, single points of failure, outsourcing, self-classification, escalation), against the least any
 * analysis must do, one pass over the placements counting them per cell.
 */
public final class AnalyzeWorkload {
  private final EcosystemMap map;

  /** A workload on {@code map}. */
  public AnalyzeWorkload(EcosystemMap map) {
    this.map = map;
  }

  /** Ours: the full analysis. */
  public AnalysisReport ours() {
    return AnalysisReport.of(map);
  }

  /**
   * Ours as the command line's {@code analyze --format json} does it: the full analysis written as the
   * {@code dssa-analysis/1} JSON. Returns the length, so that nothing is optimised away.
   */
  public int oursJson() {
    return AnalysisJson.write(AnalysisReport.of(map)).length();
  }

  /** The baseline: placements counted per cell in one pass, into an array indexed by cell. */
  public int[] baseline() {
    FunctionCatalog catalog = map.catalog();
    int[] counts = new int[catalog.cells().size()];
    for (Placement p : map.placements()) {
      counts[catalog.cellIndex(p.cell())]++;
    }
    return counts;
  }
}
