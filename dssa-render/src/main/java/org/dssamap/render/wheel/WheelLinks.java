package org.dssamap.render.wheel;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dssamap.model.Relationship;
import org.dssamap.model.RelationshipKind;
import org.dssamap.render.layout.MapContent;
import org.dssamap.render.layout.Text;
import org.dssamap.render.scene.Area;
import org.dssamap.render.scene.CellNode;
import org.dssamap.render.scene.Circle;
import org.dssamap.render.scene.Curve;
import org.dssamap.render.scene.LinkNode;
import org.dssamap.render.scene.PlacementNode;

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

  /** Where an organization is drawn: a dot or a full cell's disc, in a function. */
  private record Anchor(Circle circle, String function) {}

  /** The links of {@code content}'s relationships of the kinds its options name, on cells centred at (cx, cy). */
  static ImmutableList<LinkNode> layout(MapContent content, List<CellNode> cells, double cx, double cy) {
    if (content.options().links().isEmpty()) {
      return ImmutableList.of();
    }
    Map<String, List<Anchor>> anchors = new LinkedHashMap<>();
    for (CellNode c : cells) {
      Optional<Circle> disc = c.aggregated() ? c.decorations().stream()
          .filter(d -> d instanceof Area a && a.geometry() instanceof Circle)
          .map(d -> (Circle) ((Area) d).geometry()).findFirst() : Optional.empty();
      for (PlacementNode p : c.placements()) {
        Optional<Circle> at = p.marker().map(m -> m.circle()).or(() -> disc);
        at.ifPresent(circle -> anchors.computeIfAbsent(p.organization(), k -> new ArrayList<>())
            .add(new Anchor(circle, c.cell().function())));
      }
    }
    ImmutableList.Builder<LinkNode> out = ImmutableList.builder();
    for (Relationship r : content.map().relationships()) {
      if (!content.options().links().contains(r.kind())) {
        continue;
      }
      List<Anchor> from = anchors.getOrDefault(r.from(), List.of());
      List<Anchor> to = anchors.getOrDefault(r.to(), List.of());
      Optional<Anchor[]> pair = nearest(from, to, r, true).or(() -> nearest(from, to, r, false));
      pair.flatMap(ends -> curve(ends[0].circle(), ends[1].circle(), cx, cy))
          .ifPresent(curve -> out.add(new LinkNode(r.kind(), r.from(), r.to(), tooltip(content, r), curve,
              MapContent.linkStyle(r.kind()))));
    }
    return out.build();
  }

  private static Optional<Anchor[]> nearest(List<Anchor> from, List<Anchor> to, Relationship r, boolean covered) {
    Anchor[] best = null;
    double bestDistance = Double.MAX_VALUE;
    for (Anchor a : from) {
      for (Anchor b : to) {
        boolean ok = !covered || a.function().equals(b.function()) && r.covers(a.function());
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
  private static double[] rim(Circle c, double x, double y) {
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
