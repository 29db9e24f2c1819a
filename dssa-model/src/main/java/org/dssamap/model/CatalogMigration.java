package org.dssamap.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSetMultimap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the functions of one catalog version become those of the next: a function may be kept, renamed, split
 * into several or merged with others. Migrating a map moves each placement to the successors of its
 * function; a placement whose function changed (split, merged or renamed) becomes {@link Status#CLAIMED}
 * again, because what was verified was a different definition.
 */
public final class CatalogMigration {
  private final FunctionCatalog from;
  private final FunctionCatalog to;
  private final ImmutableSetMultimap<String, String> successors;

  private CatalogMigration(FunctionCatalog from, FunctionCatalog to, ImmutableSetMultimap<String, String> successors) {
    this.from = from;
    this.to = to;
    this.successors = successors;
  }

  /**
   * A migration from {@code from} to {@code to}. A function of {@code from} that {@code successors} does not
   * mention keeps its id, and must then exist in {@code to}.
   *
   * @param successors for each changed function of {@code from}, the functions of {@code to} it becomes
   * @throws InvalidMapException when a function would have no successor, or a successor is not in {@code to}
   */
  public static CatalogMigration of(
      FunctionCatalog from, FunctionCatalog to, ImmutableSetMultimap<String, String> successors) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    List<Problem> problems = new ArrayList<>();
    for (String old : successors.keySet()) {
      if (!from.contains(old)) {
        problems.add(Problem.at("", "migration names function '" + old + "', which " + from.id() + " does not have"));
      }
    }
    for (Map.Entry<String, String> e : successors.entries()) {
      if (!to.contains(e.getValue())) {
        problems.add(Problem.at("", "successor '" + e.getValue() + "' of '" + e.getKey() + "' is not in " + to.id()));
      }
    }
    for (SecurityFunction f : from.functions()) {
      if (!successors.containsKey(f.id()) && !to.contains(f.id())) {
        problems.add(Problem.at("", "function '" + f.id() + "' of " + from.id() + " has no successor in " + to.id()));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidMapException("", problems);
    }
    return new CatalogMigration(from, to, successors);
  }

  /** The catalog migrated from. */
  public FunctionCatalog from() {
    return from;
  }

  /** The catalog migrated to. */
  public FunctionCatalog to() {
    return to;
  }

  /** The functions of {@link #to()} that {@code functionId} of {@link #from()} becomes. */
  public Set<String> successorsOf(String functionId) {
    Set<String> next = successors.get(functionId);
    return next.isEmpty() ? Set.of(functionId) : next;
  }

  /**
   * The map on the new catalog. Placements of a changed function move to each successor as claimed, with a
   * note saying where they came from; where a merge brings two placements of one organization into the same
   * cell, the one kept is the first in catalog order.
   *
   * @throws IllegalArgumentException when the map is not on {@link #from()}
   */
  public EcosystemMap migrate(EcosystemMap map) {
    if (!map.catalog().equals(from)) {
      throw new IllegalArgumentException("the map is on catalog " + map.catalog().id() + ", not " + from.id());
    }
    EcosystemMap.Builder b = EcosystemMap.builder(to).title(map.title());
    map.asOf().ifPresent(b::asOf);
    map.openQuestions().forEach(b::addOpenQuestion);
    map.organizations().forEach(b::addOrganization);
    Map<String, Placement> moved = new LinkedHashMap<>();
    for (Placement p : map.placements()) {
      String old = p.cell().function();
      Set<String> next = successorsOf(old);
      boolean unchanged = next.size() == 1 && next.contains(old) && !successors.containsKey(old);
      for (String f : next) {
        Placement q = p.withCell(Cell.of(f, p.cell().dimension(), p.cell().layer()));
        if (!unchanged) {
          q = q.withStatus(Status.CLAIMED).withNote(
              "moved from " + from.id() + " function '" + old + "' (was " + p.status().id() + ")"
                  + p.note().map(n -> "; " + n).orElse(""));
        }
        moved.putIfAbsent(q.organization() + " " + q.cell(), q);
      }
    }
    moved.values().forEach(b::addPlacement);
    for (Relationship r : map.relationships()) {
      List<String> functions = new ArrayList<>();
      r.functions().forEach(f -> functions.addAll(successorsOf(f)));
      Relationship moved2 = new Relationship(r.from(), r.to(), r.kind(),
          com.google.common.collect.ImmutableSortedSet.copyOf(functions), r.note());
      b.addRelationship(moved2);
    }
    return b.build();
  }
}
