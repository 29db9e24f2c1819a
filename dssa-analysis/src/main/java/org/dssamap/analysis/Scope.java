package org.dssamap.analysis;

import java.util.Optional;
import org.dssamap.model.Organization;
import org.dssamap.model.Region;

/** Which organizations a regional view counts: those of the region and the global ones that serve it. */
final class Scope {
  private Scope() {}

  static boolean includes(Optional<Region> region, Organization organization) {
    if (region.isEmpty()) {
      return true;
    }
    return organization.region().filter(r -> r == region.get() || r == Region.GLOBAL).isPresent();
  }
}
