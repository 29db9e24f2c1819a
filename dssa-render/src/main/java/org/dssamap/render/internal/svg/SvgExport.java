package org.dssamap.render.internal.svg;

import com.google.common.hash.HashCode;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.DoubleFunction;
import org.dssamap.render.scene.Emphasis;
import org.dssamap.render.scene.Scene;
import org.dssamap.render.scene.ScenePainter;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;

/**
 * Paints a scene into JFreeSVG and returns a deterministic, accessible SVG document: a fixed defs prefix, fixed
 * number formats, no timestamps; a root with {@code role="img"}, {@code <title>} and {@code <desc>}.
 *
 * <p>A drawing of many thousand dots is megabytes of text, and writing it out costs about as much as copying it
 * a few times over, so it is copied as few times as possible: JFreeSVG writes into a builder sized for it, the
 * drawing is taken out of that builder once, and the document is put together from it in one more copy (two
 * when the drawing has clip paths, whose references get the id prefix).
 */
public final class SvgExport {
  private static final String PLACEHOLDER = "dssa-placeholder-";
  private static final String CLIP_ID = "<clipPath id='";
  private static final String CLIP_REFERENCE = "clip-path='url(#";

  private SvgExport() {}

  /** The SVG document of {@code scene}, with a group for every placement, drawn or not. */
  public static String toSvg(Scene scene, Emphasis emphasis) {
    return toSvg(scene, emphasis, true);
  }

  /**
   * The SVG document of {@code scene}; with {@code listUndrawn} false, placements a full cell does not draw get
   * no group of their own (the cell's group still counts them).
   */
  public static String toSvg(Scene scene, Emphasis emphasis, boolean listUndrawn) {
    StringBuilder body = new StringBuilder(expectedLength(scene));
    SVGGraphics2D g = new SVGGraphics2D(scene.width(), scene.height(), null, body);
    g.setDefsKeyPrefix(PLACEHOLDER);
    DoubleFunction<String> numbers = new Numbers();
    g.setGeomDoubleConverter(numbers);
    g.setTransformDoubleConverter(numbers);
    g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
    // The painter asks for pure strokes for raster output; SVG renderers draw geometric precision by default,
    // so saying so on every stroked element would only add bytes.
    g.setCheckStrokeControlHint(false);
    ScenePainter.paint(scene, g, emphasis, new SvgStructure(g, listUndrawn));
    String drawing = body.toString();
    // emptied, the builder leaves JFreeSVG's element with only its root and defs (the clip paths) to copy
    body.setLength(0);
    String element = g.getSVGElement(null, true, new ViewBox(0, 0, (int) Math.ceil(scene.width()),
        (int) Math.ceil(scene.height())), null, null);
    return document(element, drawing, scene);
  }

  /**
   * A generous guess at the length of {@code scene}'s drawing, so that JFreeSVG's builder need not grow (each
   * time a copy of everything so far): per placement its group, its tooltip and a few elements.
   */
  private static int expectedLength(Scene scene) {
    long length = 65_536 + scene.placements()
        .mapToLong(p -> 400 + p.organization().length() + p.tooltip().length())
        .sum();
    return (int) Math.min(Integer.MAX_VALUE - 16, length);
  }

  /**
   * The finished document: the XML declaration, JFreeSVG's {@code element} (its root and defs, nothing drawn)
   * made accessible, then the {@code drawing}; the ids' placeholder replaced by the {@link #idPrefix}.
   */
  static String document(String element, String drawing, Scene scene) {
    int close = element.indexOf('>');
    int end = element.lastIndexOf("</svg>");
    if (!element.startsWith("<svg") || close < 0 || end < close) {
      throw new IllegalStateException("JFreeSVG returned no <svg> root");
    }
    String title = SvgText.escape(scene.title());
    String desc = SvgText.escape(scene.description());
    String prefix = idPrefix(element, drawing, title, desc);
    // Only where JFreeSVG writes ids and references, inside single-quoted attributes that user text (its quotes
    // escaped) can never open.
    String defs = element.substring(close + 1, end).replace(CLIP_ID + PLACEHOLDER, CLIP_ID + prefix);
    String content = drawing.replace(CLIP_REFERENCE + PLACEHOLDER, CLIP_REFERENCE + prefix);
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element.substring(0, close)
        + " role='img' aria-labelledby='" + prefix + "title' aria-describedby='" + prefix + "desc'>"
        + "<title id='" + prefix + "title'>" + title + "</title>"
        + "<desc id='" + prefix + "desc'>" + desc + "</desc>"
        + defs + content + "</svg>\n";
  }

  /**
   * A prefix for the document's ids, so that two drawings inlined in one HTML page (a wheel and a table) do not
   * share ids, while the same drawing always gets the same ones. The ids name the title, the description and
   * the clip paths (in JFreeSVG's {@code element}, with its size), so the prefix is drawn from exactly those,
   * and the drawing's length: two drawings that share ids name the same elements by them, so a page that inlines
   * both still labels and clips each right. Hashing the megabytes of the drawing itself would add a sixth to the
   * time it takes to write out.
   */
  static String idPrefix(String element, String drawing, String title, String desc) {
    HashCode hash = Hashing.murmur3_32_fixed().newHasher()
        .putString(element, StandardCharsets.UTF_8).putString(title, StandardCharsets.UTF_8)
        .putString(desc, StandardCharsets.UTF_8).putInt(drawing.length())
        .hash();
    return "dssa-" + hash + "-";
  }

  /**
   * {@link #number} for one document, remembering the last few numbers it wrote: a dot is two disks with the
   * same centre, and the dots of a drawing share a few radii.
   */
  private static final class Numbers implements DoubleFunction<String> {
    private final double[] values = new double[4];
    private final String[] texts = new String[4];
    private int next;

    @Override
    public String apply(double v) {
      for (int i = 0; i < texts.length; i++) {
        if (texts[i] != null && Double.doubleToRawLongBits(values[i]) == Double.doubleToRawLongBits(v)) {
          return texts[i];
        }
      }
      String text = number(v);
      values[next] = v;
      texts[next] = text;
      next = (next + 1) % texts.length;
      return text;
    }
  }

  /** Two decimals at most, no exponent, the same on every machine. */
  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    // Every coordinate of a drawing passes here: format hundredths by hand wherever rounding them cannot be in
    // doubt (well away from a half), and leave the rest to the formatter, whose result this matches.
    double scaled = v * 100;
    if (Math.abs(scaled) < 1e9 && Math.abs(scaled - Math.floor(scaled) - 0.5) > 1e-6) {
      return hundredths(Math.round(scaled));
    }
    // A double exactly halfway between hundredths is an odd multiple of 1/8 (quarter-pixel widths make radii
    // like 5.125); the formatter rounds it half up, away from zero, as here.
    double eighths = v * 8;
    if (Math.abs(scaled) < 1e9 && eighths == Math.rint(eighths) && v * 4 != Math.rint(v * 4)) {
      return hundredths((long) (scaled + Math.copySign(0.5, scaled)));
    }
    return formatted(v);
  }

  private static String hundredths(long h) {
    byte[] b = new byte[24];
    int at = b.length;
    long rest = Math.abs(h);
    int frac = (int) (rest % 100);
    if (frac != 0) {
      if (frac % 10 != 0) {
        b[--at] = (byte) ('0' + frac % 10);
      }
      b[--at] = (byte) ('0' + frac / 10);
      b[--at] = '.';
    }
    rest /= 100;
    do {
      b[--at] = (byte) ('0' + rest % 10);
      rest /= 10;
    } while (rest != 0);
    if (h < 0) {
      b[--at] = '-';
    }
    return new String(b, at, b.length - at, StandardCharsets.ISO_8859_1);
  }

  private static String formatted(double v) {
    String s = String.format(Locale.ROOT, "%.2f", v);
    s = s.indexOf('.') >= 0 ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    return s.equals("-0") ? "0" : s;
  }
}
