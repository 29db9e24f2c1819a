package org.dssamap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.dssamap.model.Cell;
import org.dssamap.model.Dimension;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.EvidenceSource;
import org.dssamap.model.Layer;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Region;
import org.dssamap.model.Status;
import org.dssamap.render.options.ColorBy;
import org.dssamap.render.options.RenderOptions;
import org.junit.jupiter.api.Test;

class RenderOptionsTest {
  private static final Cell CORE_IR = Cell.of("incident-response", Dimension.EXTERNAL, Layer.CORE);

  @Test
  void withMethodsChangeOneThingAndLeaveTheOriginalAlone() {
    RenderOptions d = RenderOptions.defaults();
    RenderOptions r = d.withColorBy(ColorBy.REGION).withStatuses(List.of(Status.VERIFIED));
    assertEquals(ColorBy.KIND, d.colorBy());
    assertEquals(ColorBy.REGION, r.colorBy());
    assertEquals(Set.of(Status.VERIFIED), r.statuses());
    assertTrue(r.isFiltered());
    assertFalse(d.isFiltered());
    assertEquals(d, d.toBuilder().build());
    assertNotEquals(d, r);
  }

  @Test
  void intentionsAreOffByDefaultAndPartOfTheOptionsIdentity() {
    RenderOptions d = RenderOptions.defaults();
    assertFalse(d.showIntentions());
    RenderOptions on = d.withIntentions(true);
    assertTrue(on.showIntentions());
    assertTrue(on.toBuilder().build().showIntentions());
    assertNotEquals(d, on);
    assertNotEquals(d.hashCode(), on.hashCode());
    assertEquals(d, on.withIntentions(false));
  }

  @Test
  void badOptionsAreRefusedWithTheValueNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RenderOptions.defaults().withWidth(10));
    assertTrue(e.getMessage().contains("10"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> RenderOptions.defaults().withDimensions(List.of()));
    assertThrows(IllegalArgumentException.class, () -> View.ofId("pie"));
  }

  @Test
  void regionFilterHidesOrganizationsOfOtherAndUnknownRegions() {
    RenderOptions europe = RenderOptions.defaults().withRegions(List.of(Region.EUROPE));
    Placement p = Placement.claimed("x", CORE_IR);
    assertTrue(europe.shows(p, Organization.of("x", "X", "cert", Region.EUROPE)));
    assertFalse(europe.shows(p, Organization.of("x", "X", "cert", Region.AFRICA)));
    assertFalse(europe.shows(p, Organization.withoutRegion("x", "X", "cert")));
    assertTrue(RenderOptions.defaults().shows(p, Organization.withoutRegion("x", "X", "cert")));
  }

  @Test
  void gapIsUnverifiedWhenOnlyClaimsCoverTheExpectedCell() {
    EcosystemMap claimedOnly = EcosystemMap.builder()
        .addOrganization(Organization.of("icann", "ICANN", "core-body", Region.GLOBAL))
        .addPlacement(Placement.claimed("icann", CORE_IR)).build();
    assertTrue(MapRenderer.defaultGaps(claimedOnly).contains(CORE_IR));
    EcosystemMap verified = claimedOnly.withPlacement(Placement.verified("icann", CORE_IR, EvidenceSource.PEER_REPORTED));
    assertFalse(MapRenderer.defaultGaps(verified).contains(CORE_IR));
  }

  @Test
  void aCellTooFullForDotsShowsAnAggregateButKeepsEveryPlacement() {
    EcosystemMap big = ExampleMaps.large(3000, 11);
    var scene = MapRenderer.scene(big, View.WHEEL, RenderOptions.defaults());
    assertTrue(scene.cells().anyMatch(c -> c.aggregated()));
    assertEquals(big.placements().size(), scene.placements().count());
    scene.cells().filter(c -> c.aggregated()).forEach(c -> {
      assertTrue(c.placements().stream().allMatch(p -> p.marker().isEmpty()));
      assertFalse(c.decorations().isEmpty(), "an aggregated cell shows a mark");
    });
  }
}
