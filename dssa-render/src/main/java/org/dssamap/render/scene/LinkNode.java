package org.dssamap.render.scene;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.dssamap.model.RelationshipKind;

/**
 * A relationship drawn on the wheel: a curve from one organization's dot (or full cell) to another's, with an
 * arrowhead at its end.
 *
 * @param kind what kind of relationship
 * @param from the organization it starts at (the client, the one escalating)
 * @param to the organization it ends at (the provider, the one escalated to)
 * @param tooltip a sentence for people
 * @param curve where it runs
 * @param style its stroke (and dashes)
 * @param step its place on a highlighted escalation path, from 1; 0 when it is on none. A link on the path runs
 *     the way the incident travels: {@code from} passes it to {@code to}, whichever way the relationship points
 * @param core whether it joins two organizations of the core (see {@code RenderOptions.showCore})
 */
public record LinkNode(RelationshipKind kind, String from, String to, String tooltip, Curve curve, Style style,
    int step, boolean core) implements SceneNode {
  /** Checks the parts. */
  public LinkNode {
    checkArgument(step >= 0, "a step on a path counts from 1, got %s", step);
    requireNonNull(kind, "kind");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(tooltip, "tooltip");
    requireNonNull(curve, "curve");
    requireNonNull(style, "style");
  }

  /** A link on no path and not between core organizations. */
  public LinkNode(RelationshipKind kind, String from, String to, String tooltip, Curve curve, Style style) {
    this(kind, from, to, tooltip, curve, style, 0, false);
  }

  /** Whether it is a step of a highlighted escalation path. */
  public boolean onPath() {
    return step > 0;
  }

  /** The classes of its SVG group: {@code link}, then {@code path} and {@code core} when they apply. */
  public String classes() {
    return "link" + (onPath() ? " path" : "") + (core ? " core" : "");
  }
}
