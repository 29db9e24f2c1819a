package org.dssamap.render.internal.layout;

import com.google.common.collect.ImmutableList;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dssamap.model.Layer;
import org.dssamap.model.Region;
import org.dssamap.model.RelationshipKind;
import org.dssamap.model.Status;
import org.dssamap.render.options.ColorBy;
import org.dssamap.render.options.RenderOptions;
import org.dssamap.render.options.Theme;
import org.dssamap.render.scene.AnnularSector;
import org.dssamap.render.scene.Area;
import org.dssamap.render.scene.Box;
import org.dssamap.render.scene.Circle;
import org.dssamap.render.scene.DashedRing;
import org.dssamap.render.scene.FontSpec;
import org.dssamap.render.scene.SceneNode;
import org.dssamap.render.scene.Segment;
import org.dssamap.render.scene.Style;
import org.dssamap.render.scene.TextBlock;

/** Lays out the legend as a column: status shapes, the colour key, cell styles, counts, layers. */
public final class Legend {
  private static final double SWATCH = 14;
  private static final double GAP = 8;
  /** Enough for a few dozen kinds past the palette; beyond that the list ends in an ellipsis. */
  private static final int OTHER_LINES = 8;

  private final MapContent content;
  private final double x;
  private final double width;
  private final List<SceneNode> nodes = new ArrayList<>();
  private double y;

  private Legend(MapContent content, double x, double y, double width) {
    this.content = content;
    this.x = x;
    this.y = y;
    this.width = width;
  }

  /**
   * The legend of {@code content} in a column at {@code (x, y)} of {@code width}; {@code wheel} adds the layers
   * and the reading of a sector, {@code aggregated} the aggregate mark.
   */
  public static Laid layout(MapContent content, double x, double y, double width, boolean wheel,
      boolean aggregated) {
    return layout(content, x, y, width, wheel, aggregated, List.of());
  }

  /** The legend, with a line for each kind of link drawn. */
  public static Laid layout(MapContent content, double x, double y, double width, boolean wheel,
      boolean aggregated, List<RelationshipKind> links) {
    Legend l = new Legend(content, x, y, width);
    l.build(wheel, aggregated);
    if (!links.isEmpty()) {
      l.links(links);
    }
    return new Laid(ImmutableList.copyOf(l.nodes), l.y);
  }

  private void links(List<RelationshipKind> kinds) {
    Theme t = content.theme();
    y += GAP;
    heading("Links, bent toward the centre");
    for (RelationshipKind k : kinds) {
      Style style = MapContent.linkStyle(k);
      nodes.add(new Area("legend", new Segment(x, y + SWATCH / 2 + 1, x + SWATCH * 1.6, y + SWATCH / 2 + 1),
          style));
      String words = switch (k) {
        case OUTSOURCES_TO -> "outsourcing: client \u2192 provider";
        case ESCALATES_TO -> "escalation: who passes an incident \u2192 to whom";
        case MEMBER_OF -> "membership: member \u2192 association";
        case SHARES_WITH -> "sharing: source \u2192 recipient";
        case DISTRUSTS -> "distrust";
      };
      text(words, t.textFont(), t.ink(), x + SWATCH * 1.6 + 8);
    }
  }

  /** The legend's elements and the y just below it. */
  public record Laid(ImmutableList<SceneNode> nodes, double bottom) {}

  private void build(boolean wheel, boolean aggregated) {
    Theme t = content.theme();
    RenderOptions o = content.options();
    heading("Status (shape)");
    Color sample = t.mutedInk();
    statusRow(Status.VERIFIED, sample, "verified: solid");
    statusRow(Status.CLAIMED, sample, "claimed, not yet verified: half filled");
    statusRow(Status.DISPUTED, sample, "disputed: crossed");
    y += GAP;
    heading(o.colorBy() == ColorBy.REGION ? "Colour: region" : "Colour: kind of organization");
    ColorKey key = content.colorKey();
    for (Map.Entry<String, Color> e : key.colored().entrySet()) {
      swatchDot(e.getValue());
      text(key.label(e.getKey()), t.textFont(), t.ink(),
          x + SWATCH + 8);
    }
    if (!key.otherLabel().isEmpty()) {
      swatchDot(key.other());
      text(key.otherLabel(), t.textFont(), t.ink(), x + SWATCH + 8, OTHER_LINES);
    }
    y += GAP;
    heading("Cells");
    Color base = t.layerFill(Layer.EDGE);
    swatchBox(content.cellStyle(true, false, base), "expected: someone should do this");
    swatchBox(content.cellStyle(false, false, base), "not expected here");
    swatchBox(content.cellStyle(true, true, base), "gap: expected, nobody verified");
    if (content.hasDrawnNotes()) {
      MapContent.NoteSheet sheet = content.sheet("1", x + SWATCH * 0.8 - content.sheetSize("1")[0] / 2, y + 1);
      nodes.add(new Area("legend", sheet.sheet().geometry(), sheet.sheet().style()));
      nodes.add(sheet.label());
      text("notes on the cell, numbered as in \u201cNotes on cells\u201d below", t.textFont(), t.ink(),
          x + SWATCH * 1.6 + 8);
    }
    if (o.showCounts()) {
      text("Counts: \u201c2 verified \u00b7 1 claimed\u201d, or where words do not fit \u201c2\u2713 1?\u201d"
          + " (\u2713 verified, ? claimed, \u2717 disputed)", t.smallFont(), t.mutedInk(), x);
    }
    if (aggregated) {
      double cy = y + SWATCH / 2;
      double r = SWATCH / 2;
      nodes.add(new Area("legend", new AnnularSector(x + r, cy, 0, r, 0, Math.PI), Style.fill(sample)));
      nodes.add(new Area("legend", new AnnularSector(x + r, cy, 0, r, Math.PI, Math.PI),
          Style.of(MapContent.blend(t.background(), sample, 0.3), sample, 1f)));
      text("cell too full for dots: a disc whose area grows with the count (one scale for the wheel), dark for"
          + " the share verified", t.smallFont(), t.mutedInk(), x + SWATCH + 8);
    }
    if (o.showIntentions()) {
      intentions();
    }
    if (wheel) {
      y += GAP;
      heading("Layers, outside in");
      for (Layer layer : new Layer[] {Layer.EDGE, Layer.GLUE, Layer.CORE}) {
        double top = y;
        nodes.add(new Area("legend", new Box(x, top + 1, SWATCH, SWATCH), Style.of(t.layerFill(layer), t.line(), 0.8f)));
        text(layer.displayName(), t.labelFont(), t.ink(), x + SWATCH + 8);
        text(layer.description(), t.smallFont(), t.mutedInk(), x + SWATCH + 8);
        y += 2;
      }
      if (content.dimensions().size() == 2) {
        text("Each function's sector: internal half (I) first, external half (E) second, clockwise.",
            t.smallFont(), t.mutedInk(), x);
      }
    }
    if (o.isFiltered()) {
      y += GAP;
      heading("Filters");
      String statuses = o.statuses().stream().map(Status::id).collect(Collectors.joining(", "));  // words already
      text("status: " + (statuses.isEmpty() ? "none" : statuses), t.smallFont(), t.mutedInk(), x);
      if (!o.regions().isEmpty()) {
        text("region: " + o.regions().stream().map(Region::displayName).collect(Collectors.joining(", ")),
            t.smallFont(), t.mutedInk(), x);
      }
      text("dimension: " + content.dimensions().stream().map(d -> d.displayName().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining(", ")),
          t.smallFont(), t.mutedInk(), x);
    }
  }

  /** Intentions, when drawn: what a wish and a part given away look like, and that neither is counted. */
  private void intentions() {
    Theme t = content.theme();
    Color sample = t.mutedInk();
    Color ring = MapContent.blend(sample, Color.BLACK, 0.4);
    y += GAP;
    heading("Intentions (not placements: nothing counts them)");
    double r = SWATCH / 2 - 1;
    Circle wish = new Circle(x + SWATCH / 2, y + SWATCH / 2 + 1, r);
    nodes.add(new Area("legend", DashedRing.of(wish), Style.stroke(ring, 1.5f)));
    text("wants to do: an empty dashed ring where its dot would be", t.textFont(), t.ink(), x + SWATCH + 8);
    Circle dot = new Circle(x + SWATCH / 2, y + SWATCH / 2 + 1, SWATCH / 2 - 0.5 - MapContent.RING_ROOM);
    nodes.add(new Area("legend", dot, Style.of(sample, ring, 1f)));
    nodes.add(new Area("legend", new DashedRing(dot.cx(), dot.cy(), dot.r() + MapContent.GIVE_AWAY_GAP),
        Style.stroke(ring, MapContent.GIVE_AWAY_WIDTH)));
    text("would give away: today\u2019s dot in a dashed ring", t.textFont(), t.ink(), x + SWATCH + 8);
    if (content.intentionCount() == 0) {
      text("none on this map as drawn", t.smallFont(), t.mutedInk(), x);
    }
  }

  private void heading(String s) {
    text(s, content.theme().labelFont(), content.theme().ink(), x);
    y += 2;
  }

  private void text(String s, FontSpec font, Color color, double left) {
    text(s, font, color, left, 4);
  }

  private void text(String s, FontSpec font, Color color, double left, int maxLines) {
    ImmutableList<String> lines = Text.wrap(s, font, x + width - left, maxLines);
    Text.Placed p = Text.place(lines, font, left, y, Text.Align.START);
    nodes.add(TextBlock.of("legend", p.lines(), font, color, p.bounds()));
    y = p.bounds().maxY() + 2;
  }

  private void statusRow(Status status, Color color, String label) {
    Circle c = new Circle(x + SWATCH / 2, y + SWATCH / 2 + 1, SWATCH / 2 - 1);
    switch (status) {
      case VERIFIED -> nodes.add(new Area("legend", c, Style.of(color, color.darker(), 1.5f)));
      case CLAIMED -> {
        nodes.add(new Area("legend", c, Style.of(content.theme().background(), color.darker(), 1.5f)));
        nodes.add(new Area("legend", new AnnularSector(c.cx(), c.cy(), 0, c.r() - 0.75, Math.PI / 2, Math.PI),
            Style.fill(color)));
      }
      case DISPUTED -> {
        nodes.add(new Area("legend", c, Style.of(content.theme().background(), color, 2f)));
        double d = c.r() * 0.62;
        nodes.add(new Area("legend", new Segment(c.cx() - d, c.cy() - d, c.cx() + d, c.cy() + d),
            Style.stroke(color, 1.6f)));
        nodes.add(new Area("legend", new Segment(c.cx() - d, c.cy() + d, c.cx() + d, c.cy() - d),
            Style.stroke(color, 1.6f)));
      }
    }
    text(label, content.theme().textFont(), content.theme().ink(), x + SWATCH + 8);
  }

  private void swatchDot(Color color) {
    nodes.add(new Area("legend", new Circle(x + SWATCH / 2, y + SWATCH / 2 + 1, SWATCH / 2 - 1),
        Style.of(color, color.darker(), 1f)));
  }

  private void swatchBox(Style style, String label) {
    nodes.add(new Area("legend", new Box(x, y + 1, SWATCH * 1.6, SWATCH), style));
    text(label, content.theme().textFont(), content.theme().ink(), x + SWATCH * 1.6 + 8);
  }
}
