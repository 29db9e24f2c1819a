package org.dssamap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dssamap.model.CatalogMigration;
import org.dssamap.model.CatalogMigration.Successor;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.FunctionCatalog;
import org.dssamap.model.InvalidMapException;
import org.dssamap.model.Placement;
import org.dssamap.model.SecurityFunction;
import org.dssamap.model.Status;
import org.dssamap.model.json.MapJson;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dssa migrate MAP --to CATALOG --plan PLAN --out NEW}: a map moved to a new function catalog. */
@Command(name = "migrate",
    header = "Moves a map to a new function catalog: functions renamed, split or merged as a plan says.",
    description = {
        "The plan (\"dssa-migration/1\", docs/formats.md) says which old function becomes which new one(s), and for",
        "a split which placements go where. Placements of a changed function are claimed again (what was verified",
        "was another definition); a disputed placement stays disputed, with its dispute, in every successor.",
        "Every problem of the map, the catalog and the plan is reported at once; nothing is written then."})
final class MigrateCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec = CommandSpec.create();

  @Mixin
  private MapInput input = new MapInput();

  @Mixin
  private PublicOption publicOption = new PublicOption();

  @Parameters(index = "0", paramLabel = "MAP", description = "The map to migrate (.json or .csv).")
  private Path mapFile = Path.of("");

  @Option(names = "--to", paramLabel = "CATALOG", required = true,
      description = "The new function catalog, a JSON catalog file (\"dssa-catalog/1\").")
  private Path catalogFile = Path.of("");

  @Option(names = "--plan", paramLabel = "PLAN", required = true,
      description = "The migration plan, a JSON file (\"dssa-migration/1\").")
  private Path planFile = Path.of("");

  @Option(names = {"-o", "--out"}, paramLabel = "NEW", required = true, description = "The migrated map (.json).")
  private Path out = Path.of("");

  @Override
  public Integer call() {
    if (!String.valueOf(out.getFileName()).toLowerCase(Locale.ROOT).endsWith(".json")) {
      throw CommandFailure.usage("dssa migrate: " + out + ": NEW must end in .json (a placement sheet cannot hold "
          + "the new catalog)");
    }
    List<String> problems = new ArrayList<>();
    EcosystemMap map = attempt(problems, () -> publicOption.apply(input.load(mapFile)));
    FunctionCatalog to = attempt(problems, () -> MapInput.read(catalogFile, () -> MapJson.readCatalog(catalogFile)));
    if (map == null || to == null) {
      // The plan is checked against both; say at least whether it can be read.
      attempt(problems, () -> MapInput.read(planFile, () -> planFile));
      throw CommandFailure.invalid(problems);
    }
    EcosystemMap before = map;
    FunctionCatalog next = to;
    CatalogMigration migration = MapInput.read(planFile, () -> MapJson.readMigrationPlan(planFile, before, next));
    EcosystemMap migrated;
    try {
      migrated = migration.migrate(before);
    } catch (InvalidMapException e) {
      throw e.withSource(planFile.toString());
    }
    AtomicOutput.write(out, o -> MapJson.write(migrated, o));
    PrintWriter stdout = spec.commandLine().getOut();
    summary(migration, before, migrated).forEach(stdout::println);
    stdout.flush();
    return Dssa.EXIT_OK;
  }

  /** Something that reads an input and may fail with problems the user can fix. */
  private interface Step<T> {
    T run();
  }

  /** Runs {@code step}, adding the problems it reports to {@code problems}; null when it failed. */
  private static <T> @Nullable T attempt(List<String> problems, Step<T> step) {
    try {
      return step.run();
    } catch (InvalidMapException e) {
      problems.addAll(MapInput.problemLines(e));
    } catch (CommandFailure f) {
      if (f.exitCode() != Dssa.EXIT_INVALID) {
        throw f;
      }
      problems.addAll(f.lines());
    }
    return null;
  }

  /** What moved where, one line per successor of a changed function, then the totals. */
  private List<String> summary(CatalogMigration migration, EcosystemMap before, EcosystemMap after) {
    List<String> lines = new ArrayList<>();
    lines.add(out + ": " + plural(after.placements().size(), "placement") + " on " + after.catalog().id() + ", from "
        + plural(before.placements().size(), "placement") + " on " + before.catalog().id());
    int landed = 0;
    int verified = 0;
    int disputed = 0;
    for (SecurityFunction f : before.catalog().functions()) {
      List<Placement> placements = before.placements().stream()
          .filter(p -> p.cell().function().equals(f.id())).toList();
      List<Successor> successors = migration.successorsWithPlacements(f.id());
      if (successors.size() == 1 && migration.keeps(f.id(), successors.get(0).function())) {
        continue;
      }
      verified += (int) placements.stream().filter(p -> p.status() == Status.VERIFIED).count();
      disputed += (int) placements.stream().filter(p -> p.status() == Status.DISPUTED).count();
      for (Successor s : successors) {
        int taken = (int) placements.stream().filter(p -> s.placements().takes(p)).count();
        landed += taken;
        lines.add("  " + f.id() + " -> " + s.function()
            + (s.placements().takesAll() ? "" : " (" + s.placements() + ")") + ": " + plural(taken, "placement"));
      }
    }
    int kept = (int) after.placements().stream().filter(q -> before.catalog().contains(q.cell().function())
        && migration.keeps(q.cell().function(), q.cell().function())).count();
    int moved = after.placements().size() - kept;
    lines.add("  " + plural(kept, "placement") + " kept as they were; " + plural(moved, "placement") + " in changed "
        + "functions, " + plural(landed - moved, "merge") + " of one organization's placements into one cell");
    lines.add("  " + plural(verified, "verified placement") + " moved and claimed again (what was confirmed was "
        + "another definition); " + plural(disputed, "disputed placement") + " moved, still disputed");
    return lines;
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
