/**
 * The renderer-neutral scene of a drawing (plain geometry, style and the meaning of each element), the
 * one Java2D painter that draws it, and hit-testing over it.
 *
 * <p>Depends on the model and Java2D only; knows no layout and no output format.
 */
@NullMarked
package org.dssamap.render.scene;

import org.jspecify.annotations.NullMarked;
