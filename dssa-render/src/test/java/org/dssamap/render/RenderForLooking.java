package org.dssamap.render;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dssamap.model.EcosystemMap;
import org.dssamap.render.options.ColorBy;
import org.dssamap.render.options.RenderOptions;

/**
 * Renders the example maps to {@code target/looks} (or the directory given) as PNG and SVG, to look at: run with
 * {@code java -cp ... org.dssamap.render.RenderForLooking [dir]}. Not a test.
 */
final class RenderForLooking {
  private RenderForLooking() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/looks");
    Files.createDirectories(dir);
    write(dir, "example", ExampleMaps.ecosystem(), RenderOptions.defaults());
    write(dir, "example-region", ExampleMaps.ecosystem(),
        RenderOptions.defaults().withColorBy(ColorBy.REGION).withHighlight("afilias"));
    write(dir, "example-external", ExampleMaps.ecosystem(), RenderOptions.defaults()
        .withDimensions(java.util.List.of(org.dssamap.model.Dimension.EXTERNAL))
        .withStatuses(java.util.List.of(org.dssamap.model.Status.VERIFIED, org.dssamap.model.Status.DISPUTED))
        .withWidth(1100));
    write(dir, "wide", ExampleMaps.wide(30, 5), RenderOptions.defaults().withWidth(1300));
    if (args.length < 2 || !args[1].equals("small")) {
      write(dir, "large", ExampleMaps.large(10_000, 7), RenderOptions.defaults());
    }
  }

  private static void write(Path dir, String name, EcosystemMap map, RenderOptions options) throws Exception {
    for (View view : View.values()) {
      long t0 = System.nanoTime();
      org.dssamap.render.scene.Scene scene = MapRenderer.scene(map, view, options);
      long t1 = System.nanoTime();
      String svg = MapRenderer.svg(scene, options);
      long t2 = System.nanoTime();
      MapRenderer.image(scene, options);
      long t3 = System.nanoTime();
      System.out.printf("%s %s: %d placements, scene %d ms, svg %d ms (%d kB), png paint %d ms%n", name, view.id(),
          map.placements().size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, svg.length() / 1024,
          (t3 - t2) / 1_000_000);
      try (OutputStream out = Files.newOutputStream(dir.resolve(name + "-" + view.id() + ".png"))) {
        MapRenderer.writePng(map, view, options, out);
      }
      Files.writeString(dir.resolve(name + "-" + view.id() + ".svg"), MapRenderer.svg(map, view, options),
          StandardCharsets.UTF_8);
    }
  }
}
