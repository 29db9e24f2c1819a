package org.dssamap.examples.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Component;
import java.awt.Container;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.plaf.basic.BasicHTML;
import org.dssamap.analysis.AnalysisReport;
import org.dssamap.model.Cell;
import org.dssamap.model.Dimension;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.Layer;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Region;
import org.dssamap.render.swing.MapSelection;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class PlainTextTest {
  private static final String HOSTILE = "<html><img src='http://attacker.example/x.png'>Evil";

  private static EcosystemMap hostileMap() {
    return EcosystemMap.builder().title(HOSTILE)
        .addOrganization(Organization.of("evil", HOSTILE, "registry", Region.EUROPE).withNote(HOSTILE))
        .addPlacement(Placement.claimed("evil", Cell.of("incident-response", Dimension.EXTERNAL, Layer.CORE))
            .withNote(HOSTILE))
        .build();
  }

  @Test
  void aLabelShowsMarkupAsText() {
    JLabel label = PlainText.label(HOSTILE);
    assertEquals(HOSTILE, label.getText());
    assertNull(label.getClientProperty(BasicHTML.propertyKey), "no HTML view was made");
  }

  @Test
  void detailsOfAnOrganizationWithAHostileNameNeverRenderHtml() {
    DetailsPanel details = new DetailsPanel();
    details.show(hostileMap(), MapSelection.ofPlacement("evil", Cell.of("incident-response", Dimension.EXTERNAL,
        Layer.CORE)));
    assertNoHtml(details);
    assertTrue(texts(details).stream().anyMatch(t -> t.startsWith(HOSTILE)), () -> texts(details).toString());
  }

  @Test
  void findingsNamingAHostileOrganizationNeverRenderHtml() {
    FindingsPanel findings = new FindingsPanel(s -> { });
    EcosystemMap map = hostileMap();
    findings.show(map, AnalysisReport.of(map));
    assertNoHtml(findings);
    assertTrue(texts(findings).contains(HOSTILE), "the single point of failure names the organization as text");
  }

  /**
   * What every label and every rendered table cell under {@code root} shows, read as it is rendered: a table reuses
   * one renderer component for all its cells, so its state must be read cell by cell.
   *
   * @param text the text shown
   * @param html the HTML view Swing made for it, if any
   */
  private record Shown(String text, @Nullable Object html, String component) {}

  private static List<Shown> shown(Container root) {
    List<Shown> out = new ArrayList<>();
    for (Component c : root.getComponents()) {
      if (c instanceof JTable table) {
        for (int row = 0; row < table.getRowCount(); row++) {
          for (int column = 0; column < table.getColumnCount(); column++) {
            Component cell = table.prepareRenderer(table.getCellRenderer(row, column), row, column);
            out.add(snapshot((JComponent) cell));
          }
        }
      } else if (c instanceof JLabel label) {
        out.add(snapshot(label));
      }
      if (c instanceof Container container) {
        out.addAll(shown(container));
      }
    }
    return out;
  }

  private static Shown snapshot(JComponent c) {
    String text = c instanceof JLabel label ? String.valueOf(label.getText()) : "";
    return new Shown(text, c.getClientProperty(BasicHTML.propertyKey), c.toString());
  }

  private static void assertNoHtml(Container root) {
    for (Shown s : shown(root)) {
      assertNull(s.html(), () -> "rendered as HTML: " + s.component());
    }
  }

  private static List<String> texts(Container root) {
    return shown(root).stream().map(Shown::text).toList();
  }
}
