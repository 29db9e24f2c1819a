package org.dssamap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dssamap.model.Dimension;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.Problem;
import org.dssamap.model.Region;
import org.dssamap.model.RelationshipKind;
import org.dssamap.model.Status;
import org.dssamap.render.options.ColorBy;
import org.dssamap.render.MapRenderer;
import org.dssamap.render.options.RegionPair;
import org.dssamap.render.options.RenderOptions;
import org.dssamap.render.View;
import org.dssamap.render.scene.Scene;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dssa render FILE --view wheel|table --out OUT.svg|OUT.png}: draws a map. */
@Command(name = "render",
    header = "Draws a map as the wheel or the table, to SVG or PNG (by OUT's extension).",
    description = "The wheel and the table always show the same placements; filters apply to both.")
final class RenderCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec = CommandSpec.create();

  @Mixin
  private MapFile input = new MapFile();

  @Option(names = "--view", paramLabel = "VIEW", defaultValue = "wheel",
      description = "wheel or table (default: ${DEFAULT-VALUE}).")
  private String view = "wheel";

  @Option(names = {"-o", "--out"}, paramLabel = "OUT", required = true,
      description = "The picture to write: .svg or .png.")
  private Path out = Path.of("");

  @Option(names = "--width", paramLabel = "PIXELS", description = "Width of the drawing, 600 to 20000 (default 1500).")
  private @Nullable Integer width;

  @Option(names = "--scale", paramLabel = "FACTOR",
      description = "PNG only: device pixels per drawing pixel, 0.25 to 8 (default 1; 2 for sharp screens).")
  private @Nullable Double scale;

  @Option(names = "--dimension", paramLabel = "DIMENSION",
      description = "Draw only this dimension: internal or external (default: both).")
  private @Nullable Dimension dimension;

  @Option(names = "--status", paramLabel = "STATUS", split = ",",
      description = "Draw only placements with these statuses: verified, claimed, disputed (default: all).")
  private List<Status> statuses = new ArrayList<>();

  @Option(names = "--region", paramLabel = "REGION", split = ",",
      description = "Draw only organizations of these regions: africa, asia-pacific, europe, "
          + "latin-america-caribbean, north-america, global (default: all).")
  private List<Region> regions = new ArrayList<>();

  @Option(names = "--color-by", paramLabel = "WHAT", defaultValue = "kind",
      description = "What a dot's colour says: kind or region (default: ${DEFAULT-VALUE}).")
  private String colorBy = "kind";

  @Option(names = "--highlight", paramLabel = "ORG", description = "Ring the placements of this organization.")
  private @Nullable String highlight;

  @Option(names = "--links", paramLabel = "KIND", split = ",",
      description = "Wheel only: draw these relationships as links between the organizations they join: "
          + "outsourcing, escalation, membership, sharing, distrust, or a relationship kind's id such as "
          + "outsources-to (default: none).")
  private List<String> links = new ArrayList<>();

  @Option(names = "--path", paramLabel = "FROM,TO",
      description = "Wheel only: highlight the escalation path (incident response, claims counted) from the edge "
          + "of region FROM to the edge of region TO, e.g. asia-pacific,north-america; the wheel says why when "
          + "there is none.")
  private @Nullable String path;

  @Option(names = "--core",
      description = "Wheel only: show the core's fragments: the core organizations of incident response joined "
          + "by their links, those linked to no other ringed.")
  private boolean core;

  @Option(names = "--intentions",
      description = "Also draw the map's intentions, apart from its placements: a part an organization wants to "
          + "play as an empty dashed ring where its dot would be, a part it would give away as a dashed ring around "
          + "its dot (default: off; the picture shows what is done today, as the analysis counts it).")
  private boolean intentions;

  @Option(names = "--table-names", paramLabel = "N|all",
      description = "Table only: how many organizations a cell lists before \"+ N more\" (default 12), or all.")
  private @Nullable String tableNames;

  @Option(names = "--title", paramLabel = "TEXT", description = "Print this title instead of the map's.")
  private @Nullable String title;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    View v = parse(() -> View.ofId(view), "--view: ");
    String ext = String.valueOf(out.getFileName()).toLowerCase(Locale.ROOT);
    boolean png = ext.endsWith(".png");
    if (!png && !ext.endsWith(".svg")) {
      throw CommandFailure.usage("dssa render: " + out + ": OUT must end in .svg or .png");
    }
    RenderOptions options = options();
    input.inputs(new FileRoles("dssa render")).output("--out", out, "picture").check();
    EcosystemMap map = input.load();
    String org = highlight;
    if (org != null && map.organization(org).isEmpty()) {
      throw CommandFailure.usage("dssa render: --highlight: " + input.file() + " has no organization '"
          + Problem.quote(org) + "'");
    }
    Progress.run(err, "drawing " + out, () -> {
      Scene scene = MapRenderer.scene(map, v, options);
      if (png) {
        checkImageSize(scene, options);
        AtomicOutput.write(out, o -> MapRenderer.writePng(scene, options, o));
      } else {
        AtomicOutput.writeString(out, MapRenderer.svg(scene, options));
      }
    });
    return Dssa.EXIT_OK;
  }

  /**
   * Refuses a PNG larger than {@link MapRenderer#MAX_IMAGE_PIXELS}, saying the largest scale that fits at this
   * width: width and scale are checked one by one, and only the laid-out scene knows the height.
   */
  private void checkImageSize(Scene scene, RenderOptions options) {
    long w = MapRenderer.imageWidth(scene, options);
    long h = MapRenderer.imageHeight(scene, options);
    if (pixels(scene, options) <= MapRenderer.MAX_IMAGE_PIXELS) {
      return;
    }
    double largest = Math.floor(Math.sqrt(MapRenderer.MAX_IMAGE_PIXELS / (scene.width() * scene.height())) * 100)
        / 100;
    // The square root is rounded down to two decimals; rounding pixels up can still overshoot by a row.
    while (largest >= 0.25 && pixels(scene, options.withScale(largest)) > MapRenderer.MAX_IMAGE_PIXELS) {
      largest = Math.round((largest - 0.01) * 100) / 100.0;
    }
    String size = "--width " + options.width() + " --scale " + formatScale(options.scale());
    String fix = largest >= 0.25
        ? "at --width " + options.width() + " the largest --scale is " + formatScale(largest)
        : "draw it as SVG, or with a smaller --width";
    throw CommandFailure.usage(String.format(Locale.ROOT,
        "dssa render: %s makes a PNG of %d x %d pixels (%,d); the most is %,d pixels: %s", size, w, h, w * h,
        MapRenderer.MAX_IMAGE_PIXELS, fix));
  }

  private static long pixels(Scene scene, RenderOptions options) {
    return MapRenderer.imageWidth(scene, options) * MapRenderer.imageHeight(scene, options);
  }

  private static String formatScale(double scale) {
    String s = String.format(Locale.ROOT, "%.2f", scale);
    return s.replaceAll("\\.?0+$", "");
  }

  private RenderOptions options() {
    return parse(() -> {
      RenderOptions.Builder b = RenderOptions.builder().colorBy(ColorBy.ofId(colorBy));
      if (width != null) {
        b.width(width);
      }
      if (scale != null) {
        b.scale(scale);
      }
      if (dimension != null) {
        b.dimensions(List.of(dimension));
      }
      if (!statuses.isEmpty()) {
        b.statuses(statuses);
      }
      b.regions(regions);
      if (highlight != null) {
        b.highlight(highlight);
      }
      if (title != null) {
        b.title(title);
      }
      b.showCore(core);
      b.showIntentions(intentions);
      return b.build();
    }, "").toBuilder().links(parse(() -> links.stream().map(RenderCommand::linkKind).toList(), "--links: "))
        .escalationPath(path == null ? Optional.empty()
            : Optional.of(parse(() -> regionPair(Objects.requireNonNull(path)), "--path: ")))
        .maxNamesPerTableCell(tableNames == null ? RenderOptions.defaults().maxNamesPerTableCell()
            : parse(() -> tableNames(Objects.requireNonNull(tableNames)), "--table-names: "))
        .build();
  }

  /** Two regions by id, "from,to". */
  static RegionPair regionPair(String text) {
    String[] parts = text.split(",", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException("give two regions, FROM,TO, such as asia-pacific,north-america; got '"
          + Problem.quote(text) + "'");
    }
    return new RegionPair(Region.ofId(parts[0].strip()), Region.ofId(parts[1].strip()));
  }

  /** A count of names, at least 1, or "all". */
  static int tableNames(String text) {
    if (text.strip().equalsIgnoreCase("all")) {
      return RenderOptions.ALL_NAMES;
    }
    try {
      int n = Integer.parseInt(text.strip());
      if (n < 1) {
        throw new IllegalArgumentException("a cell lists at least 1 name, got " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("a number of names or 'all', got '" + Problem.quote(text) + "'", e);
    }
  }

  /** A link kind by its word (outsourcing, escalation, ...) or by the relationship kind's id. */
  static RelationshipKind linkKind(String word) {
    return switch (word.strip().toLowerCase(Locale.ROOT)) {
      case "outsourcing" -> RelationshipKind.OUTSOURCES_TO;
      case "escalation" -> RelationshipKind.ESCALATES_TO;
      case "membership" -> RelationshipKind.MEMBER_OF;
      case "sharing" -> RelationshipKind.SHARES_WITH;
      case "distrust" -> RelationshipKind.DISTRUSTS;
      default -> RelationshipKind.ofId(word.strip());
    };
  }

  // The render options check their own ranges; their message is the user's to read, not a bug.
  private static <T> T parse(java.util.function.Supplier<T> make, String option) {
    try {
      return make.get();
    } catch (IllegalArgumentException e) {
      throw CommandFailure.usage("dssa render: " + option + e.getMessage());
    }
  }
}
