package org.dssamap.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;
import static org.dssamap.model.Problem.atField;

import com.google.common.annotations.Beta;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who does what: a catalog of functions, the organizations, their placements in cells, and the
 * relationships between them; and, apart from what they do, what they intend ({@link #intentions()}) and the notes
 * attached to cells ({@link #cellNotes()}). Immutable and always valid; build one with {@link #builder()}, change one with
 * {@code with...} methods or {@link #toBuilder()}.
 *
 * <p>Organizations, placements and relationships are kept in a canonical order (organizations by id,
 * placements by organization then cell in catalog order, relationships by from, to and kind), so two maps
 * with the same content are equal, whatever order they were built in.
 */
public final class EcosystemMap {
  private final String title;
  private final Optional<LocalDate> asOf;
  private final FunctionCatalog catalog;
  private final ImmutableList<Organization> organizations;
  private final ImmutableList<Placement> placements;
  private final ImmutableList<Relationship> relationships;
  private final ImmutableList<String> openQuestions;
  private final ImmutableSortedMap<String, String> kindNames;
  private final ImmutableList<Intention> intentions;
  private final ImmutableList<CellNote> cellNotes;
  private final ImmutableMap<String, Organization> organizationsById;
  // Placements are sorted by organization then cell, so an organization's placements are a contiguous run (its
  // rows in the placement table, viewed in the one list) and a cell's are an array slot: two references per
  // placement in all, for maps of a million placements.
  private final ImmutableList<ImmutableList<Placement>> placementsByCellIndex;
  private final ImmutableListMultimap<String, Relationship> relationshipsByFrom;
  private final ImmutableListMultimap<String, Relationship> relationshipsByTo;
  private final PlacementTable placementTable;

  private EcosystemMap(Builder b, ImmutableList<Organization> organizations, ImmutableList<Placement> placements,
      int[] cellAndStatus, int[] firstRow, ImmutableList<Relationship> relationships,
      ImmutableList<Intention> intentions, ImmutableList<CellNote> cellNotes) {
    this.title = b.title;
    this.asOf = b.asOf;
    this.catalog = b.catalog;
    this.openQuestions = ImmutableList.copyOf(b.openQuestions);
    this.kindNames = ImmutableSortedMap.copyOf(b.kindNames);
    this.organizations = organizations;
    this.placements = placements;
    this.relationships = relationships;
    this.intentions = intentions;
    this.cellNotes = cellNotes;
    ImmutableMap.Builder<String, Organization> byId = ImmutableMap.builderWithExpectedSize(organizations.size());
    organizations.forEach(o -> byId.put(o.id(), o));
    this.organizationsById = byId.buildOrThrow();
    this.placementTable = new PlacementTable(organizations, catalog, placements, cellAndStatus, firstRow);
    this.placementsByCellIndex = byCell(placementTable);
    this.relationshipsByFrom = relationships.stream()
        .collect(ImmutableListMultimap.toImmutableListMultimap(Relationship::from, r -> r));
    this.relationshipsByTo = relationships.stream()
        .collect(ImmutableListMultimap.toImmutableListMultimap(Relationship::to, r -> r));
  }

  /**
   * The placements of each cell, from the cell position of each placement. Each cell's list is built to its
   * exact size as the rows are walked in order, so that its array becomes the list without a copy, and the
   * placements are read in the order they are stored.
   */
  private static ImmutableList<ImmutableList<Placement>> byCell(PlacementTable table) {
    int cells = table.cells().size();
    int[] counts = new int[cells];
    for (int row = 0; row < table.size(); row++) {
      counts[table.cell(row)]++;
    }
    List<ImmutableList.Builder<Placement>> builders = new ArrayList<>(cells);
    for (int count : counts) {
      builders.add(ImmutableList.builderWithExpectedSize(count));
    }
    for (int row = 0; row < table.size(); row++) {
      builders.get(table.cell(row)).add(table.placement(row));
    }
    ImmutableList.Builder<ImmutableList<Placement>> byCell = ImmutableList.builderWithExpectedSize(cells);
    for (ImmutableList.Builder<Placement> cell : builders) {
      byCell.add(cell.build());
    }
    return byCell.build();
  }

  /** The initial capacity of a hash map that holds {@code size} entries without growing. */
  private static int capacityFor(int size) {
    return (int) Math.min(Integer.MAX_VALUE, size * 4L / 3 + 1);
  }

  /** A builder for a map on the bundled {@link FunctionCatalog#dssa2012()} catalog. */
  public static Builder builder() {
    return new Builder(FunctionCatalog.dssa2012());
  }

  /** A builder for a map on {@code catalog}. */
  public static Builder builder(FunctionCatalog catalog) {
    return new Builder(catalog);
  }

  /** A builder holding everything this map holds. */
  public Builder toBuilder() {
    Builder b = head();
    organizations.forEach(b::addOrganization);
    placements.forEach(b::addPlacement);
    relationships.forEach(b::addRelationship);
    intentions.forEach(b::addIntention);
    cellNotes.forEach(b::addCellNote);
    return b;
  }

  /** The map's title. */
  public String title() {
    return title;
  }

  /** The date the map describes, if given. */
  public Optional<LocalDate> asOf() {
    return asOf;
  }

  /** The functions the map is drawn on. */
  public FunctionCatalog catalog() {
    return catalog;
  }

  /** Every organization, by id. */
  public ImmutableList<Organization> organizations() {
    return organizations;
  }

  /** The organization with the given id. */
  public Optional<Organization> organization(String id) {
    return Optional.ofNullable(organizationsById.get(id));
  }

  /**
   * The organization with the given id.
   *
   * @throws IllegalArgumentException when the map has none
   */
  public Organization requireOrganization(String id) {
    Organization o = organizationsById.get(id);
    if (o == null) {
      throw new IllegalArgumentException("the map has no organization '" + Problem.quote(id) + "'");
    }
    return o;
  }

  /** Every placement, by organization then cell. */
  public ImmutableList<Placement> placements() {
    return placements;
  }

  /**
   * The placements as columns (cell position and status per placement, the rows of each organization): what
   * analyses that visit every placement walk, without touching the placement objects.
   *
   * <p><b>Unstable</b> ({@link Beta}), like {@link PlacementTable}: for dssa-map's own analyses; may change in
   * any release.
   */
  @Beta
  public PlacementTable placementTable() {
    return placementTable;
  }

  /** The placements in one cell, by organization. */
  public ImmutableList<Placement> placementsIn(Cell cell) {
    int i = catalog.cellIndex(cell);
    return i < 0 ? ImmutableList.of() : placementsByCellIndex.get(i);
  }

  /** The placements of one organization, in cell order. */
  public ImmutableList<Placement> placementsOf(String organizationId) {
    int o = placementTable.organizationIndex(organizationId);
    return o < 0 ? ImmutableList.of() : placements.subList(placementTable.firstRow(o), placementTable.endRow(o));
  }

  /** The placement of an organization in a cell, if there is one. */
  public Optional<Placement> placement(String organizationId, Cell cell) {
    for (Placement p : placementsOf(organizationId)) {
      if (p.cell().equals(cell)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** Every relationship, by from, to and kind. */
  public ImmutableList<Relationship> relationships() {
    return relationships;
  }

  /** The relationships that start at an organization. */
  public ImmutableList<Relationship> relationshipsFrom(String organizationId) {
    return relationshipsByFrom.get(organizationId);
  }

  /** The relationships that end at an organization. */
  public ImmutableList<Relationship> relationshipsTo(String organizationId) {
    return relationshipsByTo.get(organizationId);
  }

  /** A builder with this map's catalog, title, date, open questions and names of kinds, and no elements. */
  private Builder head() {
    Builder b = new Builder(catalog).title(title);
    asOf.ifPresent(b::asOf);
    openQuestions.forEach(b::addOpenQuestion);
    kindNames.forEach(b::nameKind);
    return b;
  }

  /**
   * The names the map gives its kinds of organization, by kind ({@code "registry-backend"} to {@code "Registry
   * back-end operator"}), for legends and tables; a kind the map does not name is shown by a bundled name or its
   * id. Empty for most maps.
   */
  public ImmutableSortedMap<String, String> kindNames() {
    return kindNames;
  }

  /** Questions the map leaves open, as the working group attached them to its first try. */
  public ImmutableList<String> openQuestions() {
    return openQuestions;
  }

  /**
   * Intentions: what organizations want to do and would give away, apart from what they do today; by
   * organization then cell.
   */
  public ImmutableList<Intention> intentions() {
    return intentions;
  }

  /** The intentions of one organization, in cell order. */
  public ImmutableList<Intention> intentionsOf(String organizationId) {
    return intentions.stream().filter(i -> i.organization().equals(organizationId))
        .collect(ImmutableList.toImmutableList());
  }

  /** Notes and open questions attached to cells, in cell order (a cell's in the order of their text). */
  public ImmutableList<CellNote> cellNotes() {
    return cellNotes;
  }

  /** The notes attached to {@code cell}. */
  public ImmutableList<CellNote> notesAt(Cell cell) {
    return cellNotes.stream().filter(n -> n.cell().equals(cell)).collect(ImmutableList.toImmutableList());
  }

  /**
   * The map as it would be if every intention came true: today's placements without those an organization would
   * give away, and with what each wants to do placed as a claim it made itself (claimed, self-reported, its note
   * and date kept). A claim is not proof: the analyses count a wish as they count any claim. The picture has no
   * intentions of its own; everything else is kept.
   */
  public EcosystemMap intendedPicture() {
    if (intentions.isEmpty()) {
      return this;
    }
    Builder b = toBuilder().clearPlacements().clearIntentions();
    Set<String> givenAway = new HashSet<>();
    for (Intention i : intentions) {
      if (i.kind() == IntentionKind.WOULD_GIVE_AWAY) {
        givenAway.add(i.organization() + " " + i.cell());
      } else {
        Placement wanted = Placement.of(i.organization(), i.cell(), Status.CLAIMED, EvidenceSource.SELF_REPORTED);
        wanted = i.note().map(wanted::withNote).orElse(wanted);
        wanted = i.asOf().map(wanted::withAsOf).orElse(wanted);
        b.addPlacement(wanted);
      }
    }
    for (Placement p : placements) {
      if (!givenAway.contains(p.organization() + " " + p.cell())) {
        b.addPlacement(p);
      }
    }
    return b.build();
  }

  /**
   * This map with the placement added, or replacing the organization's placement in the same cell. An intention
   * of the organization to start doing what it now does there is fulfilled, and dropped.
   */
  public EcosystemMap withPlacement(Placement placement) {
    Builder b = toBuilderWithout(placement.organization(), placement.cell(), IntentionKind.WANTS_TO_DO);
    b.addPlacement(placement);
    return b.build();
  }

  /**
   * This map without the organization's placement in {@code cell}; the same map when there is none. An intention
   * of the organization to give that part away is fulfilled, and dropped.
   */
  public EcosystemMap withoutPlacement(String organizationId, Cell cell) {
    return placement(organizationId, cell).isEmpty() ? this
        : toBuilderWithout(organizationId, cell, IntentionKind.WOULD_GIVE_AWAY).build();
  }

  /**
   * This map with the organization's disputed placement in {@code cell} settled: verified, with a review {@code
   * settled} by whoever decided that keeps the dispute (who raised it, why, and the answer); or withdrawn, the
   * placement removed and the same record kept in a note on the cell.
   *
   * @throws IllegalArgumentException when the map does not place the organization there, or the placement is not
   *     disputed
   */
  public EcosystemMap settle(String organizationId, Cell cell, Settlement settlement) {
    requireNonNull(settlement, "settlement");
    Placement p = placement(organizationId, cell).orElseThrow(() -> new IllegalArgumentException(
        "the map does not place '" + Problem.quote(organizationId) + "' at " + cell + "; nothing to settle"));
    if (p.status() != Status.DISPUTED) {
      throw new IllegalArgumentException("the placement of '" + organizationId + "' at " + cell + " is "
          + p.status().id() + ", not disputed; nothing to settle");
    }
    String record = settlement.record(p.dispute());
    Review review = new Review(settlement.by(), settlement.on(), ReviewOutcome.SETTLED, Optional.of(record));
    if (settlement.verdict() == Settlement.Verdict.VERIFIED) {
      return withPlacement(p.withStatus(Status.VERIFIED).reviewed(review));
    }
    return withoutPlacement(organizationId, cell).withCellNote(CellNote.of(cell, "'" + organizationId
        + "' withdrawn from this cell, settled by " + settlement.by() + " on " + settlement.on() + ": " + record));
  }

  /** This map with {@code intention} added, or replacing the organization's intention about the same cell. */
  public EcosystemMap withIntention(Intention intention) {
    Builder b = toBuilder().clearIntentions();
    for (Intention i : intentions) {
      if (!(i.organization().equals(intention.organization()) && i.cell().equals(intention.cell()))) {
        b.addIntention(i);
      }
    }
    return b.addIntention(intention).build();
  }

  /** This map with a note on a cell added. */
  public EcosystemMap withCellNote(CellNote note) {
    return toBuilder().addCellNote(note).build();
  }

  /** This map under another title. */
  public EcosystemMap withTitle(String newTitle) {
    return toBuilder().title(newTitle).build();
  }

  /**
   * This map as it may be published. Left out: every {@link Confidentiality#RESTRICTED restricted} placement and
   * relationship; every restricted organization, and every organization the map knows only through restricted
   * placements (it has placements, all of them restricted); and with a left-out organization everything that
   * names it: its placements, its relationships, the disputes it filed (the placement stays disputed, without
   * saying by whom), the reviews it gave, and its intentions (an intention to give away a placement that is left
   * out goes with it). An organization without any placement stays unless it is restricted itself.
   */
  public EcosystemMap publicView() {
    Set<String> hidden = hiddenOrganizations();
    if (hidden.isEmpty() && placements.stream().allMatch(Placement::isPublic)
        && relationships.stream().allMatch(Relationship::isPublic)) {
      return this;
    }
    Builder b = head();
    organizations.stream().filter(o -> !hidden.contains(o.id())).forEach(b::addOrganization);
    for (Placement p : placements) {
      if (p.isPublic() && !hidden.contains(p.organization())) {
        boolean disputeHidden = p.dispute().isPresent() && hidden.contains(p.dispute().get().by());
        Placement shown = disputeHidden ? p.withoutDispute() : p;
        if (shown.reviews().stream().anyMatch(r -> hidden.contains(r.by()))) {
          shown = shown.withReviews(shown.reviews().stream().filter(r -> !hidden.contains(r.by())).toList());
        }
        b.addPlacement(shown);
      }
    }
    relationships.stream()
        .filter(r -> r.isPublic() && !hidden.contains(r.from()) && !hidden.contains(r.to()))
        .forEach(b::addRelationship);
    // An intention to give away a placement the public view leaves out goes with it.
    Set<String> kept = new HashSet<>();
    b.placements.values().forEach(p -> kept.add(p.organization() + " " + p.cell()));
    intentions.stream()
        .filter(i -> !hidden.contains(i.organization()) && (i.kind() == IntentionKind.WANTS_TO_DO
            || kept.contains(i.organization() + " " + i.cell())))
        .forEach(b::addIntention);
    cellNotes.forEach(b::addCellNote);
    return b.build();
  }

  /** What {@link #publicView()} leaves out, counted. */
  public Restricted restricted() {
    Set<String> hidden = hiddenOrganizations();
    int placementCount = (int) placements.stream()
        .filter(p -> !p.isPublic() || hidden.contains(p.organization())).count();
    int relationshipCount = (int) relationships.stream()
        .filter(r -> !r.isPublic() || hidden.contains(r.from()) || hidden.contains(r.to())).count();
    return new Restricted(hidden.size(), placementCount, relationshipCount);
  }

  /**
   * How much of a map its public view leaves out.
   *
   * @param organizations organizations left out: restricted ones, and those known only through restricted placements
   * @param placements placements left out: restricted ones, and those of organizations left out
   * @param relationships relationships left out: restricted ones, and those naming an organization left out
   */
  public record Restricted(int organizations, int placements, int relationships) {
    /** Whether nothing is left out. */
    public boolean none() {
      return organizations == 0 && placements == 0 && relationships == 0;
    }
  }

  /** The ids of the organizations the public view leaves out. */
  private Set<String> hiddenOrganizations() {
    Set<String> hidden = new HashSet<>();
    for (Organization o : organizations) {
      if (!o.isPublic()) {
        hidden.add(o.id());
      }
    }
    PlacementTable table = placementTable;
    for (int o = 0; o < organizations.size(); o++) {
      int first = table.firstRow(o);
      int end = table.endRow(o);
      if (first == end) {
        continue;
      }
      boolean allRestricted = true;
      for (int row = first; row < end && allRestricted; row++) {
        allRestricted = !table.placement(row).isPublic();
      }
      if (allRestricted) {
        hidden.add(organizations.get(o).id());
      }
    }
    return hidden;
  }

  /** How many placements are restricted. */
  public int restrictedPlacementCount() {
    return (int) placements.stream().filter(p -> !p.isPublic()).count();
  }

  private Builder toBuilderWithout(String organizationId, Cell cell, IntentionKind fulfilled) {
    Builder b = toBuilder().clearPlacements().clearIntentions();
    for (Placement p : placements) {
      if (!(p.organization().equals(organizationId) && p.cell().equals(cell))) {
        b.addPlacement(p);
      }
    }
    for (Intention i : intentions) {
      if (!(i.organization().equals(organizationId) && i.cell().equals(cell) && i.kind() == fulfilled)) {
        b.addIntention(i);
      }
    }
    return b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EcosystemMap other
        && title.equals(other.title)
        && asOf.equals(other.asOf)
        && catalog.equals(other.catalog)
        && openQuestions.equals(other.openQuestions)
        && kindNames.equals(other.kindNames)
        && organizations.equals(other.organizations)
        && placements.equals(other.placements)
        && relationships.equals(other.relationships)
        && intentions.equals(other.intentions)
        && cellNotes.equals(other.cellNotes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, asOf, catalog, openQuestions, kindNames, organizations, placements, relationships,
        intentions, cellNotes);
  }

  @Override
  public String toString() {
    return "EcosystemMap[" + title + ", catalog " + catalog.id() + ", " + organizations.size() + " organizations, "
        + placements.size() + " placements, " + relationships.size() + " relationships"
        + (intentions.isEmpty() ? "" : ", " + intentions.size() + " intentions")
        + (cellNotes.isEmpty() ? "" : ", " + cellNotes.size() + " notes on cells") + "]";
  }

  /**
   * Gathers the parts of a map and checks them together. {@link #build()} reports every problem at once:
   * duplicate ids, placements and relationships that name organizations or functions the map does not have,
   * duplicate placements, relationships of an organization to itself.
   *
   * <p>Each element may carry the location it was read from (a JSON path or a line number), so that a
   * reader's problems point into its file; elements added without one are located by their position.
   */
  public static final class Builder {
    private final FunctionCatalog catalog;
    private String title = "";
    private Optional<LocalDate> asOf = Optional.empty();
    private final List<String> openQuestions = new ArrayList<>();
    private final Map<String, String> kindNames = new TreeMap<>();
    private final Located<Organization> organizations = new Located<>();
    private final Located<Placement> placements = new Located<>();
    private final Located<Relationship> relationships = new Located<>();
    private final Located<Intention> intentions = new Located<>();
    private final Located<CellNote> cellNotes = new Located<>();

    private Builder(FunctionCatalog catalog) {
      this.catalog = requireNonNull(catalog, "catalog");
    }

    /** Sets the title. */
    public Builder title(String newTitle) {
      this.title = requireNonNull(newTitle, "title");
      return this;
    }

    /** Sets the date the map describes. */
    public Builder asOf(LocalDate date) {
      this.asOf = Optional.of(date);
      return this;
    }

    /**
     * Names a kind of organization for people ({@code "registry-backend"}, {@code "Registry back-end operator"});
     * naming a kind again replaces the name.
     *
     * @throws IllegalArgumentException when the kind is not a slug or the name is blank
     */
    public Builder nameKind(String kind, String name) {
      Ids.requireSlug(requireNonNull(kind, "kind"), "kind");
      checkArgument(!requireNonNull(name, "name").isBlank(), "the name of kind '%s' is blank", kind);
      kindNames.put(kind, name);
      return this;
    }

    /** Adds an open question. */
    public Builder addOpenQuestion(String question) {
      openQuestions.add(requireNonNull(question, "question"));
      return this;
    }

    /** Adds an organization. */
    public Builder addOrganization(Organization organization) {
      organizations.add(requireNonNull(organization, "organization"), null);
      return this;
    }

    /** Adds an organization read from {@code location}. */
    public Builder addOrganization(Organization organization, String location) {
      organizations.add(requireNonNull(organization, "organization"), location);
      return this;
    }

    /** Adds a placement. */
    public Builder addPlacement(Placement placement) {
      placements.add(requireNonNull(placement, "placement"), null);
      return this;
    }

    /** Adds a placement read from {@code location}. */
    public Builder addPlacement(Placement placement, String location) {
      placements.add(requireNonNull(placement, "placement"), location);
      return this;
    }

    /** Adds a relationship. */
    public Builder addRelationship(Relationship relationship) {
      relationships.add(requireNonNull(relationship, "relationship"), null);
      return this;
    }

    /** Adds a relationship read from {@code location}. */
    public Builder addRelationship(Relationship relationship, String location) {
      relationships.add(requireNonNull(relationship, "relationship"), location);
      return this;
    }

    /** Adds an intention. */
    public Builder addIntention(Intention intention) {
      intentions.add(requireNonNull(intention, "intention"), null);
      return this;
    }

    /** Adds an intention read from {@code location}. */
    public Builder addIntention(Intention intention, String location) {
      intentions.add(requireNonNull(intention, "intention"), location);
      return this;
    }

    /** Adds a note on a cell. */
    public Builder addCellNote(CellNote note) {
      cellNotes.add(requireNonNull(note, "note"), null);
      return this;
    }

    /** Adds a note on a cell read from {@code location}. */
    public Builder addCellNote(CellNote note, String location) {
      cellNotes.add(requireNonNull(note, "note"), location);
      return this;
    }

    /** Removes every intention added so far. */
    public Builder clearIntentions() {
      intentions.clear();
      return this;
    }

    /** Removes every placement added so far. */
    public Builder clearPlacements() {
      placements.clear();
      return this;
    }

    /**
     * Checks everything and builds the map.
     *
     * @throws InvalidMapException listing every problem found
     */
    public EcosystemMap build() {
      List<Problem> problems = new ArrayList<>();
      Map<String, Integer> orgs = new HashMap<>(capacityFor(organizations.size()));
      // Kept in input order, so that input already sorted by id, as a canonical file's is, sorts in one pass.
      List<Organization> uniqueOrgs = new ArrayList<>();
      for (int i = 0; i < organizations.size(); i++) {
        Organization o = organizations.get(i);
        Integer first = orgs.putIfAbsent(o.id(), i);
        if (first == null) {
          uniqueOrgs.add(o);
        } else {
          String what = organizations.get(first).equals(o)
              ? "duplicate organization id '" : "contradictory data for organization '";
          problems.add(atField(organizations.where("organizations", i), "id",
              what + o.id() + "' (first at " + organizations.where("organizations", first) + ")"));
        }
      }
      boolean sorted = true;
      for (int i = 1; sorted && i < uniqueOrgs.size(); i++) {
        sorted = uniqueOrgs.get(i - 1).id().compareTo(uniqueOrgs.get(i).id()) < 0;
      }
      if (!sorted) {
        uniqueOrgs.sort(Comparator.comparing(Organization::id));
      }
      ImmutableList<Organization> sortedOrgs = ImmutableList.copyOf(uniqueOrgs);
      Map<String, Integer> rankById;
      if (sorted && uniqueOrgs.size() == organizations.size()) {
        // Input sorted by id without a duplicate, as a canonical file's is: each one's rank is its input position.
        rankById = orgs;
      } else {
        rankById = new HashMap<>(capacityFor(sortedOrgs.size()));
        for (int r = 0; r < sortedOrgs.size(); r++) {
          rankById.put(sortedOrgs.get(r).id(), r);
        }
      }
      PlacementOrder.Sorted sortedPlacements = PlacementOrder.checkAndSort(catalog, placements, sortedOrgs, rankById,
          problems);
      Map<String, String> seenRelationships = new HashMap<>();
      for (int i = 0; i < relationships.size(); i++) {
        String where = relationships.where("relationships", i);
        Relationship r = relationships.get(i);
        if (!orgs.containsKey(r.from())) {
          problems.add(atField(where, "from",
              "relationship starts at organization '" + r.from() + "', which the map does not have; expected the id "
                  + "of one of its organizations"));
        }
        if (!orgs.containsKey(r.to())) {
          problems.add(atField(where, "to",
              "relationship ends at organization '" + r.to() + "', which the map does not have; expected the id "
                  + "of one of its organizations"));
        }
        if (r.from().equals(r.to())) {
          problems.add(atField(where, "", "relationship of '" + r.from() + "' to itself"));
        }
        for (String f : r.functions()) {
          if (!catalog.contains(f)) {
            problems.add(atField(where, "functions",
                "function '" + f + "' is not in catalog " + catalog.id()));
          }
        }
        String first = seenRelationships.putIfAbsent(r.key(), where);
        if (first != null) {
          problems.add(atField(where, "", "duplicate relationship '" + r.key() + "' (first at " + first + ")"));
        }
      }
      contradictions(problems);
      ImmutableList<Intention> sortedIntentions = checkIntentions(orgs.keySet(), sortedPlacements.placements(),
          rankById, problems);
      ImmutableList<CellNote> sortedNotes = checkCellNotes(problems);
      if (!problems.isEmpty()) {
        throw new InvalidMapException("", problems);
      }
      ImmutableList<Relationship> sortedRelationships = relationships.values().stream()
          .sorted(Comparator.comparing(Relationship::from).thenComparing(Relationship::to)
              .thenComparing(Relationship::kind))
          .collect(ImmutableList.toImmutableList());
      return new EcosystemMap(this, sortedOrgs, sortedPlacements.placements(), sortedPlacements.cellAndStatus(),
          sortedPlacements.firstRow(), sortedRelationships, sortedIntentions, sortedNotes);
    }

    /**
     * Checks the intentions: each names an organization of the map and a function of the catalog; an organization
     * would give away only what the map places it in, wants to do only what it does not do there today, and says
     * one thing about a cell. Sorted by organization then cell.
     */
    private ImmutableList<Intention> checkIntentions(Set<String> orgs, List<Placement> sorted,
        Map<String, Integer> rankById, List<Problem> problems) {
      if (intentions.size() == 0) {
        return ImmutableList.of();
      }
      Set<String> placed = new HashSet<>();
      sorted.forEach(p -> placed.add(p.organization() + " " + p.cell()));
      Map<String, String> seen = new HashMap<>();
      List<Intention> valid = new ArrayList<>();
      for (int i = 0; i < intentions.size(); i++) {
        String where = intentions.where("intentions", i);
        Intention in = intentions.get(i);
        boolean ok = true;
        if (!orgs.contains(in.organization())) {
          problems.add(atField(where, "organization", "intention names organization '" + in.organization()
              + "', which the map does not have; expected the id of one of its organizations"));
          ok = false;
        }
        if (!catalog.contains(in.cell())) {
          problems.add(atField(where, "function", "function '" + in.cell().function() + "' is not in catalog "
              + catalog.id()));
          ok = false;
        }
        if (!ok) {
          continue;
        }
        String key = in.organization() + " " + in.cell();
        boolean isPlaced = placed.contains(key);
        if (in.kind() == IntentionKind.WOULD_GIVE_AWAY && !isPlaced) {
          problems.add(atField(where, "kind", "'" + in.organization() + "' would give away " + in.cell()
              + ", where the map does not place it; expected a part it plays today"));
        } else if (in.kind() == IntentionKind.WANTS_TO_DO && isPlaced) {
          problems.add(atField(where, "kind", "'" + in.organization() + "' wants to do " + in.cell()
              + ", where the map places it already; expected a part it does not play today"));
        }
        String first = seen.putIfAbsent(key, where);
        if (first != null) {
          problems.add(atField(where, "", "a second intention of '" + in.organization() + "' about " + in.cell()
              + " (first at " + first + "); expected one per organization and cell"));
        }
        valid.add(in);
      }
      valid.sort(Comparator.<Intention>comparingInt(in -> rankById.getOrDefault(in.organization(), -1))
          .thenComparingInt(in -> catalog.cellIndex(in.cell())));
      return ImmutableList.copyOf(valid);
    }

    /** Checks that each note is on a cell of the catalog; sorted by cell, then text. */
    private ImmutableList<CellNote> checkCellNotes(List<Problem> problems) {
      List<CellNote> valid = new ArrayList<>();
      for (int i = 0; i < cellNotes.size(); i++) {
        CellNote n = cellNotes.get(i);
        if (!catalog.contains(n.cell())) {
          problems.add(atField(cellNotes.where("cellNotes", i), "function", "function '" + n.cell().function()
              + "' is not in catalog " + catalog.id()));
        } else {
          valid.add(n);
        }
      }
      valid.sort(Comparator.<CellNote>comparingInt(n -> catalog.cellIndex(n.cell()))
          .thenComparing(CellNote::text));
      return ImmutableList.copyOf(valid);
    }

    /**
     * A pair that {@code distrusts} and {@code shares-with} about a common function, in either direction, says two
     * things that cannot both hold ("the two do not share, whatever else holds"): a problem at the later of the
     * two relationships.
     */
    private void contradictions(List<Problem> problems) {
      Map<String, List<Integer>> distrustByPair = new HashMap<>();
      for (int i = 0; i < relationships.size(); i++) {
        Relationship r = relationships.get(i);
        if (r.kind() == RelationshipKind.DISTRUSTS) {
          distrustByPair.computeIfAbsent(pair(r), k -> new ArrayList<>()).add(i);
        }
      }
      if (distrustByPair.isEmpty()) {
        return;
      }
      for (int i = 0; i < relationships.size(); i++) {
        Relationship sharing = relationships.get(i);
        if (sharing.kind() != RelationshipKind.SHARES_WITH) {
          continue;
        }
        for (int j : distrustByPair.getOrDefault(pair(sharing), List.of())) {
          Relationship distrust = relationships.get(j);
          if (overlap(sharing, distrust)) {
            int later = Math.max(i, j);
            int earlier = Math.min(i, j);
            problems.add(atField(relationships.where("relationships", later), "",
                "relationship '" + relationships.get(later).key() + "' contradicts '"
                    + relationships.get(earlier).key() + "' (at " + relationships.where("relationships", earlier)
                    + "): organizations that distrust each other do not share; expected one or the other"));
          }
        }
      }
    }

    /** The two organizations of a relationship, in either direction. */
    private static String pair(Relationship r) {
      return r.from().compareTo(r.to()) < 0 ? r.from() + " " + r.to() : r.to() + " " + r.from();
    }

    /** Whether two relationships are about a common function; no functions means every function. */
    private static boolean overlap(Relationship a, Relationship b) {
      return a.functions().isEmpty() || b.functions().isEmpty()
          || a.functions().stream().anyMatch(b.functions()::contains);
    }

  }
}
