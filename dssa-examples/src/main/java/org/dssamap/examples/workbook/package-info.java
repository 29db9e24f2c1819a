/**
 * Spreadsheets (.xlsx, with Apache POI): the survey workbook of the verification round and the working group's
 * table as a workbook. Kept in dssa-examples so that the libraries stay light; the layouts are documented in
 * {@code docs/analysis-formats.md} and {@code docs/formats.md}.
 */
@NullMarked
package org.dssamap.examples.workbook;

import org.jspecify.annotations.NullMarked;
