package org.dssamap.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableSet;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dssamap.model.CatalogMigration;
import org.dssamap.model.CatalogMigration.Selector;
import org.dssamap.model.CatalogMigration.Successor;
import org.dssamap.model.Cell;
import org.dssamap.model.Dimension;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.EvidenceSource;
import org.dssamap.model.FunctionCatalog;
import org.dssamap.model.InvalidMapException;
import org.dssamap.model.Layer;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Region;
import org.dssamap.model.SecurityFunction;
import org.junit.jupiter.api.Test;

class MigrationPlanTest {
  /** dssa-2012 with compliance monitoring split into quality assurance and compliance monitoring. */
  private static final FunctionCatalog NEXT = next();

  private static FunctionCatalog next() {
    List<SecurityFunction> functions = new ArrayList<>();
    for (SecurityFunction f : FunctionCatalog.dssa2012().functions()) {
      if (f.id().equals("compliance-monitoring")) {
        functions.add(new SecurityFunction("quality-assurance", "Quality assurance", "Checking one's own controls.",
            f.source(), ImmutableSet.copyOf(SecurityFunction.Position.parse("edge:internal")), ""));
      } else if (f.id().equals("event-monitoring")) {
        functions.add(new SecurityFunction("monitoring", "Monitoring", "Watching.", f.source(), f.expected(), ""));
        continue;
      } else if (f.id().equals("research-analysis")) {
        continue;
      }
      functions.add(f);
    }
    return FunctionCatalog.of("dssa-next", "Next", functions);
  }

  private static final EcosystemMap MAP = EcosystemMap.builder()
      .addOrganization(Organization.of("afilias", "Afilias", "registry-backend", Region.NORTH_AMERICA))
      .addOrganization(Organization.of("icann", "ICANN", "core-body", Region.GLOBAL))
      .addPlacement(Placement.claimed("afilias", Cell.of("compliance-monitoring", Dimension.INTERNAL, Layer.EDGE)))
      .addPlacement(Placement.verified("icann", Cell.of("compliance-monitoring", Dimension.EXTERNAL, Layer.CORE),
          EvidenceSource.PEER_REPORTED))
      .build();

  private static CatalogMigration read(String json) {
    return MapJson.readMigrationPlan(json.getBytes(StandardCharsets.UTF_8), "plan.json", MAP, NEXT);
  }

  @Test
  void aPlanWithASplitByDimensionAndAMergeReads() {
    CatalogMigration m = read("""
        {"format": "dssa-migration/1", "from": "dssa-2012", "to": "dssa-next",
         "split": [{"function": "compliance-monitoring", "into": [
           {"function": "quality-assurance", "placements": {"dimensions": ["internal"]}},
           {"function": "compliance-monitoring", "placements": {"dimensions": ["external"]}}]}],
         "merge": [{"functions": ["event-monitoring", "research-analysis"], "into": "monitoring"}]}
        """);
    assertEquals(List.of(
        new Successor("quality-assurance", new Selector(ImmutableSet.of(Dimension.INTERNAL), ImmutableSet.of(),
            com.google.common.collect.ImmutableSortedSet.of())),
        new Successor("compliance-monitoring", new Selector(ImmutableSet.of(Dimension.EXTERNAL), ImmutableSet.of(),
            com.google.common.collect.ImmutableSortedSet.of()))),
        m.successorsWithPlacements("compliance-monitoring"));
    assertEquals(List.of(Successor.of("monitoring")), m.successorsWithPlacements("research-analysis"));
    assertEquals(ImmutableSet.of("event-monitoring", "research-analysis"), m.predecessorsOf("monitoring"));
    assertEquals(NEXT, m.migrate(MAP).catalog());
  }

  @Test
  void aRenameIsOneSuccessorTakingAllAndPlacementsMayBeLeftOut() {
    CatalogMigration m = read("""
        {"format": "dssa-migration/1",
         "rename": [{"function": "event-monitoring", "to": "monitoring"}],
         "split": [{"function": "compliance-monitoring", "into": [
           {"function": "quality-assurance"}, {"function": "compliance-monitoring", "placements": "all"}]}],
         "merge": [{"functions": ["research-analysis", "operational-practices"], "into": "operational-practices"}]}
        """);
    assertEquals(List.of(Successor.of("monitoring")), m.successorsWithPlacements("event-monitoring"));
    assertEquals(List.of(Successor.of("quality-assurance"), Successor.of("compliance-monitoring")),
        m.successorsWithPlacements("compliance-monitoring"));
  }

  @Test
  void everyProblemOfAPlanIsReportedAtOnceByPath() {
    InvalidMapException e = assertThrows(InvalidMapException.class, () -> read("""
        {"format": "dssa-migration/2", "from": "dssa-2011", "splits": [],
         "rename": [{"function": "event-monitoring", "to": "watching"}, "x"],
         "split": [{"function": "compliance-monitoring", "into": [
           {"function": "quality-assurance", "placements": {"dimensions": ["inside"], "organizations": ["nobody"]}},
           {"function": "quality-assurance", "placements": {}}]},
           {"function": "event-monitoring", "into": [{"function": "monitoring"}]}],
         "merge": [{"functions": ["research-analysis"], "into": "monitoring"}]}
        """));
    assertEquals(List.of(
        "plan.json: $.format: found the string 'dssa-migration/2'; expected 'dssa-migration/1'",
        "plan.json: $: unknown key 'splits'; expected \"format\", \"from\", \"to\", \"rename\", \"split\", \"merge\"",
        "plan.json: $.from: found 'dssa-2011'; expected the map's catalog, 'dssa-2012'",
        "plan.json: $.rename[0].to: found the string 'watching'; expected a function of dssa-next ("
            + String.join(", ", NEXT.functions().stream().map(SecurityFunction::id).toList()) + ")",
        "plan.json: $.rename[1]: found the string 'x'; expected a rename, {\"function\": OLD, \"to\": NEW} "
            + "(a JSON object)",
        "plan.json: $.split[0].into[0].placements.dimensions[0]: found 'inside'; expected one of internal, external",
        "plan.json: $.split[0].into[0].placements.organizations[0]: found 'nobody'; expected an organization of "
            + "the map",
        "plan.json: $.split[0].into[1].function: 'quality-assurance' is named twice in this split; expected each "
            + "function once",
        "plan.json: $.split[0].into[1].placements: found an empty object; expected \"all\" or an object with "
            + "\"dimensions\", \"layers\" and/or \"organizations\" (arrays) (\"all\" for every placement)",
        "plan.json: $.split[1].function: 'event-monitoring' is already changed at $.rename[0].function; expected "
            + "each function of dssa-2012 in one rename, split or merge",
        "plan.json: $.split[1].into: found 1 function; expected at least two to split into (for one, use "
            + "\"rename\")",
        "plan.json: $.merge[0].functions: found 1 function; expected at least two to merge (for one, use "
            + "\"rename\")"),
        e.formattedProblems());
  }

  @Test
  void aSplitThatLeavesAPlacementOfTheMapToNobodyIsLocatedAtItsFunctions() {
    InvalidMapException e = assertThrows(InvalidMapException.class, () -> read("""
        {"format": "dssa-migration/1",
         "split": [{"function": "compliance-monitoring", "into": [
           {"function": "quality-assurance", "placements": {"dimensions": ["internal"]}},
           {"function": "compliance-monitoring", "placements": {"layers": ["glue"], "organizations": ["icann"]}}]}],
         "merge": [{"functions": ["event-monitoring", "research-analysis"], "into": "monitoring"}]}
        """));
    assertEquals(List.of("plan.json: $.split[0].into: the placement of icann at compliance-monitoring/external/core "
        + "goes to none of these functions; expected one of them to take it (\"placements\": \"all\" takes every "
        + "placement)"), e.formattedProblems());
  }

  @Test
  void aFunctionTheNewCatalogLacksMustBeInThePlan() {
    InvalidMapException e = assertThrows(InvalidMapException.class, () -> read("{\"format\": \"dssa-migration/1\"}"));
    // compliance-monitoring is in both catalogs: without a word in the plan it is kept as it is
    assertEquals(List.of(
        "plan.json: $: function 'event-monitoring' of dssa-2012 is not in dssa-next and the plan does not say what "
            + "it becomes; expected it in \"rename\", \"split\" or \"merge\"",
        "plan.json: $: function 'research-analysis' of dssa-2012 is not in dssa-next and the plan does not say "
            + "what it becomes; expected it in \"rename\", \"split\" or \"merge\""),
        e.formattedProblems());
  }

  @Test
  void syntaxAndFormatProblemsAreLocated() {
    InvalidMapException syntax = assertThrows(InvalidMapException.class, () -> read("{\"format\": \n"));
    assertEquals(1, syntax.problems().size());
    assertEquals("2:1", syntax.problems().get(0).location());
    InvalidMapException missing = assertThrows(InvalidMapException.class, () -> read("""
        {"rename": [{"function": "event-monitoring", "to": "monitoring"}],
         "merge": [{"functions": ["compliance-monitoring", "research-analysis"], "into": "quality-assurance"}]}
        """));
    assertEquals(List.of("plan.json: $.format: missing; expected \"format\": \"dssa-migration/1\""),
        missing.formattedProblems());
    InvalidMapException array = assertThrows(InvalidMapException.class, () -> read("[]"));
    assertEquals("$", array.problems().get(0).location());
  }
}
