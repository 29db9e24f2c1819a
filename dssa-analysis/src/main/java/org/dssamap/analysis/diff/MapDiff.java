package org.dssamap.analysis.diff;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dssamap.analysis.Coverage;
import org.dssamap.analysis.Gap;
import org.dssamap.model.Cell;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.FunctionCatalog;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Relationship;

/**
 * What changed from one map to another: placements, organizations and relationships added, removed or changed,
 * the map's own fields, and the gaps opened and closed. It carries full values, so {@code
 * MapDiff.between(a, b).applyTo(a)} equals {@code b}, and {@code MapDiff.between(a, a)} is empty.
 *
 * <p>A placement is identified by organization and cell, an organization by id, a relationship by from, to and
 * kind. Lists follow the canonical order of the map they come from (removed: the old map; added and changed: the
 * new one).
 */
public final class MapDiff {
  private final Optional<ValueChange<String>> title;
  private final Optional<ValueChange<Optional<LocalDate>>> asOf;
  private final Optional<ValueChange<FunctionCatalog>> catalog;
  private final Optional<ValueChange<ImmutableList<String>>> openQuestions;
  private final ImmutableList<Organization> organizationsAdded;
  private final ImmutableList<Organization> organizationsRemoved;
  private final ImmutableList<ValueChange<Organization>> organizationsChanged;
  private final ImmutableList<Placement> placementsAdded;
  private final ImmutableList<Placement> placementsRemoved;
  private final ImmutableList<PlacementChange> placementsChanged;
  private final ImmutableList<Relationship> relationshipsAdded;
  private final ImmutableList<Relationship> relationshipsRemoved;
  private final ImmutableList<ValueChange<Relationship>> relationshipsChanged;
  private final ImmutableList<Gap> gapsOpened;
  private final ImmutableList<Gap> gapsClosed;

  private MapDiff(EcosystemMap a, EcosystemMap b) {
    title = change(a.title(), b.title());
    asOf = change(a.asOf(), b.asOf());
    catalog = change(a.catalog(), b.catalog());
    openQuestions = change(a.openQuestions(), b.openQuestions());
    Keyed<Organization> orgs = Keyed.of(a.organizations(), b.organizations(), Organization::id);
    organizationsAdded = orgs.added;
    organizationsRemoved = orgs.removed;
    organizationsChanged = orgs.changed;
    Keyed<Placement> placements = Keyed.of(a.placements(), b.placements(), MapDiff::key);
    placementsAdded = placements.added;
    placementsRemoved = placements.removed;
    placementsChanged = placements.changed.stream().map(c -> new PlacementChange(c.before(), c.after()))
        .collect(ImmutableList.toImmutableList());
    Keyed<Relationship> relationships = Keyed.of(a.relationships(), b.relationships(), Relationship::key);
    relationshipsAdded = relationships.added;
    relationshipsRemoved = relationships.removed;
    relationshipsChanged = relationships.changed;
    ImmutableList<Gap> before = Gap.findAll(Coverage.of(a));
    ImmutableList<Gap> after = Gap.findAll(Coverage.of(b));
    Set<Cell> gapsBefore = before.stream().map(Gap::cell).collect(Collectors.toSet());
    Set<Cell> gapsAfter = after.stream().map(Gap::cell).collect(Collectors.toSet());
    gapsOpened = after.stream().filter(g -> !gapsBefore.contains(g.cell())).collect(ImmutableList.toImmutableList());
    gapsClosed = before.stream().filter(g -> !gapsAfter.contains(g.cell())).collect(ImmutableList.toImmutableList());
  }

  /** What changed from {@code before} to {@code after}. */
  public static MapDiff between(EcosystemMap before, EcosystemMap after) {
    return new MapDiff(requireNonNull(before, "before"), requireNonNull(after, "after"));
  }

  private static String key(Placement p) {
    return p.organization() + " " + p.cell();
  }

  private static <T> Optional<ValueChange<T>> change(T before, T after) {
    return before.equals(after) ? Optional.empty() : Optional.of(ValueChange.of(before, after));
  }

  /** Old and new values matched by key. */
  private static final class Keyed<T> {
    final ImmutableList<T> added;
    final ImmutableList<T> removed;
    final ImmutableList<ValueChange<T>> changed;

    private Keyed(ImmutableList<T> added, ImmutableList<T> removed, ImmutableList<ValueChange<T>> changed) {
      this.added = added;
      this.removed = removed;
      this.changed = changed;
    }

    static <T> Keyed<T> of(List<T> before, List<T> after, Function<T, String> key) {
      Map<String, T> old = index(before, key);
      Map<String, T> now = index(after, key);
      ImmutableList.Builder<T> added = ImmutableList.builder();
      ImmutableList.Builder<ValueChange<T>> changed = ImmutableList.builder();
      for (T t : after) {
        T was = old.get(key.apply(t));
        if (was == null) {
          added.add(t);
        } else if (!was.equals(t)) {
          changed.add(ValueChange.of(was, t));
        }
      }
      ImmutableList<T> removed = before.stream().filter(t -> !now.containsKey(key.apply(t)))
          .collect(ImmutableList.toImmutableList());
      return new Keyed<>(added.build(), removed, changed.build());
    }
  }

  private static <T> Map<String, T> index(List<T> values, Function<T, String> key) {
    Map<String, T> index = new LinkedHashMap<>();
    values.forEach(v -> index.put(key.apply(v), v));
    return index;
  }

  /** The title, when it changed. */
  public Optional<ValueChange<String>> title() {
    return title;
  }

  /** The date the map describes, when it changed. */
  public Optional<ValueChange<Optional<LocalDate>>> asOf() {
    return asOf;
  }

  /** The catalog, when it changed (a new catalog version, or an edited inline catalog). */
  public Optional<ValueChange<FunctionCatalog>> catalog() {
    return catalog;
  }

  /** The open questions, when they changed. */
  public Optional<ValueChange<ImmutableList<String>>> openQuestions() {
    return openQuestions;
  }

  /** Organizations only the new map has. */
  public ImmutableList<Organization> organizationsAdded() {
    return organizationsAdded;
  }

  /** Organizations only the old map has. */
  public ImmutableList<Organization> organizationsRemoved() {
    return organizationsRemoved;
  }

  /** Organizations in both, with a field changed (name, kind, region, url, note). */
  public ImmutableList<ValueChange<Organization>> organizationsChanged() {
    return organizationsChanged;
  }

  /** Placements only the new map has. */
  public ImmutableList<Placement> placementsAdded() {
    return placementsAdded;
  }

  /** Placements only the old map has. */
  public ImmutableList<Placement> placementsRemoved() {
    return placementsRemoved;
  }

  /** Placements in both, with a field changed. */
  public ImmutableList<PlacementChange> placementsChanged() {
    return placementsChanged;
  }

  /** The placements whose status changed, a subset of {@link #placementsChanged()}. */
  public ImmutableList<PlacementChange> statusChanges() {
    return placementsChanged.stream().filter(PlacementChange::statusChanged).collect(ImmutableList.toImmutableList());
  }

  /** Relationships only the new map has. */
  public ImmutableList<Relationship> relationshipsAdded() {
    return relationshipsAdded;
  }

  /** Relationships only the old map has. */
  public ImmutableList<Relationship> relationshipsRemoved() {
    return relationshipsRemoved;
  }

  /** Relationships in both, with their functions or note changed. */
  public ImmutableList<ValueChange<Relationship>> relationshipsChanged() {
    return relationshipsChanged;
  }

  /** Gaps of the new map that the old one did not have, in the new map's catalog order. */
  public ImmutableList<Gap> gapsOpened() {
    return gapsOpened;
  }

  /** Gaps of the old map that the new one closed, in the old map's catalog order. */
  public ImmutableList<Gap> gapsClosed() {
    return gapsClosed;
  }

  /** Whether the two maps are equal: nothing changed. */
  public boolean isEmpty() {
    return title.isEmpty() && asOf.isEmpty() && catalog.isEmpty() && openQuestions.isEmpty()
        && organizationsAdded.isEmpty() && organizationsRemoved.isEmpty() && organizationsChanged.isEmpty()
        && placementsAdded.isEmpty() && placementsRemoved.isEmpty() && placementsChanged.isEmpty()
        && relationshipsAdded.isEmpty() && relationshipsRemoved.isEmpty() && relationshipsChanged.isEmpty();
  }

  /**
   * Applies this diff to {@code base}, the old map it was computed from (or one that agrees with it on everything
   * the diff touches).
   *
   * @throws IllegalArgumentException listing every conflict when {@code base} does not hold what the diff removes
   *     or changes, or already holds what it adds
   * @throws org.dssamap.model.InvalidMapException when the result is not a valid map
   */
  public EcosystemMap applyTo(EcosystemMap base) {
    requireNonNull(base, "base");
    List<String> conflicts = new ArrayList<>();
    check(conflicts, "title", title, base.title());
    check(conflicts, "asOf", asOf, base.asOf());
    check(conflicts, "catalog", catalog, base.catalog());
    check(conflicts, "open questions", openQuestions, base.openQuestions());
    Map<String, Organization> orgs = apply(conflicts, "organization", base.organizations(), Organization::id,
        organizationsAdded, organizationsRemoved, organizationsChanged);
    List<ValueChange<Placement>> placementChanges = placementsChanged.stream()
        .map(c -> ValueChange.of(c.before(), c.after())).toList();
    Map<String, Placement> placements = apply(conflicts, "placement", base.placements(), MapDiff::key,
        placementsAdded, placementsRemoved, placementChanges);
    Map<String, Relationship> relationships = apply(conflicts, "relationship", base.relationships(),
        Relationship::key, relationshipsAdded, relationshipsRemoved, relationshipsChanged);
    if (!conflicts.isEmpty()) {
      throw new IllegalArgumentException("the diff does not apply to this map: " + String.join("; ", conflicts));
    }
    EcosystemMap.Builder b = EcosystemMap.builder(catalog.map(ValueChange::after).orElse(base.catalog()))
        .title(title.map(ValueChange::after).orElse(base.title()));
    asOf.map(ValueChange::after).orElse(base.asOf()).ifPresent(b::asOf);
    openQuestions.map(ValueChange::after).orElse(base.openQuestions()).forEach(b::addOpenQuestion);
    orgs.values().forEach(b::addOrganization);
    placements.values().forEach(b::addPlacement);
    relationships.values().forEach(b::addRelationship);
    return b.build();
  }

  private static <T> void check(List<String> conflicts, String what, Optional<ValueChange<T>> change, T actual) {
    if (change.isPresent() && !change.get().before().equals(actual)) {
      conflicts.add("the map's " + what + " is not the one the diff changes");
    }
  }

  private static <T> Map<String, T> apply(List<String> conflicts, String what, List<T> base, Function<T, String> key,
      List<T> added, List<T> removed, List<ValueChange<T>> changed) {
    Map<String, T> values = index(base, key);
    for (T t : removed) {
      if (!t.equals(values.remove(key.apply(t)))) {
        conflicts.add("no " + what + " '" + key.apply(t) + "' as the diff removes it");
      }
    }
    for (ValueChange<T> c : changed) {
      String k = key.apply(c.before());
      if (!c.before().equals(values.get(k))) {
        conflicts.add("no " + what + " '" + k + "' as the diff changes it");
      }
      values.put(k, c.after());
    }
    for (T t : added) {
      if (values.putIfAbsent(key.apply(t), t) != null) {
        conflicts.add(what + " '" + key.apply(t) + "' is already there");
      }
    }
    return values;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MapDiff other && title.equals(other.title) && asOf.equals(other.asOf)
        && catalog.equals(other.catalog) && openQuestions.equals(other.openQuestions)
        && organizationsAdded.equals(other.organizationsAdded) && organizationsRemoved.equals(other.organizationsRemoved)
        && organizationsChanged.equals(other.organizationsChanged) && placementsAdded.equals(other.placementsAdded)
        && placementsRemoved.equals(other.placementsRemoved) && placementsChanged.equals(other.placementsChanged)
        && relationshipsAdded.equals(other.relationshipsAdded) && relationshipsRemoved.equals(other.relationshipsRemoved)
        && relationshipsChanged.equals(other.relationshipsChanged);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, asOf, catalog, openQuestions, organizationsAdded, organizationsRemoved,
        organizationsChanged, placementsAdded, placementsRemoved, placementsChanged, relationshipsAdded,
        relationshipsRemoved, relationshipsChanged);
  }

  @Override
  public String toString() {
    return "MapDiff[+" + placementsAdded.size() + " -" + placementsRemoved.size() + " ~" + placementsChanged.size()
        + " placements, +" + organizationsAdded.size() + " -" + organizationsRemoved.size() + " organizations, +"
        + relationshipsAdded.size() + " -" + relationshipsRemoved.size() + " relationships, " + gapsOpened.size()
        + " gaps opened, " + gapsClosed.size() + " closed]";
  }
}
