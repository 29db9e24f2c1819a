/**
 * SVG output through JFreeSVG: structure hints, escaping and the accessible root element.
 *
 * <p>The only package that knows JFreeSVG. Internal: reached through {@link org.dssamap.render.MapRenderer}.
 */
@NullMarked
package org.dssamap.render.svg;

import org.jspecify.annotations.NullMarked;
