package org.dssamap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * What only a real process shows: standard output on a full disk, signals in the middle of a write, the umask,
 * the JVM running out of memory. Each test starts the command line as {@code java -cp} with this test's class
 * path, and is bounded in time.
 */
@EnabledOnOs(OS.LINUX)
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class CliProcessTest {
  @TempDir
  Path dir;

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static List<String> command(List<String> jvmOptions, String mainClass, String... args) {
    List<String> command = new ArrayList<>();
    command.add(java());
    command.add("-Djava.awt.headless=true");
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    command.addAll(List.of(args));
    return command;
  }

  private record Run(int exitCode, String err) {
    /** What stderr says besides progress ({@code dssa: reading m.json…}, {@code …: done in 2.2 s}), which a slow
     * machine adds. */
    List<String> lines() {
      return err.lines().filter(l -> !l.endsWith("…") && !l.matches("dssa: .*: done in [0-9.]+ s")).toList();
    }
  }

  private Run run(ProcessBuilder pb) throws IOException, InterruptedException {
    Path err = Files.createTempFile(dir.getParent(), "stderr", ".txt");
    try {
      Process p = pb.redirectError(err.toFile()).start();
      assertTrue(p.waitFor(90, TimeUnit.SECONDS), "the command finishes");
      return new Run(p.exitValue(), Files.readString(err));
    } finally {
      Files.deleteIfExists(err);
    }
  }

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
  void standardOutputOnAFullDiskIsExitOneWithOneLine() throws Exception {
    Run r = run(new ProcessBuilder(command(List.of(), Dssa.class.getName(), "analyze", map().toString()))
        .redirectOutput(new File("/dev/full")));
    assertEquals(Dssa.EXIT_INVALID, r.exitCode(), r.err());
    assertEquals(List.of("dssa: standard output: cannot write: No space left on device"), r.lines(), r.err());
  }

  @Test
  void sigtermInTheMiddleOfAWriteLeavesNoTemporaryFile() throws Exception {
    Path target = dir.resolve("out.json");
    Process p = new ProcessBuilder(command(List.of(), SlowWrite.class.getName(), target.toString()))
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      assertEquals("writing", out.readLine());
      assertEquals(1, listing().size(), "the temporary file, being written");
      p.destroy(); // SIGTERM
      assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    }
    assertEquals(List.of(), listing(), "no temporary file, no half-written target");
  }

  @Test
  void kill9LeavesATemporaryFileThatTheNextWriteRemovesOnceItIsStale() throws Exception {
    Path target = dir.resolve("out.json");
    Process p = new ProcessBuilder(command(List.of(), SlowWrite.class.getName(), target.toString()))
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      assertEquals("writing", out.readLine());
      p.destroyForcibly(); // SIGKILL: no hook runs
      assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    }
    List<String> left = listing();
    assertEquals(1, left.size());
    assertTrue(left.get(0).matches("\\.out\\.json\\.dssa-" + p.pid() + "-[0-9a-z]+-[0-9a-z]+\\.tmp"), left.get(0));
    Path temp = dir.resolve(left.get(0));
    // written to a moment ago: it might be a live write of a process this one cannot see, so it stays
    AtomicOutput.writeString(dir.resolve("other.json"), "{}\n");
    assertTrue(Files.exists(temp));
    Files.setLastModifiedTime(temp, FileTime.fromMillis(
        System.currentTimeMillis() - AtomicOutput.STALE_AFTER.toMillis() - 1_000));
    AtomicOutput.writeString(dir.resolve("other.json"), "{}\n");
    assertEquals(List.of("other.json"), listing());
  }

  @Test
  void newOutputsHonourTheUmaskAndReplacedOnesKeepTheirMode() throws Exception {
    Path map = map();
    String cp = System.getProperty("java.class.path");
    for (String[] c : new String[][] {{"077", "rw-------"}, {"022", "rw-r--r--"}, {"002", "rw-rw-r--"}}) {
      Path out = dir.resolve("out-" + c[0] + ".json");
      String script = "umask " + c[0] + " && exec \"$0\" -cp \"$1\" " + Dssa.class.getName()
          + " convert \"$2\" \"$3\"";
      Run r = run(new ProcessBuilder("sh", "-c", script, java(), cp, map.toString(), out.toString()));
      assertEquals(0, r.exitCode(), r.err());
      assertEquals(c[1], PosixFilePermissions.toString(Files.getPosixFilePermissions(out)), c[0]);
    }
    Path kept = dir.resolve("out-077.json");
    Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-r-----"));
    Run r = run(new ProcessBuilder("sh", "-c", "umask 000 && exec \"$0\" -cp \"$1\" " + Dssa.class.getName()
        + " convert \"$2\" \"$3\"", java(), cp, map.toString(), kept.toString()));
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)));
  }

  @Test
  void runningOutOfMemoryOnAValidInputIsOneLineAndLeavesNoFile() throws Exception {
    Path out = dir.resolve("wheel.png");
    Run r = run(new ProcessBuilder(command(List.of("-Xmx64m"), Dssa.class.getName(), "render", map().toString(),
        "--width", "10000", "-o", out.toString())));
    assertEquals(Dssa.EXIT_INVALID, r.exitCode(), r.err());
    List<String> lines = r.lines();
    assertEquals(1, lines.size(), r.err());
    assertTrue(lines.get(0).startsWith("dssa: out of memory while drawing " + out + " (Java heap space; this JVM "
        + "may use at most "), lines.get(0));
    assertTrue(lines.get(0).contains("DSSA_JAVA_OPTS=-Xmx2g"), lines.get(0));
    assertFalse(r.err().contains("\tat "), r.err());
    assertEquals(List.of("m.json"), listing());
  }
}
