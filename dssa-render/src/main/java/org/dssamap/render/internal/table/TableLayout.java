package org.dssamap.render.internal.table;

import com.google.common.collect.ImmutableList;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
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
import org.dssamap.render.scene.Area;
import org.dssamap.render.scene.Box;
import org.dssamap.render.scene.CellNode;
import org.dssamap.render.scene.Circle;
import org.dssamap.render.scene.FontSpec;
import org.dssamap.render.scene.IntentionNode;
import org.dssamap.render.scene.NoteMark;
import org.dssamap.render.scene.PlacementNode;
import org.dssamap.render.scene.Scene;
import org.dssamap.render.scene.SceneNode;
import org.dssamap.render.scene.Style;
import org.dssamap.render.scene.TextBlock;

/**
 * Lays a map out as the table: a row per function, a column per layer (outside in, as the wheel reads) and
 * dimension; each cell lists its organizations, one dot and name a line, and grows to fit them.
 */
public final class TableLayout {
  private static final double MARGIN = 24;
  private static final double PAD = 6;
  private static final Layer[] LAYERS = {Layer.EDGE, Layer.GLUE, Layer.CORE};

  private final MapContent content;
  private final Theme theme;
  private final List<SceneNode> nodes = new ArrayList<>();

  private TableLayout(MapContent content) {
    this.content = content;
    this.theme = content.theme();
  }

  /** The table of {@code content}. */
  public static Scene layout(MapContent content) {
    return new TableLayout(content).build();
  }

  private Scene build() {
    double width = content.options().width();
    double legendWidth = Math.min(300, width * 0.22);
    Legend.Laid header = Header.layout(content, MARGIN, MARGIN, width - 2 * MARGIN);
    nodes.addAll(header.nodes());
    double top = header.bottom() + 14;
    double left = MARGIN;
    double tableWidth = width - 3 * MARGIN - legendWidth;
    double nameWidth = Math.min(210, tableWidth * 0.18);
    List<Dimension> dims = content.dimensions();
    int columns = LAYERS.length * dims.size();
    double columnWidth = (tableWidth - nameWidth) / columns;
    FontSpec label = theme.labelFont();
    FontSpec small = theme.smallFont();

    // header rows: layers spanning their dimensions, then dimensions
    double lh = Text.lineHeight(label);
    double y = top;
    for (int l = 0; l < LAYERS.length; l++) {
      double x = left + nameWidth + l * dims.size() * columnWidth;
      Box box = new Box(x, y, dims.size() * columnWidth, lh + 2 * PAD);
      nodes.add(new Area("header", box, Style.of(theme.layerFill(LAYERS[l]), theme.line(), 0.8f)));
      text("header", LAYERS[l].displayName(), label, box.x() + box.width() / 2, y + PAD, box.width() - 2 * PAD,
          Text.Align.MIDDLE);
    }
    y += lh + 2 * PAD;
    double sh = Text.lineHeight(small);
    if (dims.size() > 1) {
      for (int c = 0; c < columns; c++) {
        double x = left + nameWidth + c * columnWidth;
        Box box = new Box(x, y, columnWidth, sh + 2 * PAD);
        nodes.add(new Area("header", box, Style.of(theme.layerFill(LAYERS[c / dims.size()]), theme.line(), 0.8f)));
        text("header", dims.get(c % dims.size()).displayName(), small, x + columnWidth / 2, y + PAD,
            columnWidth - 2 * PAD, Text.Align.MIDDLE);
      }
      y += sh + 2 * PAD;
    }
    text("header", "Function", label, left + PAD, top + PAD, nameWidth - 2 * PAD, Text.Align.START);

    for (SecurityFunction f : content.functions()) {
      y = row(f, left, y, nameWidth, columnWidth, dims);
    }
    double tableBottom = y;

    Legend.Laid legend = Legend.layout(content, width - MARGIN - legendWidth, top, legendWidth, false,
        false);
    nodes.addAll(legend.nodes());
    double legendBottom = legend.bottom();
    if (content.hasDrawnNotes()) {
      Legend.Laid notes = NoteList.layout(content, NoteList.unmarked(nodes), width - MARGIN - legendWidth,
          legendBottom + 10, legendWidth);
      nodes.addAll(notes.nodes());
      legendBottom = notes.bottom();
    }
    double height = Math.ceil(Math.max(tableBottom, legendBottom) + MARGIN);
    return new Scene(width, height, theme.background(), theme.highlight(), content.title(),
        content.description("table"), ImmutableList.copyOf(nodes));
  }

  /** A one-line heading, cut with an ellipsis when the column is too narrow. */
  private Text.Placed text(String role, String s, FontSpec font, double x, double y, double maxWidth,
      Text.Align align) {
    Text.Placed p = Text.place(Text.wrap(s, font, Math.max(10, maxWidth), 1), font, x, y, align);
    nodes.add(TextBlock.of(role, p.lines(), font, theme.ink(), p.bounds()));
    return p;
  }

  /** One function's row; returns its bottom. */
  private double row(SecurityFunction f, double left, double top, double nameWidth, double columnWidth,
      List<Dimension> dims) {
    FontSpec label = theme.labelFont();
    ImmutableList<String> nameLines = Text.wrap(Text.clean(f.name()), label, nameWidth - 2 * PAD, 4);
    double height = nameLines.size() * Text.lineHeight(label) + 2 * PAD;
    List<CellContent> cells = new ArrayList<>();
    int column = 0;
    for (Layer layer : LAYERS) {
      for (Dimension d : dims) {
        CellContent c = cellContent(f.cell(d, layer), left + nameWidth + column * columnWidth, top, columnWidth);
        cells.add(c);
        height = Math.max(height, c.height());
        column++;
      }
    }
    Box nameBox = new Box(left, top, nameWidth, height);
    nodes.add(new Area("function", nameBox, Style.of(theme.background(), theme.line(), 0.8f)));
    Text.Placed name = Text.place(nameLines, label, left + PAD, top + PAD, Text.Align.START);
    nodes.add(TextBlock.of("function", name.lines(), label, theme.ink(), name.bounds()));
    for (CellContent c : cells) {
      // inset, so that a gap's outline is not covered by the row below
      Box outline = new Box(c.x() + 1, top + 1, columnWidth - 2, height - 2);
      nodes.add(new CellNode(c.cell(), outline, content.cellStyle(c.cell(), theme.layerFill(c.cell().layer())),
          content.isExpected(c.cell()), content.isGap(c.cell()), c.counts()[0], c.counts()[1], c.counts()[2],
          false, content.cellTooltip(c.cell(), c.counts()[0], c.counts()[1], c.counts()[2]), c.decorations(),
          c.placements(), c.note(), c.intentions()));
    }
    return top + height;
  }

  /** The words under the name of an organization that would give that part away. */
  static final String GIVE_AWAY = "would give away";

  /** What a cell says of the organizations it does not list: {@code + 1,204 more}. */
  public static String moreText(int more) {
    return "+ " + NumberFormat.getIntegerInstance(Locale.ROOT).format(more) + " more";
  }

  @SuppressWarnings("ArrayRecordComponent") // private; the counts are made for the cell and never compared or hashed
  private record CellContent(Cell cell, double x, double height, int[] counts, ImmutableList<SceneNode> decorations,
      ImmutableList<PlacementNode> placements, Optional<NoteMark> note, ImmutableList<IntentionNode> intentions) {}

  private CellContent cellContent(Cell cell, double x, double top, double columnWidth) {
    FontSpec small = theme.smallFont();
    FontSpec body = theme.textFont();
    double lh = Text.lineHeight(body);
    double r = Math.min(theme.dotRadius(), lh / 2 - 1.5);
    int[] counts = content.counts(cell);
    List<Placement> placements = new ArrayList<>(content.visibleIn(cell));
    placements.sort(MapContent.BY_STATUS.thenComparing(p -> Text.clean(content.map().requireOrganization(p.organization()).name()))
        .thenComparing(Placement::organization));
    ImmutableList.Builder<SceneNode> decorations = ImmutableList.builder();
    double y = top + PAD;
    // the sheet of the cell's notes at the top left, beside the count; a column too narrow for both keeps the sheet
    Optional<MapContent.NoteSheet> sheet = content.noteLabels(cell).stream()
        .filter(n -> content.sheetSize(n)[0] <= columnWidth - 2 * PAD).findFirst()
        .map(n -> content.sheet(n, x + PAD, top + PAD));
    double sheetWidth = sheet.map(n -> n.sheet().geometry().bounds().width() + 4).orElse(0.0);
    if (content.options().showCounts() && !placements.isEmpty()) {
      // in words where the column has room, else in symbols, else the number alone; nothing in a column too
      // narrow for even that (the names below and the tooltips still say it)
      int total = 0;
      for (int n : counts) {
        total += n;
      }
      double room = columnWidth - 2 * PAD - sheetWidth;
      Optional<String> count = Stream.of(MapContent.countWords(counts), MapContent.countText(counts),
          String.valueOf(total)).filter(text -> Text.width(text, small) <= room).findFirst();
      if (count.isPresent()) {
        Text.Placed p = Text.place(List.of(count.get()), small, x + columnWidth - PAD, y, Text.Align.END);
        decorations.add(TextBlock.of("count", p.lines(), small, theme.mutedInk(), p.bounds()));
        y = p.bounds().maxY() + 2;
      }
    }
    if (sheet.isPresent()) {
      y = Math.max(y, sheet.get().sheet().geometry().bounds().maxY() + 2);
    }
    double textLeft = x + PAD + 2 * r + 5;
    double textWidth = Math.max(10, x + columnWidth - PAD - textLeft);
    int max = content.options().maxNamesPerTableCell();
    ImmutableList.Builder<PlacementNode> out = ImmutableList.builder();
    ImmutableList.Builder<IntentionNode> intentions = ImmutableList.builder();
    for (int k = 0; k < placements.size(); k++) {
      Placement p = placements.get(k);
      Optional<Intention> givenAway = content.givenAway(p);
      if (k >= max) {
        out.add(new PlacementNode(p.organization(), cell, p.status(), content.tooltip(p), Optional.empty(),
            Optional.empty()));
        givenAway.ifPresent(i -> intentions.add(content.givingAway(i, Optional.empty(), Optional.empty())));
        continue;
      }
      String name = Text.clean(content.map().requireOrganization(p.organization()).name());
      ImmutableList<String> lines = Text.wrap(name.isEmpty() ? p.organization() : name, body, textWidth, 2);
      Text.Placed placed = Text.place(lines, body, textLeft, y, Text.Align.START);
      Circle dot = new Circle(x + PAD + r, y + lh / 2, r);
      out.add(new PlacementNode(p.organization(), cell, p.status(), content.tooltip(p),
          Optional.of(content.marker(p, dot)),
          Optional.of(TextBlock.of("organization", placed.lines(), body, theme.ink(), placed.bounds()))));
      y = placed.bounds().maxY() + 1;
      if (givenAway.isPresent()) {
        // the dot in a dashed ring, and in words under the name
        Text.Placed words = Text.place(Text.wrap(GIVE_AWAY, small, textWidth, 1), small, textLeft, y,
            Text.Align.START);
        intentions.add(content.givingAway(givenAway.get(), Optional.of(dot), Optional.of(
            TextBlock.of("intention", words.lines(), small, theme.mutedInk(), words.bounds()))));
        y = words.bounds().maxY() + 1;
      }
    }
    if (placements.size() > max) {
      String more = moreText(placements.size() - max);
      Text.Placed p = Text.place(Text.wrap(more, small, columnWidth - 2 * PAD, 2), small, x + PAD, y,
          Text.Align.START);
      decorations.add(TextBlock.of("more", p.lines(), small, theme.mutedInk(), p.bounds()));
      y = p.bounds().maxY();
    }
    // what organizations want to do here: an empty dashed ring and the name, after today's placements
    List<Intention> wished = new ArrayList<>(content.wantedIn(cell));
    wished.sort(Comparator.comparing((Intention i) -> Text.clean(content.map().requireOrganization(
        i.organization()).name())).thenComparing(Intention::organization));
    if (!wished.isEmpty() && placements.size() > max) {
      y += 1;
    }
    for (int k = 0; k < wished.size(); k++) {
      Intention i = wished.get(k);
      if (k >= max) {
        intentions.add(content.wish(i, Optional.empty(), Optional.empty()));
        continue;
      }
      String name = Text.clean(content.map().requireOrganization(i.organization()).name());
      String text = (name.isEmpty() ? i.organization() : name) + " \u00b7 wants to do";
      Text.Placed placed = Text.place(Text.wrap(text, body, textWidth, 2), body, textLeft, y, Text.Align.START);
      intentions.add(content.wish(i, Optional.of(new Circle(x + PAD + r, y + lh / 2, r)), Optional.of(
          TextBlock.of("intention", placed.lines(), body, theme.mutedInk(), placed.bounds()))));
      y = placed.bounds().maxY() + 1;
    }
    if (wished.size() > max) {
      Text.Placed p = Text.place(Text.wrap("+ " + NumberFormat.getIntegerInstance(Locale.ROOT).format(
          wished.size() - max) + " more wanting to", small, columnWidth - 2 * PAD, 2), small, x + PAD, y,
          Text.Align.START);
      decorations.add(TextBlock.of("more", p.lines(), small, theme.mutedInk(), p.bounds()));
      y = p.bounds().maxY();
    }
    return new CellContent(cell, x, y - top + PAD, counts, decorations.build(), out.build(),
        content.noteMark(cell, sheet), intentions.build());
  }
}
