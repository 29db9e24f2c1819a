package org.dssamap.render.internal.wheel;

import static java.util.Objects.requireNonNull;

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
import org.dssamap.model.Intention;
import org.dssamap.model.Layer;
import org.dssamap.model.Placement;
import org.dssamap.model.SecurityFunction;
import org.dssamap.render.internal.layout.Header;
import org.dssamap.render.internal.layout.Legend;
import org.dssamap.render.internal.layout.MapContent;
import org.dssamap.render.internal.layout.NoteList;
import org.dssamap.render.internal.layout.Text;
import org.dssamap.render.options.Theme;
import org.dssamap.render.scene.AnnularSector;
import org.dssamap.render.scene.Area;
import org.dssamap.render.scene.Box;
import org.dssamap.render.scene.CellNode;
import org.dssamap.render.scene.Circle;
import org.dssamap.render.scene.FontSpec;
import org.dssamap.render.scene.IntentionNode;
import org.dssamap.render.scene.LinkNode;
import org.dssamap.render.scene.NoteMark;
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
  private static final int INDEX_COLUMNS = 3;
  /** Where each layer's ring starts and ends, as a share of the wheel's radius. */
  private static final Map<Layer, double[]> RINGS = new EnumMap<>(Map.of(
      Layer.CORE, new double[] {0.07, 0.34},
      Layer.GLUE, new double[] {0.34, 0.64},
      Layer.EDGE, new double[] {0.64, 1.0}));

  private static double[] ring(Layer layer) {
    return requireNonNull(RINGS.get(layer));
  }

  private final MapContent content;
  private final Theme theme;
  private final List<SceneNode> nodes = new ArrayList<>();
  private boolean aggregated;
  /** The part of each aggregated cell left free by its count, as {@link #cell} worked it out. */
  private final Map<Cell, AnnularSector> freeAreas = new java.util.HashMap<>();

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
      double[] ring = ring(layer);
      nodes.add(new Area("ring", new AnnularSector(cx, cy, ring[0] * radius, ring[1] * radius, 0, 2 * Math.PI),
          Style.fill(theme.layerFill(layer))));
    }

    // cells
    List<CellNode> cells = new ArrayList<>();
    int firstCell = nodes.size();
    for (int i = 0; i < n; i++) {
      double sectorStart = start0 + i * sectorExtent;
      for (int d = 0; d < dims.size(); d++) {
        double halfExtent = sectorExtent / dims.size();
        double a0 = sectorStart + d * halfExtent;
        for (Layer layer : new Layer[] {Layer.EDGE, Layer.GLUE, Layer.CORE}) {
          double[] ring = ring(layer);
          AnnularSector sector = new AnnularSector(cx, cy, ring[0] * radius, ring[1] * radius, a0, halfExtent);
          cells.add(cell(functions.get(i).cell(dims.get(d), layer), sector));
        }
      }
    }
    cells = scaleAggregates(cells);
    nodes.addAll(cells);

    // lines: layer boundaries, function separators, dimension separators
    Style ringLine = Style.stroke(theme.line(), 1.2f);
    for (Layer layer : Layer.values()) {
      double r = ring(layer)[1] * radius;
      nodes.add(new Area("ring", new AnnularSector(cx, cy, r - 0.01, r, start0, 2 * Math.PI - spine), ringLine));
    }
    double inner = ring(Layer.CORE)[0] * radius;
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

    // names and numbers beside the dots, around everything written so far
    List<Box> obstacles = new ArrayList<>();
    for (SceneNode node : nodes) {
      if (node instanceof TextBlock t) {
        obstacles.add(t.bounds());
      } else if (node instanceof CellNode c) {
        c.decorations().forEach(dec -> {
          if (dec instanceof TextBlock t) {
            obstacles.add(t.bounds());
          } else if (dec instanceof Area a) {
            obstacles.add(a.geometry().bounds());
          }
        });
        c.note().flatMap(NoteMark::sheet).ifPresent(sheet -> obstacles.add(sheet.geometry().bounds()));
      }
    }
    WheelNames.Named named = WheelNames.name(content, cells, cx, cy, radius, obstacles);
    for (int k = 0; k < named.cells().size(); k++) {
      nodes.set(firstCell + k, named.cells().get(k));
    }
    WheelLinks.Laid linked = WheelLinks.layout(content, named.cells(), cx, cy);
    ImmutableList<LinkNode> links = linked.links();
    nodes.addAll(linked.marks());
    nodes.addAll(links);

    double legendX = width - MARGIN - legendWidth;
    Legend.Laid legend = Legend.layout(content, legendX, headerBottom, legendWidth, true, aggregated,
        links.stream().filter(l -> !l.onPath() && !l.core()).map(LinkNode::kind).distinct().sorted().toList());
    nodes.addAll(legend.nodes());
    double legendBottom = legend.bottom();
    FontSpec small = theme.smallFont();
    for (WheelLinks.Note note : linked.notes()) {
      // the path and the core in words, so that a printout says what the highlighted links are; beside each,
      // a sample of how it is drawn
      double indent = note.sample().isPresent() ? 26 : 0;
      Text.Placed p = Text.place(Text.wrap(note.text(), small, legendWidth - indent, 12), small, legendX + indent,
          legendBottom + 6, Text.Align.START);
      double mid = p.bounds().y() + Text.lineHeight(small) / 2;
      note.sample().ifPresent(style -> nodes.add(new Area("link-sample", note.ring()
          ? new Circle(legendX + 10, mid, 7) : new Segment(legendX, mid, legendX + 20, mid), style)));
      nodes.add(TextBlock.of("link-note", p.lines(), small, theme.ink(), p.bounds()));
      legendBottom = p.bounds().maxY();
    }
    if (content.hasDrawnNotes()) {
      Legend.Laid notes = NoteList.layout(content, NoteList.unmarked(named.cells()), legendX, legendBottom + 10,
          legendWidth);
      nodes.addAll(notes.nodes());
      legendBottom = notes.bottom();
    }
    double indexBottom = legendBottom;
    if (!named.index().isEmpty()) {
      double[] laid = index(named, legendX, legendBottom + 10, legendWidth,
          Math.max(bottomMost, legendBottom + 0.6 * (bottomMost - headerBottom)));
      width = Math.max(width, laid[0] + MARGIN);
      indexBottom = laid[1];
    }
    double height = Math.ceil(Math.max(bottomMost, indexBottom) + MARGIN);
    return new Scene(width, height, theme.background(), theme.highlight(), content.title(),
        content.description("wheel"), ImmutableList.copyOf(nodes));
  }

  /**
   * The index of what the picture could not name, in columns of {@code width} from {@code (x, top)}: a column
   * ends at {@code limit} and the next starts to its right. Returns the right edge and the bottom.
   */
  private double[] index(WheelNames.Named named, double x, double top, double width, double limit) {
    FontSpec heading = theme.labelFont();
    FontSpec small = theme.smallFont();
    Text.Placed title = Text.place(Text.wrap("Who is where, by function", heading, width, 3), heading,
        x, top, Text.Align.START);
    nodes.add(TextBlock.of("index-heading", title.lines(), heading, theme.ink(), title.bounds()));
    List<String> how = new ArrayList<>();
    if (named.numbered()) {
      how.add("\u201c7 Name\u201d: the dot numbered 7 on the wheel");
    }
    if (named.wishesListed()) {
      how.add("\u201cGlue, external, wanted by (2): A, B\u201d (or \u201cwould be given away by\u201d): intentions "
          + "with no room on the wheel");
    }
    if (named.unplaced()) {
      how.add("\u201c\u2013 Name (layer, half)\u201d: a dot with no room for its number, in that cell");
    }
    if (named.listed()) {
      how.add("\u201cEdge, internal (703): A, B + 698 more\u201d: a cell too full to name its dots, its "
          + WheelNames.LARGEST_LISTED + " largest organizations");
    }
    Text.Placed note = Text.place(Text.wrap(String.join("; ", how) + ".", small, width, 6), small, x,
        title.bounds().maxY() + 1, Text.Align.START);
    nodes.add(TextBlock.of("index-note", note.lines(), small, theme.mutedInk(), note.bounds()));
    List<WheelNames.Entry> entries = named.index();
    double y = note.bounds().maxY() + 4;
    // at most three columns: a long index makes the picture taller rather than ever wider
    double total = entries.stream().mapToDouble(e -> entryHeight(e, width)).sum();
    limit = Math.max(limit, y + total / INDEX_COLUMNS + 60);
    double column = x;
    double bottom = y;
    WheelNames.Entry current = null;
    for (int i = 0; i < entries.size(); i++) {
      WheelNames.Entry e = entries.get(i);
      double h = entryHeight(e, width);
      // a heading starts a new column rather than end one without its first line
      double keep = e.heading() && i + 1 < entries.size() ? h + entryHeight(entries.get(i + 1), width) : h;
      if (y + keep > limit && y > top + 40) {
        column += width + 16;
        y = top;
        if (!e.heading() && current != null) {
          // a function's entries go on under its name, said again
          Text.Placed again = Text.place(entryLines(new WheelNames.Entry(current.text() + " (continued)", true),
              width), heading, column, y + 3, Text.Align.START);
          nodes.add(TextBlock.of("index-heading", again.lines(), heading, theme.ink(), again.bounds()));
          y = again.bounds().maxY() + 1;
        }
      }
      if (e.heading()) {
        current = e;
      }
      FontSpec f = e.heading() ? heading : small;
      Text.Placed p = Text.place(entryLines(e, width), f, column + (e.heading() ? 0 : 10), y + (e.heading() ? 3 : 0),
          Text.Align.START);
      nodes.add(TextBlock.of(e.heading() ? "index-heading" : "index", p.lines(), f, theme.ink(), p.bounds()));
      y = p.bounds().maxY() + 1;
      bottom = Math.max(bottom, y);
    }
    return new double[] {column + width, bottom};
  }

  private ImmutableList<String> entryLines(WheelNames.Entry e, double width) {
    return e.heading() ? Text.wrap(e.text(), theme.labelFont(), width, 2)
        : Text.wrap(e.text(), theme.smallFont(), width - 10, e.whole() ? Integer.MAX_VALUE : 4);
  }

  private double entryHeight(WheelNames.Entry e, double width) {
    FontSpec f = e.heading() ? theme.labelFont() : theme.smallFont();
    return Text.lineHeight(f) * entryLines(e, width).size() + (e.heading() ? 4 : 1);
  }

  /**
   * Gives every aggregated cell its mark, on one scale for the whole wheel: the mark's area grows with the count,
   * as large as the tightest cell allows, so that a cell of 3,000 reads as fuller than a cell of 100.
   */
  private List<CellNode> scaleAggregates(List<CellNode> cells) {
    double k = 24;
    int most = 0;
    for (CellNode c : cells) {
      if (c.aggregated()) {
        most = Math.max(most, c.total());
        k = Math.min(k, available(freeArea(c)) / Math.sqrt(c.total()));
      }
    }
    if (most == 0) {
      return cells;
    }
    k = Math.min(k, 24 / Math.sqrt(most));
    List<CellNode> out = new ArrayList<>();
    for (CellNode c : cells) {
      if (!c.aggregated()) {
        out.add(c);
        continue;
      }
      List<SceneNode> decorations = new ArrayList<>(c.decorations());
      double r = Math.min(available(freeArea(c)), Math.max(3, k * Math.sqrt(c.total())));
      decorations.addAll(aggregateMark(freeArea(c), new int[] {c.verified(), c.claimed(), c.disputed()}, r));
      out.add(c.withDecorations(ImmutableList.copyOf(decorations)));
    }
    return out;
  }

  private AnnularSector freeArea(CellNode c) {
    return freeAreas.getOrDefault(c.cell(), (AnnularSector) c.outline());
  }

  private static double available(AnnularSector area) {
    double rho = (area.innerRadius() + area.outerRadius()) / 2;
    return Math.max(0, Math.min((area.outerRadius() - area.innerRadius()) / 2 - 2,
        rho * Math.sin(Math.min(Math.PI / 2, area.extent() / 2)) - 2));
  }

  /** The angle left open at twelve o'clock, wide enough for the layer names written up it. */
  private double spineAngle(double radius) {
    FontSpec f = theme.smallFont();
    double h = Text.lineHeight(f);
    double needed = Math.toRadians(8);
    for (Layer layer : Layer.values()) {
      double[] ring = ring(layer);
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
      double[] ring = ring(layer);
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

  /**
   * The cell: its count (and the sheet of its notes) at the outer rim, its dots below, or its aggregate. With
   * intentions drawn, a wish takes a place among the dots (an empty dashed ring), and a cell with a part given away
   * leaves room around every dot for its ring; today's dots are laid out first, so that their count and their look
   * are the same with intentions drawn or not.
   */
  private CellNode cell(Cell cell, AnnularSector sector) {
    List<Placement> placements = new ArrayList<>(content.visibleIn(cell));
    placements.sort(MapContent.BY_STATUS.thenComparing(Placement::organization));
    List<Intention> wished = content.wantedIn(cell);
    boolean givesAway = placements.stream().anyMatch(p -> content.givenAway(p).isPresent());
    // today's dots are laid out as if no intention were drawn, then given room for rings where the cell has it
    int slots = placements.size();
    List<String> numbers = content.noteLabels(cell);
    int[] counts = content.counts(cell);
    List<SceneNode> decorations = new ArrayList<>();
    Optional<MapContent.NoteSheet> sheet = Optional.empty();
    AnnularSector dotArea = sector;
    FontSpec small = theme.smallFont();
    List<Circle> dots = List.of();
    boolean packed = false;
    if (!numbers.isEmpty()) {
      // the sheet beside the count, at the rim: the count in words, else in symbols, with the sheet's numbers, else
      // its first number and a plus; where neither fits beside a count, the sheet alone
      List<Optional<String>> texts = new ArrayList<>();
      if (content.options().showCounts() && !placements.isEmpty()) {
        texts.add(Optional.of(MapContent.countWords(counts)));
        texts.add(Optional.of(MapContent.countText(counts)));
      }
      texts.add(Optional.empty());
      Optional<RimRow> row = Optional.empty();
      for (int t = 0; t < texts.size() && row.isEmpty(); t++) {
        for (int k = 0; k < numbers.size() && row.isEmpty(); k++) {
          row = rimRow(sector, texts.get(t), numbers.get(k), small);
          if (row.isPresent() && t == 0 && texts.size() == 3) {
            // words only where they leave the dots their full size
            AnnularSector area = below(sector, row.get().bounds());
            List<Circle> full = DotPacking.pack(area, slots, theme.dotRadius());
            if (!full.isEmpty() || aggregateFor(sector, slots)) {
              dotArea = area;
              dots = full;
              packed = !full.isEmpty();
            } else {
              row = Optional.empty();
            }
          }
        }
      }
      if (row.isPresent()) {
        row.get().count().ifPresent(decorations::add);
        sheet = Optional.of(row.get().sheet());
        if (!packed) {
          dotArea = below(sector, row.get().bounds());
        }
      }
    }
    if (sheet.isEmpty()) {
      if (content.options().showCounts() && !placements.isEmpty()) {
        // in words where they fit and leave the dots their full size, else in symbols
        Optional<TextBlock> words = countLabel(sector, MapContent.countWords(counts), small);
        if (words.isPresent()) {
          AnnularSector area = below(sector, words.get().bounds());
          List<Circle> full = DotPacking.pack(area, slots, theme.dotRadius());
          if (!full.isEmpty() || aggregateFor(sector, slots)) {
            decorations.add(words.get());
            dotArea = area;
            dots = full;
            packed = !full.isEmpty();
          }
        }
        if (decorations.isEmpty()) {
          Optional<TextBlock> count = countLabel(sector, MapContent.countText(counts), small);
          if (count.isPresent()) {
            decorations.add(count.get());
            dotArea = below(sector, count.get().bounds());
          }
        }
      }
    }
    for (double r = theme.dotRadius(); !packed && r >= theme.minDotRadius() - 1e-9 && slots > 0; r -= 0.5) {
      dots = DotPacking.pack(dotArea, slots, r);
      packed = !dots.isEmpty();
    }
    boolean aggregate = !placements.isEmpty() && dots.isEmpty();
    if (aggregate) {
      aggregated = true;
      freeAreas.put(cell, dotArea);
    }
    boolean wishesDrawn = false;
    boolean ringsDrawn = false;
    double room = 0;
    if ((givesAway || !wished.isEmpty()) && !aggregate) {
      // a place for every wish (where a dot would be) and, in a cell with a part given away, room around every
      // place for its ring; else that room alone; else the dots as they are, the intentions listed in the index
      double need = givesAway ? MapContent.RING_ROOM : 0;
      List<Circle> all = places(dotArea, placements.size() + wished.size(), need);
      if (!all.isEmpty()) {
        dots = all;
        room = need;
        wishesDrawn = true;
        ringsDrawn = givesAway;
      } else if (givesAway) {
        List<Circle> ringed = places(dotArea, placements.size(), need);
        if (!ringed.isEmpty()) {
          dots = ringed;
          room = need;
          ringsDrawn = true;
        }
      }
    }
    List<Circle> drawn = new ArrayList<>(dots.size());
    for (Circle slot : dots) {
      drawn.add(room == 0 ? slot : new Circle(slot.cx(), slot.cy(), slot.r() - room));
    }
    ImmutableList.Builder<PlacementNode> nodesOut = ImmutableList.builder();
    ImmutableList.Builder<IntentionNode> intentions = ImmutableList.builder();
    for (int k = 0; k < placements.size(); k++) {
      Placement p = placements.get(k);
      Optional<Circle> dot = drawn.isEmpty() ? Optional.empty() : Optional.of(drawn.get(k));
      Optional<org.dssamap.render.scene.Marker> marker = dot.map(d -> content.marker(p, d));
      nodesOut.add(new PlacementNode(p.organization(), cell, p.status(), content.tooltip(p), marker,
          Optional.empty()));
      Optional<Circle> ringed = ringsDrawn ? dot : Optional.empty();
      content.givenAway(p).ifPresent(i -> intentions.add(content.givingAway(i, ringed, Optional.empty())));
    }
    for (int j = 0; j < wished.size(); j++) {
      Optional<Circle> at = wishesDrawn ? Optional.of(drawn.get(placements.size() + j)) : Optional.empty();
      intentions.add(content.wish(wished.get(j), at, Optional.empty()));
    }
    return new CellNode(cell, sector, content.cellStyle(cell, theme.layerFill(cell.layer())),
        content.isExpected(cell), content.isGap(cell), counts[0], counts[1], counts[2], aggregate,
        content.cellTooltip(cell, counts[0], counts[1], counts[2]), ImmutableList.copyOf(decorations),
        nodesOut.build(), content.noteMark(cell, sheet), intentions.build());
  }

  /**
   * {@code n} places in {@code area} with {@code room} around each (for a ring), as large as fit (at least the
   * smallest dot); empty when they do not fit.
   */
  private List<Circle> places(AnnularSector area, int n, double room) {
    for (double r = theme.dotRadius(); r >= theme.minDotRadius() - 1e-9; r -= 0.5) {
      List<Circle> out = DotPacking.pack(area, n, r + room);
      if (!out.isEmpty()) {
        return out;
      }
    }
    return List.of();
  }

  /** The count (if any) and a note's sheet in one row at the rim of a cell, and the box they cover together. */
  private record RimRow(Optional<TextBlock> count, MapContent.NoteSheet sheet, Box bounds) {}

  /**
   * The sheet with {@code numbers}, then {@code text} if any, in a row centred at the outer rim of the cell, if the
   * row fits inside the cell.
   */
  private Optional<RimRow> rimRow(AnnularSector sector, Optional<String> text, String numbers, FontSpec font) {
    double h = Text.lineHeight(font);
    double[] size = content.sheetSize(numbers);
    double gap = text.isPresent() ? 4 : 0;
    double w = size[0] + gap + text.map(t -> Text.width(t, font)).orElse(0.0);
    double rh = Math.max(h, size[1]);
    double a = sector.middle();
    double depth = Math.abs(w * Math.sin(a)) + Math.abs(rh * Math.cos(a));
    // centred at the rim where it fits; else moved a little along the rim or in from it, the nearest place first
    Box b = null;
    search:
    for (double in = 0; in <= 10; in += 2) {
      double rho = sector.outerRadius() - 2 - depth / 2 - in;
      double x = AnnularSector.x(sector.cx(), rho, a);
      double y = AnnularSector.y(sector.cy(), rho, a);
      for (int k = 0; k <= 12; k++) {
        int step = (k + 1) / 2; // 0, 1, 1, 2, 2, …: alternately right and left, the nearest first
        double dx = step * 2.0 * (k % 2 == 0 ? 1 : -1);
        Box candidate = new Box(x - w / 2 + dx, y - rh / 2, w, rh);
        // inside the cell, and leaving room below it for the dots
        if (encloses(sector, candidate) && !below(sector, candidate).equals(sector)) {
          b = candidate;
          break search;
        }
      }
    }
    if (b == null) {
      return Optional.empty();
    }
    Box at = b;
    MapContent.NoteSheet sheet = content.sheet(numbers, at.x(), at.y() + (rh - size[1]) / 2);
    Optional<TextBlock> count = text.map(t -> {
      Text.Placed p = Text.place(List.of(t), font, at.x() + size[0] + gap, at.y() + (rh - h) / 2, Text.Align.START);
      return TextBlock.of("count", p.lines(), font, theme.mutedInk(), p.bounds());
    });
    return Optional.of(new RimRow(count, sheet, at));
  }

  /**
   * Whether the box lies inside the sector: its corners and points along its edges at most two pixels apart do,
   * and its point nearest the centre is outside the inner radius. Exact for a sector of at most half a turn (its
   * outer circle and its sides bound a convex region: an edge between two corners inside stays inside); on a
   * wider one (a catalog of one function, one dimension drawn) the points catch any crossing of a side.
   */
  static boolean encloses(AnnularSector sector, Box b) {
    int nx = (int) Math.ceil(b.width() / 2);
    int ny = (int) Math.ceil(b.height() / 2);
    for (int i = 0; i <= nx; i++) {
      double x = b.x() + b.width() * i / nx;
      if (!sector.contains(x, b.y()) || !sector.contains(x, b.maxY())) {
        return false;
      }
    }
    for (int i = 0; i <= ny; i++) {
      double y = b.y() + b.height() * i / ny;
      if (!sector.contains(b.x(), y) || !sector.contains(b.maxX(), y)) {
        return false;
      }
    }
    double px = Math.max(b.x(), Math.min(sector.cx(), b.maxX()));
    double py = Math.max(b.y(), Math.min(sector.cy(), b.maxY()));
    return Math.hypot(px - sector.cx(), py - sector.cy()) >= sector.innerRadius();
  }

  /** The part of {@code sector} below its count label, or the whole sector when the label leaves too little. */
  private static AnnularSector below(AnnularSector sector, Box count) {
    double band = countDepth(sector, count) + 1;
    if (sector.outerRadius() - band > sector.innerRadius() + 1) {
      return new AnnularSector(sector.cx(), sector.cy(), sector.innerRadius(), sector.outerRadius() - band,
          sector.start(), sector.extent());
    }
    return sector;
  }

  /** Whether {@code n} dots of the smallest size do not fit even in the whole sector: it will be aggregated. */
  private boolean aggregateFor(AnnularSector sector, int n) {
    return DotPacking.pack(sector, n, theme.minDotRadius()).isEmpty();
  }

  /**
   * The count, centred at the outer rim of the cell, if it fits inside the cell and leaves room below it; a
   * horizontal box reaches further in at three and nine o'clock than at twelve.
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
    // and leaving room below it, so that no dot (nor ring) is drawn under it
    return inside && !below(sector, b).equals(sector)
        ? Optional.of(TextBlock.of("count", p.lines(), font, theme.mutedInk(), b)) : Optional.empty();
  }

  /** How far in from the rim a count label reaches: to the point of its box nearest the centre. */
  private static double countDepth(AnnularSector sector, Box b) {
    double nx = Math.max(b.x(), Math.min(sector.cx(), b.maxX()));
    double ny = Math.max(b.y(), Math.min(sector.cy(), b.maxY()));
    return sector.outerRadius() - Math.hypot(nx - sector.cx(), ny - sector.cy());
  }

  /**
   * A disc of radius {@code r} at the centre of the cell's free area: solid for the verified share, a tint for
   * the rest, so that a big disc reads as full whatever its share.
   */
  private List<SceneNode> aggregateMark(AnnularSector area, int[] counts, double r) {
    double rho = (area.innerRadius() + area.outerRadius()) / 2;
    if (r < 2) {
      return List.of();
    }
    double x = AnnularSector.x(area.cx(), rho, area.middle());
    double y = AnnularSector.y(area.cy(), rho, area.middle());
    int total = counts[0] + counts[1] + counts[2];
    double share = total == 0 ? 0 : (double) counts[0] / total;
    Color ink = theme.mutedInk();
    List<SceneNode> out = new ArrayList<>();
    out.add(new Area("aggregate", new Circle(x, y, r),
        Style.of(MapContent.blend(theme.background(), ink, 0.3), ink, 1.2f)));
    if (share > 0) {
      out.add(new Area("aggregate", new AnnularSector(x, y, 0, r, 0, 2 * Math.PI * share), Style.fill(ink)));
    }
    return out;
  }
}
