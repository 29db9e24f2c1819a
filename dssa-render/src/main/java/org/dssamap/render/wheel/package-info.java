/**
 * Lays a map out as the wheel: rings for the layers, a sector per function split by dimension.
 *
 * <p>Produces a scene; never paints. Internal: reached through {@code org.dssamap.render.MapRenderer}.
 */
@NullMarked
package org.dssamap.render.wheel;

import org.jspecify.annotations.NullMarked;
