package org.dssamap.examples.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dssamap.cli.Cli;
import org.dssamap.model.CatalogMigration.Selector;
import org.dssamap.model.CatalogMigration.Successor;
import org.dssamap.model.Dimension;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.FunctionCatalog;
import org.dssamap.model.InvalidMapException;
import org.dssamap.model.Layer;
import org.dssamap.model.Placement;
import org.dssamap.model.Region;
import org.dssamap.model.json.MapJson;
import org.dssamap.model.testing.DssaGenerators;
import org.dssamap.model.testing.DssaGenerators.Migration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/**
 * Properties over the shared generators: whatever map dssa-map holds, what it writes of it (the map file, a catalog
 * file, the analysis, the diff, the questionnaire) is valid by the closed schemas, which describe every key; and a
 * migration plan is valid by its schema whenever it is one, the reader taking it exactly when no placement would go
 * to nobody.
 */
class SchemaPropertiesTest {
  private static final JsonSchemas CLOSED = JsonSchemas.closed();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void everyGeneratedMapWrittenCanonicallyIsValid() {
    qt().withExamples(300).forAll(DssaGenerators.fileMaps())
        .checkAssert(map -> assertEquals(List.of(), CLOSED.problems("dssa-map/1", MapJson.write(map))));
  }

  @Test
  void everyGeneratedCatalogWrittenAsACatalogFileIsValidAndReadsBack() {
    qt().withExamples(200).forAll(DssaGenerators.catalogs(8)).checkAssert(catalog -> {
      String file = MapJson.writeCatalog(catalog);
      assertEquals(List.of(), CLOSED.problems("dssa-catalog/1", file));
      assertEquals(catalog, MapJson.readCatalog(file.getBytes(StandardCharsets.UTF_8), "c.json"));
    });
  }

  private Path file(String name, String content) {
    try {
      return Files.writeString(dir.resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String stdout(String... args) {
    Cli r = Cli.run(args);
    assertEquals(0, r.exitCode(), r::toString);
    return r.out();
  }

  /** Maps of every sort the analysis finds something in: random, outsourcing, escalation worlds, from files. */
  private static Gen<EcosystemMap> analysedMaps() {
    return DssaGenerators.mapsWithPlacements().mix(DssaGenerators.outsourcingMaps())
        .mix(DssaGenerators.escalationWorlds()).mix(DssaGenerators.fileMaps());
  }

  /** Options of {@code dssa analyze} and {@code dssa diff}, picked by {@code choice}. */
  private static List<String> options(int choice) {
    List<String> out = new ArrayList<>();
    if ((choice & 1) != 0) {
      out.add("--verified-only");
    }
    if ((choice & 2) != 0) {
      out.addAll(List.of("--region", Region.values()[(choice >> 4) % Region.values().length].id()));
    }
    if ((choice & 4) != 0) {
      out.addAll(List.of("--internal-cells", "--overlap-threshold", "3", "--concentration-share", "0.25"));
    }
    if ((choice & 8) != 0) {
      out.add("--public");
    }
    return out;
  }

  @Test
  void theAnalysisOfEveryGeneratedMapIsValid() {
    qt().withExamples(40).forAll(analysedMaps(), integers().between(0, 127)).checkAssert((map, choice) -> {
      Path m = file("m.json", MapJson.write(map));
      List<String> args = new ArrayList<>(List.of("analyze", m.toString(), "--format", "json", "--out", "-"));
      args.addAll(options(choice));
      if (choice % 3 == 0) {
        args.add("--intended");
      }
      String json = stdout(args.toArray(String[]::new));
      assertEquals(List.of(), CLOSED.problems("dssa-analysis/1", json), args::toString);
    });
  }

  @Test
  void theDiffOfEveryGeneratedMapAndAnEditOfItIsValid() {
    Gen<EcosystemMap[]> pairs = analysedMaps().flatMap(a -> DssaGenerators.edited(a).map(b -> new EcosystemMap[] {a,
        b}));
    qt().withExamples(40).forAll(pairs, integers().between(0, 127)).checkAssert((pair, choice) -> {
      Path a = file("a.json", MapJson.write(pair[0]));
      Path b = file("b.json", MapJson.write(pair[1]));
      List<String> args = new ArrayList<>(List.of("diff", a.toString(), b.toString(), "--format", "json", "--out",
          "-"));
      args.addAll(options(choice));
      String json = stdout(args.toArray(String[]::new));
      assertEquals(List.of(), CLOSED.problems("dssa-diff/1", json), args::toString);
    });
  }

  @Test
  void theQuestionnaireOfEveryOrganizationOfAGeneratedMapIsValid() {
    // No assumption on the generator: QuickTheories gave up ("0 examples matching the assumptions") once in CI.
    qt().withExamples(40).forAll(DssaGenerators.fileMaps(), integers().allPositive()).checkAssert((map, pick) -> {
          if (map.organizations().isEmpty()) {
            return; // nobody to ask, no questionnaire
          }
          Path m = file("m.json", MapJson.write(map));
          String org = map.organizations().get(pick % map.organizations().size()).id();
          String json = stdout("survey", "export", m.toString(), "--org", org, "--out", "-");
          assertEquals(List.of(), CLOSED.problems("dssa-survey/1", json), org);
        });
  }

  @Test
  void everyGeneratedMigrationPlanIsValidAndTheReaderTakesItExactlyWhenNoPlacementGoesToNobody() {
    qt().withExamples(200).forAll(DssaGenerators.migrations()).checkAssert(migration -> {
      String plan = plan(migration);
      assertEquals(List.of(), CLOSED.problems("dssa-migration/1", plan), plan);
      boolean orphans = leavesAPlacementToNobody(migration);
      try {
        MapJson.readMigrationPlan(plan.getBytes(StandardCharsets.UTF_8), "p.json", migration.map(), migration.to());
        assertTrue(!orphans, () -> "the reader took a plan that leaves a placement to nobody: " + plan);
      } catch (InvalidMapException e) {
        assertTrue(orphans, () -> "the reader refused a plan that is valid: " + e.getMessage() + "\n" + plan);
      }
    });
  }

  /** The definition: a split whose successors none takes one of the map's placements of the split function. */
  private static boolean leavesAPlacementToNobody(Migration migration) {
    for (Map.Entry<String, java.util.Collection<Successor>> e : migration.plan().asMap().entrySet()) {
      for (Placement p : migration.map().placements()) {
        if (p.cell().function().equals(e.getKey()) && e.getValue().stream().noneMatch(s -> s.placements().takes(p))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A generated migration as a plan file: each changed function with one successor taking every placement is a
   * rename (several renames into one function are a merge), each with more is a split.
   */
  static String plan(Migration migration) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", "dssa-migration/1");
    root.put("from", migration.map().catalog().id());
    root.put("to", migration.to().id());
    ArrayNode renames = JSON.createArrayNode();
    ArrayNode splits = JSON.createArrayNode();
    for (Map.Entry<String, java.util.Collection<Successor>> e : migration.plan().asMap().entrySet()) {
      List<Successor> successors = List.copyOf(e.getValue());
      if (successors.size() == 1 && successors.get(0).placements().takesAll()) {
        renames.addObject().put("function", e.getKey()).put("to", successors.get(0).function());
        continue;
      }
      ObjectNode split = splits.addObject().put("function", e.getKey());
      ArrayNode into = split.putArray("into");
      for (Successor s : successors) {
        ObjectNode part = into.addObject().put("function", s.function());
        Selector selector = s.placements();
        if (selector.takesAll()) {
          part.put("placements", "all");
          continue;
        }
        ObjectNode placements = part.putObject("placements");
        if (!selector.dimensions().isEmpty()) {
          selector.dimensions().stream().map(Dimension::id).forEach(placements.putArray("dimensions")::add);
        }
        if (!selector.layers().isEmpty()) {
          selector.layers().stream().map(Layer::id).forEach(placements.putArray("layers")::add);
        }
        if (!selector.organizations().isEmpty()) {
          selector.organizations().forEach(placements.putArray("organizations")::add);
        }
      }
    }
    root.set("rename", renames);
    root.set("split", splits);
    return root.toPrettyString();
  }

  @Test
  void thePlanWriterOfTheseTestsWritesSplitsAndRenamesTheWayTheDocsShowThem() {
    Migration migration = new Migration(EcosystemMap.builder().build(), FunctionCatalog.dssa2012(),
        com.google.common.collect.ImmutableListMultimap.of("training", Successor.of("education")));
    String plan = plan(migration);
    assertTrue(plan.contains("\"rename\" : [ {\n    \"function\" : \"training\",\n    \"to\" : \"education\""), plan);
  }
}
