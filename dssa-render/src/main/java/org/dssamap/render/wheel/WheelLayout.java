package org.dssamap.render.wheel;

import com.google.common.collect.ImmutableList;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dssamap.model.Cell;
import org.dssamap.model.Dimension;
import org.dssamap.model.Layer;
import org.dssamap.model.Placement;
import org.dssamap.model.SecurityFunction;
import org.dssamap.render.options.Theme;
import org.dssamap.render.layout.Header;
import org.dssamap.render.layout.Legend;
import org.dssamap.render.layout.MapContent;
import org.dssamap.render.layout.Text;
import org.dssamap.render.scene.AnnularSector;
import org.dssamap.render.scene.Area;
import org.dssamap.render.scene.Box;
import org.dssamap.render.scene.CellNode;
import org.dssamap.render.scene.Circle;
import org.dssamap.render.scene.FontSpec;
import org.dssamap.render.scene.PlacementNode;
import org.dssamap.render.scene.Scene;
import org.dssamap.render.scene.SceneNode;
import org.dssamap.render.scene.Segment;
import org.dssamap.render.scene.Style;
import org.dssamap.render.scene.TextBlock;
import org.dssamap.render.scene.TextLine;

/**
 * Lays a map out as the wheel: the core at the centre, the glue ring, the edge ring; a sector per function,
 * split into internal and external halves; function names around the outside, horizontal and pushed apart so
 * that none overlap; layer names up the spine at twelve o'clock; the legend on the right.
 */
public final class WheelLayout {
  private static final double MARGIN = 24;
  private static final double LABEL_PAD = 30;
  private static final double LETTER_RADIUS = 10;
  private static final double LABEL_GAP = 3;
  private static final double MIN_RADIUS = 150;
  private static final double MAX_SPINE = Math.toRadians(30);
  /** Where each layer's ring starts and ends, as a share of the wheel's radius. */
  private static final Map<Layer, double[]> RINGS = new EnumMap<>(Map.of(
      Layer.CORE, new double[] {0.07, 0.34},
      Layer.GLUE, new double[] {0.34, 0.64},
      Layer.EDGE, new double[] {0.64, 1.0}));

  private final MapContent content;
  private final Theme theme;
  private final List<SceneNode> nodes = new ArrayList<>();
  private boolean aggregated;

  private WheelLayout(MapContent content) {
    this.content = content;
    this.theme = content.theme();
  }

  /** The wheel of {@code content}. */
  public static Scene layout(MapContent content) {
    return new WheelLayout(content).build();
  }

  /** A function's name outside the wheel; its top, relative to the centre, moves while labels are pushed apart. */
  private static final class FunctionLabel {
    final double angle;
    final boolean right;
    final ImmutableList<String> lines;
    final double height;
    double top;

    FunctionLabel(double angle, ImmutableList<String> lines, double height, double top) {
      this.angle = angle;
      this.right = Math.sin(angle) >= 0;
      this.lines = lines;
      this.height = height;
      this.top = top;
    }
  }

  private Scene build() {
    double width = content.options().width();
    double legendWidth = Math.min(340, width * 0.26);
    FontSpec labelFont = theme.labelFont();
    double maxLabelWidth = Math.max(90, Math.min(170, width * 0.11));

    Legend.Laid header = Header.layout(content, MARGIN, MARGIN, width - 2 * MARGIN);
    nodes.addAll(header.nodes());
    double headerBottom = header.bottom() + 12;

    double outside = LABEL_PAD + maxLabelWidth + 6;
    double radius = Math.max(MIN_RADIUS, (width - 3 * MARGIN - legendWidth - 2 * outside) / 2);
    // a narrow canvas grows rather than crowd the wheel into its labels or the legend
    double areaWidth = 2 * (radius + outside);
    width = Math.max(width, areaWidth + 3 * MARGIN + legendWidth);
    double cx = MARGIN + areaWidth / 2;

    List<SecurityFunction> functions = content.functions();
    int n = functions.size();
    List<Dimension> dims = content.dimensions();
    double spine = spineAngle(radius);
    double sectorExtent = (2 * Math.PI - spine) / n;
    double start0 = spine / 2;

    // function labels, first in a frame centred on the wheel, pushed apart on each side
    double labelRadius = radius + LABEL_PAD;
    List<FunctionLabel> labels = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double a = start0 + (i + 0.5) * sectorExtent;
      ImmutableList<String> lines = Text.wrap(Text.clean(functions.get(i).name()), labelFont, maxLabelWidth, 3);
      double h = Text.lineHeight(labelFont) * lines.size();
      double ay = -labelRadius * Math.cos(a);
      double top = ay - h / 2 - (h / 2) * Math.cos(a);
      labels.add(new FunctionLabel(a, lines, h, top));
    }
    for (boolean right : new boolean[] {true, false}) {
      List<FunctionLabel> side = labels.stream().filter(l -> l.right == right)
          .sorted(Comparator.comparingDouble(l -> l.top)).toList();
      double bottom = -Double.MAX_VALUE;
      for (FunctionLabel l : side) {
        l.top = Math.max(l.top, bottom + LABEL_GAP);
        bottom = l.top + l.height;
      }
    }
    double minTop = labels.stream().mapToDouble(l -> l.top).min().orElse(-labelRadius);
    double cy = headerBottom + Math.max(radius + LABEL_PAD, -minTop) + 4;

    // rings under everything
    for (Layer layer : Layer.values()) {
      double[] ring = RINGS.get(layer);
      nodes.add(new Area("ring", new AnnularSector(cx, cy, ring[0] * radius, ring[1] * radius, 0, 2 * Math.PI),
          Style.fill(theme.layerFill(layer))));
    }

    // cells
    for (int i = 0; i < n; i++) {
      double sectorStart = start0 + i * sectorExtent;
      for (int d = 0; d < dims.size(); d++) {
        double halfExtent = sectorExtent / dims.size();
        double a0 = sectorStart + d * halfExtent;
        for (Layer layer : new Layer[] {Layer.EDGE, Layer.GLUE, Layer.CORE}) {
          double[] ring = RINGS.get(layer);
          AnnularSector sector = new AnnularSector(cx, cy, ring[0] * radius, ring[1] * radius, a0, halfExtent);
          nodes.add(cell(functions.get(i).cell(dims.get(d), layer), sector));
        }
      }
    }

    // lines: layer boundaries, function separators, dimension separators
    Style ringLine = Style.stroke(theme.line(), 1.2f);
    for (Layer layer : Layer.values()) {
      double r = RINGS.get(layer)[1] * radius;
      nodes.add(new Area("ring", new AnnularSector(cx, cy, r - 0.01, r, start0, 2 * Math.PI - spine), ringLine));
    }
    double inner = RINGS.get(Layer.CORE)[0] * radius;
    for (int i = 0; i <= n; i++) {
      double a = start0 + i * sectorExtent;
      nodes.add(new Area("sector", new Segment(AnnularSector.x(cx, inner, a), AnnularSector.y(cy, inner, a),
          AnnularSector.x(cx, radius, a), AnnularSector.y(cy, radius, a)), Style.stroke(theme.ink(), 1.6f)));
    }

    spineLabels(cx, cy, radius, spine);
    dimensionLetters(cx, cy, radius, start0, sectorExtent, dims);

    // function labels and their leaders, now that the centre is known
    double lh = Text.lineHeight(labelFont);
    double bottomMost = cy + radius + LABEL_PAD;
    for (FunctionLabel l : labels) {
      double top = cy + l.top;
      double bottom = top + l.height;
      double nearest = top <= cy && bottom >= cy ? 0 : Math.min(Math.abs(top - cy), Math.abs(bottom - cy));
      double dx = nearest >= labelRadius ? 0 : Math.sqrt(labelRadius * labelRadius - nearest * nearest);
      double x = l.right ? cx + Math.max(4, dx) : cx - Math.max(4, dx);
      Text.Placed placed = Text.place(l.lines, labelFont, x, top, l.right ? Text.Align.START : Text.Align.END);
      nodes.add(TextBlock.of("function", placed.lines(), labelFont, theme.ink(), placed.bounds()));
      double ax = AnnularSector.x(cx, radius + 2, l.angle);
      double ay = AnnularSector.y(cy, radius + 2, l.angle);
      double ly = Math.min(Math.max(ay, top + lh / 2), bottom - lh / 2);
      double lx = l.right ? placed.bounds().x() - 2 : placed.bounds().maxX() + 2;
      nodes.add(new Area("leader", new Segment(ax, ay, lx, ly), Style.stroke(theme.line(), 0.8f)));
      bottomMost = Math.max(bottomMost, bottom);
    }

    Legend.Laid legend = Legend.layout(content, width - MARGIN - legendWidth, headerBottom, legendWidth, true,
        aggregated);
    nodes.addAll(legend.nodes());
    double height = Math.ceil(Math.max(bottomMost, legend.bottom()) + MARGIN);
    return new Scene(width, height, theme.background(), theme.highlight(), content.title(),
        content.description("wheel"), ImmutableList.copyOf(nodes));
  }

  /** The angle left open at twelve o'clock, wide enough for the layer names written up it. */
  private double spineAngle(double radius) {
    FontSpec f = theme.smallFont();
    double h = Text.lineHeight(f);
    double needed = Math.toRadians(8);
    for (Layer layer : Layer.values()) {
      double[] ring = RINGS.get(layer);
      double w = Text.width(layer.displayName().toUpperCase(java.util.Locale.ROOT), f);
      double mid = (ring[0] + ring[1]) / 2 * radius;
      double nearest = mid - w / 2;
      if (nearest > h) {
        needed = Math.max(needed, 2 * Math.atan((h / 2 + 2) / nearest));
      }
    }
    return Math.min(MAX_SPINE, needed);
  }

  private void spineLabels(double cx, double cy, double radius, double spine) {
    FontSpec f = theme.smallFont();
    double h = Text.lineHeight(f);
    double asc = Text.ascent(f);
    for (Layer layer : Layer.values()) {
      double[] ring = RINGS.get(layer);
      String name = layer.displayName().toUpperCase(java.util.Locale.ROOT);
      double w = Text.width(name, f);
      double mid = (ring[0] + ring[1]) / 2 * radius;
      double nearest = mid - w / 2;
      boolean fits = w <= (ring[1] - ring[0]) * radius - 4 && nearest > 0
          && nearest * Math.tan(spine / 2) >= h / 2;
      if (!fits) {
        continue;
      }
      // written bottom to top: turned a quarter anticlockwise about the text's centre
      double px = cx;
      double py = cy - mid;
      ImmutableList<TextLine> line = ImmutableList.of(new TextLine(name, px - w / 2, py - h / 2 + asc));
      Box bounds = new Box(px - h / 2, py - w / 2, h, w);
      nodes.add(new TextBlock("layer", line, f, theme.mutedInk(), -Math.PI / 2, px, py, bounds));
    }
  }

  private void dimensionLetters(double cx, double cy, double radius, double start0, double sectorExtent,
      List<Dimension> dims) {
    if (dims.size() < 2) {
      return;
    }
    FontSpec f = theme.smallFont();
    double h = Text.lineHeight(f);
    double halfArc = radius * sectorExtent / 2;
    if (halfArc < Text.width("I", f) + h + 4) {
      return;
    }
    int n = content.functions().size();
    for (int i = 0; i < n; i++) {
      for (int d = 0; d < 2; d++) {
        double a = start0 + i * sectorExtent + (d + 0.5) * sectorExtent / 2;
        String letter = d == 0 ? "I" : "E";
        double x = AnnularSector.x(cx, radius + LETTER_RADIUS, a);
        double y = AnnularSector.y(cy, radius + LETTER_RADIUS, a);
        Text.Placed p = Text.place(List.of(letter), f, x, y - h / 2, Text.Align.MIDDLE);
        nodes.add(TextBlock.of("dimension", p.lines(), f, theme.mutedInk(), p.bounds()));
      }
    }
  }

  private CellNode cell(Cell cell, AnnularSector sector) {
    List<Placement> placements = new ArrayList<>(content.visibleIn(cell));
    placements.sort(MapContent.BY_STATUS.thenComparing(Placement::organization));
    int[] counts = content.counts(cell);
    List<SceneNode> decorations = new ArrayList<>();
    AnnularSector dotArea = sector;
    FontSpec small = theme.smallFont();
    if (content.options().showCounts() && !placements.isEmpty()) {
      Optional<TextBlock> count = countLabel(sector, MapContent.countText(counts), small);
      if (count.isPresent()) {
        decorations.add(count.get());
        double band = countDepth(sector, count.get()) + 1;
        if (sector.outerRadius() - band > sector.innerRadius() + 1) {
          dotArea = new AnnularSector(sector.cx(), sector.cy(), sector.innerRadius(), sector.outerRadius() - band,
              sector.start(), sector.extent());
        }
      }
    }
    List<Circle> dots = List.of();
    for (double r = theme.dotRadius(); r >= theme.minDotRadius() - 1e-9 && !placements.isEmpty(); r -= 0.5) {
      dots = DotPacking.pack(dotArea, placements.size(), r);
      if (!dots.isEmpty()) {
        break;
      }
    }
    boolean aggregate = !placements.isEmpty() && dots.isEmpty();
    if (aggregate) {
      aggregated = true;
      aggregateMark(dotArea, counts).forEach(decorations::add);
    }
    ImmutableList.Builder<PlacementNode> nodesOut = ImmutableList.builder();
    for (int k = 0; k < placements.size(); k++) {
      Placement p = placements.get(k);
      Optional<org.dssamap.render.scene.Marker> marker = aggregate ? Optional.empty()
          : Optional.of(content.marker(p, dots.get(k)));
      nodesOut.add(new PlacementNode(p.organization(), cell, p.status(), content.tooltip(p), marker,
          Optional.empty()));
    }
    return new CellNode(cell, sector, content.cellStyle(cell, theme.layerFill(cell.layer())),
        content.isExpected(cell), content.isGap(cell), counts[0], counts[1], counts[2], aggregate,
        content.cellTooltip(cell, counts[0], counts[1], counts[2]), ImmutableList.copyOf(decorations), nodesOut.build());
  }

  /**
   * The count, centred at the outer rim of the cell, if it fits inside the cell, and the depth of the band it
   * takes from the rim: a horizontal box reaches further in at three and nine o'clock than at twelve.
   */
  private Optional<TextBlock> countLabel(AnnularSector sector, String text, FontSpec font) {
    double h = Text.lineHeight(font);
    double w = Text.width(text, font);
    double a = sector.middle();
    double depth = Math.abs(w * Math.sin(a)) + Math.abs(h * Math.cos(a));
    double rho = sector.outerRadius() - 2 - depth / 2;
    double x = AnnularSector.x(sector.cx(), rho, a);
    double y = AnnularSector.y(sector.cy(), rho, a);
    Text.Placed p = Text.place(List.of(text), font, x, y - h / 2, Text.Align.MIDDLE);
    Box b = p.bounds();
    boolean inside = sector.contains(b.x(), b.y()) && sector.contains(b.maxX(), b.y())
        && sector.contains(b.x(), b.maxY()) && sector.contains(b.maxX(), b.maxY())
        && sector.contains(b.x() + w / 2, b.y()) && sector.contains(b.x() + w / 2, b.maxY());
    return inside ? Optional.of(TextBlock.of("count", p.lines(), font, theme.ink(), b)) : Optional.empty();
  }

  /** How far in from the rim a count label reaches: to the point of its box nearest the centre. */
  private static double countDepth(AnnularSector sector, TextBlock count) {
    Box b = count.bounds();
    double nx = Math.max(b.x(), Math.min(sector.cx(), b.maxX()));
    double ny = Math.max(b.y(), Math.min(sector.cy(), b.maxY()));
    return sector.outerRadius() - Math.hypot(nx - sector.cx(), ny - sector.cy());
  }

  /** A pie of the verified share at the centre of the cell's free area. */
  private List<SceneNode> aggregateMark(AnnularSector area, int[] counts) {
    double rho = (area.innerRadius() + area.outerRadius()) / 2;
    double r = Math.min((area.outerRadius() - area.innerRadius()) / 2 - 2,
        rho * Math.sin(Math.min(Math.PI / 2, area.extent() / 2)) - 2);
    r = Math.min(r, 18);
    if (r < 2) {
      return List.of();
    }
    double x = AnnularSector.x(area.cx(), rho, area.middle());
    double y = AnnularSector.y(area.cy(), rho, area.middle());
    int total = counts[0] + counts[1] + counts[2];
    double share = total == 0 ? 0 : (double) counts[0] / total;
    Color ink = theme.mutedInk();
    List<SceneNode> out = new ArrayList<>();
    out.add(new Area("aggregate", new Circle(x, y, r), Style.of(theme.background(), ink, 1.2f)));
    if (share > 0) {
      out.add(new Area("aggregate", new AnnularSector(x, y, 0, r, 0, 2 * Math.PI * share), Style.fill(ink)));
    }
    return out;
  }
}
