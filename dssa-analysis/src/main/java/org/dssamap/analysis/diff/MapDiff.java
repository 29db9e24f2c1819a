package org.dssamap.analysis.diff;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.dssamap.analysis.AnalysisOptions;
import org.dssamap.analysis.AnalysisReport;
import org.dssamap.analysis.Gap;
import org.dssamap.analysis.Overlap;
import org.dssamap.analysis.SinglePointOfFailure;
import org.dssamap.analysis.escalation.EscalationRoute;
import org.dssamap.model.CellNote;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.Intention;
import org.dssamap.model.FunctionCatalog;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Relationship;

/**
 * What changed from one map to another: placements, organizations and relationships added, removed or changed,
 * the map's own fields, and every change of a finding: gaps opened, closed or changed (unverified to uncovered
 * and back, other claimants), overlaps and single points of failure appearing, going or changing, and escalation
 * routes between regions changing (a pair becoming reachable or unreachable, an unreachable pair's reason, a
 * path). It carries full values, so {@code MapDiff.between(a, b).applyTo(a)} equals {@code b}, and {@code
 * MapDiff.between(a, a)} is empty.
 *
 * <p>A placement is identified by organization and cell, an organization by id, a relationship by from, to and
 * kind. Lists follow the canonical order of the map they come from (removed: the old map; added and changed: the
 * new one).
 *
 * <p>The findings are those of {@link AnalysisReport#of(EcosystemMap, AnalysisOptions)} on each map with the same
 * options: the diff applies no rule of its own, it compares what the analysis finds. A gap is matched by its cell,
 * an overlap by its cell and region, a single point of failure by its cell, an escalation route by its two
 * regions (see {@link FindingChanges}).
 */
public final class MapDiff {
  private final Optional<ValueChange<String>> title;
  private final Optional<ValueChange<Optional<LocalDate>>> asOf;
  private final Optional<ValueChange<FunctionCatalog>> catalog;
  private final Optional<ValueChange<ImmutableList<String>>> openQuestions;
  private final Optional<ValueChange<ImmutableSortedMap<String, String>>> kindNames;
  private final Optional<ValueChange<ImmutableList<Intention>>> intentions;
  private final Optional<ValueChange<ImmutableList<CellNote>>> cellNotes;
  private final ImmutableList<Organization> organizationsAdded;
  private final ImmutableList<Organization> organizationsRemoved;
  private final ImmutableList<ValueChange<Organization>> organizationsChanged;
  private final ImmutableList<Placement> placementsAdded;
  private final ImmutableList<Placement> placementsRemoved;
  private final ImmutableList<PlacementChange> placementsChanged;
  private final ImmutableList<Relationship> relationshipsAdded;
  private final ImmutableList<Relationship> relationshipsRemoved;
  private final ImmutableList<ValueChange<Relationship>> relationshipsChanged;
  private final AnalysisOptions options;
  private final FindingChanges<Gap> gaps;
  private final FindingChanges<Overlap> overlaps;
  private final FindingChanges<SinglePointOfFailure> singlePointsOfFailure;
  private final FindingChanges<EscalationRoute> escalation;

  private MapDiff(EcosystemMap a, EcosystemMap b, AnalysisOptions options) {
    title = change(a.title(), b.title());
    asOf = change(a.asOf(), b.asOf());
    catalog = change(a.catalog(), b.catalog());
    openQuestions = change(a.openQuestions(), b.openQuestions());
    kindNames = change(a.kindNames(), b.kindNames());
    intentions = change(a.intentions(), b.intentions());
    cellNotes = change(a.cellNotes(), b.cellNotes());
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
    this.options = options;
    AnalysisReport before = AnalysisReport.of(a, options);
    AnalysisReport after = AnalysisReport.of(b, options);
    gaps = FindingChanges.between(before.gaps(), after.gaps(), Gap::cell);
    overlaps = FindingChanges.between(before.overlaps(), after.overlaps(), o -> List.of(o.cell(), o.region()));
    singlePointsOfFailure = FindingChanges.between(before.singlePointsOfFailure(), after.singlePointsOfFailure(),
        SinglePointOfFailure::cell);
    escalation = FindingChanges.between(before.escalation().routes(), after.escalation().routes(),
        r -> List.of(r.from(), r.to()));
  }

  /** What changed from {@code before} to {@code after}, the findings by the default analysis options. */
  public static MapDiff between(EcosystemMap before, EcosystemMap after) {
    return between(before, after, AnalysisOptions.defaults());
  }

  /**
   * What changed from {@code before} to {@code after}, the findings of both analysed with {@code options} (for
   * example one region's view).
   */
  public static MapDiff between(EcosystemMap before, EcosystemMap after, AnalysisOptions options) {
    return new MapDiff(requireNonNull(before, "before"), requireNonNull(after, "after"),
        requireNonNull(options, "options"));
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

  /** The names the map gives its kinds of organization, when they changed. */
  public Optional<ValueChange<ImmutableSortedMap<String, String>>> kindNames() {
    return kindNames;
  }

  /** The intentions (wants to do, would give away), when they changed; all of them before and after. */
  public Optional<ValueChange<ImmutableList<Intention>>> intentions() {
    return intentions;
  }

  /** The notes on cells, when they changed; all of them before and after. */
  public Optional<ValueChange<ImmutableList<CellNote>>> cellNotes() {
    return cellNotes;
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

  /** The options both maps were analysed with. */
  public AnalysisOptions options() {
    return options;
  }

  /** Gaps of the new map at cells that were no gap in the old one, in the new map's catalog order. */
  public ImmutableList<Gap> gapsOpened() {
    return gaps.appeared();
  }

  /** Gaps of the old map at cells that are no gap in the new one, in the old map's catalog order. */
  public ImmutableList<Gap> gapsClosed() {
    return gaps.gone();
  }

  /**
   * Every change of the gaps: opened ({@link FindingChanges#appeared()}), closed ({@link FindingChanges#gone()}),
   * and still a gap but different ({@link FindingChanges#changed()}): its kind (unverified to uncovered and back),
   * or who claims it or is disputed there.
   */
  public FindingChanges<Gap> gaps() {
    return gaps;
  }

  /** The gaps that changed kind, unverified to uncovered or back, a subset of {@code gaps().changed()}. */
  public ImmutableList<ValueChange<Gap>> gapKindChanges() {
    return gaps.changed().stream().filter(c -> c.before().kind() != c.after().kind())
        .collect(ImmutableList.toImmutableList());
  }

  /** Overlaps appearing, going, or changing who overlaps, matched by cell and region. */
  public FindingChanges<Overlap> overlaps() {
    return overlaps;
  }

  /** Single points of failure appearing, going, or changing (another organization, another status), by cell. */
  public FindingChanges<SinglePointOfFailure> singlePointsOfFailure() {
    return singlePointsOfFailure;
  }

  /**
   * The escalation routes that changed, by pair of regions: every pair is in both analyses, so only {@link
   * FindingChanges#changed()} is ever filled. See {@link #escalationNowReachable()} and {@link
   * #escalationNowUnreachable()} for the pairs whose reachability flipped.
   */
  public FindingChanges<EscalationRoute> escalation() {
    return escalation;
  }

  /** Pairs of regions that could not reach each other and now can: the new routes. */
  public ImmutableList<EscalationRoute> escalationNowReachable() {
    return escalation.changed().stream().filter(c -> !c.before().isReachable() && c.after().isReachable())
        .map(ValueChange::after).collect(ImmutableList.toImmutableList());
  }

  /** Pairs of regions that could reach each other and now cannot: the new routes, with their reason. */
  public ImmutableList<EscalationRoute> escalationNowUnreachable() {
    return escalation.changed().stream().filter(c -> c.before().isReachable() && !c.after().isReachable())
        .map(ValueChange::after).collect(ImmutableList.toImmutableList());
  }

  /** Whether any finding changed: a gap, an overlap, a single point of failure or an escalation route. */
  public boolean findingsChanged() {
    return !gaps.isEmpty() || !overlaps.isEmpty() || !singlePointsOfFailure.isEmpty() || !escalation.isEmpty();
  }

  /** Whether the two maps are equal: nothing changed, so no finding changed either. */
  public boolean isEmpty() {
    return title.isEmpty() && asOf.isEmpty() && catalog.isEmpty() && openQuestions.isEmpty() && kindNames.isEmpty()
        && intentions.isEmpty() && cellNotes.isEmpty()
        && organizationsAdded.isEmpty() && organizationsRemoved.isEmpty() && organizationsChanged.isEmpty()
        && placementsAdded.isEmpty() && placementsRemoved.isEmpty() && placementsChanged.isEmpty()
        && relationshipsAdded.isEmpty() && relationshipsRemoved.isEmpty() && relationshipsChanged.isEmpty()
        && !findingsChanged();
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
    check(conflicts, "names of kinds", kindNames, base.kindNames());
    check(conflicts, "intentions", intentions, base.intentions());
    check(conflicts, "notes on cells", cellNotes, base.cellNotes());
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
    kindNames.map(ValueChange::after).orElse(base.kindNames()).forEach(b::nameKind);
    orgs.values().forEach(b::addOrganization);
    placements.values().forEach(b::addPlacement);
    relationships.values().forEach(b::addRelationship);
    intentions.map(ValueChange::after).orElse(base.intentions()).forEach(b::addIntention);
    cellNotes.map(ValueChange::after).orElse(base.cellNotes()).forEach(b::addCellNote);
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
        && kindNames.equals(other.kindNames)
        && intentions.equals(other.intentions) && cellNotes.equals(other.cellNotes)
        && organizationsAdded.equals(other.organizationsAdded) && organizationsRemoved.equals(other.organizationsRemoved)
        && organizationsChanged.equals(other.organizationsChanged) && placementsAdded.equals(other.placementsAdded)
        && placementsRemoved.equals(other.placementsRemoved) && placementsChanged.equals(other.placementsChanged)
        && relationshipsAdded.equals(other.relationshipsAdded) && relationshipsRemoved.equals(other.relationshipsRemoved)
        && relationshipsChanged.equals(other.relationshipsChanged) && options.equals(other.options)
        && gaps.equals(other.gaps) && overlaps.equals(other.overlaps)
        && singlePointsOfFailure.equals(other.singlePointsOfFailure) && escalation.equals(other.escalation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, asOf, catalog, openQuestions, kindNames, intentions, cellNotes, organizationsAdded,
        organizationsRemoved,
        organizationsChanged, placementsAdded, placementsRemoved, placementsChanged, relationshipsAdded,
        relationshipsRemoved, relationshipsChanged, options, gaps, overlaps, singlePointsOfFailure, escalation);
  }

  @Override
  public String toString() {
    return "MapDiff[+" + placementsAdded.size() + " -" + placementsRemoved.size() + " ~" + placementsChanged.size()
        + " placements, +" + organizationsAdded.size() + " -" + organizationsRemoved.size() + " organizations, +"
        + relationshipsAdded.size() + " -" + relationshipsRemoved.size() + " relationships, "
        + gaps.appeared().size() + " gaps opened, " + gaps.gone().size() + " closed, " + gaps.changed().size()
        + " changed, " + changes(overlaps) + " overlaps, " + changes(singlePointsOfFailure)
        + " single points of failure, " + escalation.changed().size() + " escalation routes changed]";
  }

  private static String changes(FindingChanges<?> c) {
    return "+" + c.appeared().size() + " -" + c.gone().size() + " ~" + c.changed().size();
  }
}
