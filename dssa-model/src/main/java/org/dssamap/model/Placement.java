package org.dssamap.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The statement that an organization does a function, in a dimension, at a layer: a dot on the wheel, a
 * name in a table cell.
 *
 * @param organization the id of the organization
 * @param cell where it is placed
 * @param status claimed, verified or disputed
 * @param source where the statement comes from
 * @param note free text, for example what was said on a call
 * @param asOf when the statement was true
 * @param confidentiality restricted placements never leave in a public export
 * @param dispute who challenged it and why; present only when the status is {@link Status#DISPUTED}
 * @param reviews who confirmed, corrected, disputed or settled it, and when, oldest first; empty when nobody has
 *     reviewed it yet
 */
public record Placement(
    String organization,
    Cell cell,
    Status status,
    EvidenceSource source,
    Optional<String> note,
    Optional<LocalDate> asOf,
    Confidentiality confidentiality,
    Optional<Dispute> dispute,
    ImmutableList<Review> reviews) {

  /** Checks the parts. */
  public Placement {
    Ids.requireSlug(requireNonNull(organization, "organization"), "organization id");
    requireNonNull(cell, "cell");
    requireNonNull(status, "status");
    requireNonNull(source, "source");
    requireNonNull(note, "note");
    requireNonNull(asOf, "asOf");
    requireNonNull(confidentiality, "confidentiality");
    requireNonNull(dispute, "dispute");
    checkArgument(dispute.isEmpty() || status == Status.DISPUTED,
        "placement of %s at %s carries a dispute but its status is %s, not disputed", organization, cell, status.id());
    reviews = ImmutableList.copyOf(requireNonNull(reviews, "reviews"));
  }

  /** A placement nobody has reviewed yet; the canonical constructor before reviews were kept. */
  public Placement(String organization, Cell cell, Status status, EvidenceSource source, Optional<String> note,
      Optional<LocalDate> asOf, Confidentiality confidentiality, Optional<Dispute> dispute) {
    this(organization, cell, status, source, note, asOf, confidentiality, dispute, ImmutableList.of());
  }

  /** A public placement with no note, date or dispute. */
  public static Placement of(String organization, Cell cell, Status status, EvidenceSource source) {
    return new Placement(organization, cell, status, source, Optional.empty(), Optional.empty(),
        Confidentiality.PUBLIC, Optional.empty());
  }

  /** A claim found by desk research, the first step of the working group's method. */
  public static Placement claimed(String organization, Cell cell) {
    return of(organization, cell, Status.CLAIMED, EvidenceSource.DESK_RESEARCH);
  }

  /** A confirmed placement. */
  public static Placement verified(String organization, Cell cell, EvidenceSource source) {
    return of(organization, cell, Status.VERIFIED, source);
  }

  /** This placement challenged by {@code dispute}. */
  public Placement disputed(Dispute newDispute) {
    return new Placement(organization, cell, Status.DISPUTED, source, note, asOf, confidentiality,
        Optional.of(newDispute), reviews);
  }

  /** This placement without the record of who disputed it and why; the status stays as it is. */
  public Placement withoutDispute() {
    return new Placement(organization, cell, status, source, note, asOf, confidentiality, Optional.empty(), reviews);
  }

  /** This placement with another status; a dispute is dropped unless the new status is disputed. */
  public Placement withStatus(Status newStatus) {
    return new Placement(organization, cell, newStatus, source, note, asOf, confidentiality,
        newStatus == Status.DISPUTED ? dispute : Optional.empty(), reviews);
  }

  /** This placement with another source. */
  public Placement withSource(EvidenceSource newSource) {
    return new Placement(organization, cell, status, newSource, note, asOf, confidentiality, dispute, reviews);
  }

  /** This placement with a note. */
  public Placement withNote(String newNote) {
    return new Placement(organization, cell, status, source, Optional.of(newNote), asOf, confidentiality, dispute,
        reviews);
  }

  /** This placement with a date. */
  public Placement withAsOf(LocalDate date) {
    return new Placement(organization, cell, status, source, note, Optional.of(date), confidentiality, dispute,
        reviews);
  }

  /** This placement with another confidentiality. */
  public Placement withConfidentiality(Confidentiality newConfidentiality) {
    return new Placement(organization, cell, status, source, note, asOf, newConfidentiality, dispute, reviews);
  }

  /**
   * This placement naming its organization by {@code sameOrganization} (an equal id: the map's own string) in
   * {@code newCell}, everything else kept; how a map shares one id string and one cell between its placements.
   */
  Placement withOrganizationAndCell(String sameOrganization, Cell newCell) {
    return new Placement(sameOrganization, newCell, status, source, note, asOf, confidentiality, dispute, reviews);
  }

  /** This placement moved to another cell, everything else kept. */
  public Placement withCell(Cell newCell) {
    return new Placement(organization, newCell, status, source, note, asOf, confidentiality, dispute, reviews);
  }

  /** This placement with {@code review} after its earlier reviews. */
  public Placement reviewed(Review review) {
    requireNonNull(review, "review");
    return new Placement(organization, cell, status, source, note, asOf, confidentiality, dispute,
        ImmutableList.<Review>builderWithExpectedSize(reviews.size() + 1).addAll(reviews).add(review).build());
  }

  /** This placement with {@code newReviews} in place of its reviews, oldest first. */
  public Placement withReviews(java.util.List<Review> newReviews) {
    return new Placement(organization, cell, status, source, note, asOf, confidentiality, dispute,
        ImmutableList.copyOf(newReviews));
  }

  /** The newest review, if anybody has reviewed the placement. */
  public Optional<Review> latestReview() {
    return reviews.isEmpty() ? Optional.empty() : Optional.of(reviews.get(reviews.size() - 1));
  }

  /** Whether the placement is {@link Status#VERIFIED}: the only status the analysis takes as proof. */
  public boolean isVerified() {
    return status == Status.VERIFIED;
  }

  /** Whether the placement may appear in a public export. */
  public boolean isPublic() {
    return confidentiality == Confidentiality.PUBLIC;
  }
}
