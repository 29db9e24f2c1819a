package org.dssamap.render;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import javax.imageio.ImageIO;
import org.dssamap.analysis.Coverage;
import org.dssamap.analysis.Gap;
import org.dssamap.model.Cell;
import org.dssamap.model.EcosystemMap;
import org.dssamap.render.internal.layout.MapContent;
import org.dssamap.render.internal.svg.SvgExport;
import org.dssamap.render.internal.table.TableLayout;
import org.dssamap.render.internal.wheel.WheelLayout;
import org.dssamap.render.options.RenderOptions;
import org.dssamap.render.scene.Emphasis;
import org.dssamap.render.scene.Scene;
import org.dssamap.render.scene.ScenePainter;

/**
 * Draws a map: the facade of this module. Lays the map out once into a {@link Scene} and paints that scene as
 * SVG, as a raster image, or (through {@code org.dssamap.render.swing}) on screen.
 *
 * <pre>{@code
 * String svg = MapRenderer.svg(map, View.WHEEL, RenderOptions.defaults());
 * MapRenderer.writePng(map, View.TABLE, RenderOptions.defaults().withScale(2), out);
 * }</pre>
 */
public final class MapRenderer {
  /**
   * The most pixels a raster image may have: 2^28 (a square of 16,384 pixels a side), one GiB of pixel data. More
   * than that overflows Java's image arrays long before it fits any heap.
   */
  public static final long MAX_IMAGE_PIXELS = 1L << 28;

  private MapRenderer() {}

  /**
   * The cells drawn as gaps unless the caller says otherwise: the analysis module's gaps of the whole map,
   * expected cells with no verified placement (claims alone never close a gap).
   */
  public static ImmutableSet<Cell> defaultGaps(EcosystemMap map) {
    return Gap.findAll(Coverage.of(map)).stream().map(Gap::cell).collect(ImmutableSet.toImmutableSet());
  }

  /** The laid-out scene of {@code map}, with the {@link #defaultGaps default gaps}. */
  public static Scene scene(EcosystemMap map, View view, RenderOptions options) {
    return scene(map, view, options, defaultGaps(map));
  }

  /** The laid-out scene of {@code map}, with {@code gaps} as computed by the caller. */
  public static Scene scene(EcosystemMap map, View view, RenderOptions options, Set<Cell> gaps) {
    requireNonNull(map, "map");
    requireNonNull(view, "view");
    requireNonNull(options, "options");
    MapContent content = MapContent.of(map, options, gaps);
    return switch (view) {
      case WHEEL -> WheelLayout.layout(content);
      case TABLE -> TableLayout.layout(content);
    };
  }

  /** The SVG document of {@code map}: byte-identical for the same map and options. */
  public static String svg(EcosystemMap map, View view, RenderOptions options) {
    return svg(scene(map, view, options), options);
  }

  /** The SVG document of a scene laid out with {@code options}. */
  public static String svg(Scene scene, RenderOptions options) {
    return SvgExport.toSvg(scene, emphasis(options), options.listUndrawn());
  }

  /** Writes the SVG document of {@code map} to {@code out} as UTF-8; the stream is left open. */
  public static void writeSvg(EcosystemMap map, View view, RenderOptions options, OutputStream out)
      throws IOException {
    out.write(svg(map, view, options).getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** The picture of {@code map} as an image, {@link RenderOptions#scale()} device pixels per drawing pixel. */
  public static BufferedImage image(EcosystemMap map, View view, RenderOptions options) {
    return image(scene(map, view, options), options);
  }

  /** The width of the image of {@code scene} at the options' scale, in device pixels. */
  public static long imageWidth(Scene scene, RenderOptions options) {
    return (long) Math.ceil(scene.width() * options.scale());
  }

  /** The height of the image of {@code scene} at the options' scale, in device pixels. */
  public static long imageHeight(Scene scene, RenderOptions options) {
    return (long) Math.ceil(scene.height() * options.scale());
  }

  /**
   * A scene laid out with {@code options}, painted into an image.
   *
   * @throws IllegalArgumentException when the image would have more than {@link #MAX_IMAGE_PIXELS} pixels
   */
  public static BufferedImage image(Scene scene, RenderOptions options) {
    double scale = options.scale();
    long width = imageWidth(scene, options);
    long height = imageHeight(scene, options);
    if (width * height > MAX_IMAGE_PIXELS) {
      throw new IllegalArgumentException("an image of " + width + " x " + height + " pixels is more than the "
          + MAX_IMAGE_PIXELS + " an image may have");
    }
    int w = (int) width;
    int h = (int) height;
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.scale(scale, scale);
      ScenePainter.paint(scene, g, emphasis(options), org.dssamap.render.scene.Structure.NONE);
    } finally {
      g.dispose();
    }
    return image;
  }

  /** Writes the picture of {@code map} to {@code out} as PNG; the stream is left open. */
  public static void writePng(EcosystemMap map, View view, RenderOptions options, OutputStream out)
      throws IOException {
    writePng(scene(map, view, options), options, out);
  }

  /** Writes a scene laid out with {@code options} to {@code out} as PNG; the stream is left open. */
  public static void writePng(Scene scene, RenderOptions options, OutputStream out) throws IOException {
    if (!ImageIO.write(image(scene, options), "png", out)) {
      throw new IOException("no PNG writer is available");
    }
    out.flush();
  }

  private static Emphasis emphasis(RenderOptions options) {
    return options.highlight().map(Emphasis::organization).orElse(Emphasis.NONE);
  }
}
