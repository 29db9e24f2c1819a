package org.dssamap.examples.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dssamap.examples.maps.BundledMaps;
import org.dssamap.model.json.MapJson;

/**
 * {@code startup}: what a user waits for when typing {@code ./dssa validate} on the call map, the whole command
 * as a new process through the {@code ./dssa} launcher (its JVM options, its class-data sharing archive),
 * against the least any Java command costs, {@code java -version} as a process. Both run the JVM this benchmark
 * runs on ({@code JAVA_HOME} is set to it for the launcher).
 */
final class StartupWorkload {
  private final Path launcher;
  private final Path map;
  private final String java;

  private StartupWorkload(Path launcher, Path map, String java) {
    this.launcher = launcher;
    this.map = map;
    this.java = java;
  }

  /**
   * The workload, when this code runs from the runnable jar of a source tree (the launcher is {@code dssa}
   * beside {@code dssa-examples}, two levels above the jar); empty otherwise, as when it runs from classes.
   */
  static Optional<StartupWorkload> find() {
    try {
      Path code = Path.of(StartupWorkload.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (!Files.isRegularFile(code) || code.getParent() == null || code.getParent().getParent() == null
          || code.getParent().getParent().getParent() == null) {
        return Optional.empty();
      }
      Path launcher = code.getParent().getParent().getParent().resolve("dssa");
      if (!Files.isExecutable(launcher)) {
        return Optional.empty();
      }
      Path map = Files.createTempFile("dssa-bench-call-", ".json");
      map.toFile().deleteOnExit();
      MapJson.write(BundledMaps.call2012(), map);
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      return Optional.of(new StartupWorkload(launcher, map, java));
    } catch (URISyntaxException | IOException | SecurityException e) {
      return Optional.empty();
    }
  }

  /** Ours: {@code ./dssa validate CALL-MAP} as a process, to its exit. */
  Integer ours() {
    return run(List.of(launcher.toString(), "validate", map.toString()));
  }

  /** The baseline: {@code java -version} as a process, to its exit. */
  Integer baseline() {
    return run(List.of(java, "-version"));
  }

  /**
   * Runs the launcher once, so that a first run (which builds the jar if sources changed, and records the
   * class-data sharing archive) is not timed; returns what it printed on stderr.
   */
  String prepare() {
    try {
      Process p = builder(List.of(launcher.toString(), "validate", map.toString()))
          .redirectError(ProcessBuilder.Redirect.PIPE).start();
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      int code = p.waitFor();
      if (code != 0) {
        throw new IllegalStateException("./dssa validate exited " + code + ": " + err);
      }
      return err;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private ProcessBuilder builder(List<String> command) {
    ProcessBuilder b = new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    b.environment().put("JAVA_HOME", System.getProperty("java.home"));
    return b;
  }

  private Integer run(List<String> command) {
    try {
      int code = builder(command).start().waitFor();
      if (code != 0) {
        throw new IllegalStateException(String.join(" ", command) + " exited " + code);
      }
      return code;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
