package org.dssamap.analysis.survey;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Optional;
import org.dssamap.model.Cell;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.Ids;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Status;

/**
 * What the map says one organization does, to be sent to it: each of its placements, and each cell where
 * organizations of the same kind are placed (verified or claimed) but it is not.
 *
 * @param organization the organization asked
 * @param catalog the id of the map's catalog, so that answers name the same cells
 * @param questions in catalog cell order
 */
public record Questionnaire(Organization organization, String catalog, ImmutableList<Question> questions) {
  /** Checks the parts. */
  public Questionnaire {
    requireNonNull(organization, "organization");
    Ids.requireSlug(requireNonNull(catalog, "catalog"), "catalog id");
    questions = ImmutableList.copyOf(requireNonNull(questions, "questions"));
  }

  /**
   * The questionnaire for one organization of {@code map}. It is sent to that organization, so it asks about every
   * placement of the organization, restricted ones included, and shows nothing restricted of anybody else: its peers
   * come from the map's {@linkplain EcosystemMap#publicView() public view}.
   *
   * @throws IllegalArgumentException when the map has no such organization
   */
  public static Questionnaire of(EcosystemMap map, String organizationId) {
    Organization org = map.requireOrganization(organizationId);
    EcosystemMap others = map.publicView();
    ImmutableList.Builder<Question> questions = ImmutableList.builder();
    for (Cell cell : map.catalog().cells()) {
      Optional<Placement> current = map.placement(organizationId, cell).map(p -> hidesDisputer(map, others, p)
          ? p.withoutDispute() : p);
      ImmutableSortedSet.Builder<String> peers = ImmutableSortedSet.naturalOrder();
      for (Placement p : others.placementsIn(cell)) {
        if (!p.organization().equals(organizationId) && p.status() != Status.DISPUTED
            && others.requireOrganization(p.organization()).kind().equals(org.kind())) {
          peers.add(p.organization());
        }
      }
      ImmutableSortedSet<String> peerIds = peers.build();
      if (current.isPresent() || !peerIds.isEmpty()) {
        questions.add(new Question(cell, current, peerIds));
      }
    }
    return new Questionnaire(org, map.catalog().id(), questions.build());
  }

  /** Whether the placement's dispute was filed by an organization the public view leaves out. */
  private static boolean hidesDisputer(EcosystemMap map, EcosystemMap others, Placement p) {
    return p.dispute().map(d -> map.organization(d.by()).isPresent() && others.organization(d.by()).isEmpty())
        .orElse(false);
  }
}
