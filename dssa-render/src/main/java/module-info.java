/**
 * The wheel and the table of a dssa-map map, as SVG, PNG and embeddable Swing components; the one-page HTML
 * report.
 */
module org.dssamap.render {
  requires transitive org.dssamap.model;
  requires transitive org.dssamap.analysis;
  requires transitive java.desktop;
  requires transitive com.google.common;
  requires static org.jspecify;
  requires org.jfree.svg;

  exports org.dssamap.render;
  exports org.dssamap.render.options;
  exports org.dssamap.render.report;
  exports org.dssamap.render.scene;
  exports org.dssamap.render.swing;
}
