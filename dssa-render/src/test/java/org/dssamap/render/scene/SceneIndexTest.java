package org.dssamap.render.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.dssamap.model.testing.DssaGenerators;
import org.dssamap.render.MapRenderer;
import org.dssamap.render.options.RenderOptions;
import org.dssamap.render.View;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class SceneIndexTest {
  /** The answer without an index: every placement, in paint order, the last hit winning. */
  private static Optional<PlacementNode> bruteForcePlacement(Scene scene, double x, double y) {
    PlacementNode hit = null;
    for (PlacementNode p : scene.placements().toList()) {
      if (p.hits(x, y)) {
        hit = p;
      }
    }
    return Optional.ofNullable(hit);
  }

  private static Optional<CellNode> bruteForceCell(Scene scene, double x, double y) {
    CellNode hit = null;
    for (CellNode c : scene.cells().toList()) {
      if (c.outline().contains(x, y)) {
        hit = c;
      }
    }
    return Optional.ofNullable(hit);
  }

  @Test
  void hitTestingAgreesWithABruteForceScanOnRandomPoints() {
    qt().withExamples(30).forAll(DssaGenerators.mapsWithPlacements(), Generate.enumValues(View.class),
        Generate.longRange(0, Long.MAX_VALUE)).checkAssert((map, view, seed) -> {
          Scene scene = MapRenderer.scene(map, view, RenderOptions.defaults());
          SceneIndex index = SceneIndex.of(scene);
          Random random = new Random(seed);
          List<PlacementNode> drawn = scene.placements().filter(p -> p.marker().isPresent()).toList();
          for (int i = 0; i < 400; i++) {
            double x;
            double y;
            if (i % 2 == 0 && !drawn.isEmpty()) {
              // half the points near a dot, where hits are likely
              Circle c = drawn.get(random.nextInt(drawn.size())).marker().orElseThrow().circle();
              x = c.cx() + (random.nextDouble() * 2 - 1) * c.r() * 1.5;
              y = c.cy() + (random.nextDouble() * 2 - 1) * c.r() * 1.5;
            } else {
              x = random.nextDouble() * scene.width();
              y = random.nextDouble() * scene.height();
            }
            assertEquals(bruteForcePlacement(scene, x, y), index.placementAt(x, y), "placement at " + x + "," + y);
            assertEquals(bruteForceCell(scene, x, y), index.cellAt(x, y), "cell at " + x + "," + y);
          }
        });
  }

  @Test
  void theCentreOfEveryDrawnDotFindsItsPlacement() {
    Scene scene = MapRenderer.scene(org.dssamap.render.ExampleMaps.ecosystem(), View.WHEEL,
        RenderOptions.defaults());
    SceneIndex index = SceneIndex.of(scene);
    scene.placements().filter(p -> p.marker().isPresent()).forEach(p -> {
      Circle c = p.marker().orElseThrow().circle();
      assertEquals(Optional.of(p), index.placementAt(c.cx(), c.cy()));
      assertTrue(index.cellAt(c.cx(), c.cy()).map(cell -> cell.cell().equals(p.cell())).orElse(false));
    });
  }
}
