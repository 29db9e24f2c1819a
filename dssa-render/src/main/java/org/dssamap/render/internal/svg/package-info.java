/**
 * SVG output through JFreeSVG: structure hints, escaping and the accessible root element.
 *
 * <p>The only package that knows JFreeSVG; reached through {@link org.dssamap.render.MapRenderer}.
 *
 * <p>Internal: not API. The module does not export this package, it makes no compatibility promise, and any
 * release may change or remove it; the API compatibility check (japicmp) leaves it out.
 */
@NullMarked
package org.dssamap.render.internal.svg;

import org.jspecify.annotations.NullMarked;
