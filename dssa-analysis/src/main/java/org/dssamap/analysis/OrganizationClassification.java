package org.dssamap.analysis;

import static java.util.Objects.requireNonNull;

import org.dssamap.model.EvidenceSource;
import org.dssamap.model.Ids;

/**
 * What an organization says of itself, against what others confirmed or disputed: the self-classification check
 * (Warren Kumari: "often people self classify ... more of what they think they can do").
 *
 * @param organization the organization's id
 * @param deskResearch its placements from the working group's desk research, by status
 * @param selfReported its placements from its own word, by status: verified ones were confirmed by someone else
 * @param peerReported its placements from another organization's word, by status
 * @param category what the check makes of it
 */
public record OrganizationClassification(String organization, StatusCounts deskResearch, StatusCounts selfReported,
    StatusCounts peerReported, Category category) {

  /** What the check makes of an organization. */
  public enum Category {
    /**
     * It has said nothing of itself on this map: every placement comes from desk research or peers. It has not been
     * asked yet (or answered only by confirming or denying what others placed), so there is nothing to judge.
     */
    NOT_ASKED("not-asked"),
    /** What it says of itself is mostly confirmed: the unconfirmed share is at most the threshold. */
    CONFIRMED("confirmed"),
    /** Mostly nobody else has confirmed what it says of itself yet, and nobody disputes it. Flagged. */
    UNCONFIRMED("unconfirmed"),
    /** Mostly unconfirmed, and others dispute some of what it says of itself. Flagged. */
    CHALLENGED("challenged");

    private final String id;

    Category(String id) {
      this.id = id;
    }

    /** The wire form used in the analysis JSON. */
    public String id() {
      return id;
    }

    /** Whether an organization in this category is flagged: "really? we've never been aware of that". */
    public boolean flagged() {
      return this == UNCONFIRMED || this == CHALLENGED;
    }
  }

  /** Checks the parts. */
  public OrganizationClassification {
    Ids.requireSlug(requireNonNull(organization, "organization"), "organization id");
    requireNonNull(deskResearch, "deskResearch");
    requireNonNull(selfReported, "selfReported");
    requireNonNull(peerReported, "peerReported");
    requireNonNull(category, "category");
  }

  /**
   * Classifies an organization from its placements by source: {@link Category#NOT_ASKED} when it has no
   * self-reported placement; else, by the share of its self-reported placements that are claimed or disputed,
   * {@link Category#CONFIRMED} at most {@code threshold}, above it {@link Category#CHALLENGED} when any is
   * disputed and {@link Category#UNCONFIRMED} when none is.
   */
  public static OrganizationClassification of(String organization, StatusCounts deskResearch,
      StatusCounts selfReported, StatusCounts peerReported, double threshold) {
    Category category;
    if (selfReported.total() == 0) {
      category = Category.NOT_ASKED;
    } else if (selfReported.unconfirmedShare() <= threshold) {
      category = Category.CONFIRMED;
    } else {
      category = selfReported.disputed() > 0 ? Category.CHALLENGED : Category.UNCONFIRMED;
    }
    return new OrganizationClassification(organization, deskResearch, selfReported, peerReported, category);
  }

  /** Its placements from one source, by status. */
  public StatusCounts from(EvidenceSource source) {
    return switch (requireNonNull(source, "source")) {
      case DESK_RESEARCH -> deskResearch;
      case SELF_REPORTED -> selfReported;
      case PEER_REPORTED -> peerReported;
    };
  }

  /** All its placements, by status. */
  public StatusCounts all() {
    return deskResearch.plus(selfReported).plus(peerReported);
  }

  /** How many of its placements are claimed, from any source. */
  public int claimed() {
    return deskResearch.claimed() + selfReported.claimed() + peerReported.claimed();
  }

  /** How many are verified, from any source. */
  public int verified() {
    return deskResearch.verified() + selfReported.verified() + peerReported.verified();
  }

  /** How many are disputed, from any source. */
  public int disputed() {
    return deskResearch.disputed() + selfReported.disputed() + peerReported.disputed();
  }

  /** How many placements the organization has. */
  public int total() {
    return claimed() + verified() + disputed();
  }

  /**
   * The share of its self-reported placements that are claimed or disputed, 0..1: what the check compares with
   * the threshold; 0 for an organization that reported nothing of itself.
   */
  public double unconfirmedShare() {
    return selfReported.unconfirmedShare();
  }

  /** Whether the check flags it. */
  public boolean flagged() {
    return category.flagged();
  }
}
