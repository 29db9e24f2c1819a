package org.dssamap.render.swing;

import java.awt.BorderLayout;
import java.awt.Point;
import java.awt.geom.Point2D;
import java.util.EnumSet;
import javax.swing.JCheckBox;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.Status;
import org.dssamap.render.ExampleMaps;
import org.dssamap.render.scene.Circle;
import org.dssamap.render.scene.PlacementNode;

/**
 * A window with the wheel, status filters and the table model in a {@code JTable}, to try the components by hand
 * or under Xvfb. Prints the screen position of one of Afilias's dots, for a scripted pointer. Not a test.
 */
final class SwingDemo {
  private SwingDemo() {}

  public static void main(String[] args) throws Exception {
    EcosystemMap map = ExampleMaps.ecosystem();
    SwingUtilities.invokeAndWait(() -> {
      MapComponent wheel = MapComponent.wheel(map);
      JLabel status = new JLabel("Click a dot or a cell.");
      wheel.addSelectionListener(s -> status.setText(s.isEmpty() ? "Nothing selected"
          : s.organization().map(o -> "Selected " + o + " in ").orElse("Selected cell ")
              + s.cell().map(Object::toString).orElse("")));
      JPanel filters = new JPanel();
      EnumSet<Status> shown = EnumSet.allOf(Status.class);
      for (Status st : Status.values()) {
        JCheckBox box = new JCheckBox(st.id(), true);
        box.addActionListener(e -> {
          if (box.isSelected()) {
            shown.add(st);
          } else {
            shown.remove(st);
          }
          wheel.setStatusFilter(shown);
        });
        filters.add(box);
      }
      JTable table = new JTable(new MapTableModel(map));
      JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, wheel, new JScrollPane(table));
      split.setResizeWeight(0.78);
      JFrame frame = new JFrame("dssa-map: Swing components");
      frame.setDefaultCloseOperation(JFrame.EXIT_ON_CLOSE);
      frame.getContentPane().add(filters, BorderLayout.NORTH);
      frame.getContentPane().add(split, BorderLayout.CENTER);
      frame.getContentPane().add(status, BorderLayout.SOUTH);
      frame.setSize(1280, 960);
      frame.setLocation(0, 0);
      frame.setVisible(true);
      SwingUtilities.invokeLater(() -> {
        PlacementNode p = wheel.getScene().placements().filter(n -> n.organization().equals("afilias"))
            .filter(n -> n.marker().isPresent()).findFirst().orElseThrow();
        Circle c = p.marker().orElseThrow().circle();
        Point2D at = wheel.sceneToComponent().transform(new Point2D.Double(c.cx(), c.cy()), null);
        Point screen = new Point((int) Math.round(at.getX()), (int) Math.round(at.getY()));
        SwingUtilities.convertPointToScreen(screen, wheel);
        System.out.println("DOT " + screen.x + " " + screen.y);
      });
    });
  }
}
