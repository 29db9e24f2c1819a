package org.dssamap.render.svg;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.dssamap.render.scene.Emphasis;
import org.dssamap.render.scene.Scene;
import org.dssamap.render.scene.ScenePainter;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;

/**
 * Paints a scene into JFreeSVG and returns a deterministic, accessible SVG document: a fixed defs prefix, fixed
 * number formats, no timestamps; a root with {@code role="img"}, {@code <title>} and {@code <desc>}.
 */
public final class SvgExport {
  private static final String PLACEHOLDER = "dssa-placeholder-";

  private SvgExport() {}

  /** The SVG document of {@code scene}. */
  public static String toSvg(Scene scene, Emphasis emphasis) {
    SVGGraphics2D g = new SVGGraphics2D(scene.width(), scene.height());
    g.setDefsKeyPrefix(PLACEHOLDER);
    g.setGeomDoubleConverter(SvgExport::number);
    g.setTransformDoubleConverter(SvgExport::number);
    g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
    ScenePainter.paint(scene, g, emphasis, new SvgStructure(g));
    String element = g.getSVGElement(null, true, new ViewBox(0, 0, (int) Math.ceil(scene.width()),
        (int) Math.ceil(scene.height())), null, null);
    String prefix = idPrefix(element);
    element = element.replace("<clipPath id='" + PLACEHOLDER, "<clipPath id='" + prefix)
        .replace("clip-path='url(#" + PLACEHOLDER, "clip-path='url(#" + prefix);
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + accessibleRoot(element, scene, prefix) + "\n";
  }

  /**
   * A prefix for the document's ids drawn from its content, so that two drawings inlined in one HTML page (a
   * wheel and a table) never share an id, while the same drawing always gets the same ids. The placeholder is
   * replaced only where JFreeSVG writes ids and references, inside single-quoted attributes that user text (its
   * quotes escaped) can never open.
   */
  static String idPrefix(String element) {
    return "dssa-" + Hashing.murmur3_32_fixed().hashString(element, StandardCharsets.UTF_8) + "-";
  }

  /** Two decimals at most, no exponent, the same on every machine. */
  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    String s = String.format(Locale.ROOT, "%.2f", v);
    s = s.indexOf('.') >= 0 ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    return s.equals("-0") ? "0" : s;
  }

  /** Adds {@code role}, {@code <title>} and {@code <desc>} to JFreeSVG's root element, which cannot add them. */
  static String accessibleRoot(String element, Scene scene, String prefix) {
    int close = element.indexOf('>');
    if (!element.startsWith("<svg") || close < 0) {
      throw new IllegalStateException("JFreeSVG returned no <svg> root");
    }
    return element.substring(0, close) + " role='img' aria-labelledby='" + prefix + "title' aria-describedby='"
        + prefix + "desc'>"
        + "<title id='" + prefix + "title'>" + SvgText.escape(scene.title()) + "</title>"
        + "<desc id='" + prefix + "desc'>" + SvgText.escape(scene.description()) + "</desc>"
        + element.substring(close + 1);
  }
}
