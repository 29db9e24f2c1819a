package org.dssamap.analysis.escalation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dssamap.model.Status;

/**
 * The way an incident travels from the edge of one region to the edge of another: edge, one or more glue, one or
 * more core, one or more glue, edge.
 *
 * @param hops the organizations in order, first and last at the edge
 */
public record EscalationPath(ImmutableList<Hop> hops) {
  private static final Pattern SHAPE = Pattern.compile("EG+C+G+E");

  /** Checks the shape: edge, glue+, core+, glue+, edge. */
  public EscalationPath {
    hops = ImmutableList.copyOf(requireNonNull(hops, "hops"));
    String roles = hops.stream().map(h -> h.role().name().substring(0, 1)).collect(Collectors.joining());
    checkArgument(SHAPE.matcher(roles).matches(), "an escalation path runs edge, glue, core, glue, edge, not %s",
        hops);
  }

  /** The first organization, where the incident starts. */
  public Hop start() {
    return hops.get(0);
  }

  /** The last organization, the edge the incident reaches. */
  public Hop end() {
    return hops.get(hops.size() - 1);
  }

  /** How many links the incident crosses. */
  public int length() {
    return hops.size() - 1;
  }

  /**
   * Whether any organization on the path plays its role only on a claim: the path itself is not proven. On a
   * route's path this means every shortest path relies on a claim, as one that does not is always preferred.
   */
  public boolean reliesOnClaims() {
    return hops.stream().anyMatch(h -> h.status() == Status.CLAIMED);
  }

  @Override
  public String toString() {
    return hops.stream().map(Hop::toString).collect(Collectors.joining(" -> "));
  }
}
