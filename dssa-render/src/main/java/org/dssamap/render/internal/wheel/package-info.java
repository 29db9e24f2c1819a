/**
 * Lays a map out as the wheel: rings for the layers, a sector per function split by dimension.
 *
 * <p>Produces a scene; never paints. Reached through {@code org.dssamap.render.MapRenderer}.
 *
 * <p>Internal: not API. The module does not export this package, it makes no compatibility promise, and any
 * release may change or remove it; the API compatibility check (japicmp) leaves it out.
 */
@NullMarked
package org.dssamap.render.internal.wheel;

import org.jspecify.annotations.NullMarked;
