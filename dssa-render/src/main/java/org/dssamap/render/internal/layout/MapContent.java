package org.dssamap.render.internal.layout;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.awt.Color;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dssamap.model.Cell;
import org.dssamap.model.CellNote;
import org.dssamap.model.Dimension;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.Intention;
import org.dssamap.model.IntentionKind;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Region;
import org.dssamap.model.SecurityFunction;
import org.dssamap.model.Status;
import org.dssamap.render.options.ColorBy;
import org.dssamap.render.options.RenderOptions;
import org.dssamap.render.options.Theme;
import org.dssamap.render.scene.Area;
import org.dssamap.render.scene.Box;
import org.dssamap.render.scene.Circle;
import org.dssamap.render.scene.DashedRing;
import org.dssamap.render.scene.FontSpec;
import org.dssamap.render.scene.IntentionNode;
import org.dssamap.render.scene.Marker;
import org.dssamap.render.scene.NoteMark;
import org.dssamap.render.scene.NoteShape;
import org.dssamap.render.scene.Style;
import org.dssamap.render.scene.TextBlock;

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
  /** The first number and the count of each noted cell's notes: the map's notes on cells, numbered from 1. */
  private final ImmutableMap<Cell, int[]> noteNumbers;
  private final ImmutableListMultimap<Cell, CellNote> notes;
  /** The wishes drawn, by cell, in organization order; empty unless the options ask for intentions. */
  private final ImmutableListMultimap<Cell, Intention> wanted;
  /** The intentions to give a drawn placement away, by organization and cell; empty unless asked for. */
  private final ImmutableMap<String, Intention> givenAway;

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
    ImmutableListMultimap.Builder<Cell, CellNote> n = ImmutableListMultimap.builder();
    java.util.Map<Cell, int[]> numbers = new java.util.LinkedHashMap<>();
    int number = 1;
    for (CellNote note : map.cellNotes()) {
      n.put(note.cell(), note);
      int at = number++;
      numbers.computeIfAbsent(note.cell(), c -> new int[] {at, 0})[1]++;
    }
    this.notes = n.build();
    this.noteNumbers = ImmutableMap.copyOf(numbers);
    ImmutableListMultimap.Builder<Cell, Intention> w = ImmutableListMultimap.builder();
    ImmutableMap.Builder<String, Intention> g = ImmutableMap.builder();
    if (options.showIntentions()) {
      for (Intention i : map.intentions()) {
        Organization o = map.requireOrganization(i.organization());
        if (i.kind() == IntentionKind.WANTS_TO_DO) {
          // a wish is drawn where a claim would be
          if (options.shows(Placement.claimed(i.organization(), i.cell()), o)) {
            w.put(i.cell(), i);
          }
        } else {
          map.placement(i.organization(), i.cell()).filter(p -> options.shows(p, o))
              .ifPresent(p -> g.put(key(i.organization(), i.cell()), i));
        }
      }
    }
    this.wanted = w.orderValuesBy(java.util.Comparator.comparing(Intention::organization)).build();
    this.givenAway = g.buildOrThrow();
  }

  private static String key(String organization, Cell cell) {
    return organization + " " + cell;
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
    int intentions = intentionCount();
    if (intentions > 0) {
      b.append(" \u00b7 ").append(n.format(intentions)).append(intentions == 1 ? " intention" : " intentions")
          .append(" drawn apart, not counted");
    }
    return b.toString();
  }

  /** What the drawing shows, for the output's accessible description. */
  public String description(String viewName) {
    long gapCount = map.catalog().cells().stream().filter(gaps::contains).count();
    return "The " + viewName + " of " + map.organizations().size() + " organizations and " + visible.size()
        + " placements across " + functions().size() + " functions in three layers (edge, glue, core); "
        + gapCount + " gap cells where someone is expected but nobody is verified. " + subtitle() + "."
        + (notes.isEmpty() ? "" : " " + notes.size() + (notes.size() == 1 ? " note" : " notes")
            + " on cells, each cell with notes marked by a numbered sheet.")
        + (intentionCount() == 0 ? "" : " Intentions drawn as dashed rings: an empty one where an organization "
            + "wants to be, one around a dot it would give away.");
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
    appendNotes(cell, b);
    return b.toString();
  }

  private void appendNotes(Cell cell, StringBuilder b) {
    int number = noteNumbers.containsKey(cell) ? noteNumbers.get(cell)[0] : 0;
    for (CellNote note : notes.get(cell)) {
      b.append(" \u00b7 note ").append(number++).append(": ").append(Text.clean(note.text()));
    }
  }

  /** The notes on {@code cell}, in the map's order (by text). */
  public ImmutableList<CellNote> notesAt(Cell cell) {
    return notes.get(cell);
  }

  /** Whether a drawn cell (of a drawn dimension) has notes. */
  public boolean hasDrawnNotes() {
    return notes.keySet().stream().anyMatch(c -> dimensions.contains(c.dimension()));
  }

  /** A note and its number, counted from 1 over the map's notes on cells, in cell order. */
  public record NumberedNote(int number, CellNote note) {}

  /** The notes on the cells drawn (of the dimensions drawn), numbered as on the sheets. */
  public ImmutableList<NumberedNote> drawnNotes() {
    ImmutableList.Builder<NumberedNote> out = ImmutableList.builder();
    int number = 1;
    for (CellNote note : map.cellNotes()) {
      if (dimensions.contains(note.cell().dimension())) {
        out.add(new NumberedNote(number, note));
      }
      number++;
    }
    return out.build();
  }

  /** The font of the numbers on a note's sheet: the small font, bold. */
  public FontSpec noteFont() {
    FontSpec small = theme().smallFont();
    return new FontSpec(small.family(), true, small.size());
  }

  /**
   * What the sheet of {@code cell} may say, the first that fits: its notes' numbers ({@code 3}, {@code 3–4}), for
   * several notes the first number and a plus ({@code 3+}), and last an ellipsis ({@code …}), narrower than a range
   * or a plus, for a cell too narrow for them (on the default wheel, a core cell of the bundled catalog with two notes
   * or more, where the sheet's upright box meets both of the cell's sides): the list beside the legend and the
   * tooltip give its numbers. Empty
   * for a cell without notes.
   */
  public ImmutableList<String> noteLabels(Cell cell) {
    int[] n = noteNumbers.get(cell);
    if (n == null) {
      return ImmutableList.of();
    }
    return n[1] == 1 ? ImmutableList.of(NoteMark.numbers(n[0], 1), NARROWEST_SHEET)
        : ImmutableList.of(NoteMark.numbers(n[0], n[1]), n[0] + "+", NARROWEST_SHEET);
  }

  /** What a sheet too narrow for any number says: see {@link #noteLabels}. */
  private static final String NARROWEST_SHEET = "\u2026";

  /** The width and height of a sheet with {@code numbers} on it. */
  public double[] sheetSize(String numbers) {
    FontSpec f = noteFont();
    double h = Math.ceil(Text.lineHeight(f)) + 1;
    double fold = Math.min(4, h / 3);
    return new double[] {Math.ceil(Text.width(numbers, f)) + 4 + fold, h};
  }

  /** A sheet with {@code numbers} on it, its top left corner at {@code (x, y)}: pale paper, ink outline. */
  public NoteSheet sheet(String numbers, double x, double y) {
    double[] size = sheetSize(numbers);
    Box box = new Box(x, y, size[0], size[1]);
    FontSpec f = noteFont();
    Text.Placed p = Text.place(java.util.List.of(numbers), f, x + 2, y + 0.5, Text.Align.START);
    return new NoteSheet(new Area("note", new NoteShape(box), Style.of(NOTE_PAPER, theme().ink(), 1f)),
        TextBlock.of("note", p.lines(), f, theme().ink(), p.bounds()));
  }

  /** The paper of a note's sheet: a pale yellow that stands out from the cells' greys and the gaps' hatching. */
  public static final Color NOTE_PAPER = new Color(0xFFF0A0);

  /** A note's sheet and the numbers on it. */
  public record NoteSheet(Area sheet, TextBlock label) {}

  /** The notes of {@code cell} as drawn with {@code sheet} (empty: no room); empty for a cell without notes. */
  public Optional<NoteMark> noteMark(Cell cell, Optional<NoteSheet> sheet) {
    int[] n = noteNumbers.get(cell);
    if (n == null) {
      return Optional.empty();
    }
    StringBuilder b = new StringBuilder(cellName(cell));
    appendNotes(cell, b);
    return Optional.of(new NoteMark(cell, n[0], n[1], b.toString(), sheet.map(NoteSheet::sheet),
        sheet.map(NoteSheet::label)));
  }

  /** How many intentions are drawn: none unless the options ask for them. */
  public int intentionCount() {
    return wanted.size() + givenAway.size();
  }

  /** The wishes drawn in {@code cell} (parts organizations want to play there), by organization id. */
  public ImmutableList<Intention> wantedIn(Cell cell) {
    return wanted.get(cell);
  }

  /** The intention to give {@code p} away, if there is one and intentions are drawn. */
  public Optional<Intention> givenAway(Placement p) {
    return givenAway.isEmpty() ? Optional.empty()
        : Optional.ofNullable(givenAway.get(key(p.organization(), p.cell())));
  }

  /** How far from a dot's centre, past its radius, the ring of an intention to give it away runs. */
  public static final double GIVE_AWAY_GAP = 2.5;

  /** The width of the dashes of the ring around a dot given away. */
  public static final float GIVE_AWAY_WIDTH = 1f;

  /** How much room, past a dot's radius, a cell with intentions leaves around every dot and wish. */
  public static final double RING_ROOM = GIVE_AWAY_GAP + GIVE_AWAY_WIDTH / 2.0 + 0.25;

  /** The drawn wish {@code i} at {@code circle} (where its dot would be), named by {@code label}. */
  public IntentionNode wish(Intention i, Optional<Circle> circle, Optional<TextBlock> label) {
    float width = circle.map(c -> quarters(Math.max(1.0, c.r() / 3.5))).orElse(1f);
    return new IntentionNode(i.organization(), i.cell(), i.kind(), intentionTooltip(i),
        circle.map(DashedRing::of), intentionColor(i.organization()), width, label);
  }

  /** The intention {@code i} to give away the placement whose dot is {@code dot} (if drawn), with {@code label}. */
  public IntentionNode givingAway(Intention i, Optional<Circle> dot, Optional<TextBlock> label) {
    return new IntentionNode(i.organization(), i.cell(), i.kind(), intentionTooltip(i),
        dot.map(d -> new DashedRing(d.cx(), d.cy(), d.r() + GIVE_AWAY_GAP)), intentionColor(i.organization()),
        GIVE_AWAY_WIDTH, label);
  }

  private static float quarters(double width) {
    return (float) (Math.round(width * 4) / 4.0);
  }

  /** The colour of an organization's intentions: the outline colour of its dots. */
  public Color intentionColor(String organization) {
    return darker(colorOf(map.requireOrganization(organization)));
  }

  /** A tooltip sentence for an intention: name, what it intends, cell, date, source, note. */
  public String intentionTooltip(Intention i) {
    Organization o = map.requireOrganization(i.organization());
    StringBuilder b = new StringBuilder(Text.clean(o.name()));
    b.append(i.kind() == IntentionKind.WANTS_TO_DO
        ? " \u00b7 wants to do this: an intention, not a placement"
        : " \u00b7 would give this away: an intention; the placement is today's");
    b.append(" \u00b7 ").append(cellName(i.cell()));
    i.asOf().ifPresent(d -> b.append(" \u00b7 said on ").append(d));
    b.append(" \u00b7 ").append(i.source().id());
    i.note().ifPresent(n -> b.append(" \u00b7 ").append(Text.clean(n)));
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
