package org.dssamap.analysis.outsourcing;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Optional;
import org.dssamap.model.Ids;
import org.dssamap.model.Status;

/**
 * How one client is covered for one function it outsources.
 *
 * @param client the id of the organization that outsources
 * @param function the function id
 * @param route direct, through a provider, or none
 * @param providers every provider the client outsources the function to, sorted
 * @param coveringProviders the providers placed in the function, when the route is through them; sorted
 * @param status the best status (verified before claimed) of the placements that give the route; empty for none
 */
public record ClientRoute(String client, String function, Route route, ImmutableSortedSet<String> providers,
    ImmutableSortedSet<String> coveringProviders, Optional<Status> status) {

  /** Checks that the parts agree with the route. */
  public ClientRoute {
    Ids.requireSlug(requireNonNull(client, "client"), "organization id");
    Ids.requireSlug(requireNonNull(function, "function"), "function id");
    requireNonNull(route, "route");
    providers = ImmutableSortedSet.copyOf(requireNonNull(providers, "providers"));
    coveringProviders = ImmutableSortedSet.copyOf(requireNonNull(coveringProviders, "coveringProviders"));
    requireNonNull(status, "status");
    checkArgument(!providers.isEmpty(), "%s outsources %s to nobody", client, function);
    checkArgument(providers.containsAll(coveringProviders), "covering providers %s are not among %s",
        coveringProviders, providers);
    checkArgument((route == Route.THROUGH_PROVIDER) == !coveringProviders.isEmpty(),
        "route %s with covering providers %s", route, coveringProviders);
    checkArgument((route == Route.NONE) == status.isEmpty(), "route %s with status %s", route, status);
  }
}
