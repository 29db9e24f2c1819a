package org.dssamap.render.options;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.awt.Color;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.dssamap.model.Layer;
import org.dssamap.render.scene.FontSpec;

/**
 * Colours, fonts and sizes of a drawing, in one immutable object. The {@link #defaults() default} palette is
 * Okabe and Ito's, which stays distinct for the common kinds of colour blindness; status is always said by
 * shape (solid, hollow, crossed) and counts by numbers, never by colour alone.
 */
public final class Theme {
  /**
   * Okabe and Ito's eight colours, yellow last because it is the hardest to see on white paper.
   */
  public static final ImmutableList<Color> OKABE_ITO = ImmutableList.of(
      new Color(0xE69F00), new Color(0x56B4E9), new Color(0x009E73), new Color(0x0072B2),
      new Color(0xD55E00), new Color(0xCC79A7), new Color(0x000000), new Color(0xF0E442));

  private static final Theme DEFAULTS = builder().build();

  private final Color background;
  private final Color ink;
  private final Color mutedInk;
  private final Color line;
  private final Color gap;
  private final Color unexpected;
  private final Color highlight;
  private final Color other;
  private final ImmutableMap<Layer, Color> layerFills;
  private final ImmutableList<Color> palette;
  private final String fontFamily;
  private final float titleSize;
  private final float labelSize;
  private final float smallSize;
  private final double dotRadius;
  private final double minDotRadius;

  private Theme(Builder b) {
    this.background = b.background;
    this.ink = b.ink;
    this.mutedInk = b.mutedInk;
    this.line = b.line;
    this.gap = b.gap;
    this.unexpected = b.unexpected;
    this.highlight = b.highlight;
    this.other = b.other;
    this.layerFills = Maps.immutableEnumMap(b.layerFills);
    this.palette = ImmutableList.copyOf(b.palette);
    this.fontFamily = b.fontFamily;
    this.titleSize = b.titleSize;
    this.labelSize = b.labelSize;
    this.smallSize = b.smallSize;
    this.dotRadius = b.dotRadius;
    this.minDotRadius = b.minDotRadius;
  }

  /** The default theme: white paper, Okabe–Ito palette, sans-serif text. */
  public static Theme defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this theme's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.background = background;
    b.ink = ink;
    b.mutedInk = mutedInk;
    b.line = line;
    b.gap = gap;
    b.unexpected = unexpected;
    b.highlight = highlight;
    b.other = other;
    b.layerFills.putAll(layerFills);
    b.palette = palette;
    b.fontFamily = fontFamily;
    b.titleSize = titleSize;
    b.labelSize = labelSize;
    b.smallSize = smallSize;
    b.dotRadius = dotRadius;
    b.minDotRadius = minDotRadius;
    return b;
  }

  /** The paper. */
  public Color background() {
    return background;
  }

  /** Text and outlines of claimed dots. */
  public Color ink() {
    return ink;
  }

  /** Secondary text: descriptions, counts. */
  public Color mutedInk() {
    return mutedInk;
  }

  /** Cell borders and ring lines. */
  public Color line() {
    return line;
  }

  /** The hatching and outline of gap cells. */
  public Color gap() {
    return gap;
  }

  /** The shade laid over cells where nobody is expected to do the function. */
  public Color unexpected() {
    return unexpected;
  }

  /** The ring drawn around a highlighted organization's dots. */
  public Color highlight() {
    return highlight;
  }

  /**
   * The neutral colour of organizations whose kind or region has no palette colour, because it is not known or
   * because the palette has fewer colours than the map has kinds.
   */
  public Color other() {
    return other;
  }

  /** The tint of a layer's ring (wheel) or columns (table). */
  public Color layerFill(Layer layer) {
    return requireNonNull(layerFills.get(layer));
  }

  /** The colours given to kinds or regions, in order. */
  public ImmutableList<Color> palette() {
    return palette;
  }

  /** The font of the title. */
  public FontSpec titleFont() {
    return FontSpec.bold(fontFamily, titleSize);
  }

  /** The font of function names and headings. */
  public FontSpec labelFont() {
    return FontSpec.bold(fontFamily, labelSize);
  }

  /** The font of body text: organization names, legend entries. */
  public FontSpec textFont() {
    return FontSpec.plain(fontFamily, labelSize);
  }

  /** The font of counts and small print. */
  public FontSpec smallFont() {
    return FontSpec.plain(fontFamily, smallSize);
  }

  /** The radius of an organization's dot when its cell has room. */
  public double dotRadius() {
    return dotRadius;
  }

  /** The smallest dot radius before a cell shows an aggregate mark instead of dots. */
  public double minDotRadius() {
    return minDotRadius;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Theme t && background.equals(t.background) && ink.equals(t.ink)
        && mutedInk.equals(t.mutedInk) && line.equals(t.line) && gap.equals(t.gap)
        && unexpected.equals(t.unexpected) && highlight.equals(t.highlight) && other.equals(t.other)
        && layerFills.equals(t.layerFills) && palette.equals(t.palette) && fontFamily.equals(t.fontFamily)
        && titleSize == t.titleSize && labelSize == t.labelSize && smallSize == t.smallSize
        && dotRadius == t.dotRadius && minDotRadius == t.minDotRadius;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(background, ink, mutedInk, line, gap, unexpected, highlight, other, layerFills,
        palette, fontFamily, titleSize, labelSize, smallSize, dotRadius, minDotRadius);
  }

  /** Gathers a theme's values; starts from the defaults. */
  public static final class Builder {
    private Color background = Color.WHITE;
    private Color ink = new Color(0x1A1A1A);
    private Color mutedInk = new Color(0x555555);
    private Color line = new Color(0x8C8C8C);
    private Color gap = new Color(0xB2182B);
    private Color unexpected = new Color(0xDDDDDD);
    private Color highlight = new Color(0x000000);
    private Color other = new Color(0x999999);
    private final Map<Layer, Color> layerFills = new EnumMap<>(Map.of(
        Layer.CORE, new Color(0xE3E8F0), Layer.GLUE, new Color(0xEEF1F5), Layer.EDGE, new Color(0xF8F9FB)));
    private List<Color> palette = OKABE_ITO;
    private String fontFamily = "SansSerif";
    private float titleSize = 22f;
    private float labelSize = 13f;
    private float smallSize = 10.5f;
    private double dotRadius = 5.5;
    private double minDotRadius = 2.5;

    private Builder() {}

    /** Sets the paper colour. */
    public Builder background(Color c) {
      background = requireNonNull(c);
      return this;
    }

    /** Sets the text colour. */
    public Builder ink(Color c) {
      ink = requireNonNull(c);
      return this;
    }

    /** Sets the secondary text colour. */
    public Builder mutedInk(Color c) {
      mutedInk = requireNonNull(c);
      return this;
    }

    /** Sets the line colour. */
    public Builder line(Color c) {
      line = requireNonNull(c);
      return this;
    }

    /** Sets the gap colour. */
    public Builder gap(Color c) {
      gap = requireNonNull(c);
      return this;
    }

    /** Sets the shade of cells nobody is expected in. */
    public Builder unexpected(Color c) {
      unexpected = requireNonNull(c);
      return this;
    }

    /** Sets the highlight colour. */
    public Builder highlight(Color c) {
      highlight = requireNonNull(c);
      return this;
    }

    /** Sets the colour of organizations outside the palette. */
    public Builder other(Color c) {
      other = requireNonNull(c);
      return this;
    }

    /** Sets the tint of one layer. */
    public Builder layerFill(Layer layer, Color c) {
      layerFills.put(requireNonNull(layer), requireNonNull(c));
      return this;
    }

    /** Sets the palette; at least one colour. */
    public Builder palette(List<Color> colors) {
      checkArgument(!colors.isEmpty(), "a palette needs at least one colour");
      palette = ImmutableList.copyOf(colors);
      return this;
    }

    /** Sets the font family of every text. */
    public Builder fontFamily(String family) {
      fontFamily = requireNonNull(family);
      return this;
    }

    /** Sets the font sizes of the title, the labels and the small print. */
    public Builder fontSizes(float title, float label, float small) {
      checkArgument(title > 0 && label > 0 && small > 0, "font sizes must be positive");
      titleSize = title;
      labelSize = label;
      smallSize = small;
      return this;
    }

    /** Sets the preferred and the smallest dot radius. */
    public Builder dotRadius(double preferred, double smallest) {
      checkArgument(smallest > 0 && preferred >= smallest, "need 0 < smallest <= preferred, got %s, %s",
          smallest, preferred);
      dotRadius = preferred;
      minDotRadius = smallest;
      return this;
    }

    /** Builds the theme. */
    public Theme build() {
      return new Theme(this);
    }
  }
}
