package org.dssamap.analysis.diff;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.dssamap.model.Placement;
import org.dssamap.model.Review;

/**
 * A placement that is in both maps, same organization and cell, with other fields changed.
 *
 * @param before the placement in the old map
 * @param after the placement in the new map
 */
public record PlacementChange(Placement before, Placement after) {
  /** Checks that the two are the same placement, changed. */
  public PlacementChange {
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    checkArgument(before.organization().equals(after.organization()) && before.cell().equals(after.cell()),
        "%s at %s and %s at %s are not the same placement", before.organization(), before.cell(),
        after.organization(), after.cell());
    checkArgument(!before.equals(after), "placement of %s at %s did not change", before.organization(), before.cell());
  }

  /** The names of the fields that changed, in the order of the file format. */
  public ImmutableList<String> changedFields() {
    ImmutableList.Builder<String> fields = ImmutableList.builder();
    if (before.status() != after.status()) {
      fields.add("status");
    }
    if (before.source() != after.source()) {
      fields.add("source");
    }
    if (!before.note().equals(after.note())) {
      fields.add("note");
    }
    if (!before.asOf().equals(after.asOf())) {
      fields.add("asOf");
    }
    if (before.confidentiality() != after.confidentiality()) {
      fields.add("confidentiality");
    }
    if (!before.dispute().equals(after.dispute())) {
      fields.add("dispute");
    }
    if (!before.reviews().equals(after.reviews())) {
      fields.add("reviews");
    }
    return fields.build();
  }

  /**
   * The review that made this change: the new placement's newest one, when the change added it (who confirmed,
   * corrected, disputed or settled it, and when); empty when the reviews did not grow.
   */
  public Optional<Review> review() {
    return after.reviews().size() > before.reviews().size() ? after.latestReview() : Optional.empty();
  }

  /** Whether the status changed: claimed to verified, verified to disputed, and so on. */
  public boolean statusChanged() {
    return before.status() != after.status();
  }
}
