/**
 * The JSON map file ({@code "format": "dssa-map/1"}) and catalog file of dssa-map: {@link
 * org.dssamap.model.json.MapJson} reads them with every problem located by JSON path or {@code LINE:COL}, and
 * writes them in one canonical form, which {@link org.dssamap.model.json.CanonicalJson} offers to other documents
 * that embed organizations, placements and relationships. The formats are specified in {@code docs/formats.md} in
 * the repository, with JSON Schemas in {@code docs/schemas/}.
 *
 * <p>May depend on the model package, Jackson (core and databind) and Guava.
 */
@NullMarked
package org.dssamap.model.json;

import org.jspecify.annotations.NullMarked;
