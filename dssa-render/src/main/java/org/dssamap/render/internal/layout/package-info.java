/**
 * What the wheel and the table lay out alike: the filtered content of a map, colours, text measuring and
 * wrapping, tooltips and the legend.
 *
 * <p>Depends on the model, the options and the scene.
 *
 * <p>Internal: not API. The module does not export this package, it makes no compatibility promise, and any
 * release may change or remove it; the API compatibility check (japicmp) leaves it out.
 */
@NullMarked
package org.dssamap.render.internal.layout;

import org.jspecify.annotations.NullMarked;
