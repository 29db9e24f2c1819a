package org.dssamap.render.swing;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.swing.table.AbstractTableModel;
import org.dssamap.model.Cell;
import org.dssamap.model.Dimension;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.Layer;
import org.dssamap.model.Placement;
import org.dssamap.model.SecurityFunction;
import org.dssamap.render.MapRenderer;
import org.dssamap.render.internal.layout.MapContent;
import org.dssamap.render.internal.layout.Text;
import org.dssamap.render.options.RenderOptions;

/**
 * The table view as a Swing {@code TableModel}, for applications that show maps in their own {@code JTable}: a
 * row per function, a first column with the function's name, then a column per layer (edge, glue, core) and
 * drawn dimension, each value an {@link Entry} listing the placements that pass the options' filters.
 */
public final class MapTableModel extends AbstractTableModel {
  private static final long serialVersionUID = 1L;
  private static final Layer[] LAYERS = {Layer.EDGE, Layer.GLUE, Layer.CORE};

  private transient MapContent content;
  private transient ImmutableList<Dimension> dimensions;

  /**
   * One table cell: the placements shown, and whether the cell is expected and a gap.
   *
   * @param cell which cell
   * @param placements the placements passing the filters, verified first
   * @param names the organizations' names, in the order of {@code placements}
   * @param expected whether someone should do the function there
   * @param gap whether the cell is a gap
   */
  public record Entry(Cell cell, ImmutableList<Placement> placements, ImmutableList<String> names, boolean expected,
      boolean gap) {
    /** Checks the parts. */
    public Entry {
      requireNonNull(cell, "cell");
      placements = ImmutableList.copyOf(placements);
      names = ImmutableList.copyOf(names);
    }

    /** The names with their status, for a plain text renderer: {@code "ICANN (verified), IANA (claimed)"}. */
    @Override
    public String toString() {
      List<String> parts = new ArrayList<>();
      for (int i = 0; i < placements.size(); i++) {
        parts.add(names.get(i) + " (" + placements.get(i).status().id() + ")");
      }
      String list = String.join(", ", parts);
      return gap ? (list.isEmpty() ? "GAP" : "GAP: " + list) : list;
    }
  }

  /** A model of {@code map} with default options and gaps. */
  public MapTableModel(EcosystemMap map) {
    this(map, RenderOptions.defaults(), MapRenderer.defaultGaps(map));
  }

  /** A model of {@code map} under {@code options}, with {@code gaps} marked. */
  public MapTableModel(EcosystemMap map, RenderOptions options, Set<Cell> gaps) {
    set(map, options, gaps);
  }

  /** Shows another map, options or gaps; the whole table changes. */
  public void set(EcosystemMap map, RenderOptions options, Set<Cell> gaps) {
    this.content = MapContent.of(map, options, ImmutableSet.copyOf(gaps));
    this.dimensions = content.dimensions();
    fireTableStructureChanged();
  }

  @Override
  public int getRowCount() {
    return content.functions().size();
  }

  @Override
  public int getColumnCount() {
    return 1 + LAYERS.length * dimensions.size();
  }

  @Override
  public String getColumnName(int column) {
    if (column == 0) {
      return "Function";
    }
    Cell sample = cellAt(0, column);
    return sample.layer().displayName() + (dimensions.size() > 1 ? " " + sample.dimension().id() : "");
  }

  @Override
  public Class<?> getColumnClass(int column) {
    return column == 0 ? String.class : Entry.class;
  }

  /** The cell of the map shown at a row and a column after the first. */
  public Cell cellAt(int row, int column) {
    if (column < 1 || column >= getColumnCount()) {
      throw new IndexOutOfBoundsException("column " + column + " holds no cell");
    }
    SecurityFunction f = content.functions().get(row);
    int c = column - 1;
    return f.cell(dimensions.get(c % dimensions.size()), LAYERS[c / dimensions.size()]);
  }

  @Override
  public Object getValueAt(int row, int column) {
    if (column == 0) {
      return Text.clean(content.functions().get(row).name());
    }
    Cell cell = cellAt(row, column);
    List<Placement> shown = new ArrayList<>(content.visibleIn(cell));
    shown.sort(MapContent.BY_STATUS.thenComparing(Placement::organization));
    List<String> names = shown.stream()
        .map(p -> Text.clean(content.map().requireOrganization(p.organization()).name()))
        .collect(Collectors.toList());
    return new Entry(cell, ImmutableList.copyOf(shown), ImmutableList.copyOf(names), content.isExpected(cell),
        content.isGap(cell));
  }
}
