/**
 * Lays a map out as the table: functions down, layers and dimensions across.
 *
 * <p>Produces a scene; never paints. Internal: reached through {@code org.dssamap.render.MapRenderer}.
 */
@NullMarked
package org.dssamap.render.table;

import org.jspecify.annotations.NullMarked;
