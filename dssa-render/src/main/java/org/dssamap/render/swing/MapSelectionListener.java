package org.dssamap.render.swing;

import java.util.EventListener;

/** Told when the user picks something on a {@link MapComponent}. */
@FunctionalInterface
public interface MapSelectionListener extends EventListener {
  /** The selection changed to {@code selection}; called on the event dispatch thread. */
  void selectionChanged(MapSelection selection);
}
