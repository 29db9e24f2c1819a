package org.dssamap.render.swing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.event.MouseEvent;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.Placement;
import org.dssamap.model.Status;
import org.dssamap.render.ExampleMaps;
import org.dssamap.render.View;
import org.dssamap.render.scene.Circle;
import org.dssamap.render.scene.PlacementNode;
import org.junit.jupiter.api.Test;

class MapComponentTest {
  private static BufferedImage paint(MapComponent c, int w, int h) {
    c.setSize(w, h);
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    c.paint(g);
    g.dispose();
    return image;
  }

  private static Point2D centre(MapComponent c, PlacementNode p) {
    Circle dot = p.marker().orElseThrow().circle();
    return c.sceneToComponent().transform(new Point2D.Double(dot.cx(), dot.cy()), null);
  }

  @Test
  void paintsADotWhereEveryPlacementIsAndNothingThereWithoutPlacements() {
    EcosystemMap map = ExampleMaps.ecosystem();
    MapComponent full = MapComponent.wheel(map);
    BufferedImage withDots = paint(full, 1200, 800);
    MapComponent empty = MapComponent.wheel(map.toBuilder().clearPlacements().build());
    BufferedImage without = paint(empty, 1200, 800);
    List<PlacementNode> drawn = full.getScene().placements().filter(p -> p.marker().isPresent()).toList();
    assertEquals(map.placements().size(), drawn.size());
    int changed = 0;
    for (PlacementNode p : drawn) {
      Point2D c = centre(full, p);
      // the rim of the dot and a point in its lower half (filled when verified or claimed, the rim when not)
      Circle dot = p.marker().orElseThrow().circle();
      boolean differs = false;
      for (double[] at : new double[][] {{dot.r() * 0.85, 0}, {0, dot.r() * 0.5}, {0, dot.r()}}) {
        Point2D probe = full.sceneToComponent().transform(
            new Point2D.Double(dot.cx() + at[0], dot.cy() + at[1]), null);
        int x = (int) Math.round(probe.getX());
        int y = (int) Math.round(probe.getY());
        differs |= withDots.getRGB(x, y) != without.getRGB(x, y);
      }
      if (differs) {
        changed++;
      }
      assertTrue(c.getX() >= 0 && c.getX() < 1200 && c.getY() >= 0 && c.getY() < 800);
    }
    assertEquals(drawn.size(), changed, "every dot changes the pixels under it");
  }

  @Test
  void hoveringADotShowsItsTooltipAndClickingPicksAndRingsItsOrganization() {
    MapComponent c = MapComponent.wheel(ExampleMaps.ecosystem());
    BufferedImage before = paint(c, 1500, 875);
    List<MapSelection> heard = new ArrayList<>();
    c.addSelectionListener(heard::add);
    PlacementNode afilias = c.getScene().placements().filter(p -> p.organization().equals("afilias"))
        .filter(p -> p.marker().isPresent()).findFirst().orElseThrow();
    Point2D at = centre(c, afilias);
    int x = (int) Math.round(at.getX());
    int y = (int) Math.round(at.getY());
    MouseEvent move = new MouseEvent(c, MouseEvent.MOUSE_MOVED, 0, 0, x, y, 0, false);
    assertEquals(afilias.tooltip(), c.getToolTipText(move));
    c.dispatchEvent(new MouseEvent(c, MouseEvent.MOUSE_PRESSED, 0, 0, x, y, 1, false, MouseEvent.BUTTON1));
    c.dispatchEvent(new MouseEvent(c, MouseEvent.MOUSE_RELEASED, 0, 0, x, y, 1, false, MouseEvent.BUTTON1));
    c.dispatchEvent(new MouseEvent(c, MouseEvent.MOUSE_CLICKED, 0, 0, x, y, 1, false, MouseEvent.BUTTON1));
    assertEquals(List.of(MapSelection.ofPlacement("afilias", afilias.cell())), heard);
    BufferedImage after = paint(c, 1500, 875);
    // every dot of the organization is ringed, not only the one clicked
    for (PlacementNode p : c.getScene().placements().filter(p -> p.organization().equals("afilias")).toList()) {
      Circle dot = p.marker().orElseThrow().circle();
      Point2D ring = c.sceneToComponent().transform(new Point2D.Double(dot.cx() + dot.r() + 3.4, dot.cy()), null);
      int rx = (int) Math.round(ring.getX());
      int ry = (int) Math.round(ring.getY());
      assertNotEquals(before.getRGB(rx, ry), after.getRGB(rx, ry), "ring around " + p.cell());
    }
  }

  @Test
  void hoveringASheetShowsItsNotesAndHoveringAWishShowsTheIntentionOnlyWhenIntentionsAreDrawn() {
    EcosystemMap map = ExampleMaps.sampleRound().toBuilder()
        .addCellNote(org.dssamap.model.CellNote.of(org.dssamap.model.Cell.of("training",
            org.dssamap.model.Dimension.EXTERNAL, org.dssamap.model.Layer.EDGE), "<b>bold?</b> & more"))
        .build();
    for (View view : View.values()) {
      MapComponent c = new MapComponent(map, view, org.dssamap.render.options.RenderOptions.defaults());
      c.setSize(1500, 1000);
      for (org.dssamap.render.scene.NoteMark n : c.getScene().notes().toList()) {
        org.dssamap.render.scene.Box b = n.sheet().orElseThrow().geometry().bounds();
        String tip = c.getToolTipText(at(c, b.x() + 2, b.maxY() - 2));
        assertTrue(tip.startsWith("<html>") && tip.contains("note " + n.first() + ": "), tip);
        // the note's text is text: escaped for Swing's HTML
        assertTrue(!tip.contains("<b>") && (n.first() != 4 || tip.contains("&lt;b&gt;bold?&lt;/b&gt; &amp; more")),
            tip);
      }
      assertEquals(0, c.getScene().intentions().count(), "intentions only when asked for");
      c.setOptions(c.getOptions().withIntentions(true));
      org.dssamap.render.scene.IntentionNode wish = c.getScene().intentions()
          .filter(i -> i.organization().equals("cira")).findFirst().orElseThrow();
      org.dssamap.render.scene.DashedRing ring = wish.ring().orElseThrow();
      assertEquals(MapComponent.wrapped(wish.tooltip()), c.getToolTipText(at(c, ring.cx(), ring.cy())),
          view::toString);
      assertTrue(c.placementAt(point(c, ring.cx(), ring.cy())).isEmpty(), "a wish is not a placement");
    }
  }

  private static java.awt.Point point(MapComponent c, double x, double y) {
    Point2D p = c.sceneToComponent().transform(new Point2D.Double(x, y), null);
    return new java.awt.Point((int) Math.round(p.getX()), (int) Math.round(p.getY()));
  }

  private static MouseEvent at(MapComponent c, double x, double y) {
    java.awt.Point p = point(c, x, y);
    return new MouseEvent(c, MouseEvent.MOUSE_MOVED, 0, 0, p.x, p.y, 0, false);
  }

  @Test
  void filtersReLayOutTheComponent() {
    EcosystemMap map = ExampleMaps.ecosystem();
    MapComponent c = MapComponent.table(map);
    c.setStatusFilter(Set.of(Status.VERIFIED));
    assertEquals(map.placements().stream().filter(Placement::isVerified).count(), c.getScene().placements().count());
    c.setView(View.WHEEL);
    assertEquals(View.WHEEL, c.getView());
    assertEquals("DNS SSR ecosystem: a first map", c.getAccessibleContext().getAccessibleName());
    assertEquals(map.placements().stream().filter(Placement::isVerified).count(), c.getScene().placements().count());
  }

  @Test
  void zoomKeepsThePointUnderThePointerAndFitResets() {
    MapComponent c = MapComponent.wheel(ExampleMaps.ecosystem());
    c.setSize(1000, 600);
    c.setZoom(3);
    assertEquals(3, c.getZoom(), 1e-9);
    Point2D centre = c.sceneToComponent().transform(
        new Point2D.Double(c.getScene().width() / 2, c.getScene().height() / 2), null);
    assertEquals(500, centre.getX(), 1e-6);
    assertEquals(300, centre.getY(), 1e-6);
    c.zoomToFit();
    assertEquals(1, c.getZoom(), 1e-9);
    c.getActionMap().get(c.getInputMap(javax.swing.JComponent.WHEN_FOCUSED)
        .get(javax.swing.KeyStroke.getKeyStroke("PLUS"))).actionPerformed(null);
    assertEquals(1.25, c.getZoom(), 1e-9);
  }
}
