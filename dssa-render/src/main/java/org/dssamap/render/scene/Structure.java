package org.dssamap.render.scene;

/**
 * Where the painter reports the structure of what it paints, for outputs that keep structure (SVG groups,
 * titles, data attributes). Raster and screen output use {@link #NONE}.
 */
public interface Structure {
  /** Keeps no structure and hands text through unchanged. */
  Structure NONE = new Structure() {
    @Override
    public void beginCell(CellNode cell) {}

    @Override
    public void beginPlacement(PlacementNode placement) {}

    @Override
    public void beginGroup(String role) {}

    @Override
    public void end() {}

    @Override
    public String text(String text) {
      return text;
    }
  };

  /**
   * Whether a placement that is not drawn (in a cell too full for dots) still gets its group; true unless the
   * output asks to be light.
   */
  default boolean listsUndrawn() {
    return true;
  }

  /** Opens the group of a cell; closed by {@link #end()}. */
  void beginCell(CellNode cell);

  /** Opens the group of a placement; closed by {@link #end()}. */
  void beginPlacement(PlacementNode placement);

  /**
   * Opens the group of a placement's name or number written outside its cell (the wheel writes names after
   * every cell, so that no cell paints over them); closed by {@link #end()}.
   */
  default void beginLabel(PlacementNode placement) {
    beginGroup("label");
  }

  /** Opens the group of an intention (its ring, and in the table its words); closed by {@link #end()}. */
  default void beginIntention(IntentionNode intention) {
    beginGroup("intention");
  }

  /**
   * Opens the group of the name or number written beside an intention's ring on the wheel, after every cell;
   * closed by {@link #end()}.
   */
  default void beginIntentionLabel(IntentionNode intention) {
    beginGroup("intention-label");
  }

  /** Opens the group of a cell's drawn notes (the sheet and its numbers); closed by {@link #end()}. */
  default void beginNote(NoteMark note) {
    beginGroup("note");
  }

  /** Opens the group of a link between two organizations; closed by {@link #end()}. */
  default void beginLink(LinkNode link) {
    beginGroup("link");
  }

  /** Opens a group of decorative elements with a fixed role word; closed by {@link #end()}. */
  void beginGroup(String role);

  /** Closes the innermost open group. */
  void end();

  /** The form in which {@code text} is handed to {@code Graphics2D.drawString}. */
  String text(String text);
}
