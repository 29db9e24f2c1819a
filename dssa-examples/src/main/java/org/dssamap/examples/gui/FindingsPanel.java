package org.dssamap.examples.gui;

import java.awt.BorderLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.table.AbstractTableModel;
import org.dssamap.analysis.AnalysisReport;
import org.dssamap.analysis.Gap;
import org.dssamap.analysis.OrganizationClassification;
import org.dssamap.analysis.Overlap;
import org.dssamap.analysis.SinglePointOfFailure;
import org.dssamap.analysis.escalation.Escalation;
import org.dssamap.analysis.escalation.EscalationRoute;
import org.dssamap.analysis.outsourcing.Concentration;
import org.dssamap.analysis.format.EscalationWords;
import org.dssamap.model.Cell;
import org.dssamap.model.EcosystemMap;
import org.dssamap.render.swing.MapSelection;

/**
 * The findings of a map's analysis, one tab per kind (gaps, single points of failure, overlaps, concentration,
 * unreachable regions, self-classification); picking a row picks its cell or organization on the map.
 */
final class FindingsPanel extends JPanel {
  private static final long serialVersionUID = 1L;

  private final JTabbedPane tabs = new JTabbedPane();
  private final transient Consumer<MapSelection> onPick;

  FindingsPanel(Consumer<MapSelection> onPick) {
    super(new BorderLayout());
    this.onPick = onPick;
    add(tabs, BorderLayout.CENTER);
  }

  /** Shows the findings of {@code analysis} about {@code map}. */
  void show(EcosystemMap map, AnalysisReport analysis) {
    int selected = Math.max(0, tabs.getSelectedIndex());
    tabs.removeAll();
    Names names = new Names(map);
    Rows gaps = new Rows("Function", "Dimension", "Layer", "Gap", "Claimed by");
    for (Gap g : analysis.gaps()) {
      gaps.add(MapSelection.ofCell(g.cell()), names.cell(g.cell(), g.kind().id(), names.organizations(g.claimedBy())));
    }
    Rows spof = new Rows("Function", "Dimension", "Layer", "Only organization", "Status");
    for (SinglePointOfFailure s : analysis.singlePointsOfFailure()) {
      spof.add(MapSelection.ofPlacement(s.organization(), s.cell()),
          names.cell(s.cell(), names.organization(s.organization()), s.status().id()));
    }
    Rows overlaps = new Rows("Function", "Dimension", "Layer", "Region", "Organizations");
    for (Overlap o : analysis.overlaps()) {
      overlaps.add(MapSelection.ofCell(o.cell()),
          names.cell(o.cell(), o.region().displayName(), names.organizations(o.organizations())));
    }
    Rows concentration = new Rows("Provider", "Function", "Dependents", "Share", "Share by size");
    for (Concentration c : analysis.outsourcing().notableConcentration()) {
      concentration.add(MapSelection.NONE, names.organization(c.provider()), names.function(c.function()),
          c.dependentCount(), String.format(Locale.ROOT, "%.0f%%", c.share() * 100),
          c.weightedShare().isPresent() ? String.format(Locale.ROOT, "%.0f%%", c.weightedShare().getAsDouble() * 100)
              : "not known");
    }
    Rows unreachable = new Rows("From", "To", "Why");
    Escalation escalation = analysis.escalation();
    if (escalation.notAssessable().isPresent()) {
      // Twenty pairs unreachable for want of data are no finding: one line says so instead.
      unreachable = new Rows("Escalation");
      unreachable.add(MapSelection.NONE, EscalationWords.notAssessable(escalation.notAssessable().get(),
          names.function(escalation.function()).toLowerCase(Locale.ROOT)));
    } else {
      for (EscalationRoute r : escalation.unreachable()) {
        unreachable.add(MapSelection.NONE, r.from().displayName(), r.to().displayName(),
            r.reason().map(x -> EscalationWords.reason(x, r, escalation,
                names.function(escalation.function()).toLowerCase(Locale.ROOT))).orElse(""));
      }
    }
    Rows flagged = new Rows("Organization", "Finding", "Self-reported", "Confirmed by others", "Disputed");
    for (OrganizationClassification o : analysis.selfClassification().flagged()) {
      flagged.add(MapSelection.NONE, names.organization(o.organization()), o.category().id(),
          o.selfReported().total(), o.selfReported().verified(), o.selfReported().disputed());
    }
    tab("Gaps", gaps);
    tab("Single points of failure", spof);
    tab("Overlaps", overlaps);
    tab("Concentration", concentration);
    tab("Unreachable", unreachable);
    if (escalation.notAssessable().isPresent()) {
      tabs.setTitleAt(tabs.getTabCount() - 1, "Unreachable: not assessable");
    }
    tab("Self-classification", flagged);
    tabs.setSelectedIndex(Math.min(selected, tabs.getTabCount() - 1));
  }

  private void tab(String title, Rows rows) {
    JTable table = PlainText.table(new JTable(rows));
    table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    table.setAutoCreateRowSorter(true);
    table.setFillsViewportHeight(true);
    table.getSelectionModel().addListSelectionListener(e -> {
      int row = table.getSelectedRow();
      if (!e.getValueIsAdjusting() && row >= 0) {
        onPick.accept(rows.target(table.convertRowIndexToModel(row)));
      }
    });
    tabs.addTab(title + " (" + rows.getRowCount() + ")", new JScrollPane(table));
  }

  /** A table of findings, each row remembering what it points at on the map. */
  private static final class Rows extends AbstractTableModel {
    private static final long serialVersionUID = 1L;

    private final String[] columns;
    private final List<Object[]> rows = new ArrayList<>();
    private final transient List<MapSelection> targets = new ArrayList<>();

    Rows(String... columns) {
      this.columns = columns;
    }

    void add(MapSelection target, Object... values) {
      rows.add(values);
      targets.add(target);
    }

    MapSelection target(int row) {
      return targets.get(row);
    }

    @Override
    public int getRowCount() {
      return rows.size();
    }

    @Override
    public int getColumnCount() {
      return columns.length;
    }

    @Override
    public String getColumnName(int column) {
      return columns[column];
    }

    @Override
    public Class<?> getColumnClass(int column) {
      return rows.isEmpty() ? Object.class : rows.get(0)[column].getClass();
    }

    @Override
    public Object getValueAt(int row, int column) {
      return rows.get(row)[column];
    }
  }

  /** Names for people, from ids. */
  private record Names(EcosystemMap map) {
    String function(String id) {
      return map.catalog().function(id).map(f -> f.name()).orElse(id);
    }

    String organization(String id) {
      return map.organization(id).map(o -> o.name()).orElse(id);
    }

    String organizations(java.util.Collection<String> ids) {
      return ids.isEmpty() ? "—" : String.join(", ", ids.stream().map(this::organization).toList());
    }

    Object[] cell(Cell cell, Object... more) {
      Object[] row = new Object[3 + more.length];
      row[0] = function(cell.function());
      row[1] = cell.dimension().displayName();
      row[2] = cell.layer().displayName();
      System.arraycopy(more, 0, row, 3, more.length);
      return row;
    }
  }
}
