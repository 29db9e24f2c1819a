package org.dssamap.render.internal.wheel;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dssamap.model.Cell;
import org.dssamap.model.IntentionKind;
import org.dssamap.model.Organization;
import org.dssamap.render.internal.layout.MapContent;
import org.dssamap.render.internal.layout.Text;
import org.dssamap.render.options.Theme;
import org.dssamap.render.scene.Box;
import org.dssamap.render.scene.CellNode;
import org.dssamap.render.scene.Circle;
import org.dssamap.render.scene.FontSpec;
import org.dssamap.render.scene.IntentionNode;
import org.dssamap.render.scene.PlacementNode;
import org.dssamap.render.scene.TextBlock;

/**
 * Names the dots of the wheel on the picture itself, as technology radars name their blips: each dot gets its
 * organization's name beside it where there is room, otherwise a short number beside it and an entry in the
 * index, grouped by function; a dot with room for neither is listed in the index under its function with its
 * cell. Aggregated cells, and on a map of more than {@value #MAX_NAMED_DOTS} dots every cell of more than {@value
 * #FEW}, list their largest organizations in the index instead. A name or number never overlaps another
 * label, a dot, or anything written on the wheel before, and stays inside the wheel's disk.
 */
final class WheelNames {
  /** A map with more dots than this keeps its dots unnamed: the index would outgrow the picture. */
  static final int MAX_NAMED_DOTS = 400;
  /** On a map with too many dots to name them all, a cell of at most this many dots still names its dots. */
  static final int FEW = 12;
  /** How many organizations an aggregated cell lists in the index. */
  static final int LARGEST_LISTED = 5;
  private static final double MAX_NAME_WIDTH = 150;
  /**
   * A name that a line of the index lists with others is cut past this width (ICANN's full name takes 335 points),
   * so that the line stays a few lines long and shows all the names it lists however long one of them is.
   */
  private static final double MAX_LISTED_NAME_WIDTH = 400;
  /** How far from a dot's rim a name may go, joined by a leader, when there is no room right beside it. */
  private static final double[] LEADER_REACH = {6, 11, 17, 24, 32, 42, 54};

  /**
   * One entry of the index: a function's heading, or a line under it.
   *
   * @param text what it says
   * @param heading whether it is a function's heading
   * @param whole whether the index shows every line of it: a line that lists a cell's organizations, each name
   *     cut past {@link #MAX_LISTED_NAME_WIDTH}, so that none of the names it lists is lost; any other entry is
   *     cut after a few lines
   */
  record Entry(String text, boolean heading, boolean whole) {
    /** A heading, or a line the index may cut. */
    Entry(String text, boolean heading) {
      this(text, heading, false);
    }
  }

  private final MapContent content;
  private final Theme theme;
  private final FontSpec font;
  private final double cx;
  private final double cy;
  private final double radius;
  private final List<Box> taken = new ArrayList<>();
  private final Map<String, List<Entry>> index = new LinkedHashMap<>();
  private int next = 1;
  private boolean unplaced;
  private boolean listed;
  private boolean wishesListed;

  private WheelNames(MapContent content, double cx, double cy, double radius, List<Box> obstacles) {
    this.content = content;
    this.theme = content.theme();
    this.font = theme.smallFont();
    this.cx = cx;
    this.cy = cy;
    this.radius = radius;
    taken.addAll(obstacles);
  }

  /** The cells with names or numbers given to their dots, and the index of what the picture could not name. */
  record Named(ImmutableList<CellNode> cells, ImmutableList<Entry> index, boolean numbered, boolean unplaced,
      boolean listed, boolean wishesListed) {}

  /**
   * Names the dots of {@code cells} (in drawing order) on a wheel centred at {@code (cx, cy)} of {@code radius},
   * around {@code obstacles} (text already written on the wheel).
   */
  static Named name(MapContent content, List<CellNode> cells, double cx, double cy, double radius,
      List<Box> obstacles) {
    WheelNames n = new WheelNames(content, cx, cy, radius, obstacles);
    return n.run(cells);
  }

  private Named run(List<CellNode> cells) {
    long dots = cells.stream().flatMap(c -> c.placements().stream()).filter(p -> p.marker().isPresent()).count();
    boolean naming = dots <= MAX_NAMED_DOTS;
    // a map big enough to fill cells lists the dots it cannot name cell by cell, not one line each
    boolean every = naming && cells.stream().noneMatch(CellNode::aggregated);
    for (CellNode c : cells) {
      for (PlacementNode p : c.placements()) {
        p.marker().ifPresent(m -> taken.add(grow(m.circle().bounds(), 1)));
      }
      for (IntentionNode i : c.intentions()) {
        i.extent().ifPresent(e -> taken.add(grow(e.bounds(), 1)));
      }
    }
    for (CellNode c : cells) {
      if (!c.placements().isEmpty() || !c.intentions().isEmpty()) {
        index.putIfAbsent(c.cell().function(), new ArrayList<>());
      }
    }
    ImmutableList.Builder<CellNode> out = ImmutableList.builder();
    for (CellNode c : cells) {
      CellNode named;
      if (c.aggregated()) {
        listLargest(c);
        named = c;
      } else if (!c.placements().isEmpty() && (naming || c.placements().size() <= FEW)) {
        named = nameDots(c, every);
      } else if (!c.placements().isEmpty()) {
        listLargest(c);
        named = c;
      } else {
        named = c;
      }
      out.add(nameWishes(named, naming || c.intentions().size() <= FEW));
    }
    ImmutableList.Builder<Entry> entries = ImmutableList.builder();
    for (Map.Entry<String, List<Entry>> e : index.entrySet()) {
      if (e.getValue().isEmpty()) {
        continue;
      }
      entries.add(new Entry(content.functionName(cellOf(cells, e.getKey())), true));
      entries.addAll(e.getValue());
    }
    return new Named(out.build(), entries.build(), next > 1, unplaced, listed, wishesListed);
  }

  private static boolean isWish(IntentionNode i) {
    return i.kind() == IntentionKind.WANTS_TO_DO;
  }

  /**
   * Names the wishes of {@code c} (empty dashed rings) as dots are named, when {@code naming}: beside the ring,
   * else by a number and an index entry; the cell's wishes with neither, or not drawn, share one index line, and
   * so do its parts given away whose dots have no room for their rings.
   */
  private CellNode nameWishes(CellNode c, boolean naming) {
    if (c.intentions().isEmpty()) {
      return c;
    }
    ImmutableList.Builder<IntentionNode> out = ImmutableList.builder();
    List<String> unnamed = new ArrayList<>();
    List<String> unringed = new ArrayList<>();
    for (IntentionNode i : c.intentions()) {
      if (!isWish(i)) {
        if (i.ring().isEmpty()) {
          unringed.add(Text.clean(content.map().requireOrganization(i.organization()).name()));
        }
        out.add(i);
        continue;
      }
      String name = Text.clean(content.map().requireOrganization(i.organization()).name());
      Optional<TextBlock> label = Optional.empty();
      if (naming && i.extent().isPresent()) {
        Circle ring = i.extent().get();
        label = beside(ring, cut(name, MAX_NAME_WIDTH), "name");
        if (label.isEmpty()) {
          String number = Integer.toString(next);
          label = beside(ring, number, "number");
          if (label.isPresent()) {
            next++;
            requireNonNull(index.get(c.cell().function())).add(new Entry(number + " " + name + ", wants to do", false));
          }
        }
      }
      if (label.isEmpty()) {
        unnamed.add(name);
      }
      out.add(i.withLabel(label));
    }
    listIntentions(c, unnamed, "wanted by");
    listIntentions(c, unringed, "would be given away by");
    return c.withIntentions(out.build());
  }

  /** One index line for {@code names} of {@code c}: "Glue, external, wanted by (2): A, B", five names at most. */
  private void listIntentions(CellNode c, List<String> names, String what) {
    if (names.isEmpty()) {
      return;
    }
    List<String> sorted = names.stream().sorted().toList();
    NumberFormat n = NumberFormat.getIntegerInstance(Locale.ROOT);
    n.setGroupingUsed(true);
    List<String> shown = sorted.stream().limit(LARGEST_LISTED).map(name -> cut(name, MAX_LISTED_NAME_WIDTH))
        .toList();
    StringBuilder b = new StringBuilder(c.cell().layer().displayName()).append(", ")
        .append(c.cell().dimension().displayName().toLowerCase(Locale.ROOT)).append(", ").append(what).append(" (")
        .append(n.format(sorted.size())).append("): ").append(String.join(", ", shown));
    if (sorted.size() > shown.size()) {
      b.append(" + ").append(n.format(sorted.size() - shown.size())).append(" more");
    }
    wishesListed = true;
    requireNonNull(index.get(c.cell().function())).add(new Entry(b.toString(), false, true));
  }

  private static Cell cellOf(List<CellNode> cells, String function) {
    return cells.stream().map(CellNode::cell).filter(c -> c.function().equals(function)).findFirst().orElseThrow();
  }

  /**
   * Names the dots of {@code c}; a dot with room for neither name nor number gets its own index line when {@code
   * every} dot of the map is named, else the cell's such dots share one line, the largest first.
   */
  private CellNode nameDots(CellNode c, boolean every) {
    ImmutableList.Builder<PlacementNode> placements = ImmutableList.builder();
    List<PlacementNode> unnamed = new ArrayList<>();
    for (PlacementNode p : c.placements()) {
      if (p.marker().isEmpty()) {
        placements.add(p);
        continue;
      }
      // a dot given away is named beside its ring
      Circle dot = c.intentions().stream()
          .filter(i -> !isWish(i) && i.organization().equals(p.organization()) && i.extent().isPresent())
          .map(i -> i.extent().get()).findFirst().orElse(p.marker().get().circle());
      Organization o = content.map().requireOrganization(p.organization());
      String name = Text.clean(o.name());
      Optional<TextBlock> label = beside(dot, cut(name, MAX_NAME_WIDTH), "name");
      if (label.isEmpty()) {
        String number = Integer.toString(next);
        label = beside(dot, number, "number");
        if (label.isPresent()) {
          next++;
          requireNonNull(index.get(c.cell().function())).add(new Entry(number + " " + name + statusWord(p), false));
        } else if (!every) {
          unnamed.add(p);
        } else {
          unplaced = true;
          requireNonNull(index.get(c.cell().function())).add(new Entry("\u2013 " + name + statusWord(p) + " ("
              + c.cell().layer().displayName().toLowerCase(Locale.ROOT) + ", "
              + c.cell().dimension().displayName().toLowerCase(Locale.ROOT) + ")", false));
        }
      }
      placements.add(new PlacementNode(p.organization(), p.cell(), p.status(), p.tooltip(), p.marker(), label));
    }
    if (!unnamed.isEmpty()) {
      listLargest(c, unnamed, "not named on the wheel");
    }
    return c.withPlacements(placements.build());
  }

  private static String statusWord(PlacementNode p) {
    return switch (p.status()) {
      case VERIFIED -> "";
      case CLAIMED -> ", claimed";
      case DISPUTED -> ", disputed";
    };
  }

  /** The largest organizations of an aggregated cell (by size, then name), with how many more it holds. */
  private void listLargest(CellNode c) {
    listLargest(c, c.placements(), "");
  }

  /** The largest organizations of {@code among}, placed in {@code c}, with how many more. */
  private void listLargest(CellNode c, List<PlacementNode> among, String what) {
    NumberFormat n = NumberFormat.getIntegerInstance(Locale.ROOT);
    n.setGroupingUsed(true);
    List<Organization> orgs = among.stream()
        .map(p -> content.map().requireOrganization(p.organization()))
        .sorted(Comparator.comparingLong((Organization o) -> -o.size().orElse(0))
            .thenComparing(o -> Text.clean(o.name())).thenComparing(Organization::id))
        .toList();
    List<String> names = orgs.stream().limit(LARGEST_LISTED)
        .map(o -> cut(Text.clean(o.name()), MAX_LISTED_NAME_WIDTH)).toList();
    StringBuilder b = new StringBuilder(c.cell().layer().displayName()).append(", ")
        .append(c.cell().dimension().displayName().toLowerCase(Locale.ROOT)).append(" (")
        .append(n.format(orgs.size())).append(what.isEmpty() ? "" : " " + what).append("): ")
        .append(String.join(", ", names));
    if (orgs.size() > names.size()) {
      b.append(" + ").append(n.format(orgs.size() - names.size())).append(" more");
    }
    listed = true;
    requireNonNull(index.get(c.cell().function())).add(new Entry(b.toString(), false, true));
  }

  /** {@code name} whole when it is at most {@code width} wide, else cut there with an ellipsis. */
  private String cut(String name, double width) {
    return Text.width(name, font) <= width ? name : Text.ellipsize(name, font, width);
  }

  /**
   * {@code text} beside {@code dot}: outward first (right of a dot on the right half, left of one on the left),
   * then the other side, then above and below; empty when every place is taken or leaves the wheel.
   */
  private Optional<TextBlock> beside(Circle dot, String text, String role) {
    double w = Text.width(text, font);
    double h = Text.lineHeight(font);
    double gap = 1.5;
    boolean right = dot.cx() >= cx;
    double d = dot.r() * 0.72 + gap;
    double outX = right ? dot.cx() + d : dot.cx() - d - w;
    double inX = right ? dot.cx() - d - w : dot.cx() + d;
    double[][] spots = {
        {right ? dot.cx() + dot.r() + gap : dot.cx() - dot.r() - gap - w, dot.cy() - h / 2},
        {right ? dot.cx() - dot.r() - gap - w : dot.cx() + dot.r() + gap, dot.cy() - h / 2},
        {dot.cx() - w / 2, dot.cy() - dot.r() - gap - h},
        {dot.cx() - w / 2, dot.cy() + dot.r() + gap},
        {outX, dot.cy() - d - h},
        {outX, dot.cy() + d},
        {inX, dot.cy() - d - h},
        {inX, dot.cy() + d},
    };
    for (double[] s : spots) {
      Box box = new Box(s[0], s[1], w, h);
      if (free(box)) {
        return Optional.of(take(box, text, role));
      }
    }
    // further out, joined to the dot by a leader: outward from the wheel's centre first, then turning both ways
    double out = Math.atan2(dot.cy() - cy, dot.cx() - cx);
    for (double reach : LEADER_REACH) {
      for (int turn = 0; turn < 24; turn++) {
        int steps = (turn + 1) / 2; // 0, 1, 1, 2, 2, ...: as far one way, then the other
        double a = out + Math.PI / 12 * steps * (turn % 2 == 0 ? 1 : -1);
        double ux = Math.cos(a);
        double uy = Math.sin(a);
        double px = dot.cx() + (dot.r() + reach) * ux;
        double py = dot.cy() + (dot.r() + reach) * uy;
        double x = ux > 0.38 ? px : ux < -0.38 ? px - w : px - w / 2;
        double y = uy > 0.38 ? py : uy < -0.38 ? py - h : py - h / 2;
        Box box = new Box(x, y, w, h);
        if (free(box) && leaderClear(dot, box)) {
          return Optional.of(take(box, text, role));
        }
      }
    }
    return Optional.empty();
  }

  private boolean free(Box box) {
    return insideWheel(box) && taken.stream().noneMatch(box::overlaps);
  }

  private TextBlock take(Box box, String text, String role) {
    taken.add(box);
    Text.Placed placed = Text.place(List.of(text), font, box.x(), box.y(), Text.Align.START);
    return TextBlock.of(role, placed.lines(), font, theme.ink(), placed.bounds());
  }

  /** Whether the leader from the dot's rim to the box passes clear of every other dot and label. */
  private boolean leaderClear(Circle dot, Box box) {
    double[] end = nearest(box, dot.cx(), dot.cy());
    double len = Math.hypot(end[0] - dot.cx(), end[1] - dot.cy());
    for (double t = dot.r() + 1.5; t < len - 0.5; t += 1.5) {
      double x = dot.cx() + (end[0] - dot.cx()) * t / len;
      double y = dot.cy() + (end[1] - dot.cy()) * t / len;
      for (Box b : taken) {
        if (b.contains(x, y)) {
          return false;
        }
      }
    }
    return true;
  }

  /** The point of {@code box} nearest {@code (x, y)}. */
  static double[] nearest(Box box, double x, double y) {
    return new double[] {Math.max(box.x(), Math.min(x, box.maxX())), Math.max(box.y(), Math.min(y, box.maxY()))};
  }

  private boolean insideWheel(Box b) {
    return inside(b.x(), b.y()) && inside(b.maxX(), b.y()) && inside(b.x(), b.maxY()) && inside(b.maxX(), b.maxY());
  }

  private boolean inside(double x, double y) {
    return Math.hypot(x - cx, y - cy) <= radius - 1;
  }

  private static Box grow(Box b, double by) {
    return new Box(b.x() - by, b.y() - by, b.width() + 2 * by, b.height() + 2 * by);
  }
}
