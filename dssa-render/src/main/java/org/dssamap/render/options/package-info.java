/**
 * How a map is drawn: {@link org.dssamap.render.options.RenderOptions} (size, filters, highlight, colouring),
 * {@link org.dssamap.render.options.Theme} (palette, fonts, ring shades) and
 * {@link org.dssamap.render.options.ColorBy}. The facade ({@code org.dssamap.render}) and every layout read them, so
 * they live below both.
 *
 * <p>Depends on {@code dssa-model} and {@code org.dssamap.render.scene} only.
 */
@NullMarked
package org.dssamap.render.options;

import org.jspecify.annotations.NullMarked;
