package org.dssamap.render.internal.wheel;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dssamap.analysis.escalation.Escalation;
import org.dssamap.analysis.escalation.EscalationRoute;
import org.dssamap.analysis.escalation.Hop;
import org.dssamap.analysis.escalation.NotAssessableReason;
import org.dssamap.model.Cell;
import org.dssamap.model.Dimension;
import org.dssamap.model.Layer;
import org.dssamap.model.Relationship;
import org.dssamap.model.RelationshipKind;
import org.dssamap.model.Status;
import org.dssamap.render.internal.layout.MapContent;
import org.dssamap.render.internal.layout.Text;
import org.dssamap.render.options.RegionPair;
import org.dssamap.render.options.RenderOptions;
import org.dssamap.render.scene.Area;
import org.dssamap.render.scene.CellNode;
import org.dssamap.render.scene.Circle;
import org.dssamap.render.scene.Curve;
import org.dssamap.render.scene.LinkNode;
import org.dssamap.render.scene.PlacementNode;
import org.dssamap.render.scene.SceneNode;
import org.dssamap.render.scene.Style;
import org.jspecify.annotations.Nullable;

/**
 * The relationships the options ask for, drawn as curves between the dots (or, for an organization in a cell
 * too full for dots, the cell's disc) they join. Of all the places the two organizations are drawn, a link joins
 * the nearest pair in a function the relationship covers (any pair when none is). Every curve bends toward the
 * centre of the wheel, so that links between the same parts of the wheel run together: a bundle, not a web.
 */
final class WheelLinks {
  /** How far toward the centre a curve's middle is pulled: 0 straight, 1 through the centre. */
  static final double BUNDLING = 0.55;

  private WheelLinks() {}

  /** Where an organization is drawn: a dot or a full cell's disc, in a cell. */
  private record Anchor(Circle circle, Cell cell) {
    String function() {
      return cell.function();
    }
  }

  /** The function whose escalation and core the wheel shows, as dssa-analysis's {@code Escalation} follows. */
  static final String INCIDENT_RESPONSE = "incident-response";

  /** The kinds of relationship an incident travels along (outsourcing is a contract, distrust no channel). */
  static final ImmutableSet<RelationshipKind> CHANNELS = Sets.immutableEnumSet(RelationshipKind.SHARES_WITH,
      RelationshipKind.MEMBER_OF, RelationshipKind.ESCALATES_TO);

  /**
   * What the links add to the wheel.
   *
   * @param links the curves, path last so that it is drawn on top
   * @param marks rings around core organizations linked to no other core organization
   * @param notes sentences for beside the legend: the path, the core's fragments
   */
  record Laid(ImmutableList<LinkNode> links, ImmutableList<SceneNode> marks, ImmutableList<Note> notes) {}

  /**
   * A sentence beside the legend, with the sample it explains.
   *
   * @param text the sentence
   * @param sample a short line in the path's style, a ring as around an unlinked core organization, or none
   */
  record Note(String text, Optional<Style> sample, boolean ring) {}

  /** The links of {@code content}'s relationships of the kinds its options name, on cells centred at (cx, cy). */
  static Laid layout(MapContent content, List<CellNode> cells, double cx, double cy) {
    RenderOptions options = content.options();
    if (options.links().isEmpty() && options.escalationPath().isEmpty() && !options.showCore()) {
      return new Laid(ImmutableList.of(), ImmutableList.of(), ImmutableList.of());
    }
    Map<String, List<Anchor>> anchors = new LinkedHashMap<>();
    for (CellNode c : cells) {
      Optional<Circle> disc = c.aggregated() ? c.decorations().stream()
          .filter(d -> d instanceof Area a && a.geometry() instanceof Circle)
          .map(d -> (Circle) ((Area) d).geometry()).findFirst() : Optional.empty();
      for (PlacementNode p : c.placements()) {
        Optional<Circle> at = p.marker().map(m -> m.circle()).or(() -> disc);
        at.ifPresent(circle -> anchors.computeIfAbsent(p.organization(), k -> new ArrayList<>())
            .add(new Anchor(circle, c.cell())));
      }
    }
    List<Note> notes = new ArrayList<>();
    List<SceneNode> marks = new ArrayList<>();
    // the core and the path claim their relationships first; a relationship is drawn once
    Map<Relationship, LinkNode> special = new LinkedHashMap<>();
    if (options.showCore()) {
      core(content, anchors, cx, cy, special, marks, notes);
    }
    List<LinkNode> path = new ArrayList<>();
    Set<Relationship> onPath = new java.util.HashSet<>();
    options.escalationPath().ifPresent(pair -> path(content, pair, anchors, cx, cy, path, onPath, notes));
    ImmutableList.Builder<LinkNode> out = ImmutableList.builder();
    for (Relationship r : content.map().relationships()) {
      if (!options.links().contains(r.kind()) || special.containsKey(r) || onPath.contains(r)) {
        continue;
      }
      List<Anchor> from = anchors.getOrDefault(r.from(), List.of());
      List<Anchor> to = anchors.getOrDefault(r.to(), List.of());
      Optional<Anchor[]> pair = nearest(from, to, r, true).or(() -> nearest(from, to, r, false));
      pair.flatMap(ends -> curve(ends[0].circle(), ends[1].circle(), cx, cy))
          .ifPresent(curve -> out.add(new LinkNode(r.kind(), r.from(), r.to(), tooltip(content, r), curve,
              MapContent.linkStyle(r.kind()))));
    }
    special.forEach((r, l) -> {
      if (!onPath.contains(r)) {
        out.add(l);
      }
    });
    out.addAll(path);
    return new Laid(out.build(), ImmutableList.copyOf(marks), ImmutableList.copyOf(notes));
  }

  /** The placements of the core's cell for incident response done for others that count as relays. */
  private static List<String> coreOrganizations(MapContent content) {
    Cell cell = new Cell(INCIDENT_RESPONSE, Dimension.EXTERNAL, Layer.CORE);
    if (content.map().catalog().function(INCIDENT_RESPONSE).isEmpty()) {
      return List.of();
    }
    return content.visibleIn(cell).stream().filter(p -> p.status() != Status.DISPUTED)
        .map(p -> p.organization()).distinct().sorted().toList();
  }

  /** Whether {@code r} carries an incident for the function between two different organizations. */
  private static boolean channel(Relationship r) {
    return CHANNELS.contains(r.kind()) && r.covers(INCIDENT_RESPONSE) && !r.from().equals(r.to());
  }

  /**
   * The core's fragments: each channel between two core organizations drawn (at their core dots), each core
   * organization with no such channel ringed, and a sentence counting the fragments.
   */
  private static void core(MapContent content, Map<String, List<Anchor>> anchors, double cx, double cy,
      Map<Relationship, LinkNode> links, List<SceneNode> marks, List<Note> notes) {
    List<String> core = coreOrganizations(content);
    if (core.isEmpty()) {
      notes.add(new Note("Core: nobody shown does incident response for others at the core.", Optional.empty(),
          false));
      return;
    }
    Set<String> members = new java.util.HashSet<>(core);
    Map<String, String> parent = new java.util.HashMap<>();
    core.forEach(o -> parent.put(o, o));
    Set<String> linked = new java.util.HashSet<>();
    for (Relationship r : content.map().relationships()) {
      if (!channel(r) || !members.contains(r.from()) || !members.contains(r.to())) {
        continue;
      }
      linked.add(r.from());
      linked.add(r.to());
      parent.put(root(parent, r.from()), root(parent, r.to()));
      Optional<Anchor> a = coreAnchor(anchors, r.from());
      Optional<Anchor> b = coreAnchor(anchors, r.to());
      if (a.isPresent() && b.isPresent()) {
        curve(a.get().circle(), b.get().circle(), cx, cy).ifPresent(c -> links.put(r, new LinkNode(r.kind(),
            r.from(), r.to(), "Core link: " + tooltip(content, r), c, coreStyle(r.kind()), 0, true)));
      }
    }
    long fragments = core.stream().map(o -> root(parent, o)).distinct().count();
    List<String> alone = new ArrayList<>();
    for (String o : core) {
      if (linked.contains(o)) {
        continue;
      }
      alone.add(name(content, o));
      coreAnchor(anchors, o).ifPresent(a -> {
        Circle c = a.circle();
        marks.add(new Area("core-alone", new Circle(c.cx(), c.cy(), c.r() + 3.5), CORE_ALONE));
      });
    }
    StringBuilder b = new StringBuilder("Core (incident response for others): ")
        .append(count(core.size(), "organization")).append(" in ").append(count((int) fragments, "fragment"));
    if (!alone.isEmpty()) {
      b.append("; linked to no other core organization (ringed): ").append(String.join(", ", alone));
    }
    notes.add(new Note(b.append('.').toString(), alone.isEmpty() ? Optional.empty() : Optional.of(CORE_ALONE),
        true));
  }

  private static String root(Map<String, String> parent, String o) {
    String r = o;
    while (!Objects.requireNonNull(parent.get(r)).equals(r)) {
      r = parent.get(r);
    }
    parent.put(o, r);
    return r;
  }

  /** Where a core organization is drawn in the core cell of incident response for others. */
  private static Optional<Anchor> coreAnchor(Map<String, List<Anchor>> anchors, String organization) {
    return anchors.getOrDefault(organization, List.of()).stream()
        .filter(a -> a.function().equals(INCIDENT_RESPONSE) && a.cell().layer() == Layer.CORE
            && a.cell().dimension() == Dimension.EXTERNAL)
        .findFirst();
  }

  /**
   * The escalation path of {@code pair}, hop by hop, each step drawn along the relationship it travels, from the
   * dot of the hop's role (edge, glue, core) to the next's; or a sentence saying why there is none.
   */
  private static void path(MapContent content, RegionPair pair, Map<String, List<Anchor>> anchors, double cx,
      double cy, List<LinkNode> links, Set<Relationship> used, List<Note> notes) {
    Escalation escalation = Escalation.of(content.map(), INCIDENT_RESPONSE, true);
    String what = "Escalation path " + pair.displayName();
    if (escalation.notAssessable().isPresent()) {
      notes.add(new Note(what + ": cannot be assessed, the map holds no " + (escalation.notAssessable().get()
          == NotAssessableReason.NO_RELAY ? "glue or core relay" : "edge") + " for incident response.",
          Optional.empty(), false));
      return;
    }
    EscalationRoute route = escalation.route(pair.from(), pair.to());
    if (route.path().isEmpty()) {
      notes.add(new Note(what + ": none (" + route.reason().map(r -> r.id().replace('-', ' ')).orElse("no path")
          + ").", Optional.empty(), false));
      return;
    }
    List<Hop> hops = route.path().get().hops();
    List<String> names = new ArrayList<>();
    hops.forEach(h -> names.add(name(content, h.organization())));
    int step = 0;
    for (int i = 0; i + 1 < hops.size(); i++) {
      Hop a = hops.get(i);
      Hop b = hops.get(i + 1);
      if (a.organization().equals(b.organization())) {
        continue;
      }
      step++;
      Optional<Relationship> r = between(content, a.organization(), b.organization());
      Optional<Anchor> from = roleAnchor(anchors, a);
      Optional<Anchor> to = roleAnchor(anchors, b);
      if (r.isEmpty() || from.isEmpty() || to.isEmpty()) {
        continue;
      }
      int n = step;
      Relationship rel = r.get();
      used.add(rel);
      curve(from.get().circle(), to.get().circle(), cx, cy).ifPresent(c -> links.add(new LinkNode(rel.kind(),
          a.organization(), b.organization(), what + ", step " + n + ": " + name(content, a.organization())
              + " to " + name(content, b.organization()) + " (" + tooltip(content, rel) + ")", c, PATH, n,
          coreOrganizations(content).contains(a.organization())
              && coreOrganizations(content).contains(b.organization()))));
    }
    notes.add(new Note(what + " (" + count(step, "step") + (route.path().get().reliesOnClaims()
        ? ", relies on claims" : "") + "): " + String.join(" \u2192 ", names) + ".", Optional.of(PATH), false));
  }

  /** The relationship an incident travels from {@code a} to {@code b}: one pointing that way first. */
  private static Optional<Relationship> between(MapContent content, String a, String b) {
    Optional<Relationship> forward = content.map().relationships().stream()
        .filter(r -> channel(r) && r.from().equals(a) && r.to().equals(b)).findFirst();
    return forward.or(() -> content.map().relationships().stream()
        .filter(r -> channel(r) && r.from().equals(b) && r.to().equals(a)).findFirst());
  }

  /** Where a hop's organization is drawn in the role it plays: its incident response dot at that layer. */
  private static Optional<Anchor> roleAnchor(Map<String, List<Anchor>> anchors, Hop hop) {
    Layer layer = switch (hop.role()) {
      case EDGE -> Layer.EDGE;
      case GLUE -> Layer.GLUE;
      case CORE -> Layer.CORE;
    };
    List<Anchor> all = anchors.getOrDefault(hop.organization(), List.of());
    return all.stream().filter(x -> x.function().equals(INCIDENT_RESPONSE) && x.cell().layer() == layer)
        .min(java.util.Comparator.comparing(x -> x.cell().dimension() == Dimension.EXTERNAL ? 0 : 1))
        .or(() -> all.stream().findFirst());
  }

  /** A highlighted path: thick, solid, deep violet (no kind's colour), above every other link. */
  static final Style PATH = Style.stroke(new Color(0x6A, 0x1B, 0x9A), 3.2f);
  /** A ring around a core organization linked to no other: dashed vermilion. */
  static final Style CORE_ALONE = Style.stroke(new Color(0xD5, 0x5E, 0x00), 1.6f).withDashes();

  /** A core link: its kind's style, but solid and thicker, so that the core's joins stand out. */
  private static Style coreStyle(RelationshipKind kind) {
    Style base = MapContent.linkStyle(kind);
    return Style.stroke(base.stroke().map(c -> new Color(c.getRed(), c.getGreen(), c.getBlue())).orElse(Color.DARK_GRAY),
        2.4f);
  }

  private static String name(MapContent content, String organization) {
    String n = Text.clean(content.map().requireOrganization(organization).name());
    return n.isEmpty() ? organization : n;
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static Optional<Anchor[]> nearest(List<Anchor> from, List<Anchor> to, Relationship r, boolean covered) {
    Anchor[] best = null;
    double bestDistance = Double.MAX_VALUE;
    for (Anchor a : from) {
      for (Anchor b : to) {
        boolean ok = !covered || (a.function().equals(b.function()) && r.covers(a.function()));
        double d = Math.hypot(a.circle().cx() - b.circle().cx(), a.circle().cy() - b.circle().cy());
        if (ok && d > a.circle().r() + b.circle().r() && d < bestDistance) {
          best = new Anchor[] {a, b};
          bestDistance = d;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** A curve from the rim of {@code a} to the rim of {@code b}, its middle pulled toward the wheel's centre. */
  static Optional<Curve> curve(Circle a, Circle b, double cx, double cy) {
    double mx = (a.cx() + b.cx()) / 2;
    double my = (a.cy() + b.cy()) / 2;
    double ctrlX = mx + (cx - mx) * BUNDLING;
    double ctrlY = my + (cy - my) * BUNDLING;
    double[] start = rim(a, ctrlX, ctrlY);
    double[] end = rim(b, ctrlX, ctrlY);
    if (start == null || end == null) {
      return Optional.empty();
    }
    return Optional.of(new Curve(start[0], start[1], ctrlX, ctrlY, end[0], end[1]));
  }

  /** The point of {@code c}'s rim toward {@code (x, y)}; null when that point is the centre itself. */
  private static double @Nullable [] rim(Circle c, double x, double y) {
    double d = Math.hypot(x - c.cx(), y - c.cy());
    if (d < 1e-6) {
      return null;
    }
    return new double[] {c.cx() + (x - c.cx()) * c.r() / d, c.cy() + (y - c.cy()) * c.r() / d};
  }

  /** A sentence for the link's tooltip. */
  static String tooltip(MapContent content, Relationship r) {
    String from = Text.clean(content.map().requireOrganization(r.from()).name());
    String to = Text.clean(content.map().requireOrganization(r.to()).name());
    StringBuilder b = new StringBuilder(from).append(' ').append(verb(r.kind())).append(' ').append(to);
    if (!r.functions().isEmpty()) {
      b.append(" \u00b7 for ").append(String.join(", ", r.functions().stream()
          .map(f -> content.map().catalog().function(f).map(fn -> Text.clean(fn.name())).orElse(f)).toList()));
    }
    r.note().ifPresent(n -> b.append(" \u00b7 ").append(Text.clean(n)));
    return b.toString();
  }

  /** The relationship as a verb phrase: "outsources to", "escalates to". */
  static String verb(RelationshipKind kind) {
    return switch (kind) {
      case OUTSOURCES_TO -> "outsources to";
      case MEMBER_OF -> "is a member of";
      case SHARES_WITH -> "shares with";
      case ESCALATES_TO -> "escalates to";
      case DISTRUSTS -> "distrusts";
    };
  }
}
