package org.dssamap.render.scene;

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
 */
public record LinkNode(RelationshipKind kind, String from, String to, String tooltip, Curve curve, Style style)
    implements SceneNode {
  /** Checks the parts. */
  public LinkNode {
    requireNonNull(kind, "kind");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(tooltip, "tooltip");
    requireNonNull(curve, "curve");
    requireNonNull(style, "style");
  }
}
