package org.dssamap.render.svg;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dssamap.render.scene.CellNode;
import org.dssamap.render.scene.PlacementNode;
import org.dssamap.render.scene.Structure;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * Writes the scene's structure into JFreeSVG's output as groups: {@code <g class="cell">} and {@code <g
 * class="placement">} with {@code data-*} attributes and a {@code <title>} tooltip. Attribute names are fixed
 * here; values and titles pass through {@link SvgText}, and no group gets an id, so no user text reaches a place
 * JFreeSVG does not escape.
 */
final class SvgStructure implements Structure {
  private final SVGGraphics2D g;

  SvgStructure(SVGGraphics2D g) {
    this.g = g;
  }

  @Override
  public void beginCell(CellNode cell) {
    Map<String, String> a = new LinkedHashMap<>();
    a.put("class", "cell");
    a.put("data-function", cell.cell().function());
    a.put("data-dimension", cell.cell().dimension().id());
    a.put("data-layer", cell.cell().layer().id());
    a.put("data-expected", Boolean.toString(cell.expected()));
    a.put("data-gap", Boolean.toString(cell.gap()));
    a.put("data-verified", Integer.toString(cell.verified()));
    a.put("data-claimed", Integer.toString(cell.claimed()));
    a.put("data-disputed", Integer.toString(cell.disputed()));
    begin(a, cell.tooltip());
  }

  @Override
  public void beginPlacement(PlacementNode p) {
    Map<String, String> a = new LinkedHashMap<>();
    a.put("class", "placement");
    a.put("data-organization", p.organization());
    a.put("data-function", p.cell().function());
    a.put("data-dimension", p.cell().dimension().id());
    a.put("data-layer", p.cell().layer().id());
    a.put("data-status", p.status().id());
    begin(a, p.tooltip());
  }

  @Override
  public void beginGroup(String role) {
    Map<String, String> a = new LinkedHashMap<>();
    a.put("class", role);
    g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, escaped(a));
  }

  private void begin(Map<String, String> attributes, String title) {
    g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, escaped(attributes));
    g.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE, SvgText.forJFreeSvg(title));
  }

  private static Map<String, String> escaped(Map<String, String> attributes) {
    Map<String, String> out = new LinkedHashMap<>();
    attributes.forEach((k, v) -> out.put(k, SvgText.forJFreeSvg(v)));
    return out;
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
