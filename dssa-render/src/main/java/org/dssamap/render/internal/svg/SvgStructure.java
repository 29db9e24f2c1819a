package org.dssamap.render.internal.svg;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dssamap.render.scene.CellNode;
import org.dssamap.render.scene.IntentionNode;
import org.dssamap.render.scene.LinkNode;
import org.dssamap.render.scene.NoteMark;
import org.dssamap.render.scene.PlacementNode;
import org.dssamap.render.scene.Structure;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * Writes the scene's structure into JFreeSVG's output as groups: {@code <g class="cell">} with the cell's
 * function, dimension, layer and counts as {@code data-*} attributes, and inside it one {@code <g
 * class="placement">} per placement with only what differs from its cell, {@code data-organization} and {@code
 * data-status}; each with a {@code <title>} tooltip. Attribute names are fixed here; values and titles pass
 * through {@link SvgText}, and no group gets an id, so no user text reaches a place JFreeSVG does not escape.
 */
final class SvgStructure implements Structure {
  private final SVGGraphics2D g;
  /**
   * One map for every placement, its values replaced each time (JFreeSVG writes them out at once): the order
   * of its attributes is fixed, and a drawing of thousands of dots builds no map per dot.
   */
  private final Map<String, String> placement = new LinkedHashMap<>();

  private final boolean listUndrawn;

  SvgStructure(SVGGraphics2D g, boolean listUndrawn) {
    this.g = g;
    this.listUndrawn = listUndrawn;
    placement.put("class", "placement");
    placement.put("data-organization", "");
    placement.put("data-status", "");
  }

  @Override
  public boolean listsUndrawn() {
    return listUndrawn;
  }

  @Override
  public void beginCell(CellNode cell) {
    Map<String, String> a = new LinkedHashMap<>();
    a.put("class", "cell");
    a.put("data-function", SvgText.forJFreeSvg(cell.cell().function()));
    a.put("data-dimension", cell.cell().dimension().id());
    a.put("data-layer", cell.cell().layer().id());
    a.put("data-expected", Boolean.toString(cell.expected()));
    a.put("data-gap", Boolean.toString(cell.gap()));
    a.put("data-verified", Integer.toString(cell.verified()));
    a.put("data-claimed", Integer.toString(cell.claimed()));
    a.put("data-disputed", Integer.toString(cell.disputed()));
    // only on a cell with notes, so that a drawing of a map without notes is as it was
    cell.note().ifPresent(n -> a.put("data-notes", Integer.toString(n.count())));
    begin(a, cell.tooltip());
  }

  /**
   * The placement's cell is its enclosing group's: tools read function, dimension and layer there ({@code
   * closest('g.cell')}), so that a drawing of many dots does not repeat them on every dot.
   */
  @Override
  public void beginPlacement(PlacementNode p) {
    placement.put("data-organization", SvgText.forJFreeSvg(p.organization()));
    placement.put("data-status", p.status().id());
    begin(placement, p.tooltip());
  }

  /** A name or number beside a dot: which organization, in which cell, as data; the text itself is drawn. */
  @Override
  public void beginLabel(PlacementNode p) {
    Map<String, String> a = new LinkedHashMap<>();
    a.put("class", "label");
    a.put("data-organization", SvgText.forJFreeSvg(p.organization()));
    a.put("data-function", SvgText.forJFreeSvg(p.cell().function()));
    a.put("data-dimension", p.cell().dimension().id());
    a.put("data-layer", p.cell().layer().id());
    g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, a);
  }

  /**
   * An intention, apart from the placements: its organization and kind as data ({@code wants-to-do}, {@code
   * would-give-away}), its sentence as the title; the cell is the enclosing group's.
   */
  @Override
  public void beginIntention(IntentionNode intention) {
    Map<String, String> a = new LinkedHashMap<>();
    a.put("class", "intention");
    a.put("data-organization", SvgText.forJFreeSvg(intention.organization()));
    a.put("data-kind", intention.kind().id());
    begin(a, intention.tooltip());
  }

  /** The name or number beside a wish's ring on the wheel: which organization, which cell, which kind. */
  @Override
  public void beginIntentionLabel(IntentionNode intention) {
    Map<String, String> a = new LinkedHashMap<>();
    a.put("class", "intention-label");
    a.put("data-organization", SvgText.forJFreeSvg(intention.organization()));
    a.put("data-kind", intention.kind().id());
    a.put("data-function", SvgText.forJFreeSvg(intention.cell().function()));
    a.put("data-dimension", intention.cell().dimension().id());
    a.put("data-layer", intention.cell().layer().id());
    g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, a);
  }

  /**
   * A cell's notes, drawn: the number of its first note and how many it has, as data (numbers only: no user text
   * in an attribute); every note's text in the title.
   */
  @Override
  public void beginNote(NoteMark note) {
    Map<String, String> a = new LinkedHashMap<>();
    a.put("class", "note");
    a.put("data-note", Integer.toString(note.first()));
    a.put("data-notes", Integer.toString(note.count()));
    begin(a, note.tooltip());
  }

  /** A link: its kind and the two organizations it joins as data, its sentence as the title. */
  @Override
  public void beginLink(LinkNode link) {
    Map<String, String> a = new LinkedHashMap<>();
    a.put("class", link.classes());
    a.put("data-kind", link.kind().id());
    a.put("data-from", SvgText.forJFreeSvg(link.from()));
    a.put("data-to", SvgText.forJFreeSvg(link.to()));
    if (link.onPath()) {
      a.put("data-step", String.valueOf(link.step()));
    }
    begin(a, link.tooltip());
  }

  @Override
  public void beginGroup(String role) {
    g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, Map.of("class", SvgText.forJFreeSvg(role)));
  }

  /** Attribute values are escaped by the caller where they can hold user text; ids and counts cannot. */
  private void begin(Map<String, String> attributes, String title) {
    g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, attributes);
    g.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE, SvgText.forJFreeSvg(title));
  }

  @Override
  public void end() {
    g.setRenderingHint(SVGHints.KEY_END_GROUP, "");
  }

  @Override
  public String text(String text) {
    return SvgText.forJFreeSvg(text);
  }
}
