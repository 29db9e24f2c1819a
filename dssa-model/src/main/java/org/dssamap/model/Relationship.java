package org.dssamap.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Collection;
import java.util.Optional;

/**
 * A directed link between two organizations: a registry outsourcing to its back-end operator, a ccTLD member
 * of CENTR, a CERT an incident escalates to, two parties that do not trust each other.
 *
 * @param from the id of the first organization (the client, the member, the one that shares or escalates)
 * @param to the id of the second organization
 * @param kind what the link is
 * @param functions the function ids the link is about; empty means every function
 * @param note free text
 * @param confidentiality whether the relationship may be published (a contract may be confidential)
 */
public record Relationship(String from, String to, RelationshipKind kind, ImmutableSortedSet<String> functions,
    Optional<String> note, Confidentiality confidentiality) {

  /** Checks the parts; {@code functions} is kept sorted so that equal relationships are equal. */
  public Relationship {
    Ids.requireSlug(requireNonNull(from, "from"), "organization id");
    Ids.requireSlug(requireNonNull(to, "to"), "organization id");
    requireNonNull(kind, "kind");
    functions = ImmutableSortedSet.copyOf(requireNonNull(functions, "functions"));
    functions.forEach(f -> Ids.requireSlug(f, "function id"));
    requireNonNull(note, "note");
    requireNonNull(confidentiality, "confidentiality");
  }

  /**
   * A public relationship: the form from before confidentiality was added to relationships, kept so that code
   * written against it still compiles.
   */
  public Relationship(
      String from, String to, RelationshipKind kind, ImmutableSortedSet<String> functions, Optional<String> note) {
    this(from, to, kind, functions, note, Confidentiality.PUBLIC);
  }

  /** A relationship about every function. */
  public static Relationship of(String from, String to, RelationshipKind kind) {
    return new Relationship(from, to, kind, ImmutableSortedSet.of(), Optional.empty());
  }

  /** A relationship about the given functions. */
  public static Relationship of(String from, String to, RelationshipKind kind, Collection<String> functions) {
    return new Relationship(from, to, kind, ImmutableSortedSet.copyOf(functions), Optional.empty());
  }

  /** This relationship with a note. */
  public Relationship withNote(String newNote) {
    return new Relationship(from, to, kind, functions, Optional.of(newNote), confidentiality);
  }

  /** This relationship about other functions (empty: every function), everything else kept. */
  public Relationship withFunctions(Collection<String> newFunctions) {
    return new Relationship(from, to, kind, ImmutableSortedSet.copyOf(newFunctions), note, confidentiality);
  }

  /** This relationship with another confidentiality. */
  public Relationship withConfidentiality(Confidentiality newConfidentiality) {
    return new Relationship(from, to, kind, functions, note, newConfidentiality);
  }

  /** Whether the relationship may be published. */
  public boolean isPublic() {
    return confidentiality == Confidentiality.PUBLIC;
  }

  /** Whether the relationship covers {@code functionId} (an empty function list covers them all). */
  public boolean covers(String functionId) {
    return functions.isEmpty() || functions.contains(functionId);
  }

  /** The identity of a relationship in a map: at most one per (from, to, kind). */
  public String key() {
    return from + " " + kind.id() + " " + to;
  }
}
