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

  /** Every label and every rendered table cell under {@code root}. */
  private static List<JComponent> shown(Container root) {
    List<JComponent> out = new ArrayList<>();
    for (Component c : root.getComponents()) {
      if (c instanceof JTable table) {
        for (int row = 0; row < table.getRowCount(); row++) {
          for (int column = 0; column < table.getColumnCount(); column++) {
            Component cell = table.prepareRenderer(table.getCellRenderer(row, column), row, column);
            out.add((JComponent) cell);
          }
        }
      } else if (c instanceof JLabel label) {
        out.add(label);
      }
      if (c instanceof Container container) {
        out.addAll(shown(container));
      }
    }
    return out;
  }

  private static void assertNoHtml(Container root) {
    for (JComponent c : shown(root)) {
      assertNull(c.getClientProperty(BasicHTML.propertyKey), () -> "rendered as HTML: " + c);
    }
  }

  private static List<String> texts(Container root) {
    return shown(root).stream().filter(c -> c instanceof JLabel).map(c -> ((JLabel) c).getText()).toList();
  }
}
