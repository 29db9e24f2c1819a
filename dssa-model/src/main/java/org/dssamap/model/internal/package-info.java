/**
 * Helpers shared by the file formats of dssa-model and by nothing else: not exported by the module, not part
 * of the API, free to change in any release.
 *
 * <p>May depend on the model package and the JDK only.
 */
@NullMarked
package org.dssamap.model.internal;

import org.jspecify.annotations.NullMarked;
