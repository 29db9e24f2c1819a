package org.dssamap.analysis.outsourcing;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import org.dssamap.model.Ids;

/**
 * How many clients lean on one provider for one function: "the registries that all lean on one back-end".
 *
 * @param provider the provider's id
 * @param function the function id
 * @param dependents the clients that outsource the function to this provider, sorted
 * @param clientsOutsourcing how many clients outsource the function to anyone
 */
public record Concentration(
    String provider, String function, ImmutableSortedSet<String> dependents, int clientsOutsourcing) {

  /** Checks the parts. */
  public Concentration {
    Ids.requireSlug(requireNonNull(provider, "provider"), "organization id");
    Ids.requireSlug(requireNonNull(function, "function"), "function id");
    dependents = ImmutableSortedSet.copyOf(requireNonNull(dependents, "dependents"));
    checkArgument(!dependents.isEmpty() && dependents.size() <= clientsOutsourcing,
        "%s dependents of %s for %s out of %s clients", dependents.size(), provider, function, clientsOutsourcing);
  }

  /** How many clients depend on the provider for the function. */
  public int dependentCount() {
    return dependents.size();
  }

  /** The provider's share, 0..1, of all the clients that outsource the function. */
  public double share() {
    return (double) dependents.size() / clientsOutsourcing;
  }
}
