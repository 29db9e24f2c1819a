package org.dssamap.render.internal.layout;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dssamap.render.scene.Box;
import org.dssamap.render.scene.FontSpec;
import org.dssamap.render.scene.TextLine;

/** Measures, cleans and wraps text, with one font render context so that every layout measures alike. */
public final class Text {
  private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
  private static final Map<FontSpec, Font> FONTS = new ConcurrentHashMap<>();

  private Text() {}

  /**
   * Text as it may be shown: control characters become spaces, bidirectional overrides and isolates are
   * dropped (so a name cannot turn the text after it around), runs of white space become one space.
   */
  public static String clean(String text) {
    StringBuilder b = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F') {
        continue;
      }
      if (Character.isISOControl(c) || Character.isWhitespace(c)) {
        space = b.length() > 0;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      b.append(c);
    }
    return b.toString();
  }

  private static Font font(FontSpec spec) {
    return FONTS.computeIfAbsent(spec, FontSpec::toFont);
  }

  /** The advance width of {@code text}. */
  public static double width(String text, FontSpec font) {
    return text.isEmpty() ? 0 : font(font).getStringBounds(text, FRC).getWidth();
  }

  /** The distance from the top of a line to its baseline. */
  public static double ascent(FontSpec font) {
    LineMetrics m = font(font).getLineMetrics("Hg", FRC);
    return m.getAscent();
  }

  /** The distance between baselines. */
  public static double lineHeight(FontSpec font) {
    LineMetrics m = font(font).getLineMetrics("Hg", FRC);
    return Math.ceil(m.getAscent() + m.getDescent() + m.getLeading() + 1);
  }

  /**
   * Breaks {@code text} into lines no wider than {@code maxWidth}: at spaces where it can, inside a word that is
   * too long by itself; at most {@code maxLines} lines, the last ending in an ellipsis when text was cut.
   */
  public static ImmutableList<String> wrap(String text, FontSpec font, double maxWidth, int maxLines) {
    List<String> lines = new ArrayList<>();
    String line = "";
    for (String word : Splitter.on(' ').split(text)) {
      if (word.isEmpty()) {
        continue;
      }
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (width(candidate, font) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (!line.isEmpty()) {
        lines.add(line);
      }
      line = word;
      while (width(line, font) > maxWidth && line.length() > 1) {
        int cut = fitPrefix(line, font, maxWidth);
        lines.add(line.substring(0, cut));
        line = line.substring(cut);
      }
    }
    if (!line.isEmpty() || lines.isEmpty()) {
      lines.add(line);
    }
    if (lines.size() > maxLines) {
      List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
      kept.set(maxLines - 1, ellipsize(kept.get(maxLines - 1), font, maxWidth));
      return ImmutableList.copyOf(kept);
    }
    return ImmutableList.copyOf(lines);
  }

  /** {@code text} cut to fit {@code maxWidth} with a trailing ellipsis; unchanged when it fits. */
  public static String ellipsize(String text, FontSpec font, double maxWidth) {
    String s = text;
    while (!s.isEmpty() && width(s + "\u2026", font) > maxWidth) {
      s = s.substring(0, s.offsetByCodePoints(s.length(), -1)).stripTrailing();
    }
    return s + "\u2026";
  }

  private static int fitPrefix(String word, FontSpec font, double maxWidth) {
    int cut = 1;
    for (int i = 1; i <= word.length(); i++) {
      if (Character.isLowSurrogate(word.charAt(i - 1)) || (i < word.length() && Character.isLowSurrogate(word.charAt(i)))) {
        continue;
      }
      if (width(word.substring(0, i), font) > maxWidth) {
        break;
      }
      cut = i;
    }
    return cut;
  }

  /** How text lines up with its x. */
  public enum Align {
    /** Lines start at x. */
    START,
    /** Lines are centred on x. */
    MIDDLE,
    /** Lines end at x. */
    END
  }

  /**
   * Places {@code lines} with the top of the first at {@code top}, aligned on {@code x}; returns the lines and
   * their bounds.
   */
  public static Placed place(List<String> lines, FontSpec font, double x, double top, Align align) {
    double lh = lineHeight(font);
    double asc = ascent(font);
    ImmutableList.Builder<TextLine> out = ImmutableList.builder();
    double minX = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    for (int i = 0; i < lines.size(); i++) {
      double w = width(lines.get(i), font);
      double startX = switch (align) {
        case START -> x;
        case MIDDLE -> x - w / 2;
        case END -> x - w;
      };
      minX = Math.min(minX, startX);
      maxX = Math.max(maxX, startX + w);
      out.add(new TextLine(lines.get(i), startX, top + asc + i * lh));
    }
    return new Placed(out.build(), new Box(minX, top, Math.max(0, maxX - minX), lh * lines.size()));
  }

  /** Lines placed by {@link #place}, with the box they cover. */
  public record Placed(ImmutableList<TextLine> lines, Box bounds) {}
}
