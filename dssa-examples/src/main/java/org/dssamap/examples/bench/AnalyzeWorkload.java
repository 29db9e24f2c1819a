package org.dssamap.examples.bench;

import org.dssamap.analysis.AnalysisReport;
import org.dssamap.analysis.format.AnalysisJson;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.FunctionCatalog;
import org.dssamap.model.Placement;
import org.dssamap.model.PlacementTable;
import org.dssamap.model.Status;

/**
 * {@code analyze} and {@code analyze-limit}: the full analysis of a map ({@link AnalysisReport#of(EcosystemMap)}),
 * against two baselines. {@link #baseline()} is what a user's own loop would cost: one pass over the map's
 * placement objects counting them per cell, a hash lookup of each one's cell. {@link #limit()} is the least any
 * analysis must do, the tightest counting pass there is: the map's own columns ({@link PlacementTable}), one
 * packed {@code int} per placement read in order, counted per cell and status.
 *
 * <p>What the analysis does beyond counting: for every cell, coverage by status and whether an expected cell is
 * a gap (counts); per external cell the organizations that count there, as sorted id sets (overlaps) and the
 * lone ones (single points of failure), each with or without claims; outsourcing (which organizations rely on a
 * provider's external placements, and the providers' concentration of dependent clients weighted by size);
 * self-classification (what organizations say of themselves against what others place them in); and
 * escalation, a search over the relationship graph from every region's edge organizations through glue and
 * core relays, per function, with and without claims. Every finding is an immutable value with its evidence.
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

  /**
   * The user's loop: placements counted per cell in one pass over the placement objects, into an array indexed
   * by cell.
   */
  public int[] baseline() {
    FunctionCatalog catalog = map.catalog();
    int[] counts = new int[catalog.cells().size()];
    for (Placement p : map.placements()) {
      counts[catalog.cellIndex(p.cell())]++;
    }
    return counts;
  }

  /**
   * The limit: every row of the map's placement table counted per cell and status, into an array indexed by
   * cell and status; one sequential pass over one {@code int} column.
   */
  @SuppressWarnings("EnumOrdinal") // counts in an array, as the analyses keep them; never written out
  public int[] limit() {
    PlacementTable table = map.placementTable();
    int statuses = Status.values().length;
    int[] counts = new int[table.cells().size() * statuses];
    for (int row = 0, rows = table.size(); row < rows; row++) {
      counts[table.cell(row) * statuses + table.status(row).ordinal()]++;
    }
    return counts;
  }
}
