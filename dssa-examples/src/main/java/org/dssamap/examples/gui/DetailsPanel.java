package org.dssamap.examples.gui;

import java.awt.BorderLayout;
import java.awt.Font;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.DefaultTableModel;
import org.dssamap.model.Cell;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Relationship;
import org.dssamap.render.swing.MapSelection;

/**
 * What the user picked, in words: an organization with its placements and relationships, or a cell with the
 * placements in it.
 */
final class DetailsPanel extends JPanel {
  private static final long serialVersionUID = 1L;

  private final JLabel title = PlainText.label("Click an organization's dot, or a cell, to see it here.");
  private final JLabel subtitle = PlainText.label(" ");
  private final DefaultTableModel placements = readOnly();
  private final DefaultTableModel relationships = readOnly();
  private final JLabel relationshipsHeading = PlainText.label("Relationships");

  DetailsPanel() {
    super(new BorderLayout(0, 6));
    setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
    title.setFont(title.getFont().deriveFont(Font.BOLD, title.getFont().getSize2D() + 2f));
    JPanel head = new JPanel();
    head.setLayout(new BoxLayout(head, BoxLayout.Y_AXIS));
    head.add(title);
    head.add(subtitle);
    add(head, BorderLayout.NORTH);
    JPanel tables = new JPanel();
    tables.setLayout(new BoxLayout(tables, BoxLayout.Y_AXIS));
    JScrollPane placementsPane = new JScrollPane(table(placements));
    JScrollPane relationshipsPane = new JScrollPane(table(relationships));
    relationshipsHeading.setBorder(BorderFactory.createEmptyBorder(6, 0, 2, 0));
    // BoxLayout lines its children up by their alignment; left everywhere keeps the heading over its table.
    placementsPane.setAlignmentX(LEFT_ALIGNMENT);
    relationshipsHeading.setAlignmentX(LEFT_ALIGNMENT);
    relationshipsPane.setAlignmentX(LEFT_ALIGNMENT);
    tables.add(placementsPane);
    tables.add(relationshipsHeading);
    tables.add(relationshipsPane);
    add(tables, BorderLayout.CENTER);
  }

  /** Shows what {@code selection} picks in {@code map}. */
  void show(EcosystemMap map, MapSelection selection) {
    placements.setRowCount(0);
    relationships.setRowCount(0);
    if (selection.organization().isPresent()) {
      showOrganization(map, selection.organization().get());
    } else if (selection.cell().isPresent()) {
      showCell(map, selection.cell().get());
    } else {
      title.setText("Click an organization's dot, or a cell, to see it here.");
      subtitle.setText(" ");
      placements.setColumnIdentifiers(new Object[0]);
      relationships.setColumnIdentifiers(new Object[0]);
      relationshipsHeading.setVisible(false);
    }
  }

  private void showOrganization(EcosystemMap map, String id) {
    Organization o = map.organization(id).orElse(null);
    if (o == null) {
      show(map, MapSelection.NONE);
      return;
    }
    title.setText(o.name() + "  (" + o.id() + ")");
    subtitle.setText(o.kind() + " · " + o.region().map(r -> r.displayName()).orElse("region unknown")
        + o.url().map(u -> " · " + u).orElse("") + o.note().map(n -> " · " + n).orElse(""));
    placements.setColumnIdentifiers(new Object[] {"Function", "Dimension", "Layer", "Status", "Source", "Note"});
    for (Placement p : map.placementsOf(id)) {
      placements.addRow(new Object[] {functionName(map, p.cell()), p.cell().dimension().id(), p.cell().layer().id(),
          p.status().id(), p.source().id(), note(p)});
    }
    relationshipsHeading.setVisible(true);
    relationships.setColumnIdentifiers(new Object[] {"", "Kind", "Organization", "Functions"});
    addRelationships(map, map.relationshipsFrom(id), true);
    addRelationships(map, map.relationshipsTo(id), false);
  }

  private void addRelationships(EcosystemMap map, List<Relationship> list, boolean outgoing) {
    for (Relationship r : list) {
      String other = outgoing ? r.to() : r.from();
      relationships.addRow(new Object[] {outgoing ? "→" : "←", r.kind().id(),
          map.organization(other).map(Organization::name).orElse(other), String.join(", ", r.functions())});
    }
  }

  private void showCell(EcosystemMap map, Cell cell) {
    title.setText(functionName(map, cell) + " · " + cell.dimension().displayName() + " · "
        + cell.layer().displayName());
    subtitle.setText(map.catalog().isExpected(cell) ? "Expected: someone should do this here." : "Not expected here.");
    placements.setColumnIdentifiers(new Object[] {"Organization", "Status", "Source", "Note"});
    for (Placement p : map.placementsIn(cell)) {
      String name = map.organization(p.organization()).map(Organization::name).orElse(p.organization());
      placements.addRow(new Object[] {name, p.status().id(), p.source().id(), note(p)});
    }
    relationshipsHeading.setVisible(false);
    relationships.setColumnIdentifiers(new Object[0]);
  }

  private static String note(Placement p) {
    String dispute = p.dispute().map(d -> "disputed by " + d.by() + ": " + d.reason()).orElse("");
    String note = p.note().orElse("");
    return dispute.isEmpty() ? note : note.isEmpty() ? dispute : dispute + " — " + note;
  }

  private static String functionName(EcosystemMap map, Cell cell) {
    return map.catalog().function(cell.function()).map(f -> f.name()).orElse(cell.function());
  }

  private static JTable table(DefaultTableModel model) {
    JTable table = PlainText.table(new JTable(model));
    table.setFillsViewportHeight(true);
    table.setAutoCreateRowSorter(true);
    return table;
  }

  private static DefaultTableModel readOnly() {
    return new DefaultTableModel() {
      private static final long serialVersionUID = 1L;

      @Override
      public boolean isCellEditable(int row, int column) {
        return false;
      }
    };
  }
}
