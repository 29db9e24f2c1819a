package org.dssamap.analysis.survey;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Optional;
import org.dssamap.model.Cell;
import org.dssamap.model.Placement;

/**
 * One question of a questionnaire: "the map places you here, right?" when {@code current} is present, or "others
 * like you are here; are you?" when it is not.
 *
 * @param cell the cell asked about
 * @param current the organization's placement there, if the map has one
 * @param peers organizations of the same kind placed there (verified or claimed), sorted
 */
public record Question(Cell cell, Optional<Placement> current, ImmutableSortedSet<String> peers) {
  /** Checks the parts. */
  public Question {
    requireNonNull(cell, "cell");
    requireNonNull(current, "current");
    current.ifPresent(p -> checkArgument(p.cell().equals(cell), "placement at %s asked about %s", p.cell(), cell));
    peers = ImmutableSortedSet.copyOf(requireNonNull(peers, "peers"));
    checkArgument(current.isPresent() || !peers.isEmpty(), "nothing to ask about %s", cell);
  }

  /** Whether the map places the organization in the cell. */
  public boolean onTheMap() {
    return current.isPresent();
  }
}
