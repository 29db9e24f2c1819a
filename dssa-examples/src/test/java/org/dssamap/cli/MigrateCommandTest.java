package org.dssamap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.dssamap.model.Cell;
import org.dssamap.model.Dimension;
import org.dssamap.model.Dispute;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.FunctionCatalog;
import org.dssamap.model.Layer;
import org.dssamap.model.Placement;
import org.dssamap.model.Relationship;
import org.dssamap.model.SecurityFunction;
import org.dssamap.model.Status;
import org.dssamap.model.json.MapJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dssa migrate}: the working group's own splits and merges, done on the bundled call map without Java. */
class MigrateCommandTest {
  private static final Cell QA = Cell.of("quality-assurance", Dimension.INTERNAL, Layer.EDGE);
  private static final Cell INTERNAL_COMPLIANCE = Cell.of("compliance-monitoring", Dimension.INTERNAL, Layer.EDGE);
  private static final Cell CORE_COMPLIANCE = Cell.of("compliance-monitoring", Dimension.EXTERNAL, Layer.CORE);

  /** The four functions the first diagram had "clumped into one bucket" (Mikey O'Connor), for a merge. */
  private static final Set<String> DOING = Set.of("frontline-mitigation", "technology", "operational-practices",
      "incident-response");

  @TempDir
  Path dir;

  private static String bundledCallMap() {
    try {
      return Path.of(MigrateCommandTest.class.getResource("/org/dssamap/examples/maps/call-2012.json").toURI())
          .toString();
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

  /** dssa-2012 with compliance monitoring split in two: internal QA, and compliance monitoring of others. */
  private Path splitCatalog() throws IOException {
    List<SecurityFunction> functions = new ArrayList<>();
    for (SecurityFunction f : FunctionCatalog.dssa2012().functions()) {
      if (f.id().equals("compliance-monitoring")) {
        functions.add(new SecurityFunction("quality-assurance", "Quality assurance",
            "Checking one's own controls against one's own policy, proactively.", f.source(),
            ImmutableSet.copyOf(SecurityFunction.Position.parse("edge:internal")), ""));
        functions.add(new SecurityFunction(f.id(), f.name(), "Checking others against a standard or contract.",
            f.source(), ImmutableSet.copyOf(SecurityFunction.Position.parse("core:external")), ""));
      } else {
        functions.add(f);
      }
    }
    return write("dssa-next.json", FunctionCatalog.of("dssa-next", "Compliance split in two", functions));
  }

  /** dssa-2012 with the four "doing" functions merged back into one, as on the first diagram. */
  private Path mergedCatalog() throws IOException {
    List<SecurityFunction> functions = new ArrayList<>();
    for (SecurityFunction f : FunctionCatalog.dssa2012().functions()) {
      if (f.id().equals("frontline-mitigation")) {
        functions.add(new SecurityFunction("doing", "Doing", "Mitigation, technology, practices and incident "
            + "response together.", f.source(), ImmutableSet.copyOf(SecurityFunction.Position.parse("edge")), ""));
      } else if (!DOING.contains(f.id())) {
        functions.add(f);
      }
    }
    return write("dssa-old.json", FunctionCatalog.of("dssa-old", "The first diagram's buckets", functions));
  }

  private Path write(String name, FunctionCatalog catalog) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, MapJson.writeCatalog(catalog));
    return file;
  }

  private Path plan(String json) throws IOException {
    Path file = dir.resolve("plan.json");
    Files.writeString(file, json);
    return file;
  }

  @Test
  void theCallsComplianceMonitoringSplitsIntoInternalQaAndExternalMonitoring() throws IOException {
    Path plan = plan("""
        {
          "format": "dssa-migration/1",
          "from": "dssa-2012",
          "to": "dssa-next",
          "split": [
            {"function": "compliance-monitoring", "into": [
              {"function": "quality-assurance", "placements": {"dimensions": ["internal"]}},
              {"function": "compliance-monitoring", "placements": {"dimensions": ["external"]}}
            ]}
          ]
        }
        """);
    Path out = dir.resolve("next.json");
    Cli r = Cli.run("migrate", bundledCallMap(), "--to", splitCatalog().toString(), "--plan", plan.toString(),
        "--out", out.toString());
    assertEquals(0, r.exitCode(), r::toString);
    EcosystemMap before = MapJson.read(Path.of(bundledCallMap()));
    EcosystemMap next = MapJson.read(out);
    assertEquals("dssa-next", next.catalog().id());
    assertEquals(before.placements().size(), next.placements().size());
    Placement qa = next.placement("afilias", QA).orElseThrow();
    assertEquals(Status.CLAIMED, qa.status());
    assertTrue(qa.note().orElseThrow().startsWith("moved from dssa-2012 function 'compliance-monitoring' (was "
        + "claimed); Jim Galvin: \"we have a compliance officer\""), qa::toString);
    assertTrue(next.placement("afilias", INTERNAL_COMPLIANCE).isEmpty());
    assertEquals(Status.CLAIMED, next.placement("icann", CORE_COMPLIANCE).orElseThrow().status());
    // everything else, the fragmented core's dispute included, is as it was
    Cell coreIr = Cell.of("incident-response", Dimension.EXTERNAL, Layer.CORE);
    assertEquals(before.placement("first", coreIr), next.placement("first", coreIr));
    assertEquals(before.relationships(), next.relationships());
    assertEquals(List.of(
        out + ": " + before.placements().size() + " placements on dssa-next, from " + before.placements().size()
            + " placements on dssa-2012",
        "  compliance-monitoring -> quality-assurance (dimension internal): 1 placement",
        "  compliance-monitoring -> compliance-monitoring (dimension external): 1 placement",
        "  " + (before.placements().size() - 2) + " placements kept as they were; 2 placements in changed functions,"
            + " 0 merges of one organization's placements into one cell",
        "  0 verified placements moved and claimed again (what was confirmed was another definition); "
            + "0 disputed placements moved, still disputed"),
        r.out().lines().toList());
    // the result is a map like any other
    Cli valid = Cli.run("validate", out.toString());
    assertEquals(0, valid.exitCode(), valid::toString);
  }

  @Test
  void mergingTheFourDoingFunctionsKeepsADisputeADispute() throws IOException {
    // The call map has no dispute (nobody on the call challenged a placement): challenge FIRST's core placement.
    Cell coreIr = Cell.of("incident-response", Dimension.EXTERNAL, Layer.CORE);
    EcosystemMap call = MapJson.read(Path.of(bundledCallMap()));
    EcosystemMap disputed = call.withPlacement(call.placement("first", coreIr).orElseThrow()
        .disputed(Dispute.of("cira", "FIRST reaches some countries, not all of them")));
    Path source = dir.resolve("disputed.json");
    MapJson.write(disputed, source);
    Path plan = plan("""
        {"format": "dssa-migration/1",
         "merge": [{"functions": ["frontline-mitigation", "technology", "operational-practices",
                                  "incident-response"], "into": "doing"}]}
        """);
    Path out = dir.resolve("old.json");
    Cli r = Cli.run("migrate", source.toString(), "--to", mergedCatalog().toString(), "--plan", plan.toString(),
        "--out", out.toString());
    assertEquals(0, r.exitCode(), r::toString);
    EcosystemMap before = disputed;
    EcosystemMap next = MapJson.read(out);
    Placement first = before.placement("first", Cell.of("incident-response", Dimension.EXTERNAL, Layer.CORE))
        .orElseThrow();
    Placement merged = next.placement("first", Cell.of("doing", Dimension.EXTERNAL, Layer.CORE)).orElseThrow();
    assertEquals(Status.DISPUTED, merged.status());
    assertEquals(first.dispute(), merged.dispute());
    assertEquals(Optional.of(Dispute.of("cira", "FIRST reaches some countries, not all of them")), merged.dispute());
    // nothing that was in one of the four is verified any more, and every organization keeps its cells
    for (Placement q : next.placements()) {
      if (q.cell().function().equals("doing")) {
        assertFalse(q.isVerified(), q::toString);
      }
    }
    long doingBefore = before.placements().stream().filter(p -> DOING.contains(p.cell().function()))
        .map(p -> p.organization() + " " + p.cell().dimension() + " " + p.cell().layer()).distinct().count();
    assertEquals(doingBefore, next.placements().stream().filter(q -> q.cell().function().equals("doing")).count());
    // a relationship about any of the four is now about the merged function
    for (Relationship rel : next.relationships()) {
      assertTrue(rel.functions().stream().noneMatch(DOING::contains), rel::toString);
    }
    assertTrue(r.out().contains("  incident-response -> doing: "), r::toString);
    assertTrue(r.out().contains(" disputed placement moved, still disputed"), r::toString);
  }

  @Test
  void aBadPlanReportsEveryProblemLocatedAndWritesNothing() throws IOException {
    Path plan = plan("""
        {"format": "dssa-migration/1", "to": "dssa-2013",
         "rename": [{"function": "complaince-monitoring", "to": "quality-assurance"}],
         "split": [{"function": "compliance-monitoring", "into": [
           {"function": "quality-assurance", "placements": {"dimensions": ["internal"], "layers": ["middle"]}},
           {"function": "auditing", "placements": {"dimensions": ["external"]}}]}],
         "merge": [{"functions": ["technology"], "into": "doing"}]}
        """);
    Path out = dir.resolve("next.json");
    Cli r = Cli.run("migrate", bundledCallMap(), "--to", splitCatalog().toString(), "--plan", plan.toString(),
        "--out", out.toString());
    assertEquals(1, r.exitCode(), r::toString);
    String functions = String.join(", ", FunctionCatalog.dssa2012().functions().stream().map(SecurityFunction::id)
        .toList());
    List<String> expected = List.of(
        plan + ": $.to: found 'dssa-2013'; expected the new catalog's id, 'dssa-next'",
        plan + ": $.rename[0].function: found the string 'complaince-monitoring'; expected a function of dssa-2012 ("
            + functions + ")",
        plan + ": $.split[0].into[0].placements.layers[0]: found 'middle'; expected one of edge, glue, core",
        plan + ": $.split[0].into[1].function: found the string 'auditing'; expected a function of dssa-next (");
    List<String> lines = r.errLines();
    assertEquals(6, lines.size(), r::toString);
    for (int i = 0; i < expected.size(); i++) {
      assertTrue(lines.get(i).startsWith(expected.get(i)), "line " + i + ": " + r);
    }
    assertTrue(lines.get(4).startsWith(plan + ": $.merge[0].functions: found 1 function; expected at least two"),
        r::toString);
    assertTrue(lines.get(5).startsWith(plan + ": $.merge[0].into: found the string 'doing'"), r::toString);
    assertFalse(Files.exists(out));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(Set.of("plan.json", "dssa-next.json"),
          Set.copyOf(files.map(p -> p.getFileName().toString()).toList()));
    }
  }

  @Test
  void aBadMapAndAMissingCatalogAreReportedTogether() throws IOException {
    Path map = dir.resolve("map.json");
    Files.writeString(map, "{\"format\": \"dssa-map/1\", \"organizations\": [{\"id\": \"x\"}]}");
    Path existing = dir.resolve("next.json");
    Files.writeString(existing, "keep me");
    Cli r = Cli.run("migrate", map.toString(), "--to", dir.resolve("nowhere.json").toString(), "--plan",
        dir.resolve("plan.json").toString(), "--out", existing.toString());
    assertEquals(1, r.exitCode(), r::toString);
    assertTrue(r.errLines().stream().anyMatch(l -> l.startsWith(map + ": $.organizations[0]")), r::toString);
    assertTrue(r.errLines().contains(dir.resolve("nowhere.json") + ": no such file"), r::toString);
    assertTrue(r.errLines().contains(dir.resolve("plan.json") + ": no such file"), r::toString);
    assertEquals("keep me", Files.readString(existing));
  }

  @Test
  void aMigratedMapMustBeJson() {
    Cli r = Cli.run("migrate", bundledCallMap(), "--to", "c.json", "--plan", "p.json", "--out", "next.csv");
    assertEquals(2, r.exitCode(), r::toString);
    assertTrue(r.err().startsWith("dssa migrate: next.csv: NEW must end in .json"), r::toString);
  }
}
