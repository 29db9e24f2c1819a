package org.dssamap.render.layout;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import java.awt.Color;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dssamap.model.Cell;
import org.dssamap.model.Dimension;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Region;
import org.dssamap.model.SecurityFunction;
import org.dssamap.model.Status;
import org.dssamap.render.options.ColorBy;
import org.dssamap.render.options.RenderOptions;
import org.dssamap.render.options.Theme;
import org.dssamap.render.scene.Circle;
import org.dssamap.render.scene.Marker;
import org.dssamap.render.scene.Style;

/**
 * What both views draw, decided once: the placements that pass the filters, cell by cell; the gaps; the colour
 * of each organization and the key to those colours; tooltips. The wheel and the table read the same content,
 * which is why they always agree.
 */
public final class MapContent {
  private final EcosystemMap map;
  private final RenderOptions options;
  private final ImmutableSet<Cell> gaps;
  private final ImmutableListMultimap<Cell, Placement> visible;
  private final ColorKey colorKey;
  private final ImmutableList<Dimension> dimensions;

  private MapContent(EcosystemMap map, RenderOptions options, Set<Cell> gaps) {
    this.map = requireNonNull(map, "map");
    this.options = requireNonNull(options, "options");
    this.gaps = ImmutableSet.copyOf(gaps);
    ImmutableListMultimap.Builder<Cell, Placement> v = ImmutableListMultimap.builder();
    for (Cell cell : map.catalog().cells()) {
      for (Placement p : map.placementsIn(cell)) {
        if (options.shows(p, map.requireOrganization(p.organization()))) {
          v.put(cell, p);
        }
      }
    }
    this.visible = v.build();
    this.dimensions = ImmutableList.copyOf(options.dimensions());
    this.colorKey = ColorKey.of(map, options.colorBy(), options.theme());
  }

  /** The content of {@code map} under {@code options}, with {@code gaps} as computed by the caller. */
  public static MapContent of(EcosystemMap map, RenderOptions options, Set<Cell> gaps) {
    return new MapContent(map, options, gaps);
  }

  /** Verified first, then claimed, then disputed: the order dots and names are listed in a cell. */
  public static final java.util.Comparator<Placement> BY_STATUS = java.util.Comparator.comparingInt(
      p -> switch (p.status()) {
        case VERIFIED -> 0;
        case CLAIMED -> 1;
        case DISPUTED -> 2;
      });

  /** The map. */
  public EcosystemMap map() {
    return map;
  }

  /** The options. */
  public RenderOptions options() {
    return options;
  }

  /** The theme. */
  public Theme theme() {
    return options.theme();
  }

  /** The functions in drawing order. */
  public ImmutableList<SecurityFunction> functions() {
    return map.catalog().functions();
  }

  /** The dimensions drawn, internal first. */
  public ImmutableList<Dimension> dimensions() {
    return dimensions;
  }

  /** The placements of {@code cell} that pass the filters, by organization. */
  public ImmutableList<Placement> visibleIn(Cell cell) {
    return visible.get(cell);
  }

  /** How many placements pass the filters. */
  public int visibleCount() {
    return visible.size();
  }

  /** Whether the caller named {@code cell} a gap. */
  public boolean isGap(Cell cell) {
    return gaps.contains(cell);
  }

  /** Whether someone should do the cell's function there. */
  public boolean isExpected(Cell cell) {
    return map.catalog().isExpected(cell);
  }

  /** The title to print. */
  public String title() {
    String t = Text.clean(options.title().orElse(map.title()));
    return t.isEmpty() ? "DNS security, stability and resiliency ecosystem" : t;
  }

  /** One line under the title: the date, how many organizations and placements, the filters. */
  public String subtitle() {
    NumberFormat n = NumberFormat.getIntegerInstance(Locale.ROOT);
    n.setGroupingUsed(true);
    StringBuilder b = new StringBuilder();
    b.append(map.asOf().map(d -> "As of " + d + " \u00b7 ").orElse("Undated \u00b7 "));
    b.append(n.format(map.organizations().size())).append(" organizations \u00b7 ");
    b.append(n.format(visible.size())).append(" placements");
    if (visible.size() != map.placements().size()) {
      b.append(" shown of ").append(n.format(map.placements().size()));
    }
    b.append(" \u00b7 catalog ").append(map.catalog().id());
    return b.toString();
  }

  /** What the drawing shows, for the output's accessible description. */
  public String description(String viewName) {
    long gapCount = map.catalog().cells().stream().filter(gaps::contains).count();
    return "The " + viewName + " of " + map.organizations().size() + " organizations and " + visible.size()
        + " placements across " + functions().size() + " functions in three layers (edge, glue, core); "
        + gapCount + " gap cells where someone is expected but nobody is verified. " + subtitle() + ".";
  }

  /** The colour of an organization's dot. */
  public Color colorOf(Organization o) {
    String key = options.colorBy() == ColorBy.REGION
        ? o.region().map(Region::displayName).orElse("")
        : o.kind();
    return colorKey.colorOf(key);
  }

  /** The key to the colours, for the legend. */
  public ColorKey colorKey() {
    return colorKey;
  }

  /**
   * The dot of {@code p} at {@code circle}: solid when verified; half filled when claimed, so that a claim is as
   * easy to find as a verification, in colour and in grey; hollow and crossed when disputed. The outline is a
   * dark shade of the colour, so that even a pale colour (yellow) stands out from the paper.
   */
  public Marker marker(Placement p, Circle circle) {
    Color c = colorOf(map.requireOrganization(p.organization()));
    return switch (p.status()) {
      case VERIFIED -> new Marker(circle, Optional.of(c), darker(c), false);
      case CLAIMED -> new Marker(circle, Optional.of(c), darker(c), false, true);
      case DISPUTED -> new Marker(circle, Optional.empty(), darker(c), true);
    };
  }

  private static Color darker(Color c) {
    return new Color((int) (c.getRed() * 0.6), (int) (c.getGreen() * 0.6), (int) (c.getBlue() * 0.6));
  }

  /** How a cell's outline is painted: gap hatched, unexpected shaded, others plain. */
  public Style cellStyle(Cell cell, Color base) {
    return cellStyle(isExpected(cell), isGap(cell), base);
  }

  /**
   * How a cell that is (or is not) expected and a gap is painted over {@code base}; a function of those two
   * facts alone, so that the legend can show each style whichever cells of the map happen to have it.
   */
  public Style cellStyle(boolean expected, boolean gap, Color base) {
    Theme t = theme();
    Color fill = expected ? base : blend(base, t.unexpected(), 0.6);
    return gap ? gapStyle(fill) : Style.of(fill, t.line(), 0.8f);
  }

  /** The style of a gap cell: outlined and hatched in the gap colour over {@code fill}. */
  public Style gapStyle(Color fill) {
    Color gap = theme().gap();
    return new Style(Optional.of(fill), Optional.of(gap), 1.6f, false,
        Optional.of(new Color(gap.getRed(), gap.getGreen(), gap.getBlue(), 90)));
  }

  /** A colour between {@code a} and {@code b}. */
  public static Color blend(Color a, Color b, double t) {
    return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
        (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
        (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
  }

  /** A tooltip sentence for a placement: name, status, kind, region, note, dispute. */
  public String tooltip(Placement p) {
    Organization o = map.requireOrganization(p.organization());
    StringBuilder b = new StringBuilder(Text.clean(o.name()));
    // Separators from Latin-1 (the middle dot, not a dash): a drawing of thousands of tooltips stays a compact
    // one-byte-a-character string wherever the names allow it, which makes SVG output markedly faster.
    b.append(" \u00b7 ").append(p.status().id());
    b.append(" \u00b7 ").append(KindNames.displayName(map, o.kind()));
    o.region().ifPresent(r -> b.append(" \u00b7 ").append(r.displayName()));
    b.append(" \u00b7 ").append(cellName(p.cell()));
    p.dispute().ifPresent(d -> b.append(" \u00b7 disputed by ").append(Text.clean(d.by())).append(": ")
        .append(Text.clean(d.reason())));
    p.note().ifPresent(n -> b.append(" \u00b7 ").append(Text.clean(n)));
    return b.toString();
  }

  /** A tooltip sentence for a cell: where it is and what it holds. */
  public String cellTooltip(Cell cell, int verified, int claimed, int disputed) {
    StringBuilder b = new StringBuilder(cellName(cell)).append(": ");
    b.append(verified).append(" verified, ").append(claimed).append(" claimed, ").append(disputed)
        .append(" disputed");
    if (isGap(cell)) {
      b.append(" \u00b7 GAP: expected, nobody verified");
    } else if (!isExpected(cell)) {
      b.append(" \u00b7 not expected here");
    }
    return b.toString();
  }

  /** The cell in words: its function's name, internal or external, its layer ("Training, internal, edge"). */
  public String cellName(Cell cell) {
    return functionName(cell) + ", " + cell.dimension().displayName().toLowerCase(Locale.ROOT) + ", "
        + cell.layer().displayName().toLowerCase(Locale.ROOT);
  }

  /** The cleaned name of the cell's function. */
  public String functionName(Cell cell) {
    return map.catalog().function(cell.function()).map(f -> Text.clean(f.name())).orElse(cell.function());
  }

  /** How many verified, claimed and disputed placements of {@code cell} pass the filters. */
  public int[] counts(Cell cell) {
    int[] counts = new int[3];
    for (Placement p : visibleIn(cell)) {
      counts[p.status() == Status.VERIFIED ? 0 : p.status() == Status.CLAIMED ? 1 : 2]++;
    }
    return counts;
  }

  /**
   * The short count text of a cell, in symbols a first reader knows: a tick for verified, a question mark for
   * claimed, a cross for disputed ({@code 2✓ 1?}); a status none of the cell's placements has is left out.
   */
  public static String countText(int[] counts) {
    java.util.List<String> parts = new java.util.ArrayList<>();
    String[] marks = {"✓", "?", "✗"};
    for (int i = 0; i < 3; i++) {
      if (counts[i] > 0) {
        parts.add(counts[i] + marks[i]);
      }
    }
    return parts.isEmpty() ? "0" : String.join(" ", parts);
  }

  /** The count text of a cell in words ({@code 2 verified · 1 claimed}); statuses nobody has left out. */
  public static String countWords(int[] counts) {
    java.util.List<String> parts = new java.util.ArrayList<>();
    String[] words = {" verified", " claimed", " disputed"};
    for (int i = 0; i < 3; i++) {
      if (counts[i] > 0) {
        parts.add(counts[i] + words[i]);
      }
    }
    return parts.isEmpty() ? "none" : String.join(" · ", parts);
  }

  /**
   * How a kind of link is drawn: outsourcing solid blue, escalation dashed vermilion (told apart without colour
   * by the dashes), the rest dashed grey; translucent, so that a bundle darkens where links run together.
   */
  public static Style linkStyle(org.dssamap.model.RelationshipKind kind) {
    return switch (kind) {
      case OUTSOURCES_TO -> Style.stroke(new Color(0x00, 0x72, 0xB2, 150), 1.3f);
      case ESCALATES_TO -> Style.stroke(new Color(0xD5, 0x5E, 0x00, 210), 1.8f).withDashes();
      default -> Style.stroke(new Color(0x55, 0x55, 0x55, 150), 1.0f).withDashes();
    };
  }
}
