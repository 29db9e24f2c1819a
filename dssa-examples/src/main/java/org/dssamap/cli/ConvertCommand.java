package org.dssamap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dssamap.examples.workbook.MapWorkbook;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.csv.PlacementSheet;
import org.dssamap.model.json.MapJson;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dssa convert IN OUT}: a map from one file format to the other, by the files' extensions. */
@Command(name = "convert",
    header = "Converts a map between JSON, CSV and the .xlsx table, by the files' extensions.",
    description = {
        "JSON output is canonical: stable order, byte-identical for equal maps. CSV output is the placement",
        "sheet; what a sheet cannot hold (the title, the date, relationships unless --relationships-out is",
        "given, ...) is named on stderr. XLSX output is the table as a workbook (placements, relationships and",
        "organizations sheets): it holds what the CSV sheets hold, and names on stderr what it leaves out.",
        "The output is replaced only once it is completely written."})
final class ConvertCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec = CommandSpec.create();

  @Mixin
  private MapInput input = new MapInput();

  @Mixin
  private PublicOption publicOption = new PublicOption();

  @Option(names = "--relationships-out", paramLabel = "FILE",
      description = "With a .csv OUT: also write the relationships, as a CSV file.")
  private @Nullable Path relationshipsOut;

  @Parameters(index = "0", paramLabel = "IN", description = "The map to read: .json, .csv or .xlsx.")
  private Path in = Path.of("");

  @Parameters(index = "1", paramLabel = "OUT", description = "The file to write: .json, .csv or .xlsx.")
  private Path out = Path.of("");

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    MapFormat.of(in);
    MapFormat outFormat = MapFormat.of(out);
    Path relationshipsFile = relationshipsOut;
    if (relationshipsFile != null && (outFormat != MapFormat.CSV || MapFormat.of(relationshipsFile) != MapFormat.CSV)) {
      throw CommandFailure.usage("dssa convert: --relationships-out is for a .csv OUT, and names a .csv file");
    }
    input.inputs(new FileRoles("dssa convert").publicView(publicOption.isSet()), "IN", in)
        .output("OUT", out, MapInput.kind(out))
        .output("--relationships-out", relationshipsFile, "relationships sheet")
        .check();
    EcosystemMap map = publicOption.apply(Progress.get(err, "reading " + in, () -> input.load(in)));
    Progress.run(err, "writing " + out, () -> {
      switch (outFormat) {
        case JSON -> AtomicOutput.write(out, o -> MapJson.write(map, o));
        case CSV -> writeSheets(map, out, relationshipsFile, err);
        case XLSX -> {
          MapWorkbook.unrepresentable(map).forEach(l -> err.println("dssa convert: " + out + " leaves out: " + l));
          byte[] workbook = workbook(() -> MapWorkbook.write(map), out, "dssa convert");
          AtomicOutput.write(out, o -> o.write(workbook));
        }
      }
    });
    return Dssa.EXIT_OK;
  }

  /**
   * Makes a workbook, or fails as invalid input (exit 1, nothing written) when a value is too long for a cell.
   */
  static byte[] workbook(java.util.function.Supplier<byte[]> making, Path out, String command) {
    try {
      return making.get();
    } catch (org.dssamap.examples.workbook.Workbooks.CellTooLongException e) {
      throw CommandFailure.invalid(List.of(command + ": " + out + ": cannot write the workbook: " + e.getMessage()
          + " (write .json, which has no such limit)"));
    }
  }

  /** A UTF-8 writer on {@code out} that refuses what UTF-8 cannot encode instead of writing '?'. */
  private static java.io.Writer utf8(java.io.OutputStream out) {
    return new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8.newEncoder());
  }

  private static void writeSheets(EcosystemMap map, Path out, @Nullable Path relationshipsFile, PrintWriter err) {
    List<String> lost = new ArrayList<>(PlacementSheet.unrepresentable(map));
    if (relationshipsFile == null && !map.relationships().isEmpty()) {
      int n = map.relationships().size();
      lost.add(n + (n == 1 ? " relationship" : " relationships") + " (give --relationships-out FILE.csv to keep them)");
    }
    lost.forEach(l -> err.println("dssa convert: " + out + " leaves out: " + l));
    // Both sheets or neither: each is written to its temporary file before either replaces its target.
    if (relationshipsFile == null) {
      AtomicOutput.write(out, o -> PlacementSheet.writePlacements(map, utf8(o)));
    } else {
      AtomicOutput.writeAll(List.of(out, relationshipsFile), List.of(
          o -> PlacementSheet.writePlacements(map, utf8(o)),
          o -> PlacementSheet.writeRelationships(map, utf8(o))));
    }
  }
}
