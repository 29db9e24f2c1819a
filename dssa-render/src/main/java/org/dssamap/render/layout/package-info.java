/**
 * What the wheel and the table lay out alike: the filtered content of a map, colours, text measuring and
 * wrapping, tooltips and the legend.
 *
 * <p>Depends on the model, the options and the scene. Internal.
 */
@NullMarked
package org.dssamap.render.layout;

import org.jspecify.annotations.NullMarked;
