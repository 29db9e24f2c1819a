package org.dssamap.analysis.outsourcing;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import java.util.OptionalDouble;
import org.dssamap.model.Ids;

/**
 * How many clients lean on one provider for one function: "the registries that all lean on one back-end". A client
 * depends on a provider for a function when it is covered through that provider (see {@link Outsourcing}).
 *
 * @param provider the provider's id
 * @param function the function id
 * @param dependents the clients covered through this provider for the function, sorted
 * @param clientsOutsourcing how many clients are covered through any provider for the function
 * @param weightedShare the share (0..1) of those clients' {@linkplain org.dssamap.model.Organization#size() size}
 *     that depends on this provider; empty when a client of the function has no size, or their sizes add up to 0
 * @param notable whether the provider reaches the analysis' threshold for the function (enough dependents and a
 *     large enough share): what a summary shows
 */
public record Concentration(String provider, String function, ImmutableSortedSet<String> dependents,
    int clientsOutsourcing, OptionalDouble weightedShare, boolean notable) {

  /** Checks the parts. */
  public Concentration {
    Ids.requireSlug(requireNonNull(provider, "provider"), "organization id");
    Ids.requireSlug(requireNonNull(function, "function"), "function id");
    dependents = ImmutableSortedSet.copyOf(requireNonNull(dependents, "dependents"));
    checkArgument(!dependents.isEmpty() && dependents.size() <= clientsOutsourcing,
        "%s dependents of %s for %s out of %s clients", dependents.size(), provider, function, clientsOutsourcing);
    requireNonNull(weightedShare, "weightedShare");
    checkArgument(weightedShare.isEmpty() || (weightedShare.getAsDouble() >= 0 && weightedShare.getAsDouble() <= 1),
        "weighted share %s of %s for %s is not from 0 to 1", weightedShare, provider, function);
  }

  /** How many clients depend on the provider for the function. */
  public int dependentCount() {
    return dependents.size();
  }

  /** The provider's share, 0..1, of all the clients covered through a provider for the function. */
  public double share() {
    return (double) dependents.size() / clientsOutsourcing;
  }
}
