package org.dssamap.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who does what: a catalog of functions, the organizations, their placements in cells, and the
 * relationships between them. Immutable and always valid; build one with {@link #builder()}, change one with
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
  private final ImmutableMap<String, Organization> organizationsById;
  private final ImmutableListMultimap<Cell, Placement> placementsByCell;
  private final ImmutableListMultimap<String, Placement> placementsByOrganization;
  private final ImmutableListMultimap<String, Relationship> relationshipsByFrom;
  private final ImmutableListMultimap<String, Relationship> relationshipsByTo;

  private EcosystemMap(Builder b, ImmutableList<Organization> organizations, ImmutableList<Placement> placements,
      ImmutableList<Relationship> relationships) {
    this.title = b.title;
    this.asOf = b.asOf;
    this.catalog = b.catalog;
    this.openQuestions = ImmutableList.copyOf(b.openQuestions);
    this.organizations = organizations;
    this.placements = placements;
    this.relationships = relationships;
    this.organizationsById = organizations.stream()
        .collect(ImmutableMap.toImmutableMap(Organization::id, o -> o));
    this.placementsByCell = placements.stream()
        .collect(ImmutableListMultimap.toImmutableListMultimap(Placement::cell, p -> p));
    this.placementsByOrganization = placements.stream()
        .collect(ImmutableListMultimap.toImmutableListMultimap(Placement::organization, p -> p));
    this.relationshipsByFrom = relationships.stream()
        .collect(ImmutableListMultimap.toImmutableListMultimap(Relationship::from, r -> r));
    this.relationshipsByTo = relationships.stream()
        .collect(ImmutableListMultimap.toImmutableListMultimap(Relationship::to, r -> r));
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
    Builder b = new Builder(catalog).title(title);
    asOf.ifPresent(b::asOf);
    openQuestions.forEach(b::addOpenQuestion);
    organizations.forEach(b::addOrganization);
    placements.forEach(b::addPlacement);
    relationships.forEach(b::addRelationship);
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

  /** The placements in one cell, by organization. */
  public ImmutableList<Placement> placementsIn(Cell cell) {
    return placementsByCell.get(cell);
  }

  /** The placements of one organization, in cell order. */
  public ImmutableList<Placement> placementsOf(String organizationId) {
    return placementsByOrganization.get(organizationId);
  }

  /** The placement of an organization in a cell, if there is one. */
  public Optional<Placement> placement(String organizationId, Cell cell) {
    for (Placement p : placementsByOrganization.get(organizationId)) {
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

  /** Questions the map leaves open, as the working group attached them to its first try. */
  public ImmutableList<String> openQuestions() {
    return openQuestions;
  }

  /** This map with the placement added, or replacing the organization's placement in the same cell. */
  public EcosystemMap withPlacement(Placement placement) {
    Builder b = toBuilderWithout(placement.organization(), placement.cell());
    b.addPlacement(placement);
    return b.build();
  }

  /** This map without the organization's placement in {@code cell}; the same map when there is none. */
  public EcosystemMap withoutPlacement(String organizationId, Cell cell) {
    return placement(organizationId, cell).isEmpty() ? this : toBuilderWithout(organizationId, cell).build();
  }

  /** This map under another title. */
  public EcosystemMap withTitle(String newTitle) {
    return toBuilder().title(newTitle).build();
  }

  /**
   * This map as it may be published: every {@link Confidentiality#RESTRICTED} placement left out.
   * Organizations and relationships stay.
   */
  public EcosystemMap publicView() {
    if (placements.stream().allMatch(Placement::isPublic)) {
      return this;
    }
    Builder b = toBuilder().clearPlacements();
    placements.stream().filter(Placement::isPublic).forEach(b::addPlacement);
    return b.build();
  }

  /** How many placements are restricted. */
  public int restrictedPlacementCount() {
    return (int) placements.stream().filter(p -> !p.isPublic()).count();
  }

  private Builder toBuilderWithout(String organizationId, Cell cell) {
    Builder b = toBuilder().clearPlacements();
    for (Placement p : placements) {
      if (!(p.organization().equals(organizationId) && p.cell().equals(cell))) {
        b.addPlacement(p);
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
        && organizations.equals(other.organizations)
        && placements.equals(other.placements)
        && relationships.equals(other.relationships);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, asOf, catalog, openQuestions, organizations, placements, relationships);
  }

  @Override
  public String toString() {
    return "EcosystemMap[" + title + ", catalog " + catalog.id() + ", " + organizations.size() + " organizations, "
        + placements.size() + " placements, " + relationships.size() + " relationships]";
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
    private final List<Located<Organization>> organizations = new ArrayList<>();
    private final List<Located<Placement>> placements = new ArrayList<>();
    private final List<Located<Relationship>> relationships = new ArrayList<>();

    private record Located<T>(T value, String location) {}

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

    /** Adds an open question. */
    public Builder addOpenQuestion(String question) {
      openQuestions.add(requireNonNull(question, "question"));
      return this;
    }

    /** Adds an organization. */
    public Builder addOrganization(Organization organization) {
      return addOrganization(organization, "$.organizations[" + organizations.size() + "]");
    }

    /** Adds an organization read from {@code location}. */
    public Builder addOrganization(Organization organization, String location) {
      organizations.add(new Located<>(requireNonNull(organization, "organization"), location));
      return this;
    }

    /** Adds a placement. */
    public Builder addPlacement(Placement placement) {
      return addPlacement(placement, "$.placements[" + placements.size() + "]");
    }

    /** Adds a placement read from {@code location}. */
    public Builder addPlacement(Placement placement, String location) {
      placements.add(new Located<>(requireNonNull(placement, "placement"), location));
      return this;
    }

    /** Adds a relationship. */
    public Builder addRelationship(Relationship relationship) {
      return addRelationship(relationship, "$.relationships[" + relationships.size() + "]");
    }

    /** Adds a relationship read from {@code location}. */
    public Builder addRelationship(Relationship relationship, String location) {
      relationships.add(new Located<>(requireNonNull(relationship, "relationship"), location));
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
      Map<String, Located<Organization>> orgs = new HashMap<>();
      for (Located<Organization> o : organizations) {
        Located<Organization> first = orgs.putIfAbsent(o.value().id(), o);
        if (first != null) {
          String what = first.value().equals(o.value()) ? "duplicate organization id '" : "contradictory data for organization '";
          problems.add(at(o.location(), "id", what + o.value().id() + "' (first at " + first.location() + ")"));
        }
      }
      Map<String, String> seenPlacements = new HashMap<>();
      for (Located<Placement> lp : placements) {
        Placement p = lp.value();
        if (!orgs.containsKey(p.organization())) {
          problems.add(at(lp.location(), "organization",
              "placement names organization '" + p.organization() + "', which the map does not have"));
        }
        if (!catalog.contains(p.cell())) {
          problems.add(at(lp.location(), "function",
              "function '" + p.cell().function() + "' is not in catalog " + catalog.id() + " (expected one of "
                  + String.join(", ", catalog.functions().stream().map(SecurityFunction::id).toList()) + ")"));
        }
        String key = p.organization() + " " + p.cell();
        String first = seenPlacements.putIfAbsent(key, lp.location());
        if (first != null) {
          problems.add(at(lp.location(), "",
              "duplicate placement of '" + p.organization() + "' at " + p.cell() + " (first at " + first + ")"));
        }
      }
      Map<String, String> seenRelationships = new HashMap<>();
      for (Located<Relationship> lr : relationships) {
        Relationship r = lr.value();
        if (!orgs.containsKey(r.from())) {
          problems.add(at(lr.location(), "from",
              "relationship starts at organization '" + r.from() + "', which the map does not have"));
        }
        if (!orgs.containsKey(r.to())) {
          problems.add(at(lr.location(), "to",
              "relationship ends at organization '" + r.to() + "', which the map does not have"));
        }
        if (r.from().equals(r.to())) {
          problems.add(at(lr.location(), "", "relationship of '" + r.from() + "' to itself"));
        }
        for (String f : r.functions()) {
          if (!catalog.contains(f)) {
            problems.add(at(lr.location(), "functions",
                "function '" + f + "' is not in catalog " + catalog.id()));
          }
        }
        String first = seenRelationships.putIfAbsent(r.key(), lr.location());
        if (first != null) {
          problems.add(at(lr.location(), "", "duplicate relationship '" + r.key() + "' (first at " + first + ")"));
        }
      }
      if (!problems.isEmpty()) {
        throw new InvalidMapException("", problems);
      }
      Comparator<Cell> cellOrder = catalog.cellOrder();
      ImmutableList<Organization> sortedOrgs = organizations.stream().map(Located::value)
          .sorted(Comparator.comparing(Organization::id)).collect(ImmutableList.toImmutableList());
      ImmutableList<Placement> sortedPlacements = placements.stream().map(Located::value)
          .sorted(Comparator.comparing(Placement::organization).thenComparing(Placement::cell, cellOrder))
          .collect(ImmutableList.toImmutableList());
      ImmutableList<Relationship> sortedRelationships = relationships.stream().map(Located::value)
          .sorted(Comparator.comparing(Relationship::from).thenComparing(Relationship::to)
              .thenComparing(Relationship::kind))
          .collect(ImmutableList.toImmutableList());
      return new EcosystemMap(this, sortedOrgs, sortedPlacements, sortedRelationships);
    }

    private static Problem at(String location, String field, String message) {
      if (location.startsWith("$")) {
        return Problem.at(field.isEmpty() ? location : location + "." + field, message);
      }
      return Problem.at(location, field.isEmpty() ? message : message + " (column " + field + ")");
    }
  }
}
