package org.dssamap.analysis;

import java.util.Optional;
import java.util.function.Predicate;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
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

  static Predicate<Placement> placements(EcosystemMap map, Optional<Region> region) {
    if (region.isEmpty()) {
      return p -> true;
    }
    return p -> includes(region, map.requireOrganization(p.organization()));
  }
}
