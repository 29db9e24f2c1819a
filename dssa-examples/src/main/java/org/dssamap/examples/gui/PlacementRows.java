package org.dssamap.examples.gui;

import com.google.common.collect.ImmutableList;
import java.awt.BorderLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.RowFilter;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.TableRowSorter;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Region;
import org.dssamap.render.internal.layout.KindNames;
import org.dssamap.render.internal.layout.Text;
import org.dssamap.render.options.RenderOptions;

/**
 * The table of a big map as rows: one per placement the viewer's filters let through (organization, kind, region,
 * function, dimension, layer, status), in a scroll pane whose header stays put, sortable by any column, and
 * filtered as one types by words that must all appear in the row (name, id, kind, region, function...).
 */
final class PlacementRows extends JPanel {
  private static final long serialVersionUID = 1L;
  static final List<String> COLUMNS = List.of("Organization", "Kind", "Region", "Function", "Dimension", "Layer",
      "Status");

  private final Model model = new Model();
  private final JTable table = PlainText.table(new JTable(model));
  private final TableRowSorter<Model> sorter = new TableRowSorter<>(model);
  private final JTextField filter = new JTextField(24);
  private final JLabel shown = PlainText.label(" ");

  PlacementRows() {
    super(new BorderLayout());
    table.setRowSorter(sorter);
    table.setAutoCreateRowSorter(false);
    table.setFillsViewportHeight(true);
    JPanel top = new JPanel(new BorderLayout(6, 0));
    top.setBorder(BorderFactory.createEmptyBorder(3, 6, 3, 6));
    top.add(PlainText.label("Filter:"), BorderLayout.WEST);
    filter.setToolTipText("Words that must all appear in a row: an organization's name or id, a kind, a region, a "
        + "function, a layer, a status");
    top.add(filter, BorderLayout.CENTER);
    top.add(shown, BorderLayout.EAST);
    add(top, BorderLayout.NORTH);
    // a JTable in a scroll pane keeps its header in the pane's column header: it stays while the rows scroll
    add(new JScrollPane(table), BorderLayout.CENTER);
    filter.getDocument().addDocumentListener(new DocumentListener() {
      @Override
      public void insertUpdate(DocumentEvent e) {
        refilter();
      }

      @Override
      public void removeUpdate(DocumentEvent e) {
        refilter();
      }

      @Override
      public void changedUpdate(DocumentEvent e) {
        refilter();
      }
    });
  }

  /** Shows the placements of {@code map} that {@code options} let through. */
  void show(EcosystemMap map, RenderOptions options) {
    model.set(map, options);
    refilter();
  }

  /** Filters by {@code text}, as if typed. */
  void setFilter(String text) {
    filter.setText(text);
  }

  /** How many rows the filter lets through. */
  int visibleRows() {
    return table.getRowCount();
  }

  /** The text of a visible row's column. */
  String valueAt(int row, int column) {
    return String.valueOf(table.getValueAt(row, column));
  }

  private void refilter() {
    sorter.setRowFilter(rowFilter(filter.getText()));
    shown.setText(String.format(Locale.ROOT, "%,d of %,d placements", table.getRowCount(), model.getRowCount()));
  }

  /** Rows in which every word of {@code text} appears, ignoring case. */
  static RowFilter<Model, Integer> rowFilter(String text) {
    List<String> words = List.of(text.toLowerCase(Locale.ROOT).strip().split("\\s+"));
    return new RowFilter<>() {
      @Override
      public boolean include(Entry<? extends Model, ? extends Integer> entry) {
        String row = entry.getModel().searchText(entry.getIdentifier());
        return words.stream().allMatch(row::contains);
      }
    };
  }

  /** One row per placement shown. */
  static final class Model extends AbstractTableModel {
    private static final long serialVersionUID = 1L;
    private transient ImmutableList<String[]> rows = ImmutableList.of();
    private transient ImmutableList<String> search = ImmutableList.of();

    void set(EcosystemMap map, RenderOptions options) {
      List<String[]> r = new ArrayList<>();
      List<String> s = new ArrayList<>();
      for (Placement p : map.placements()) {
        Organization o = map.requireOrganization(p.organization());
        if (!options.shows(p, o)) {
          continue;
        }
        String[] row = {Text.clean(o.name()), KindNames.displayName(map, o.kind()),
            o.region().map(Region::displayName).orElse("\u2014"),
            map.catalog().function(p.cell().function()).map(f -> Text.clean(f.name())).orElse(p.cell().function()),
            p.cell().dimension().displayName(), p.cell().layer().displayName(), p.status().id()};
        r.add(row);
        s.add((String.join(" ", row) + " " + o.id() + " " + o.kind()).toLowerCase(Locale.ROOT));
      }
      rows = ImmutableList.copyOf(r);
      search = ImmutableList.copyOf(s);
      fireTableDataChanged();
    }

    String searchText(int row) {
      return search.get(row);
    }

    @Override
    public int getRowCount() {
      return rows.size();
    }

    @Override
    public int getColumnCount() {
      return COLUMNS.size();
    }

    @Override
    public String getColumnName(int column) {
      return COLUMNS.get(column);
    }

    @Override
    public Object getValueAt(int row, int column) {
      return rows.get(row)[column];
    }
  }
}
