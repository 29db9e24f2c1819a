/**
 * Swing components that show a map as a wheel or a table, with tooltips, selection, filters and zoom.
 *
 * <p>Depends on the facade, the scene and the layout; paints through the scene painter, so the screen shows what the
 * files show.
 */
@NullMarked
package org.dssamap.render.swing;

import org.jspecify.annotations.NullMarked;
