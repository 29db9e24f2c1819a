package org.dssamap.analysis.escalation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.dssamap.model.Region;

/**
 * Whether an incident at the edge of region {@code from} can reach the edge of region {@code to}: the shortest
 * path when it can, the reason when it cannot.
 *
 * @param from the region where the incident starts
 * @param to the region it must reach
 * @param path the shortest path, if there is one: among equally short ones, one that relies on no claim, then the
 *     first by organization ids and roles
 * @param reason why there is none, the first layer missing; present exactly when {@code path} is empty
 */
public record EscalationRoute(Region from, Region to, Optional<EscalationPath> path, Optional<UnreachableReason> reason) {
  /** Checks the parts. */
  public EscalationRoute {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    checkArgument(from != to, "an escalation route joins two regions, not %s to itself", from.id());
    requireNonNull(path, "path");
    requireNonNull(reason, "reason");
    checkArgument(path.isPresent() != reason.isPresent(), "a route has a path or a reason, not both or neither");
  }

  /** Whether the incident can reach the other region. */
  public boolean isReachable() {
    return path.isPresent();
  }
}
