/**
 * The example maps that ship with dssa-map: the working group's own first try from its call of 24 August 2012
 * ({@link org.dssamap.examples.maps.BundledMaps#call2012()}), and a map of today's ecosystem derived from public
 * IANA and ICANN data by documented rules ({@link org.dssamap.examples.maps.RealWorldMapBuilder}).
 *
 * <p>Depends on the model and its JSON format; knows nothing of rendering or the command line.
 */
@NullMarked
package org.dssamap.examples.maps;

import org.jspecify.annotations.NullMarked;
