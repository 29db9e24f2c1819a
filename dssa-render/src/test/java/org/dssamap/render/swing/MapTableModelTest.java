package org.dssamap.render.swing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.dssamap.model.testing.DssaGenerators;
import org.dssamap.render.MapRenderer;
import org.dssamap.render.options.RenderOptions;
import org.dssamap.render.View;
import org.dssamap.render.scene.CellNode;
import org.dssamap.render.scene.Scene;
import org.junit.jupiter.api.Test;

class MapTableModelTest {
  @Test
  void theModelListsWhatTheDrawnTableShows() {
    qt().withExamples(40).forAll(DssaGenerators.maps()).checkAssert(map -> {
      MapTableModel model = new MapTableModel(map);
      Scene table = MapRenderer.scene(map, View.TABLE, RenderOptions.defaults());
      assertEquals(map.catalog().functions().size(), model.getRowCount());
      assertEquals(7, model.getColumnCount());
      for (int row = 0; row < model.getRowCount(); row++) {
        for (int column = 1; column < model.getColumnCount(); column++) {
          MapTableModel.Entry e = (MapTableModel.Entry) model.getValueAt(row, column);
          CellNode drawn = table.cells().filter(c -> c.cell().equals(e.cell())).findFirst().orElseThrow();
          assertEquals(drawn.placements().stream().map(p -> p.organization()).sorted().toList(),
              e.placements().stream().map(p -> p.organization()).sorted().toList());
          assertEquals(drawn.gap(), e.gap());
        }
      }
    });
  }

  @Test
  void oneDimensionGivesOneColumnPerLayer() {
    MapTableModel model = new MapTableModel(org.dssamap.render.ExampleMaps.ecosystem(),
        RenderOptions.defaults().withDimensions(List.of(org.dssamap.model.Dimension.EXTERNAL)),
        MapRenderer.defaultGaps(org.dssamap.render.ExampleMaps.ecosystem()));
    assertEquals(4, model.getColumnCount());
    assertEquals("Core", model.getColumnName(3));
    assertEquals("Incident response", model.getValueAt(7, 0));
  }
}
