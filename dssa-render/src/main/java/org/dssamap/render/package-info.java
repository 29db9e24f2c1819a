/**
 * The rendering facade ({@link org.dssamap.render.MapRenderer}) and the views it draws ({@link
 * org.dssamap.render.View}); the options and the theme are in {@code org.dssamap.render.options}.
 *
 * <p>May depend on the model, the options, the scene and the layouts; nothing below depends on it, and a caller
 * needs nothing else to draw a map.
 */
@NullMarked
package org.dssamap.render;

import org.jspecify.annotations.NullMarked;
