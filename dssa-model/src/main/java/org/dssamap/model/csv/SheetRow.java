package org.dssamap.model.csv;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.IntStream;
import org.dssamap.model.Problem;

/**
 * One row of a sheet as a program other than the CSV reader holds it (a spreadsheet's row, read with a workbook
 * library), for {@link PlacementSheet#readRows}: the text of each cell, and where the row and each cell are, so
 * that a problem is located where the person who typed the value will look for it.
 *
 * <p>Locations are in the forms of {@link Problem#location()}; for a spreadsheet, {@link #of(String, int, List)}
 * gives them ({@code Placements!B7}, the row {@code Placements!7:7}). A cell may be located elsewhere than in its
 * row, when the value comes from another sheet (an organization's details kept once on a sheet of their own).
 *
 * @param location where the row is; also how a message names it ({@code "… but Placements!7:7 gives …"})
 * @param values the text of the cells, left to right, empty for an empty cell, as typed: no formula escape is
 *     undone (a spreadsheet cell holds text as text)
 * @param cellLocations where each value is, one per value
 */
public record SheetRow(String location, ImmutableList<String> values, ImmutableList<String> cellLocations) {
  /** Checks the parts. */
  public SheetRow {
    requireNonNull(location, "location");
    checkArgument(!location.isEmpty(), "a row has a location");
    values = ImmutableList.copyOf(requireNonNull(values, "values"));
    cellLocations = ImmutableList.copyOf(requireNonNull(cellLocations, "cellLocations"));
    checkArgument(values.size() == cellLocations.size(), "one location per value: %s values, %s locations",
        values.size(), cellLocations.size());
  }

  /**
   * The row {@code row} of the spreadsheet {@code sheet}, its values in columns A, B, C, …: located at {@code
   * Sheet!ROW:ROW}, each cell at {@code Sheet!A7}, {@code Sheet!B7}, ….
   *
   * @param row 1-based, as a spreadsheet numbers rows
   */
  public static SheetRow of(String sheet, int row, List<String> values) {
    return new SheetRow(Problem.sheetRow(sheet, row), ImmutableList.copyOf(values),
        IntStream.range(0, values.size()).mapToObj(c -> Problem.sheetCell(sheet, row, c + 1))
            .collect(ImmutableList.toImmutableList()));
  }

  /** The location of the value in {@code column} (0-based); the row's location past the last value. */
  String at(int column) {
    return column < cellLocations.size() ? cellLocations.get(column) : location;
  }
}
