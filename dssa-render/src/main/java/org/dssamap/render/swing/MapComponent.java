package org.dssamap.render.swing;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.Graphics;
import java.awt.Point;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.MouseWheelEvent;
import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Point2D;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import javax.swing.JComponent;
import javax.swing.ToolTipManager;
import org.dssamap.model.Cell;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.Region;
import org.dssamap.model.Status;
import org.dssamap.render.MapRenderer;
import org.dssamap.render.options.RenderOptions;
import org.dssamap.render.View;
import org.dssamap.render.scene.CellNode;
import org.dssamap.render.scene.Emphasis;
import org.dssamap.render.scene.IntentionNode;
import org.dssamap.render.scene.NoteMark;
import org.dssamap.render.scene.PlacementNode;
import org.dssamap.render.scene.Scene;
import org.dssamap.render.scene.SceneIndex;
import org.dssamap.render.scene.ScenePainter;
import org.dssamap.render.scene.Structure;
import org.jspecify.annotations.Nullable;

/**
 * A Swing component that shows a map as the wheel or the table, embeddable in any Swing application. It
 * paints the same scene the SVG and PNG outputs paint, as vector drawing scaled by the graphics transform, so it
 * stays sharp on HiDPI screens and at any zoom. Hovering shows a tooltip; clicking a dot picks the placement and
 * rings that organization everywhere, clicking elsewhere in a cell picks the cell; both are reported to {@link
 * MapSelectionListener}s. The mouse wheel zooms about the pointer, dragging pans, a double click fits the map
 * again; with the keyboard focus, plus and minus zoom, zero fits and escape clears the selection. Use it from
 * the event dispatch thread, like any Swing component.
 */
public final class MapComponent extends JComponent {
  private static final long serialVersionUID = 1L;
  private static final double MIN_ZOOM = 0.25;
  private static final double MAX_ZOOM = 16;

  private transient EcosystemMap map;
  private View view;
  private transient RenderOptions options;
  private transient Optional<Set<Cell>> gaps = Optional.empty();
  private transient Scene scene;
  private transient SceneIndex index;
  private transient MapSelection selection = MapSelection.NONE;
  private double zoom = 1;
  private double panX;
  private double panY;

  /** A component showing {@code map} in {@code view} with {@code options}. */
  public MapComponent(EcosystemMap map, View view, RenderOptions options) {
    this.map = requireNonNull(map, "map");
    this.view = requireNonNull(view, "view");
    this.options = requireNonNull(options, "options");
    setOpaque(true);
    ToolTipManager.sharedInstance().registerComponent(this);
    Mouse mouse = new Mouse();
    addMouseListener(mouse);
    addMouseMotionListener(mouse);
    addMouseWheelListener(mouse);
    bindKeys();
    relayout();
  }

  /** Plus and minus zoom, zero fits, escape clears the selection, for users who do not use a mouse. */
  private void bindKeys() {
    setFocusable(true);
    bind("zoom-in", () -> setZoom(zoom * 1.25), "PLUS", "EQUALS", "ADD");
    bind("zoom-out", () -> setZoom(zoom / 1.25), "MINUS", "SUBTRACT");
    bind("zoom-to-fit", this::zoomToFit, "0", "NUMPAD0");
    bind("clear-selection", () -> select(MapSelection.NONE), "ESCAPE");
  }

  private void bind(String name, Runnable action, String... keys) {
    for (String key : keys) {
      getInputMap(WHEN_FOCUSED).put(javax.swing.KeyStroke.getKeyStroke(key), name);
    }
    getActionMap().put(name, new javax.swing.AbstractAction(name) {
      private static final long serialVersionUID = 1L;

      @Override
      public void actionPerformed(java.awt.event.ActionEvent e) {
        action.run();
      }
    });
  }

  /** A wheel of {@code map} with default options. */
  public static MapComponent wheel(EcosystemMap map) {
    return new MapComponent(map, View.WHEEL, RenderOptions.defaults());
  }

  /** A table of {@code map} with default options. */
  public static MapComponent table(EcosystemMap map) {
    return new MapComponent(map, View.TABLE, RenderOptions.defaults());
  }

  /** The map shown. */
  public EcosystemMap getMap() {
    return map;
  }

  /** Shows another map; the selection is cleared. */
  public void setMap(EcosystemMap newMap) {
    this.map = requireNonNull(newMap, "map");
    select(MapSelection.NONE);
    relayout();
  }

  /** The view shown. */
  public View getView() {
    return view;
  }

  /** Shows the map as the wheel or the table. */
  public void setView(View newView) {
    this.view = requireNonNull(newView, "view");
    relayout();
  }

  /** The options in force, filters included. */
  public RenderOptions getOptions() {
    return options;
  }

  /** Draws with other options (theme, filters, colouring). */
  public void setOptions(RenderOptions newOptions) {
    this.options = requireNonNull(newOptions, "options");
    relayout();
  }

  /** Shows only placements of these statuses. */
  public void setStatusFilter(Collection<Status> statuses) {
    setOptions(options.withStatuses(statuses));
  }

  /** Shows only organizations of these regions; empty for all. */
  public void setRegionFilter(Collection<Region> regions) {
    setOptions(options.withRegions(regions));
  }

  /** Shows only these dimensions. */
  public void setDimensionFilter(Collection<org.dssamap.model.Dimension> dimensions) {
    setOptions(options.withDimensions(dimensions));
  }

  /** Marks {@code newGaps} as the gap cells instead of {@link MapRenderer#defaultGaps the default}. */
  public void setGaps(Set<Cell> newGaps) {
    this.gaps = Optional.of(ImmutableSet.copyOf(newGaps));
    relayout();
  }

  /** The scene being shown, in scene coordinates. */
  public Scene getScene() {
    return scene;
  }

  /** What is picked. */
  public MapSelection getSelection() {
    return selection;
  }

  /** Picks {@code newSelection}, rings it, and tells the listeners when it changed. */
  public void setSelection(MapSelection newSelection) {
    select(requireNonNull(newSelection, "selection"));
  }

  /** Starts telling {@code listener} about selections. */
  public void addSelectionListener(MapSelectionListener listener) {
    listenerList.add(MapSelectionListener.class, listener);
  }

  /** Stops telling {@code listener} about selections. */
  public void removeSelectionListener(MapSelectionListener listener) {
    listenerList.remove(MapSelectionListener.class, listener);
  }

  /** The zoom factor over the fitted size: 1 shows the whole map. */
  public double getZoom() {
    return zoom;
  }

  /** Zooms to {@code factor} of the fitted size, about the component's centre. */
  public void setZoom(double factor) {
    zoomAbout(factor, getWidth() / 2.0, getHeight() / 2.0);
  }

  /** Shows the whole map again. */
  public void zoomToFit() {
    zoom = 1;
    panX = 0;
    panY = 0;
    repaint();
  }

  private void zoomAbout(double factor, double px, double py) {
    double newZoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, factor));
    Point2D before = toScene(px, py);
    zoom = newZoom;
    Point2D after = toScene(px, py);
    // keep the scene point under the pointer where it was
    double s = fitScale() * zoom;
    panX += (after.getX() - before.getX()) * s;
    panY += (after.getY() - before.getY()) * s;
    repaint();
  }

  private void relayout() {
    scene = MapRenderer.scene(map, view, options, gaps.orElseGet(() -> MapRenderer.defaultGaps(map)));
    index = SceneIndex.of(scene);
    getAccessibleContext().setAccessibleName(scene.title());
    getAccessibleContext().setAccessibleDescription(scene.description());
    revalidate();
    repaint();
  }

  private void select(MapSelection newSelection) {
    if (newSelection.equals(selection)) {
      return;
    }
    selection = newSelection;
    repaint();
    for (MapSelectionListener l : listenerList.getListeners(MapSelectionListener.class)) {
      l.selectionChanged(newSelection);
    }
  }

  /** Assistive technology sees the map's title and description. */
  @Override
  public javax.accessibility.AccessibleContext getAccessibleContext() {
    if (accessibleContext == null) {
      accessibleContext = new AccessibleJComponent() {
        @Override
        public javax.accessibility.AccessibleRole getAccessibleRole() {
          return javax.accessibility.AccessibleRole.PANEL;
        }
      };
    }
    return accessibleContext;
  }

  @Override
  public Dimension getPreferredSize() {
    if (isPreferredSizeSet()) {
      return super.getPreferredSize();
    }
    return new Dimension((int) Math.ceil(scene.width()), (int) Math.ceil(scene.height()));
  }

  private double fitScale() {
    double w = Math.max(1, getWidth());
    double h = Math.max(1, getHeight());
    return Math.min(w / scene.width(), h / scene.height());
  }

  /** The transform from scene coordinates to this component's coordinates. */
  public AffineTransform sceneToComponent() {
    double s = fitScale() * zoom;
    AffineTransform t = new AffineTransform();
    t.translate((getWidth() - scene.width() * s) / 2 + panX, (getHeight() - scene.height() * s) / 2 + panY);
    t.scale(s, s);
    return t;
  }

  private Point2D toScene(double x, double y) {
    try {
      return sceneToComponent().inverseTransform(new Point2D.Double(x, y), null);
    } catch (NoninvertibleTransformException e) {
      return new Point2D.Double(Double.NaN, Double.NaN);
    }
  }

  /** The placement under a point of this component, if any. */
  public Optional<PlacementNode> placementAt(Point p) {
    Point2D s = toScene(p.x, p.y);
    return index.placementAt(s.getX(), s.getY());
  }

  /** The cell under a point of this component, if any. */
  public Optional<CellNode> cellAt(Point p) {
    Point2D s = toScene(p.x, p.y);
    return index.cellAt(s.getX(), s.getY());
  }

  /** The drawn intention (its ring or name) under a point of this component, if any. */
  public Optional<IntentionNode> intentionAt(Point p) {
    Point2D s = toScene(p.x, p.y);
    return index.intentionAt(s.getX(), s.getY());
  }

  /** The notes whose sheet is under a point of this component, if any. */
  public Optional<NoteMark> noteAt(Point p) {
    Point2D s = toScene(p.x, p.y);
    return index.noteAt(s.getX(), s.getY());
  }

  /**
   * What is under the pointer, in words: a placement's sentence; else an intention's (a dot given away answers as
   * its placement, its ring as the intention); else the notes of a sheet; else the cell's.
   */
  @Override
  public @Nullable String getToolTipText(MouseEvent event) {
    Optional<PlacementNode> p = placementAt(event.getPoint());
    if (p.isPresent()) {
      return p.get().tooltip();
    }
    Optional<IntentionNode> i = intentionAt(event.getPoint());
    if (i.isPresent()) {
      return wrapped(i.get().tooltip());
    }
    Optional<NoteMark> n = noteAt(event.getPoint());
    if (n.isPresent()) {
      return wrapped(n.get().tooltip());
    }
    return cellAt(event.getPoint()).map(CellNode::tooltip).orElse(null);
  }

  /**
   * A long text as a tooltip of lines about 60 characters long: notes are questions of a paragraph, and an
   * intention carries what was said with it. Swing's HTML, with the text escaped, so that it stays text.
   */
  static String wrapped(String text) {
    StringBuilder b = new StringBuilder("<html><p style='width:360px'>");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.append("</p></html>").toString();
  }

  @Override
  protected void paintComponent(Graphics g) {
    Graphics2D g2 = (Graphics2D) g.create();
    try {
      g2.setColor(scene.background());
      g2.fillRect(0, 0, getWidth(), getHeight());
      g2.transform(sceneToComponent());
      ScenePainter.paint(scene, g2, emphasis(), Structure.NONE);
    } finally {
      g2.dispose();
    }
  }

  private Emphasis emphasis() {
    ImmutableSet<String> orgs = selection.organization().map(ImmutableSet::of)
        .orElseGet(() -> options.highlight().map(ImmutableSet::of).orElse(ImmutableSet.of()));
    return new Emphasis(orgs, selection.organization().isPresent() ? Optional.empty() : selection.cell());
  }

  private final class Mouse extends MouseAdapter {
    private @Nullable Point dragFrom;

    @Override
    public void mousePressed(MouseEvent e) {
      dragFrom = e.getPoint();
    }

    @Override
    public void mouseDragged(MouseEvent e) {
      if (dragFrom != null) {
        panX += e.getX() - dragFrom.x;
        panY += e.getY() - dragFrom.y;
        dragFrom = e.getPoint();
        repaint();
      }
    }

    @Override
    public void mouseClicked(MouseEvent e) {
      if (e.getClickCount() == 2) {
        zoomToFit();
        return;
      }
      Optional<PlacementNode> p = placementAt(e.getPoint());
      if (p.isPresent()) {
        select(MapSelection.ofPlacement(p.get().organization(), p.get().cell()));
      } else {
        select(cellAt(e.getPoint()).map(c -> MapSelection.ofCell(c.cell())).orElse(MapSelection.NONE));
      }
    }

    @Override
    public void mouseWheelMoved(MouseWheelEvent e) {
      zoomAbout(zoom * Math.pow(1.15, -e.getPreciseWheelRotation()), e.getX(), e.getY());
    }
  }
}
