/**
 * The one-page HTML report of a map ({@code dssa report}): the wheel and the table inline as SVG, the findings
 * of the analysis as tables, the organizations and the catalog's definitions with their sources. The page is
 * self-contained and works offline: no scripts, fonts, style sheets or images from anywhere, enforced by its
 * Content-Security-Policy. May depend on every dssa-map library module.
 */
@NullMarked
package org.dssamap.render.report;

import org.jspecify.annotations.NullMarked;
