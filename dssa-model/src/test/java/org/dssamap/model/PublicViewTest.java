package org.dssamap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dssamap.model.testing.DssaGenerators;
import org.junit.jupiter.api.Test;

class PublicViewTest {
  /**
   * The organizations a public view leaves out, by definition: restricted ones, and those with placements that are
   * all restricted.
   */
  private static Set<String> hidden(EcosystemMap map) {
    Set<String> hidden = new HashSet<>();
    for (Organization o : map.organizations()) {
      List<Placement> own = map.placements().stream().filter(p -> p.organization().equals(o.id())).toList();
      if (o.confidentiality() == Confidentiality.RESTRICTED
          || (!own.isEmpty() && own.stream().allMatch(p -> p.confidentiality() == Confidentiality.RESTRICTED))) {
        hidden.add(o.id());
      }
    }
    return hidden;
  }

  @Test
  void thePublicViewLeavesOutEverythingRestrictedAndEverythingThatNamesIt() {
    qt().withExamples(300).forAll(DssaGenerators.maps(10).flatMap(DssaGenerators::withIntentionsAndNotes))
        .checkAssert(map -> {
      Set<String> hidden = hidden(map);
      EcosystemMap view = map.publicView();
      assertEquals(map.organizations().stream().filter(o -> !hidden.contains(o.id())).toList(), view.organizations());
      assertEquals(map.placements().stream()
          .filter(p -> p.confidentiality() == Confidentiality.PUBLIC && !hidden.contains(p.organization()))
          .map(p -> p.dispute().isPresent() && hidden.contains(p.dispute().get().by()) ? p.withoutDispute() : p)
          .map(p -> p.withReviews(p.reviews().stream().filter(r -> !hidden.contains(r.by())).toList()))
          .toList(), view.placements());
      // intentions of a left-out organization go, and so does giving away a placement the view leaves out
      assertEquals(map.intentions().stream().filter(i -> !hidden.contains(i.organization())
          && (i.kind() == IntentionKind.WANTS_TO_DO || view.placement(i.organization(), i.cell()).isPresent()))
          .toList(), view.intentions());
      assertEquals(map.cellNotes(), view.cellNotes());
      assertEquals(map.relationships().stream()
          .filter(r -> r.confidentiality() == Confidentiality.PUBLIC && !hidden.contains(r.from())
              && !hidden.contains(r.to()))
          .toList(), view.relationships());
      assertEquals(map.title(), view.title());
      assertEquals(map.openQuestions(), view.openQuestions());
      EcosystemMap.Restricted left = map.restricted();
      assertEquals(map.organizations().size() - view.organizations().size(), left.organizations());
      assertEquals(map.placements().size() - view.placements().size(), left.placements());
      assertEquals(map.relationships().size() - view.relationships().size(), left.relationships());
      assertEquals(view, view.publicView(), "a public view has nothing more to leave out");
      assertFalse(view.organizations().stream().anyMatch(o -> !o.isPublic()));
    });
  }

  @Test
  void anOrganizationKnownOnlyThroughRestrictedPlacementsIsLeftOutWithItsRelationships() {
    Cell cell = Cell.of("technology", Dimension.EXTERNAL, Layer.EDGE);
    EcosystemMap map = EcosystemMap.builder()
        .addOrganization(Organization.of("secret-backend", "Secret back-end", "registry-backend", Region.EUROPE))
        .addOrganization(Organization.of("pir", "PIR", "registry", Region.NORTH_AMERICA))
        .addOrganization(Organization.of("unplaced", "Not placed yet", "registry", Region.EUROPE))
        .addPlacement(Placement.claimed("secret-backend", cell).withConfidentiality(Confidentiality.RESTRICTED))
        .addPlacement(Placement.claimed("pir", cell).disputed(Dispute.of("secret-backend", "we do it")))
        .addRelationship(Relationship.of("pir", "secret-backend", RelationshipKind.OUTSOURCES_TO))
        .build();
    EcosystemMap view = map.publicView();
    assertEquals(List.of("pir", "unplaced"), view.organizations().stream().map(Organization::id).toList());
    assertEquals(List.of(), view.relationships());
    Placement pir = view.placements().get(0);
    assertEquals(Status.DISPUTED, pir.status());
    assertEquals(Optional.empty(), pir.dispute(), "the dispute named the left-out organization");
    assertEquals(new EcosystemMap.Restricted(1, 1, 1), map.restricted());
  }

  @Test
  void aMapWithNothingRestrictedIsItsOwnPublicView() {
    EcosystemMap map = EcosystemMap.builder()
        .addOrganization(Organization.of("pir", "PIR", "registry", Region.NORTH_AMERICA)).build();
    assertSame(map, map.publicView());
    assertEquals(new EcosystemMap.Restricted(0, 0, 0), map.restricted());
  }
}
