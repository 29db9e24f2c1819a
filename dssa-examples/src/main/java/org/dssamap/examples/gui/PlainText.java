package org.dssamap.examples.gui;

import java.awt.Component;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.table.DefaultTableCellRenderer;

/**
 * Keeps text from a map as text in Swing. A {@code JLabel} (and so every default table cell) renders a string
 * that starts with {@code <html>} as HTML, which would let a name in a map file restyle the viewer or make it
 * fetch an image from anywhere; every component here that shows user text has HTML switched off.
 */
final class PlainText {
  private PlainText() {}

  /** The client property Swing's basic look and feel reads before rendering a label's text as HTML. */
  private static final String HTML_DISABLE = "html.disable";

  /** {@code component} with HTML rendering switched off. */
  static <T extends JComponent> T of(T component) {
    component.putClientProperty(HTML_DISABLE, true);
    return component;
  }

  /** A label showing {@code text} as text. */
  static JLabel label(String text) {
    JLabel label = of(new JLabel());
    label.setText(text);
    return label;
  }

  /** Makes every column of {@code table} render its values as plain text. */
  static JTable table(JTable table) {
    table.setDefaultRenderer(Object.class, new Renderer());
    table.setDefaultRenderer(Number.class, new Renderer());
    PlainText.of(table.getTableHeader());
    return table;
  }

  /** A cell renderer that never renders HTML. */
  private static final class Renderer extends DefaultTableCellRenderer {
    private static final long serialVersionUID = 1L;

    Renderer() {
      of(this);
    }

    @Override
    public Component getTableCellRendererComponent(JTable table, Object value, boolean isSelected,
        boolean hasFocus, int row, int column) {
      super.getTableCellRendererComponent(table, value, isSelected, hasFocus, row, column);
      putClientProperty(HTML_DISABLE, true);
      if (value instanceof Number) {
        setHorizontalAlignment(RIGHT);
      } else {
        setHorizontalAlignment(LEFT);
      }
      return this;
    }
  }
}
