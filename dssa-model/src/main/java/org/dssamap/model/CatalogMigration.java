package org.dssamap.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the functions of one catalog version become those of the next: a function may be kept, renamed, split
 * into several or merged with others. Migrating a map moves each placement to the successors of its function
 * that take it (a split may send the internal placements to one function and the external ones to another).
 *
 * <p>The rules for the placements, which a working group can rely on:
 *
 * <ul>
 *   <li><b>Kept</b>: a placement of a function that keeps its id and receives no other function's placements is
 *       carried over exactly as it was.
 *   <li><b>Moved</b> (its function was renamed, split or merged, or another function was merged into it): what
 *       the organization confirmed was a different definition, so a <b>verified</b> placement becomes
 *       {@link Status#CLAIMED} again, and a claimed one stays claimed.
 *   <li>A <b>disputed</b> placement stays {@link Status#DISPUTED}, with the same {@link Dispute}, in every
 *       successor: moving a challenged claim to a new definition does not answer the challenge.
 *   <li><b>Merged</b>: where placements of one organization from several old functions land in one cell, the one
 *       placement made of them is disputed if any of them is (a challenge to part of what the merged function
 *       covers stands until someone settles it) with the dispute of the first disputed one in the old catalog's
 *       order, else claimed; it is {@link Confidentiality#RESTRICTED} if any of them is (nothing restricted leaks
 *       through a merge); its source and date are those of that first disputed one, or else of the first one;
 *       its note names every old function with the status it had, each dispute (so a second dispute is not
 *       lost) and each old note.
 *   <li>Every other field (source, date, confidentiality, the old note after the "moved from" line) is kept.
 *   <li>Organizations, the title, the date and open questions are kept; a relationship's functions become all
 *       their successors.
 *   <li>A note on a cell goes to the same cell of each successor of its function; a new cell holds every note
 *       of each old cell that goes to it, and a text that several of them say as often as the one that says it
 *       most (a merge does not repeat a question; nothing is lost, so the empty plan changes nothing).
 * </ul>
 *
 * <p>Nothing is lost silently: a placement of a split function that none of its successors takes is a problem
 * ({@link #migrate(EcosystemMap)} refuses), and nothing is invented: every placement of the new map comes from at
 * least one placement of the old.
 */
public final class CatalogMigration {
  private final FunctionCatalog from;
  private final FunctionCatalog to;
  private final ImmutableListMultimap<String, Successor> successors;
  /** For each function of {@link #to}, the functions of {@link #from} whose placements may move there. */
  private final ImmutableSetMultimap<String, String> predecessors;

  /**
   * Which placements of an old function go to one of its successors: those in one of {@code dimensions}, at one
   * of {@code layers}, of one of {@code organizations}; an empty set does not restrict, so {@link #all()} takes
   * every placement.
   *
   * @param dimensions the dimensions taken; empty for both
   * @param layers the layers taken; empty for every layer
   * @param organizations the organizations whose placements are taken; empty for every organization
   */
  public record Selector(
      ImmutableSet<Dimension> dimensions, ImmutableSet<Layer> layers, ImmutableSortedSet<String> organizations) {
    private static final Selector ALL = new Selector(ImmutableSet.of(), ImmutableSet.of(), ImmutableSortedSet.of());

    /** Copies the sets and checks the organization ids. */
    public Selector {
      dimensions = ImmutableSet.copyOf(requireNonNull(dimensions, "dimensions"));
      layers = ImmutableSet.copyOf(requireNonNull(layers, "layers"));
      organizations = ImmutableSortedSet.copyOf(requireNonNull(organizations, "organizations"));
      organizations.forEach(o -> Ids.requireSlug(o, "organization id"));
    }

    /** Every placement. */
    public static Selector all() {
      return ALL;
    }

    /** Whether this selector takes {@code placement}. */
    public boolean takes(Placement placement) {
      return (dimensions.isEmpty() || dimensions.contains(placement.cell().dimension()))
          && (layers.isEmpty() || layers.contains(placement.cell().layer()))
          && (organizations.isEmpty() || organizations.contains(placement.organization()));
    }

    /** Whether this selector takes every placement. */
    public boolean takesAll() {
      return dimensions.isEmpty() && layers.isEmpty() && organizations.isEmpty();
    }

    /** "all", or for example "dimension internal, layer edge". */
    @Override
    public String toString() {
      if (takesAll()) {
        return "all";
      }
      List<String> parts = new ArrayList<>();
      if (!dimensions.isEmpty()) {
        parts.add("dimension " + dimensions.stream().map(Dimension::id).collect(Collectors.joining(" or ")));
      }
      if (!layers.isEmpty()) {
        parts.add("layer " + layers.stream().map(Layer::id).collect(Collectors.joining(" or ")));
      }
      if (!organizations.isEmpty()) {
        parts.add("organization " + String.join(" or ", organizations));
      }
      return String.join(", ", parts);
    }
  }

  /**
   * A function of the new catalog that an old function becomes, and which of its placements go there.
   *
   * @param function the id of the function in the new catalog
   * @param placements which of the old function's placements it takes
   */
  public record Successor(String function, Selector placements) {
    /** Checks the parts. */
    public Successor {
      Ids.requireSlug(requireNonNull(function, "function"), "function id");
      requireNonNull(placements, "placements");
    }

    /** A successor that takes every placement. */
    public static Successor of(String function) {
      return new Successor(function, Selector.all());
    }
  }

  private CatalogMigration(FunctionCatalog from, FunctionCatalog to, ImmutableListMultimap<String, Successor> successors) {
    this.from = from;
    this.to = to;
    this.successors = successors;
    ImmutableSetMultimap.Builder<String, String> before = ImmutableSetMultimap.builder();
    for (SecurityFunction f : from.functions()) {
      for (String next : successorsOf(f.id())) {
        before.put(next, f.id());
      }
    }
    this.predecessors = before.build();
  }

  /**
   * A migration from {@code from} to {@code to} in which each changed function's placements all go to each of
   * its successors. A function of {@code from} that {@code successors} does not mention keeps its id, and must
   * then exist in {@code to}.
   *
   * @param successors for each changed function of {@code from}, the functions of {@code to} it becomes
   * @throws InvalidMapException when a function would have no successor, or a successor is not in {@code to}
   */
  public static CatalogMigration of(
      FunctionCatalog from, FunctionCatalog to, ImmutableSetMultimap<String, String> successors) {
    ImmutableListMultimap.Builder<String, Successor> all = ImmutableListMultimap.builder();
    successors.forEach((old, next) -> all.put(old, Successor.of(next)));
    return withSuccessors(from, to, all.build());
  }

  /**
   * A migration from {@code from} to {@code to}: each changed function of {@code from} becomes the successors
   * listed for it, each taking the placements its {@link Selector} selects. A function of {@code from} that
   * {@code successors} does not mention keeps its id, and must then exist in {@code to}. A rename is one
   * successor taking all; a split several; a merge several old functions with the same successor.
   *
   * @throws InvalidMapException listing every problem: a function of {@code from} with no successor, a
   *     successor not in {@code to}, a function named that {@code from} does not have, a successor listed twice
   *     for one function
   */
  public static CatalogMigration withSuccessors(
      FunctionCatalog from, FunctionCatalog to, ImmutableListMultimap<String, Successor> successors) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(successors, "successors");
    List<Problem> problems = new ArrayList<>();
    for (String old : successors.keySet()) {
      if (!from.contains(old)) {
        problems.add(Problem.at("", "migration names function '" + old + "', which " + from.id() + " does not have"));
      }
      Set<String> seen = new HashSet<>();
      for (Successor s : successors.get(old)) {
        if (!to.contains(s.function())) {
          problems.add(Problem.at("", "successor '" + s.function() + "' of '" + old + "' is not in " + to.id()));
        }
        if (!seen.add(s.function())) {
          problems.add(Problem.at("", "successor '" + s.function() + "' of '" + old + "' is listed twice"));
        }
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

  /** The functions of {@link #to()} that {@code functionId} of {@link #from()} becomes, in the plan's order. */
  public ImmutableSet<String> successorsOf(String functionId) {
    List<Successor> next = successors.get(functionId);
    if (next.isEmpty()) {
      return ImmutableSet.of(functionId);
    }
    return next.stream().map(Successor::function).collect(ImmutableSet.toImmutableSet());
  }

  /**
   * The successors of {@code functionId} of {@link #from()}, with the placements each takes; a function the
   * migration does not change has itself, taking all.
   */
  public ImmutableList<Successor> successorsWithPlacements(String functionId) {
    ImmutableList<Successor> next = successors.get(functionId);
    return next.isEmpty() ? ImmutableList.of(Successor.of(functionId)) : next;
  }

  /** The functions of {@link #from()} whose placements may move to {@code functionId} of {@link #to()}. */
  public ImmutableSet<String> predecessorsOf(String functionId) {
    return predecessors.get(functionId);
  }

  /**
   * Whether a placement of {@code oldFunction} moving to {@code newFunction} is carried over exactly: the
   * function keeps its id and no other function's placements move into it. Otherwise what the organization
   * confirmed was a different definition.
   */
  public boolean keeps(String oldFunction, String newFunction) {
    return oldFunction.equals(newFunction) && !successors.containsKey(oldFunction)
        && predecessors.get(newFunction).equals(ImmutableSet.of(oldFunction));
  }

  /**
   * The placements of {@code map} that no successor of their function takes, in the map's order: those a
   * migration would lose, so {@link #migrate(EcosystemMap)} refuses them.
   */
  public ImmutableList<Placement> untaken(EcosystemMap map) {
    return map.placements().stream()
        .filter(p -> successorsWithPlacements(p.cell().function()).stream().noneMatch(s -> s.placements().takes(p)))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The map on the new catalog, by the rules of this class.
   *
   * @throws IllegalArgumentException when the map is not on {@link #from()}
   * @throws InvalidMapException naming every placement that no successor of its function takes
   */
  public EcosystemMap migrate(EcosystemMap map) {
    if (!map.catalog().equals(from)) {
      throw new IllegalArgumentException("the map is on catalog " + map.catalog().id() + ", not " + from.id());
    }
    List<Problem> problems = new ArrayList<>();
    for (Placement p : untaken(map)) {
      String old = p.cell().function();
      problems.add(Problem.at("", "placement of " + p.organization() + " at " + p.cell() + " goes to none of the "
          + "successors of '" + old + "' (" + successors.get(old).stream()
              .map(s -> s.function() + " takes " + s.placements()).collect(Collectors.joining("; "))
          + "); expected a successor that takes it"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidMapException("", problems);
    }
    EcosystemMap.Builder b = EcosystemMap.builder(to).title(map.title());
    map.asOf().ifPresent(b::asOf);
    map.openQuestions().forEach(b::addOpenQuestion);
    map.kindNames().forEach(b::nameKind);
    map.organizations().forEach(b::addOrganization);
    // Every placement that lands in one (organization, cell), in the map's order: by organization, then old
    // catalog order.
    Map<String, List<Placement>> landing = new LinkedHashMap<>();
    Map<String, Cell> cellOf = new LinkedHashMap<>();
    for (Placement p : map.placements()) {
      for (Successor s : successorsWithPlacements(p.cell().function())) {
        if (s.placements().takes(p)) {
          Cell cell = Cell.of(s.function(), p.cell().dimension(), p.cell().layer());
          String key = p.organization() + " " + cell;
          landing.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
          cellOf.put(key, cell);
        }
      }
    }
    landing.forEach((key, origins) -> b.addPlacement(land(requireNonNull(cellOf.get(key)), origins)));
    for (Relationship r : map.relationships()) {
      List<String> functions = new ArrayList<>();
      r.functions().forEach(f -> functions.addAll(successorsOf(f)));
      b.addRelationship(r.withFunctions(functions));
    }
    // An intention follows its function to each successor where it still makes sense: giving away what the
    // organization is placed in there, wanting what it is not; a note on a cell goes to each successor's cell.
    java.util.Set<String> intended = new java.util.HashSet<>();
    for (Intention i : map.intentions()) {
      for (String f : successorsOf(i.cell().function())) {
        Cell cell = Cell.of(f, i.cell().dimension(), i.cell().layer());
        String key = i.organization() + " " + cell;
        boolean placed = landing.containsKey(key);
        if (placed == (i.kind() == IntentionKind.WOULD_GIVE_AWAY) && intended.add(key)) {
          b.addIntention(i.withCell(cell));
        }
      }
    }
    movedNotes(map).forEach(b::addCellNote);
    return b.build();
  }

  /**
   * The notes on the cells of {@code map}, each on every successor of its cell. A new cell holds the union of
   * the notes of the old cells that go to it: every note of each of them, and a text that several of them say
   * as often as the one that says it most (the same question asked on two merged cells is one question; two
   * notes of one cell are two, even when they read the same).
   */
  private List<CellNote> movedNotes(EcosystemMap map) {
    // For each moved note, how often each old cell says it there.
    Map<CellNote, Map<Cell, Integer>> counts = new LinkedHashMap<>();
    for (CellNote n : map.cellNotes()) {
      for (String f : successorsOf(n.cell().function())) {
        CellNote moved = n.withCell(Cell.of(f, n.cell().dimension(), n.cell().layer()));
        counts.computeIfAbsent(moved, k -> new LinkedHashMap<>()).merge(n.cell(), 1, Integer::sum);
      }
    }
    List<CellNote> notes = new ArrayList<>();
    counts.forEach((note, byOldCell) -> {
      int times = byOldCell.values().stream().mapToInt(Integer::intValue).max().orElse(0);
      for (int k = 0; k < times; k++) {
        notes.add(note);
      }
    });
    return notes;
  }

  /** The one placement that {@code origins} (one organization's, in old catalog order) become in {@code cell}. */
  private Placement land(Cell cell, List<Placement> origins) {
    checkArgument(!origins.isEmpty(), "no placement lands at %s", cell);
    Placement first = origins.get(0);
    if (origins.size() == 1 && keeps(first.cell().function(), cell.function())) {
      return first.withCell(cell);
    }
    Optional<Placement> firstDisputed = origins.stream().filter(p -> p.status() == Status.DISPUTED).findFirst();
    Placement base = firstDisputed.orElse(first);
    Status status = firstDisputed.isPresent() ? Status.DISPUTED : Status.CLAIMED;
    Confidentiality confidentiality = origins.stream().anyMatch(p -> p.confidentiality() == Confidentiality.RESTRICTED)
        ? Confidentiality.RESTRICTED : Confidentiality.PUBLIC;
    // Through the with… methods, so that whatever else a placement holds is kept from the base.
    return base.withCell(cell).withStatus(status).withNote(note(origins)).withConfidentiality(confidentiality);
  }

  /**
   * "moved from dssa-2012 function 'x' (was verified); old note" for one origin; "merged from dssa-2012
   * functions 'x' (was verified): old note; 'y' (was disputed by z: reason)" for several.
   */
  private String note(List<Placement> origins) {
    if (origins.size() == 1) {
      Placement p = origins.get(0);
      return "moved from " + from.id() + " function '" + p.cell().function() + "' (was " + p.status().id() + ")"
          + p.note().map(n -> "; " + n).orElse("");
    }
    return "merged from " + from.id() + " functions " + origins.stream()
        .map(p -> "'" + p.cell().function() + "' (was " + p.status().id()
            + p.dispute().map(d -> " by " + d.by() + (d.reason().isEmpty() ? "" : ": " + d.reason())).orElse("")
            + ")" + p.note().map(n -> ": " + n).orElse(""))
        .collect(Collectors.joining("; "));
  }
}
