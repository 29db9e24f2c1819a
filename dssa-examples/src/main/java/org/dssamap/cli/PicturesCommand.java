package org.dssamap.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dssamap.examples.ReadmePictures;
import org.dssamap.examples.maps.BundledMap;
import org.dssamap.model.EcosystemMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dssa pictures [--out DIR]}: the README's pictures, drawn again from the bundled maps. */
@Command(name = "pictures",
    header = "Draws the README's pictures from the bundled maps, as SVG, into DIR (default docs).",
    description = {
        "Run from the repository's root after a change to how maps are drawn, then commit the pictures:",
        "ReadmePicturesTest fails while a committed picture differs from what this command makes.",
        "Also writes DIR/pictures.txt: what each picture shows and the fonts they were laid out with."})
final class PicturesCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec = CommandSpec.create();

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "docs",
      description = "Where to write (default: ${DEFAULT-VALUE}); must exist.")
  private Path out = Path.of("docs");

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (!java.nio.file.Files.isDirectory(out)) {
      throw CommandFailure.usage("dssa pictures: --out: " + out + " is not a directory");
    }
    Map<BundledMap, EcosystemMap> maps = new EnumMap<>(BundledMap.class);
    List<Path> files = new ArrayList<>();
    List<AtomicOutput.Content> writers = new ArrayList<>();
    StringBuilder listing = new StringBuilder(ReadmePictures.LISTING_HEADER);
    listing.append("fonts: ").append(ReadmePictures.fontFingerprint()).append('\n');
    for (ReadmePictures.Picture p : ReadmePictures.ALL) {
      EcosystemMap map = maps.computeIfAbsent(p.map(),
          m -> Progress.get(err, "loading the map " + m.id(), m::map));
      String svg = Progress.get(err, "drawing " + p.file(), () -> p.svg(map));
      files.add(out.resolve(p.file()));
      writers.add(o -> o.write(svg.getBytes(StandardCharsets.UTF_8)));
      listing.append(p.file()).append(": ").append(p.what()).append('\n');
    }
    files.add(out.resolve(ReadmePictures.LISTING));
    String text = listing.toString();
    writers.add(o -> o.write(text.getBytes(StandardCharsets.UTF_8)));
    AtomicOutput.writeAll(files, writers);
    spec.commandLine().getOut().println("wrote " + files.size() + " files into " + out);
    return Dssa.EXIT_OK;
  }
}
