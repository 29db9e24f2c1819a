package org.dssamap.examples.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Locale;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Region;
import org.dssamap.model.Status;
import org.dssamap.model.testing.DssaGenerators;
import org.dssamap.render.internal.layout.Text;
import org.dssamap.render.options.RenderOptions;
import org.junit.jupiter.api.Test;

class PlacementRowsTest {
  @Test
  void everyShownPlacementIsARowAndTheFilterKeepsTheRowsHoldingAllItsWords() {
    qt().withExamples(30).forAll(DssaGenerators.maps(), DssaGenerators.maps().map(m -> m.organizations().size()))
        .checkAssert((map, pick) -> {
          RenderOptions options = RenderOptions.builder().statuses(List.of(Status.VERIFIED, Status.CLAIMED)).build();
          PlacementRows rows = new PlacementRows();
          rows.show(map, options);
          long shown = map.placements().stream()
              .filter(p -> options.shows(p, map.requireOrganization(p.organization()))).count();
          assertEquals(shown, rows.visibleRows());
          if (map.organizations().isEmpty()) {
            return;
          }
          // filter by an organization's id and a status: exactly its placements of that status shown
          Organization o = map.organizations().get(pick % map.organizations().size());
          rows.setFilter(o.id().toUpperCase(Locale.ROOT) + "  claimed");
          long expected = map.placements().stream().filter(p -> options.shows(p, map.requireOrganization(
              p.organization()))).filter(p -> matches(map, p, o.id()) && matches(map, p, "claimed")).count();
          assertEquals(expected, rows.visibleRows());
          rows.setFilter("");
          assertEquals(shown, rows.visibleRows());
        });
  }

  /** The definition: a row holds a word when its name, id, kind, region, function, dimension, layer or status does. */
  private static boolean matches(EcosystemMap map, Placement p, String word) {
    Organization o = map.requireOrganization(p.organization());
    String row = String.join(" ", Text.clean(o.name()), o.id(), o.kind(),
        org.dssamap.render.internal.layout.KindNames.displayName(o.kind()), o.region().map(Region::displayName).orElse(""),
        map.catalog().function(p.cell().function()).map(f -> Text.clean(f.name())).orElse(""),
        p.cell().dimension().displayName(), p.cell().layer().displayName(), p.status().id())
        .toLowerCase(Locale.ROOT);
    return row.contains(word.toLowerCase(Locale.ROOT));
  }
}
