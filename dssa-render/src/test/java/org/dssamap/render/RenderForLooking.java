package org.dssamap.render;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dssamap.model.EcosystemMap;

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
    if (args.length < 2 || !args[1].equals("small")) {
      write(dir, "large", ExampleMaps.large(10_000, 7), RenderOptions.defaults());
    }
  }

  private static void write(Path dir, String name, EcosystemMap map, RenderOptions options) throws Exception {
    for (View view : View.values()) {
      try (OutputStream out = Files.newOutputStream(dir.resolve(name + "-" + view.id() + ".png"))) {
        MapRenderer.writePng(map, view, options, out);
      }
      Files.writeString(dir.resolve(name + "-" + view.id() + ".svg"), MapRenderer.svg(map, view, options),
          StandardCharsets.UTF_8);
    }
  }
}
