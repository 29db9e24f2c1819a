package org.dssamap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableListMultimap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dssamap.model.CatalogMigration.Selector;
import org.dssamap.model.CatalogMigration.Successor;
import org.dssamap.model.testing.DssaGenerators;
import org.dssamap.model.testing.DssaGenerators.Migration;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link CatalogMigration}, each stated here again from the plan alone (which old function goes to
 * which new ones, taking which placements) and checked on random migrations of random maps.
 */
class CatalogMigrationPropertiesTest {

  /** The plan's successors of {@code function}: its own id, taking all, when the plan does not change it. */
  private static List<Successor> successors(Migration m, String function) {
    List<Successor> listed = m.plan().get(function);
    return listed.isEmpty() ? List.of(new Successor(function, Selector.all())) : listed;
  }

  /** The ids of the plan's successors of {@code function}. */
  private static List<String> successorIds(Migration m, String function) {
    return successors(m, function).stream().map(Successor::function).toList();
  }

  /** Whether {@code selector} takes {@code p}, by the definition: each non-empty set must contain the field. */
  private static boolean takes(Selector selector, Placement p) {
    return (selector.dimensions().isEmpty() || selector.dimensions().contains(p.cell().dimension()))
        && (selector.layers().isEmpty() || selector.layers().contains(p.cell().layer()))
        && (selector.organizations().isEmpty() || selector.organizations().contains(p.organization()));
  }

  /** The new functions a placement goes to. */
  private static List<String> targets(Migration m, Placement p) {
    return successors(m, p.cell().function()).stream().filter(s -> takes(s.placements(), p))
        .map(Successor::function).toList();
  }

  /** The placements of the old map that land at {@code q}'s organization and cell, in the old map's order. */
  private static List<Placement> origins(Migration m, Placement q) {
    List<Placement> found = new ArrayList<>();
    for (Placement p : m.map().placements()) {
      if (p.organization().equals(q.organization()) && p.cell().dimension() == q.cell().dimension()
          && p.cell().layer() == q.cell().layer() && targets(m, p).contains(q.cell().function())) {
        found.add(p);
      }
    }
    return found;
  }

  /** Whether {@code newFunction} is {@code oldFunction} kept: same id, not in the plan, nothing merged into it. */
  private static boolean kept(Migration m, String oldFunction, String newFunction) {
    if (!oldFunction.equals(newFunction) || m.plan().containsKey(oldFunction)) {
      return false;
    }
    for (SecurityFunction g : m.map().catalog().functions()) {
      boolean feeds = successors(m, g.id()).stream().anyMatch(s -> s.function().equals(newFunction));
      if (feeds && !g.id().equals(oldFunction)) {
        return false;
      }
    }
    return true;
  }

  private static CatalogMigration migration(Migration m) {
    return CatalogMigration.withSuccessors(m.map().catalog(), m.to(), m.plan());
  }

  private static List<Placement> untaken(Migration m) {
    return m.map().placements().stream().filter(p -> targets(m, p).isEmpty()).toList();
  }

  @Test
  void everySuccessorOfADisputedPlacementIsDisputedWithTheSameDispute() {
    qt().withExamples(400).forAll(DssaGenerators.migrations()).checkAssert(m -> {
      if (!untaken(m).isEmpty()) {
        return;
      }
      EcosystemMap next = migration(m).migrate(m.map());
      for (Placement p : m.map().placements()) {
        if (p.status() != Status.DISPUTED) {
          continue;
        }
        for (String f : targets(m, p)) {
          Placement q = next.placement(p.organization(), Cell.of(f, p.cell().dimension(), p.cell().layer()))
              .orElseThrow(() -> new AssertionError("no successor of " + p + " in " + f));
          assertEquals(Status.DISPUTED, q.status(), () -> "successor of " + p + ": " + q);
          // Only a merge with an earlier, differently disputed placement of the same organization can hold
          // another dispute, and then the note keeps this one.
          List<Placement> earlierDisputes = origins(m, q).stream().takeWhile(o -> !o.equals(p))
              .filter(o -> o.status() == Status.DISPUTED).toList();
          if (earlierDisputes.isEmpty()) {
            assertEquals(p.dispute(), q.dispute(), () -> "successor of " + p + ": " + q);
          } else {
            assertEquals(earlierDisputes.get(0).dispute(), q.dispute());
            p.dispute().ifPresent(d -> assertTrue(q.note().orElse("").contains("by " + d.by()), q::toString));
          }
        }
      }
    });
  }

  @Test
  void placementsGoExactlyWhereThePlanSendsThemAndNothingIsInvented() {
    qt().withExamples(400).forAll(DssaGenerators.migrations()).checkAssert(m -> {
      List<Placement> untaken = untaken(m);
      CatalogMigration migration = migration(m);
      if (!untaken.isEmpty()) {
        InvalidMapException e = assertThrows(InvalidMapException.class, () -> migration.migrate(m.map()));
        assertEquals(untaken.size(), e.problems().size(), e::getMessage);
        for (int i = 0; i < untaken.size(); i++) {
          Placement p = untaken.get(i);
          assertTrue(e.problems().get(i).message().startsWith("placement of " + p.organization() + " at "
              + p.cell() + " goes to none"), e::getMessage);
        }
        assertEquals(untaken, migration.untaken(m.map()));
        return;
      }
      EcosystemMap next = migration.migrate(m.map());
      assertEquals(m.to(), next.catalog());
      Set<String> expected = new TreeSet<>();
      for (Placement p : m.map().placements()) {
        for (String f : targets(m, p)) {
          expected.add(p.organization() + " " + Cell.of(f, p.cell().dimension(), p.cell().layer()));
        }
      }
      Set<String> actual = new TreeSet<>();
      next.placements().forEach(q -> actual.add(q.organization() + " " + q.cell()));
      assertEquals(expected, actual);
      assertEquals(m.map().organizations(), next.organizations());
      assertEquals(m.map().title(), next.title());
      assertEquals(m.map().asOf(), next.asOf());
      assertEquals(m.map().openQuestions(), next.openQuestions());
      assertEquals(m.map().relationships().size(), next.relationships().size());
      for (Relationship r : m.map().relationships()) {
        Set<String> functions = new TreeSet<>();
        r.functions().forEach(f -> successors(m, f).forEach(s -> functions.add(s.function())));
        Relationship moved = next.relationships().stream().filter(x -> x.key().equals(r.key())).findFirst()
            .orElseThrow();
        assertEquals(functions, moved.functions());
        assertEquals(r.note(), moved.note());
      }
    });
  }

  @Test
  void aKeptPlacementIsUnchangedAndAMovedOneIsNeverVerifiedNorLessRestrictedNorMoreDisputed() {
    qt().withExamples(400).forAll(DssaGenerators.migrations()).checkAssert(m -> {
      if (!untaken(m).isEmpty()) {
        return;
      }
      EcosystemMap next = migration(m).migrate(m.map());
      for (Placement q : next.placements()) {
        List<Placement> origins = origins(m, q);
        assertTrue(!origins.isEmpty(), () -> "invented: " + q);
        Placement first = origins.get(0);
        if (origins.size() == 1 && kept(m, first.cell().function(), q.cell().function())) {
          assertEquals(first.withCell(q.cell()), q);
          continue;
        }
        assertNotEquals(Status.VERIFIED, q.status(), () -> "moved and still verified: " + q + " from " + origins);
        Optional<Placement> firstDisputed = origins.stream().filter(o -> o.status() == Status.DISPUTED).findFirst();
        assertEquals(firstDisputed.isPresent() ? Status.DISPUTED : Status.CLAIMED, q.status());
        Placement base = firstDisputed.orElse(first);
        assertEquals(base.dispute(), q.dispute());
        assertEquals(base.source(), q.source());
        assertEquals(base.asOf(), q.asOf());
        boolean restricted = origins.stream().anyMatch(o -> o.confidentiality() == Confidentiality.RESTRICTED);
        assertEquals(restricted ? Confidentiality.RESTRICTED : Confidentiality.PUBLIC, q.confidentiality());
        String note = q.note().orElseThrow();
        for (Placement o : origins) {
          assertTrue(note.contains("'" + o.cell().function() + "' (was " + o.status().id()), note);
          o.note().ifPresent(n -> assertTrue(note.contains(n), note));
          o.dispute().ifPresent(d -> assertTrue(note.contains(d.by()) || q.dispute().equals(o.dispute()), note));
        }
      }
    });
  }

  @Test
  void aNewCellHoldsEachTextOfItsOldCellsNotesAsOftenAsTheOldCellThatSaysItMost() {
    qt().withExamples(400).forAll(DssaGenerators.migrations()).checkAssert(m -> {
      if (!untaken(m).isEmpty()) {
        return;
      }
      EcosystemMap next = migration(m).migrate(m.map());
      // How often each old cell says each text, then, for each new cell and text, the most any old cell that goes
      // there (every successor of its function, whatever placements that successor takes) says it.
      Map<String, Integer> saidAtOld = new TreeMap<>();
      m.map().cellNotes().forEach(n -> saidAtOld.merge(n.cell() + " " + n.text(), 1, Integer::sum));
      Map<String, Integer> expected = new TreeMap<>();
      for (CellNote n : m.map().cellNotes()) {
        int times = saidAtOld.get(n.cell() + " " + n.text());
        for (Successor s : successors(m, n.cell().function())) {
          expected.merge(Cell.of(s.function(), n.cell().dimension(), n.cell().layer()) + " " + n.text(), times,
              Math::max);
        }
      }
      Map<String, Integer> actual = new TreeMap<>();
      next.cellNotes().forEach(n -> actual.merge(n.cell() + " " + n.text(), 1, Integer::sum));
      assertEquals(expected, actual);
    });
  }

  @Test
  void theEmptyPlanToTheSameCatalogChangesNothing() {
    qt().withExamples(100).forAll(DssaGenerators.fileMaps().flatMap(DssaGenerators::withRepeatedNote))
        .checkAssert(map -> {
          // a second note that reads the same as another on its cell among them: both stay
          CatalogMigration none = CatalogMigration.withSuccessors(map.catalog(), map.catalog(),
              ImmutableListMultimap.of());
          assertEquals(map, none.migrate(map));
        });
  }

  @Test
  void everyGeneratedKindOfChangeOccurs() {
    // The generator is only as good as what it makes: count the cases the properties above rely on.
    Map<String, Integer> seen = new LinkedHashMap<>();
    qt().withExamples(400).forAll(DssaGenerators.migrations()).checkAssert(m -> {
      if (!untaken(m).isEmpty()) {
        seen.merge("refused", 1, Integer::sum);
        return;
      }
      EcosystemMap next = migration(m).migrate(m.map());
      Set<String> kinds = new HashSet<>();
      for (Placement q : next.placements()) {
        List<Placement> origins = origins(m, q);
        long disputes = origins.stream().filter(o -> o.status() == Status.DISPUTED).map(Placement::dispute)
            .distinct().count();
        if (origins.size() > 1) {
          kinds.add("merged");
        }
        if (disputes > 1) {
          kinds.add("two disputes merged");
        }
        if (q.status() == Status.DISPUTED && origins.size() == 1) {
          kinds.add("disputed moved");
        }
        if (origins.size() == 1 && origins.get(0).isVerified() && !q.isVerified()) {
          kinds.add("verified claimed again");
        }
      }
      List<CellNote> notes = m.map().cellNotes();
      for (int i = 1; i < notes.size(); i++) {
        if (notes.get(i).equals(notes.get(i - 1))) {
          kinds.add("a note that reads the same twice on one cell");
        }
      }
      for (CellNote n : notes) {
        for (CellNote o : notes) {
          boolean sameWordsElsewhere = !o.cell().equals(n.cell()) && o.text().equals(n.text())
              && o.cell().dimension() == n.cell().dimension() && o.cell().layer() == n.cell().layer();
          if (sameWordsElsewhere && successorIds(m, n.cell().function()).stream()
              .anyMatch(successorIds(m, o.cell().function())::contains)) {
            kinds.add("the same note merged from two cells");
          }
        }
      }
      kinds.forEach(k -> seen.merge(k, 1, Integer::sum));
    });
    for (String kind : List.of("refused", "merged", "two disputes merged", "disputed moved",
        "verified claimed again", "a note that reads the same twice on one cell",
        "the same note merged from two cells")) {
      assertTrue(seen.getOrDefault(kind, 0) >= 5, () -> kind + " in too few examples: " + seen);
    }
  }
}
