package org.dssamap.examples;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import org.dssamap.examples.maps.BundledMap;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.Region;
import org.dssamap.model.RelationshipKind;
import org.dssamap.render.MapRenderer;
import org.dssamap.render.View;
import org.dssamap.render.options.RenderOptions;
import org.dssamap.render.options.Theme;

/**
 * The pictures the README shows, made from the bundled maps: one list, used by {@code dssa pictures} to write
 * them into {@code docs/} and by a test that fails when a committed picture is no longer what this list makes.
 * SVG only (deterministic, and GitHub shows SVG in a README); only the viewer's screenshot and the printed report
 * stay PNG, as they are photographs of other programs.
 */
public final class ReadmePictures {
  private ReadmePictures() {}

  /**
   * One picture.
   *
   * @param file its name under {@code docs/}
   * @param map the bundled map it draws
   * @param view wheel or table
   * @param options how
   * @param what a sentence for the listing
   */
  public record Picture(String file, BundledMap map, View view, RenderOptions options, String what) {
    /** Checks the parts. */
    public Picture {
      requireNonNull(file, "file");
      requireNonNull(map, "map");
      requireNonNull(view, "view");
      requireNonNull(options, "options");
      requireNonNull(what, "what");
    }

    /** The picture's SVG document, drawn from {@code loaded} (the picture's map, loaded once by the caller). */
    public String svg(EcosystemMap loaded) {
      return MapRenderer.svg(loaded, view, options);
    }
  }

  /** The file beside the pictures saying what each shows and the fonts they were laid out with. */
  public static final String LISTING = "pictures.txt";

  /** The first lines of {@link #LISTING}. */
  public static final String LISTING_HEADER = "The README's pictures, made by ./dssa pictures from the bundled maps; "
      + "ReadmePicturesTest compares them byte for byte\nwhere the fonts measure as below.\n";

  /** The README's pictures, in the order the README shows them. */
  public static final ImmutableList<Picture> ALL = ImmutableList.of(
      new Picture("wheel.svg", BundledMap.CALL_2012, View.WHEEL, RenderOptions.defaults(),
          "the 2012 call's wheel"),
      new Picture("wheel-path.svg", BundledMap.CALL_2012, View.WHEEL, RenderOptions.builder()
          .links(java.util.List.of(RelationshipKind.ESCALATES_TO, RelationshipKind.OUTSOURCES_TO))
          .escalationPath(Region.ASIA_PACIFIC, Region.NORTH_AMERICA).showCore(true).build(),
          "the 2012 call's wheel with its links, the escalation path Asia-Pacific to North America and the core"),
      new Picture("table.svg", BundledMap.CALL_2012, View.TABLE, RenderOptions.defaults(),
          "the 2012 call's table"),
      new Picture("wheel-real-world.svg", BundledMap.REAL_WORLD, View.WHEEL,
          RenderOptions.builder().listUndrawn(false).build(), "the real-world wheel (light SVG)"),
      new Picture("table-real-world.svg", BundledMap.REAL_WORLD, View.TABLE,
          RenderOptions.builder().listUndrawn(false).build(),
          "the real-world table, a dozen names a cell and \"+ N more\" (light SVG)"));

  /**
   * A fingerprint of the fonts this machine lays text out with: the pictures depend on text widths, so they can
   * only be compared byte for byte where the fonts measure alike.
   */
  public static String fontFingerprint() {
    Theme theme = Theme.defaults();
    String sample = "Who does incident response at the glue? 0123456789 \u2713\u2717";
    java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, true, true);
    return String.format(Locale.ROOT, "%s %.3f %s %.3f", theme.labelFont().family(),
        theme.labelFont().toFont().getStringBounds(sample, frc).getWidth(), theme.smallFont().family(),
        theme.smallFont().toFont().getStringBounds(sample, frc).getWidth());
  }
}
