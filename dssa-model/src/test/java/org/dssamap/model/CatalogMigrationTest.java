package org.dssamap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dssamap.model.CatalogMigration.Selector;
import org.dssamap.model.CatalogMigration.Successor;
import org.junit.jupiter.api.Test;

/** The working group's own changes to the catalog, done as migrations. */
class CatalogMigrationTest {
  private static final Cell QA = Cell.of("quality-assurance", Dimension.INTERNAL, Layer.EDGE);
  private static final Cell INTERNAL_COMPLIANCE = Cell.of("compliance-monitoring", Dimension.INTERNAL, Layer.EDGE);
  private static final Cell CORE_COMPLIANCE = Cell.of("compliance-monitoring", Dimension.EXTERNAL, Layer.CORE);
  private static final Dispute NOT_COMPLIANCE = Dispute.of("Jim Galvin (Afilias)",
      "it's really more of a QA function than it is compliance monitoring");

  /** dssa-2012 with compliance monitoring split in two, and event monitoring and research merged. */
  static FunctionCatalog nextGeneration() {
    List<SecurityFunction> functions = new ArrayList<>();
    for (SecurityFunction f : FunctionCatalog.dssa2012().functions()) {
      switch (f.id()) {
        case "compliance-monitoring" -> {
          functions.add(new SecurityFunction("quality-assurance", "Quality assurance",
              "Checking one's own controls against one's own policy.", f.source(),
              ImmutableSet.copyOf(SecurityFunction.Position.parse("edge:internal")), ""));
          functions.add(new SecurityFunction(f.id(), f.name(), "Checking others against a standard or contract.",
              f.source(), ImmutableSet.copyOf(SecurityFunction.Position.parse("core:external")), ""));
        }
        case "event-monitoring" -> functions.add(new SecurityFunction("monitoring", "Monitoring",
            "Watching for events, and researching what they mean.", f.source(), f.expected(), ""));
        case "research-analysis" -> {
          // merged into monitoring
        }
        default -> functions.add(f);
      }
    }
    return FunctionCatalog.of("dssa-next", "The next generation", functions);
  }

  private static CatalogMigration split() {
    return CatalogMigration.withSuccessors(FunctionCatalog.dssa2012(), nextGeneration(),
        ImmutableListMultimap.<String, Successor>builder()
            .put("compliance-monitoring", new Successor("quality-assurance",
                new Selector(ImmutableSet.of(Dimension.INTERNAL), ImmutableSet.of(), ImmutableSortedSet.of())))
            .put("compliance-monitoring", new Successor("compliance-monitoring",
                new Selector(ImmutableSet.of(Dimension.EXTERNAL), ImmutableSet.of(), ImmutableSortedSet.of())))
            .put("event-monitoring", Successor.of("monitoring"))
            .put("research-analysis", Successor.of("monitoring"))
            .build());
  }

  private static EcosystemMap map() {
    return EcosystemMap.builder().title("after the call")
        .addOrganization(Organization.of("afilias", "Afilias", "registry-backend", Region.NORTH_AMERICA))
        .addOrganization(Organization.of("icann", "ICANN", "core-body", Region.GLOBAL))
        .addOrganization(Organization.of("dns-oarc", "DNS-OARC", "research", Region.GLOBAL))
        .addPlacement(Placement.claimed("afilias", INTERNAL_COMPLIANCE).disputed(NOT_COMPLIANCE))
        .addPlacement(Placement.verified("icann", CORE_COMPLIANCE, EvidenceSource.PEER_REPORTED))
        .addPlacement(Placement.verified("afilias", Cell.of("training", Dimension.INTERNAL, Layer.EDGE),
            EvidenceSource.SELF_REPORTED))
        .build();
  }

  @Test
  void splittingComplianceMonitoringKeepsTheQaDisputeAndReClaimsTheVerifiedAudit() {
    EcosystemMap next = split().migrate(map());
    Placement qa = next.placement("afilias", QA).orElseThrow();
    assertEquals(Status.DISPUTED, qa.status());
    assertEquals(Optional.of(NOT_COMPLIANCE), qa.dispute());
    assertEquals(Optional.of("moved from dssa-2012 function 'compliance-monitoring' (was disputed)"), qa.note());
    // the internal placement went to quality assurance only
    assertTrue(next.placement("afilias", INTERNAL_COMPLIANCE).isEmpty());
    Placement audit = next.placement("icann", CORE_COMPLIANCE).orElseThrow();
    assertEquals(Status.CLAIMED, audit.status());
    assertEquals(EvidenceSource.PEER_REPORTED, audit.source());
    // training did not change: still verified, exactly as it was
    Cell training = Cell.of("training", Dimension.INTERNAL, Layer.EDGE);
    assertEquals(map().placement("afilias", training), next.placement("afilias", training));
    assertEquals(3, next.placements().size());
  }

  @Test
  void mergingADisputedPlacementWithAVerifiedOneGivesADisputedOneThatNamesBoth() {
    Cell events = Cell.of("event-monitoring", Dimension.EXTERNAL, Layer.GLUE);
    Cell research = Cell.of("research-analysis", Dimension.EXTERNAL, Layer.GLUE);
    Dispute dispute = Dispute.of("denic", "OARC publishes research; it does not watch our traffic");
    EcosystemMap map = map().toBuilder()
        .addPlacement(Placement.claimed("dns-oarc", events).disputed(dispute)
            .withConfidentiality(Confidentiality.RESTRICTED))
        .addPlacement(Placement.verified("dns-oarc", research, EvidenceSource.DESK_RESEARCH).withNote("its mission"))
        .build();
    Placement merged = split().migrate(map)
        .placement("dns-oarc", Cell.of("monitoring", Dimension.EXTERNAL, Layer.GLUE)).orElseThrow();
    assertEquals(Status.DISPUTED, merged.status());
    assertEquals(Optional.of(dispute), merged.dispute());
    assertEquals(Confidentiality.RESTRICTED, merged.confidentiality());
    assertEquals(Optional.of("merged from dssa-2012 functions 'event-monitoring' (was disputed by denic: OARC "
        + "publishes research; it does not watch our traffic); 'research-analysis' (was verified): its mission"),
        merged.note());
  }

  @Test
  void mergingTwoClaimsGivesOneClaimWithTheSourceOfTheFirst() {
    Cell events = Cell.of("event-monitoring", Dimension.INTERNAL, Layer.EDGE);
    Cell research = Cell.of("research-analysis", Dimension.INTERNAL, Layer.EDGE);
    EcosystemMap map = map().toBuilder()
        .addPlacement(Placement.of("dns-oarc", events, Status.CLAIMED, EvidenceSource.SELF_REPORTED))
        .addPlacement(Placement.verified("dns-oarc", research, EvidenceSource.PEER_REPORTED))
        .build();
    Placement merged = split().migrate(map)
        .placement("dns-oarc", Cell.of("monitoring", Dimension.INTERNAL, Layer.EDGE)).orElseThrow();
    assertEquals(Status.CLAIMED, merged.status());
    assertEquals(EvidenceSource.SELF_REPORTED, merged.source());
    assertEquals(Confidentiality.PUBLIC, merged.confidentiality());
  }

  @Test
  void aSplitThatLeavesAPlacementToNobodyIsRefusedNamingIt() {
    CatalogMigration internalOnly = CatalogMigration.withSuccessors(FunctionCatalog.dssa2012(), nextGeneration(),
        ImmutableListMultimap.<String, Successor>builder()
            .put("compliance-monitoring", new Successor("quality-assurance",
                new Selector(ImmutableSet.of(Dimension.INTERNAL), ImmutableSet.of(), ImmutableSortedSet.of())))
            .put("compliance-monitoring", new Successor("compliance-monitoring",
                new Selector(ImmutableSet.of(), ImmutableSet.of(Layer.GLUE), ImmutableSortedSet.of("afilias"))))
            .put("event-monitoring", Successor.of("monitoring"))
            .put("research-analysis", Successor.of("monitoring"))
            .build());
    InvalidMapException e = assertThrows(InvalidMapException.class, () -> internalOnly.migrate(map()));
    assertEquals(List.of("placement of icann at compliance-monitoring/external/core goes to none of the successors "
        + "of 'compliance-monitoring' (quality-assurance takes dimension internal; compliance-monitoring takes "
        + "layer glue, organization afilias); expected a successor that takes it"), e.problems().stream()
        .map(Problem::message).toList());
    assertEquals(ImmutableList.of(map().placement("icann", CORE_COMPLIANCE).orElseThrow()),
        internalOnly.untaken(map()));
  }

  @Test
  void aPlanThatLeavesAFunctionBehindOrNamesUnknownOnesIsRefusedWithEveryProblem() {
    InvalidMapException e = assertThrows(InvalidMapException.class,
        () -> CatalogMigration.withSuccessors(FunctionCatalog.dssa2012(), nextGeneration(),
            ImmutableListMultimap.of("event-monitoring", Successor.of("monitoring"), "event-monitoring",
                Successor.of("monitoring"), "nonsense", Successor.of("nowhere"))));
    assertEquals(List.of(
        "successor 'monitoring' of 'event-monitoring' is listed twice",
        "migration names function 'nonsense', which dssa-2012 does not have",
        "successor 'nowhere' of 'nonsense' is not in dssa-next",
        "function 'research-analysis' of dssa-2012 has no successor in dssa-next"),
        e.problems().stream().map(Problem::message).toList());
  }

  @Test
  void twoNotesThatReadTheSameOnOneCellAreBothKeptWhetherTheCellStaysOrMoves() {
    // Two people asked the same question on one cell: two notes, which no migration may fold into one.
    Cell training = Cell.of("training", Dimension.INTERNAL, Layer.EDGE);
    CellNote question = CellNote.of(INTERNAL_COMPLIANCE, "who checks the checkers?");
    EcosystemMap noted = map().toBuilder()
        .addCellNote(question).addCellNote(question)
        .addCellNote(CellNote.of(training, "Epsilon 11")).addCellNote(CellNote.of(training, "Epsilon 11"))
        .build();

    CatalogMigration none = CatalogMigration.withSuccessors(FunctionCatalog.dssa2012(), FunctionCatalog.dssa2012(),
        ImmutableListMultimap.of());
    assertEquals(noted, none.migrate(noted));

    EcosystemMap next = split().migrate(noted);
    assertEquals(List.of(question.withCell(QA), question.withCell(QA)), next.notesAt(QA));
    assertEquals(List.of(question, question), next.notesAt(INTERNAL_COMPLIANCE));
    assertEquals(noted.notesAt(training), next.notesAt(training));
    assertEquals(6, next.cellNotes().size());
  }

  @Test
  void mergingCellsThatAskTheSameQuestionAsksItOnceAndKeepsEveryOtherNote() {
    Cell events = Cell.of("event-monitoring", Dimension.EXTERNAL, Layer.GLUE);
    Cell research = Cell.of("research-analysis", Dimension.EXTERNAL, Layer.GLUE);
    Cell monitoring = Cell.of("monitoring", Dimension.EXTERNAL, Layer.GLUE);
    EcosystemMap noted = map().toBuilder()
        .addCellNote(CellNote.of(events, "who sees the whole picture?"))
        .addCellNote(CellNote.of(events, "shared with whom?"))
        .addCellNote(CellNote.of(research, "who sees the whole picture?"))
        .addCellNote(CellNote.of(research, "shared with whom?"))
        .addCellNote(CellNote.of(research, "shared with whom?"))
        .build();

    EcosystemMap next = split().migrate(noted);

    // the union of the two cells' notes: each text as often as the cell that says it most
    assertEquals(List.of(CellNote.of(monitoring, "shared with whom?"), CellNote.of(monitoring, "shared with whom?"),
        CellNote.of(monitoring, "who sees the whole picture?")), next.notesAt(monitoring));
    assertEquals(3, next.cellNotes().size());
  }
}
