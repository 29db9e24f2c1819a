/**
 * The rendering facade ({@link org.dssamap.render.MapRenderer}), its options and the theme.
 *
 * <p>May depend on the model, the scene and the layouts; a caller needs nothing else to draw a map.
 */
@NullMarked
package org.dssamap.render;

import org.jspecify.annotations.NullMarked;
