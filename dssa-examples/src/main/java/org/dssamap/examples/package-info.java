/**
 * The pictures the README shows ({@link org.dssamap.examples.ReadmePictures}), made from the bundled maps.
 */
@NullMarked
package org.dssamap.examples;

import org.jspecify.annotations.NullMarked;
