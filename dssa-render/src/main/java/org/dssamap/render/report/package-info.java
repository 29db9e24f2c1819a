/**
 * The one-page HTML report of a map, {@link org.dssamap.render.report.HtmlReport}, the page {@code dssa report}
 * writes: the wheel and the table inline as SVG, the findings of the analysis as tables, the organizations and the
 * catalog's definitions with their sources. The page is self-contained and works offline: no scripts, fonts, style
 * sheets or images from anywhere, enforced by its Content-Security-Policy. Described under {@code dssa report} in
 * {@code docs/command-line.md} of the dssa-map repository.
 */
@NullMarked
package org.dssamap.render.report;

import org.jspecify.annotations.NullMarked;
