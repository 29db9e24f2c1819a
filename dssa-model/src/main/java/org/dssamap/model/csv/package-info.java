/**
 * The working group's spreadsheet: {@link org.dssamap.model.csv.PlacementSheet} reads and writes a map as a
 * placement CSV (one row per placement) and an optional relationships CSV, with every problem located by
 * {@code LINE:COL}; and reads the same sheets from rows that a spreadsheet reader found ({@link
 * org.dssamap.model.csv.SheetRow}), every problem located at its cell ({@code Placements!B7}). The sheets are
 * specified in {@code docs/formats.md} in the repository ("Placement sheet").
 *
 * <p>May depend on the model package, Apache Commons CSV and Guava.
 */
@NullMarked
package org.dssamap.model.csv;

import org.jspecify.annotations.NullMarked;
