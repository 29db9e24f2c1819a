package org.dssamap.examples.gui;

import static java.util.Objects.requireNonNull;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Toolkit;
import java.awt.datatransfer.DataFlavor;
import java.awt.event.KeyEvent;
import java.io.File;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import javax.swing.BorderFactory;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JTextArea;
import javax.swing.JToolBar;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.SwingWorker;
import javax.swing.TransferHandler;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.dssamap.analysis.AnalysisReport;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.InvalidMapException;
import org.dssamap.model.Region;
import org.dssamap.model.RelationshipKind;
import org.dssamap.model.Status;
import org.dssamap.render.options.ColorBy;
import org.dssamap.render.options.RenderOptions;
import org.dssamap.render.View;
import org.dssamap.render.swing.MapComponent;
import org.dssamap.render.swing.MapSelection;
import org.jspecify.annotations.Nullable;

/**
 * The dssa-map viewer: a window with the wheel, the table and the findings of a map side by side, filters
 * above them, and the details of what is picked. Open a file from the menu or by dropping it on the window;
 * click an organization's dot to see its placements and relationships, ringed in both views.
 *
 * <pre>{@code
 * SwingUtilities.invokeLater(() -> MapViewer.show(loader, Path.of("map.json")));
 * }</pre>
 */
public final class MapViewer {
  private static final String NO_MAP = "No map open: File ▸ Open…, or drop a .json or .csv map file on this window";

  private final MapLoader loader;
  private final JFrame frame = new JFrame("dssa-map");
  private final MapComponent wheel;
  private final MapComponent table;
  private final FindingsPanel findings;
  private final DetailsPanel details = new DetailsPanel();
  private final JLabel status = PlainText.label(" ");
  private final EnumSet<Status> statuses = EnumSet.allOf(Status.class);
  private final EnumSet<org.dssamap.model.Dimension> dimensions = EnumSet.allOf(org.dssamap.model.Dimension.class);
  private @Nullable Region region;
  private ColorBy colorBy = ColorBy.KIND;
  private final EnumSet<RelationshipKind> links = EnumSet.noneOf(RelationshipKind.class);
  private boolean intentions;
  private final PlacementRows rows = new PlacementRows();
  private EcosystemMap map;
  private @Nullable Path file;

  private MapViewer(MapLoader loader) {
    this.loader = requireNonNull(loader, "loader");
    this.map = EcosystemMap.builder().title(NO_MAP).build();
    this.wheel = new MapComponent(map, View.WHEEL, options());
    this.table = new MapComponent(map, View.TABLE, options());
    this.findings = new FindingsPanel(this::pick);
    wheel.addSelectionListener(s -> selected(s, table));
    table.addSelectionListener(s -> selected(s, wheel));
    details.show(map, MapSelection.NONE);
    layOut();
  }

  /**
   * Opens a viewer window, and in it {@code file} if not null. Call on the event dispatch thread.
   *
   * @return the window, already visible; it disposes of itself when closed
   */
  public static JFrame show(MapLoader loader, @Nullable Path file) {
    MapViewer viewer = new MapViewer(loader);
    viewer.frame.setVisible(true);
    if (file != null) {
      viewer.open(file);
    }
    return viewer.frame;
  }

  private void layOut() {
    frame.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
    frame.setJMenuBar(menu());
    // Both pictures are wider than tall (the legend sits to the right), so one above the other draws them larger.
    // the table as a picture, and as rows that scroll under a fixed header and filter as one types
    JTabbedPane tables = new JTabbedPane();
    tables.addTab("Table", table);
    tables.addTab("Rows (filter)", rows);
    JSplitPane views = new JSplitPane(JSplitPane.VERTICAL_SPLIT, true, wheel, tables);
    views.setResizeWeight(0.5);
    JSplitPane side = new JSplitPane(JSplitPane.VERTICAL_SPLIT, true, findings, details);
    side.setResizeWeight(0.5);
    JSplitPane all = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, true, views, side);
    all.setResizeWeight(0.72);
    frame.getContentPane().setLayout(new BorderLayout());
    frame.getContentPane().add(filters(), BorderLayout.NORTH);
    frame.getContentPane().add(all, BorderLayout.CENTER);
    status.setBorder(BorderFactory.createEmptyBorder(3, 8, 3, 8));
    frame.getContentPane().add(status, BorderLayout.SOUTH);
    frame.setTransferHandler(new FileDrop());
    Dimension screen = Toolkit.getDefaultToolkit().getScreenSize();
    frame.setSize(Math.min(1700, screen.width), Math.min(1000, screen.height));
    frame.setLocationRelativeTo(null);
    // Proportional divider locations only hold once the panes have sizes, outermost first.
    SwingUtilities.invokeLater(() -> {
      all.setDividerLocation(0.72);
      all.validate();
      views.setDividerLocation(0.5);
      side.setDividerLocation(0.45);
    });
  }

  private JMenuBar menu() {
    JMenuBar bar = new JMenuBar();
    JMenu fileMenu = new JMenu("File");
    fileMenu.setMnemonic(KeyEvent.VK_F);
    int shortcut = Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();
    JMenuItem open = new JMenuItem("Open…");
    open.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_O, shortcut));
    open.addActionListener(e -> choose());
    JMenuItem reload = new JMenuItem("Reload");
    reload.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_R, shortcut));
    reload.addActionListener(e -> {
      if (file != null) {
        open(file);
      }
    });
    JMenuItem close = new JMenuItem("Close window");
    close.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_W, shortcut));
    close.addActionListener(e -> frame.dispose());
    fileMenu.add(open);
    fileMenu.add(reload);
    fileMenu.addSeparator();
    fileMenu.add(close);
    JMenu viewMenu = new JMenu("View");
    JMenuItem fit = new JMenuItem("Fit both views");
    fit.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_0, shortcut));
    fit.addActionListener(e -> {
      wheel.zoomToFit();
      table.zoomToFit();
    });
    JMenuItem clear = new JMenuItem("Clear selection");
    clear.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0));
    clear.addActionListener(e -> pick(MapSelection.NONE));
    viewMenu.add(fit);
    viewMenu.add(clear);
    bar.add(fileMenu);
    bar.add(viewMenu);
    return bar;
  }

  @SuppressWarnings("EnumOrdinal") // the region box lists Region.values() in order, after "all regions"
  private JToolBar filters() {
    JToolBar bar = new JToolBar();
    bar.setFloatable(false);
    bar.add(new JLabel("Show: "));
    for (Status s : Status.values()) {
      JCheckBox box = new JCheckBox(s.id(), true);
      box.addActionListener(e -> {
        if (box.isSelected()) {
          statuses.add(s);
        } else {
          statuses.remove(s);
        }
        refilter();
      });
      bar.add(box);
    }
    bar.addSeparator();
    for (org.dssamap.model.Dimension d : org.dssamap.model.Dimension.values()) {
      JCheckBox box = new JCheckBox(d.id(), true);
      box.addActionListener(e -> {
        if (box.isSelected()) {
          dimensions.add(d);
        } else if (dimensions.size() > 1) {
          dimensions.remove(d);
        } else {
          box.setSelected(true); // one dimension at least: an empty wheel says nothing
        }
        refilter();
      });
      bar.add(box);
    }
    bar.addSeparator();
    bar.add(new JLabel("Region: "));
    JComboBox<String> regions = new JComboBox<>();
    regions.addItem("all regions");
    for (Region r : Region.values()) {
      regions.addItem(r.displayName());
    }
    regions.addActionListener(e -> {
      int i = regions.getSelectedIndex();
      region = i <= 0 ? null : Region.values()[i - 1];
      refilter();
    });
    regions.setMaximumSize(regions.getPreferredSize());
    bar.add(regions);
    bar.addSeparator();
    bar.add(new JLabel("Colour by: "));
    JComboBox<String> colours = new JComboBox<>(new String[] {"kind", "region"});
    colours.addActionListener(e -> {
      colorBy = ColorBy.ofId((String) requireNonNull(colours.getSelectedItem()));
      refilter();
    });
    colours.setMaximumSize(colours.getPreferredSize());
    bar.add(colours);
    bar.addSeparator();
    bar.add(new JLabel("Links: "));
    for (RelationshipKind kind : RelationshipKind.values()) {
      JCheckBox box = new JCheckBox(linkWord(kind), false);
      box.setToolTipText("Draw the map's " + kind.id() + " relationships on the wheel");
      box.addActionListener(e -> {
        if (box.isSelected()) {
          links.add(kind);
        } else {
          links.remove(kind);
        }
        refilter();
      });
      bar.add(box);
    }
    bar.addSeparator();
    JCheckBox wishes = new JCheckBox("intentions", false);
    wishes.setToolTipText("Draw what organizations want to do (empty dashed rings) and would give away (dashed "
        + "rings around their dots): intentions, never counted as placements");
    wishes.addActionListener(e -> {
      intentions = wishes.isSelected();
      refilter();
    });
    bar.add(wishes);
    return bar;
  }

  private RenderOptions options() {
    RenderOptions.Builder b = RenderOptions.builder().statuses(statuses).dimensions(dimensions).colorBy(colorBy);
    if (region != null) {
      b.regions(List.of(region));
    }
    return b.links(links).showIntentions(intentions).build();
  }

  private void refilter() {
    RenderOptions options = options();
    wheel.setOptions(options);
    table.setOptions(options);
    rows.show(map, options);
  }

  /** A kind of link in a word, as {@code dssa render --links} takes it. */
  static String linkWord(RelationshipKind kind) {
    return switch (kind) {
      case OUTSOURCES_TO -> "outsourcing";
      case ESCALATES_TO -> "escalation";
      case MEMBER_OF -> "membership";
      case SHARES_WITH -> "sharing";
      case DISTRUSTS -> "distrust";
    };
  }

  private void selected(MapSelection selection, MapComponent other) {
    other.setSelection(selection);
    details.show(map, selection);
  }

  private void pick(MapSelection selection) {
    wheel.setSelection(selection);
    table.setSelection(selection);
    details.show(map, selection);
  }

  private void choose() {
    JFileChooser chooser = new JFileChooser(file == null ? new File(".")
        : Objects.requireNonNull(file.toAbsolutePath().getParent()).toFile());
    chooser.setFileFilter(new FileNameExtensionFilter("Map files (.json, .csv)", "json", "csv"));
    if (chooser.showOpenDialog(frame) == JFileChooser.APPROVE_OPTION) {
      open(chooser.getSelectedFile().toPath());
    }
  }

  /** Reads {@code path} off the event dispatch thread, then shows it; a map that cannot be read is explained. */
  void open(Path path) {
    status.setText("Reading " + path + "…");
    new SwingWorker<Loaded, Void>() {
      @Override
      protected Loaded doInBackground() {
        EcosystemMap loaded = loader.load(path);
        return new Loaded(loaded, AnalysisReport.of(loaded));
      }

      @Override
      protected void done() {
        try {
          Loaded loaded = get();
          file = path;
          show(loaded);
        } catch (ExecutionException e) {
          failed(path, e.getCause() == null ? e : e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }.execute();
  }

  private record Loaded(EcosystemMap map, AnalysisReport analysis) {}

  private void show(Loaded loaded) {
    map = loaded.map();
    wheel.setMap(map);
    table.setMap(map);
    rows.show(map, options());
    findings.show(map, loaded.analysis());
    pick(MapSelection.NONE);
    frame.setTitle((map.title().isBlank() ? String.valueOf(file) : map.title()) + " — dssa-map");
    status.setText(file + " · " + map.organizations().size() + " organizations · " + map.placements().size()
        + " placements · " + map.relationships().size() + " relationships · catalog " + map.catalog().id());
  }

  private void failed(Path path, Throwable error) {
    status.setText("Could not open " + path);
    String text = error instanceof InvalidMapException invalid
        ? String.join("\n", invalid.formattedProblems())
        : Optional.ofNullable(error.getMessage()).orElse(error.toString());
    JTextArea problems = PlainText.of(new JTextArea(text, Math.min(20, 2 + (int) text.lines().count()), 90));
    problems.setEditable(false);
    problems.setFont(new Font(Font.MONOSPACED, Font.PLAIN, problems.getFont().getSize()));
    JOptionPane.showMessageDialog(frame, new JScrollPane(problems), "Cannot open " + path.getFileName(),
        JOptionPane.ERROR_MESSAGE);
  }

  /** Opens a map file dropped on the window. */
  private final class FileDrop extends TransferHandler {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean canImport(TransferSupport support) {
      return support.isDataFlavorSupported(DataFlavor.javaFileListFlavor);
    }

    @Override
    public boolean importData(TransferSupport support) {
      try {
        List<?> files = (List<?>) support.getTransferable().getTransferData(DataFlavor.javaFileListFlavor);
        if (!files.isEmpty() && files.get(0) instanceof File f) {
          open(f.toPath());
          return true;
        }
      } catch (java.awt.datatransfer.UnsupportedFlavorException | java.io.IOException e) {
        status.setText("Could not take the dropped file: " + e.getMessage());
      }
      return false;
    }
  }
}
