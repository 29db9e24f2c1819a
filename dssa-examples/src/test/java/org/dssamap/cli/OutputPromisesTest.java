package org.dssamap.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dssamap.model.json.MapJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** What the command line promises about its outputs: they never destroy an input, never lie, never linger. */
class OutputPromisesTest {
  @TempDir
  Path dir;

  private Path map() throws IOException {
    Path map = dir.resolve("m.json");
    Files.copy(Path.of(AnalysisCommandsTest.callMap("call-map.json")), map);
    return map;
  }

  private List<String> listing() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void aFifoGivenAsOutputIsWrittenThroughForItsReaderAndStaysAFifo() throws Exception {
    Path map = map();
    Path fifo = dir.resolve("fifo");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertEquals(0, mkfifo.waitFor());
    CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
      try (InputStream in = Files.newInputStream(fifo)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    Cli r = Cli.run("analyze", map.toString(), "-o", fifo.toString());
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(reader.get(30, TimeUnit.SECONDS).contains("uncovered  incident-response/external/core"));
    assertFalse(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS), "still a FIFO");
    assertEquals(List.of("fifo", "m.json"), listing(), "no temporary file");
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void devNullGivenAsOutputIsWrittenToNotReplaced() throws IOException {
    Cli r = Cli.run("analyze", map().toString(), "-o", "/dev/null");
    assertEquals(0, r.exitCode(), r::toString);
    assertFalse(Files.isRegularFile(Path.of("/dev/null")));
    assertEquals("", r.out());
  }

  @Test
  void aDashMeansStandardOutputAndNoFileNamedDash() throws IOException {
    Path map = map();
    Cli analysis = Cli.run("analyze", map.toString(), "-o", "-");
    assertEquals(0, analysis.exitCode(), analysis::toString);
    assertTrue(analysis.out().contains("uncovered  incident-response/external/core"), analysis::toString);
    Cli report = Cli.run("report", map.toString(), "-o", "-");
    assertEquals(0, report.exitCode(), report::toString);
    assertTrue(report.out().startsWith("<!DOCTYPE html>"), report::toString);
    Cli questionnaire = Cli.run("survey", "export", map.toString(), "--org", "cira", "-o", "-");
    assertEquals(0, questionnaire.exitCode(), questionnaire::toString);
    assertTrue(questionnaire.out().contains("\"format\": \"dssa-survey/1\""), questionnaire::toString);
    assertFalse(Files.exists(Path.of("-")));
    assertEquals(List.of("m.json"), listing());
  }

  @Test
  void anOutputThatIsTheInputIsRefusedAndTheInputKept() throws IOException {
    Path map = map();
    byte[] before = Files.readAllBytes(map);
    Files.createSymbolicLink(dir.resolve("link.txt"), map);
    Files.createLink(dir.resolve("hard.json"), map);
    for (List<String> args : List.of(
        List.of("analyze", map.toString(), "-o", map.toString()),
        List.of("analyze", map.toString(), "-o", dir.resolve(".").resolve("m.json").toString()),
        List.of("analyze", map.toString(), "-o", dir.resolve("link.txt").toString()),
        List.of("diff", map.toString(), dir.resolve("hard.json").toString(), "-o", dir.resolve("hard.json").toString()),
        List.of("survey", "export", map.toString(), "--org", "cira", "-o", map.toString()))) {
      Cli r = Cli.run(args.toArray(String[]::new));
      assertEquals(Dssa.EXIT_USAGE, r.exitCode(), () -> args + ": " + r);
      assertTrue(r.errLines().get(0).matches(".* is the same file as (FILE|OLD) .*"), () -> args + ": " + r);
      assertTrue(r.errLines().get(0).contains("would destroy the map; name another file"), () -> args + ": " + r);
      assertArrayEquals(before, Files.readAllBytes(map), args::toString);
    }
    assertEquals(List.of("hard.json", "link.txt", "m.json"), listing());
  }

  @Test
  void writingTheSameKindOfFileInPlaceIsAnAtomicUpdate() throws IOException {
    Path map = map();
    Cli canonical = Cli.run("convert", map.toString(), map.toString());
    assertEquals(0, canonical.exitCode(), canonical::toString);
    assertEquals(MapJson.read(Path.of(AnalysisCommandsTest.callMap("call-map.json"))), MapJson.read(map));
    Path questionnaire = dir.resolve("q.json");
    assertEquals(0, Cli.run("survey", "export", map.toString(), "--org", "cira", "-o", questionnaire.toString())
        .exitCode());
    Cli apply = Cli.run("survey", "apply", map.toString(), questionnaire.toString(), "-o", map.toString(), "--by",
        "cira", "--on", "2012-09-14");
    assertEquals(0, apply.exitCode(), apply::toString);
    assertEquals(List.of("m.json", "q.json"), listing());
    // but not under --public, which would drop the map's restricted placements
    byte[] before = Files.readAllBytes(map);
    Cli publicView = Cli.run("convert", "--public", map.toString(), map.toString());
    assertEquals(Dssa.EXIT_USAGE, publicView.exitCode(), publicView::toString);
    assertTrue(publicView.errLines().get(0).endsWith("under --public, writing there would drop its restricted "
        + "placements; name another file"), publicView::toString);
    assertArrayEquals(before, Files.readAllBytes(map));
  }

  @Test
  void twoOutputsOfOneCommandOnOnePathAreRefused() throws IOException {
    Path map = map();
    Path csv = dir.resolve("out.csv");
    Cli convert = Cli.run("convert", map.toString(), csv.toString(), "--relationships-out",
        dir.resolve(".").resolve("out.csv").toString());
    assertEquals(Dssa.EXIT_USAGE, convert.exitCode(), convert::toString);
    assertTrue(convert.errLines().get(0).endsWith("are the same file; expected a different file for each"),
        convert::toString);
    Path questionnaire = dir.resolve("q.json");
    assertEquals(0, Cli.run("survey", "export", map.toString(), "--org", "cira", "-o", questionnaire.toString())
        .exitCode());
    Cli apply = Cli.run("survey", "apply", map.toString(), questionnaire.toString(), "-o",
        dir.resolve("next.json").toString(), "--log", dir.resolve("next.json").toString());
    assertEquals(Dssa.EXIT_USAGE, apply.exitCode(), apply::toString);
    Cli log = Cli.run("survey", "apply", map.toString(), questionnaire.toString(), "-o",
        dir.resolve("next.json").toString(), "--log", questionnaire.toString());
    assertEquals(Dssa.EXIT_USAGE, log.exitCode(), log::toString);
    assertTrue(log.errLines().get(0).contains("would destroy the responses"), log::toString);
    assertEquals(List.of("m.json", "q.json"), listing());
  }

  @Test
  void aFailedWriteToStandardOutputIsExitOneWithOneLine() throws IOException {
    OutputStream full = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    };
    Path map = map();
    StringWriter err = new StringWriter();
    int code = Dssa.execute(new CheckedWriter(full, StandardCharsets.UTF_8), new PrintWriter(err), "analyze",
        map.toString());
    assertEquals(Dssa.EXIT_INVALID, code, err::toString);
    assertEquals("dssa: standard output: cannot write: No space left on device\n", err.toString());
    // a writer that only knows that it failed still fails the command
    StringWriter err2 = new StringWriter();
    int code2 = Dssa.execute(new PrintWriter(full), new PrintWriter(err2), "validate", map.toString());
    assertEquals(Dssa.EXIT_INVALID, code2, err2::toString);
    assertEquals("dssa: standard output: cannot write: a write error\n", err2.toString());
  }

  @Test
  void aPngLargerThanAnImageMayBeIsAUsageErrorThatSaysTheLargestScale() throws IOException {
    Path out = dir.resolve("big.png");
    Cli r = Cli.run("render", map().toString(), "--width", "20000", "--scale", "8", "-o", out.toString());
    assertEquals(Dssa.EXIT_USAGE, r.exitCode(), r::toString);
    assertTrue(r.errLines().get(0).matches("dssa render: --width 20000 --scale 8 makes a PNG of 160000 x \\d+ "
        + "pixels \\([0-9,]+\\); the most is 268,435,456 pixels: at --width 20000 the largest --scale is 0\\.\\d+"),
        r::toString);
    assertEquals(List.of("m.json"), listing());
  }

  @Test
  void tempFilesOfAKilledProcessAreRemovedByTheNextWriteIntoTheirDirectory() throws Exception {
    Process gone = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-version")
        .redirectErrorStream(true).start();
    gone.getInputStream().readAllBytes();
    gone.waitFor();
    long deadPid = gone.pid();
    Path stale = dir.resolve(".out.json.dssa-" + deadPid + "-" + Long.toString(1_000_000, 36) + "-abc.tmp");
    Path recent = dir.resolve(".new.json.dssa-" + deadPid + "-" + Long.toString(1_000_000, 36) + "-def.tmp");
    Path live = dir.resolve(AtomicOutput.processMark().replace(".dssa-", ".x.json.dssa-") + "ghi.tmp");
    Path notOurs = dir.resolve(".out.json.123456.tmp");
    for (Path p : List.of(stale, recent, live, notOurs)) {
      Files.writeString(p, "half a file");
    }
    java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.fromMillis(
        System.currentTimeMillis() - AtomicOutput.STALE_AFTER.toMillis() - 60_000);
    for (Path p : List.of(stale, live, notOurs)) {
      Files.setLastModifiedTime(p, old);
    }
    AtomicOutput.writeString(dir.resolve("out.json"), "{}\n");
    // the dead process's old file goes; one changed a moment ago, this process's own and another tool's stay
    assertEquals(Stream.of(live, recent, notOurs, dir.resolve("out.json")).map(p -> p.getFileName().toString())
        .sorted().toList(), listing());
  }

  @Test
  void runningOutOfMemoryIsOneLineSayingWhereAndHowToGiveMore() {
    Cli r = Cli.run(Dssa.commandLine().addSubcommand("hungry", new Hungry()), "hungry");
    assertEquals(Dssa.EXIT_INVALID, r.exitCode(), r::toString);
    List<String> lines = r.errLines();
    assertEquals(1, lines.size(), r::toString);
    assertTrue(lines.get(0).matches("dssa: out of memory while reading huge\\.csv \\(Java heap space; this JVM may use "
        + "at most \\d+ MiB\\): give it more, e\\.g\\. DSSA_JAVA_OPTS=-Xmx\\d+g .*"), lines.get(0));
  }

  @picocli.CommandLine.Command(name = "hungry")
  static final class Hungry implements java.util.concurrent.Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      return Progress.get(spec.commandLine().getErr(), "reading huge.csv", () -> {
        throw new OutOfMemoryError("Java heap space");
      });
    }
  }
}
