package org.dssamap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.dssamap.analysis.AnalysisReport;
import org.dssamap.analysis.CoverageRatio;
import org.dssamap.analysis.Gap;
import org.dssamap.analysis.GapKind;
import org.dssamap.analysis.escalation.EscalationRoute;
import org.dssamap.analysis.escalation.UnreachableReason;
import org.dssamap.analysis.format.EscalationWords;
import org.dssamap.analysis.outsourcing.Concentration;
import org.dssamap.examples.maps.BundledMap;
import org.dssamap.render.report.HtmlReport;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.Layer;
import org.dssamap.model.Status;
import org.dssamap.model.json.MapJson;
import org.dssamap.render.MapRenderer;
import org.dssamap.render.options.RenderOptions;
import org.dssamap.render.View;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dssa demo [--out DIR]}: renders the bundled example maps and prints what they show. */
@Command(name = "demo",
    header = "Renders the bundled example maps into DIR and prints what they show.",
    description = {
        "For each map, a subdirectory of DIR with map.json, wheel.svg, wheel.png, table.svg and report.html.",
        "The maps: call-2012 (the working group's first try, from its call of 24 August 2012) and",
        "real-world (today's ecosystem from public IANA and ICANN data; takes half a minute)."})
final class DemoCommand implements Callable<Integer> {
  /** The files the demo writes for each map, in the order it writes them. */
  static final List<String> FILES = List.of("map.json", "wheel.svg", "wheel.png", "table.svg", "report.html");

  @Spec
  private CommandSpec spec = CommandSpec.create();

  @Mixin
  private PublicOption publicOption = new PublicOption();

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out",
      description = "Where to write (default: ${DEFAULT-VALUE}); created if missing.")
  private Path out = Path.of("out");

  @Option(names = "--map", paramLabel = "ID", split = ",",
      description = "Only these maps: call-2012, real-world (default: both).")
  private List<String> only = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<BundledMap> maps = selected();
    for (BundledMap bundled : maps) {
      Path dir = directory(out.resolve(bundled.id()));
      EcosystemMap map = publicOption.apply(
          Progress.get(err, "loading the map " + bundled.id(), bundled::map));
      AnalysisReport analysis = Progress.get(err, "analysing " + bundled.id(), () -> AnalysisReport.of(map));
      Progress.run(err, "drawing " + dir, () -> {
        RenderOptions options = RenderOptions.defaults();
        String wheel = MapRenderer.svg(map, View.WHEEL, options);
        String table = MapRenderer.svg(map, View.TABLE, options);
        // The report draws its own, lighter pictures: no group for a placement a full cell does not draw.
        HtmlReport report = HtmlReport.of(map, analysis);
        // All five files of a map or none.
        AtomicOutput.writeAll(FILES.stream().map(dir::resolve).toList(), List.of(
            o -> MapJson.write(map, o),
            o -> o.write(wheel.getBytes(StandardCharsets.UTF_8)),
            o -> MapRenderer.writePng(map, View.WHEEL, options, o),
            o -> o.write(table.getBytes(StandardCharsets.UTF_8)),
            report::writeTo));
      });
      summary(stdout, bundled, map, analysis, dir);
      stdout.flush();
    }
    Path report = out.resolve(maps.get(0).id()).resolve("report.html");
    stdout.println("Open " + report + " in a browser for the whole picture.");
    return Dssa.EXIT_OK;
  }

  private List<BundledMap> selected() {
    if (only.isEmpty()) {
      return List.of(BundledMap.values());
    }
    List<BundledMap> maps = new ArrayList<>();
    for (String id : only) {
      try {
        maps.add(BundledMap.ofId(id));
      } catch (IllegalArgumentException e) {
        throw CommandFailure.usage("dssa demo: --map: " + e.getMessage());
      }
    }
    return maps;
  }

  private static Path directory(Path dir) {
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw CommandFailure.io(dir.toString(), "cannot create the directory: " + AtomicOutput.describe(e), e);
    }
  }

  /** What a map shows, in a few lines for a person. */
  static void summary(PrintWriter out, BundledMap bundled, EcosystemMap map, AnalysisReport analysis, Path dir) {
    out.println(bundled.displayName() + " (" + bundled.id() + "): " + map.title());
    out.println("  " + count(map.organizations().size(), "organization") + ", "
        + count(map.placements().size(), "placement") + " (" + statuses(map) + "), "
        + count(map.relationships().size(), "relationship"));
    long withoutRegion = map.organizations().stream().filter(o -> o.region().isEmpty()).count();
    out.println("  regions: " + withoutRegion + " of " + map.organizations().size() + " organizations have no region"
        + " (they count in no region's overlaps or escalation)");
    CoverageRatio overall = analysis.coverage().overall();
    out.println("  coverage: " + overall.verifiedCells() + " of " + overall.expectedCells()
        + " expected cells have a verified placement (" + percent(overall.verifiedShare()) + "); "
        + overall.claimedOnlyCells() + " more are only claimed");
    long uncovered = analysis.gaps().stream().filter(g -> g.kind() == GapKind.UNCOVERED).count();
    out.println("  gaps: " + analysis.gaps().size() + " (" + uncovered + " with nobody at all, "
        + (analysis.gaps().size() - uncovered) + " with only claims or disputes)");
    for (GapKind kind : GapKind.values()) {
      List<Gap> core = analysis.gaps().stream()
          .filter(g -> g.cell().layer() == Layer.CORE && g.kind() == kind).toList();
      if (!core.isEmpty()) {
        out.println("  at the core, " + (kind == GapKind.UNCOVERED ? "nobody at all does: " : "only claims for: ")
            + core.stream().map(g -> functionName(map, g.cell().function()) + " (" + g.cell().dimension().id() + ")")
                .collect(Collectors.joining(", ")));
      }
    }
    out.println("  in work done for others: single points of failure " + analysis.singlePointsOfFailure().size()
        + ", overlaps within a region " + analysis.overlaps().size());
    // The top provider of each outsourced function, then the few that lead the most functions' clients: in the
    // real world that shows both the back-end story (incident response) and the DNS-operator story (technology).
    Map<String, Concentration> topByProvider = new TreeMap<>();
    analysis.outsourcing().notableConcentration().stream()
        .collect(Collectors.groupingBy(Concentration::function, TreeMap::new, Collectors.maxBy(
            Comparator.comparingInt(Concentration::dependentCount).thenComparing(Concentration::provider,
                Comparator.reverseOrder()))))
        .values().forEach(top -> top.ifPresent(c -> topByProvider.merge(c.provider(), c,
            (a, b) -> a.dependentCount() >= b.dependentCount() ? a : b)));
    List<String> leaders = topByProvider.values().stream()
        .sorted(Comparator.comparingInt(Concentration::dependentCount).reversed()
            .thenComparing(Concentration::provider))
        .limit(3)
        .map(c -> organizationName(map, c.provider()) + ", " + c.dependentCount() + " of " + c.clientsOutsourcing()
            + " clients relying on a provider for " + functionName(map, c.function()) + " (" + percent(c.share())
            + (c.weightedShare().isPresent() ? ", " + percent(c.weightedShare().getAsDouble()) + " by size" : "")
            + ")")
        .toList();
    if (!leaders.isEmpty()) {
      out.println("  most depended-on providers: " + String.join("; ", leaders));
    } else {
      out.println("  no provider has " + analysis.options().concentrationDependents() + " or more dependent clients"
          + " and " + percent(analysis.options().concentrationShare()) + " of a function's clients");
    }
    List<EscalationRoute> unreachable = analysis.escalation().unreachable();
    int pairs = analysis.escalation().routes().size();
    Map<String, Long> reasons = unreachable.stream().collect(Collectors.groupingBy(
        r -> r.reason().map(UnreachableReason::id).orElse("unknown"), TreeMap::new, Collectors.counting()));
    if (analysis.escalation().notAssessable().isPresent()) {
      out.println("  escalation: " + EscalationWords.notAssessable(analysis.escalation().notAssessable().get(),
          functionName(map, analysis.escalation().function())));
    } else {
      out.println("  escalation: " + unreachable.size() + " of " + pairs
          + " ordered region pairs cannot pass an incident edge to glue to core to glue to edge"
          + (reasons.isEmpty() ? "" : " (" + reasons.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
              .collect(Collectors.joining(", ")) + ")"));
    }
    out.println("  wrote " + dir + "/: " + String.join(", ", FILES));
    out.println();
  }

  private static String statuses(EcosystemMap map) {
    List<String> parts = new ArrayList<>();
    for (Status s : Status.values()) {
      parts.add(map.placements().stream().filter(p -> p.status() == s).count() + " " + s.id());
    }
    return String.join(", ", parts);
  }

  private static String functionName(EcosystemMap map, String id) {
    return map.catalog().function(id).map(f -> f.name().toLowerCase(Locale.ROOT)).orElse(id);
  }

  private static String organizationName(EcosystemMap map, String id) {
    return map.organization(id).map(o -> org.dssamap.model.Problem.quote(o.name())).orElse(id);
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }
}
