package org.dssamap.analysis.escalation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.dssamap.model.Ids;
import org.dssamap.model.Status;

/**
 * One organization on an escalation path, in the role it plays there.
 *
 * @param organization its id
 * @param role edge, glue or core
 * @param status the status of the placement that gives it the role (verified or claimed; never disputed)
 */
public record Hop(String organization, Role role, Status status) {
  /** Checks the parts. */
  public Hop {
    Ids.requireSlug(requireNonNull(organization, "organization"), "organization id");
    requireNonNull(role, "role");
    checkArgument(requireNonNull(status, "status") != Status.DISPUTED,
        "a disputed placement gives %s no role", organization);
  }

  @Override
  public String toString() {
    return organization + "(" + role.id() + (status == Status.CLAIMED ? ", claimed" : "") + ")";
  }
}
