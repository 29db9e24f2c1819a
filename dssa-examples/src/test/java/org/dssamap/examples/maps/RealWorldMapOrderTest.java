package org.dssamap.examples.maps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.dssamap.model.EcosystemMap;
import org.junit.jupiter.api.Test;

/** The real-world map does not depend on the order of the rows in its source files. */
class RealWorldMapOrderTest {
  private static final EcosystemMap BASELINE = BundledMaps.realWorld();
  /** A bundled source file, parsed once: its header and its data rows. */
  private record Parsed(List<String> header, List<CSVRecord> records) {}

  private static final Map<String, Parsed> FILES = new HashMap<>();

  private static Parsed bundled(String name) {
    return FILES.computeIfAbsent(name, n -> {
      try (Reader r = new InputStreamReader(
              RealWorldMapBuilder.class.getResourceAsStream("data/" + n), StandardCharsets.UTF_8);
          CSVParser parser = CSVParser.parse(r,
              CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
        return new Parsed(parser.getHeaderNames(), parser.getRecords());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** The file as CSV text with its data rows in an order drawn from {@code random}, the header first. */
  private static String shuffled(Parsed file, Random random) {
    List<CSVRecord> records = new ArrayList<>(file.records());
    Collections.shuffle(records, random);
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out,
        CSVFormat.RFC4180.builder().setHeader(file.header().toArray(String[]::new)).get())) {
      for (CSVRecord r : records) {
        printer.printRecord(r.toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  @Test
  void shufflingTheRowsOfEverySourceFileGivesTheSameMap() {
    qt().withExamples(2).withShrinkCycles(0).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      EcosystemMap rebuilt = RealWorldMapBuilder
          .from(name -> new StringReader(shuffled(bundled(name), random)))
          .build();
      assertEquals(BASELINE, rebuilt);
    });
  }
}
