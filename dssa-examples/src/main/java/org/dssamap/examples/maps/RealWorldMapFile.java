package org.dssamap.examples.maps;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.json.MapJson;

/**
 * The command that rebuilds the real-world map file from the source CSV files:
 *
 * <pre>{@code
 * java -cp dssa-examples-all.jar org.dssamap.examples.maps.RealWorldMapFile OUT.json [DATA_DIR] [--without-registrars]
 * }</pre>
 *
 * <p>Without {@code DATA_DIR} it reads the files bundled with the library. The output is canonical JSON, written
 * to a temporary file next to {@code OUT.json} and moved over it only when complete, so a failure never leaves a
 * half-written or clobbered file. Exit codes: 0 done, 1 the data is unusable, 2 usage.
 */
public final class RealWorldMapFile {
  private RealWorldMapFile() {}

  /** Runs the command and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command, printing to {@code out} and {@code err}, and returns its exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    List<String> positional = new ArrayList<>();
    boolean withRegistrars = true;
    for (String a : args) {
      if (a.equals("--without-registrars")) {
        withRegistrars = false;
      } else if (a.startsWith("-")) {
        err.println("unknown option " + a);
        return usage(err);
      } else {
        positional.add(a);
      }
    }
    if (positional.isEmpty() || positional.size() > 2) {
      return usage(err);
    }
    Path target = Path.of(positional.get(0));
    Optional<Path> dataDir = positional.size() == 2 ? Optional.of(Path.of(positional.get(1))) : Optional.empty();
    EcosystemMap map;
    try {
      RealWorldMapBuilder builder = dataDir.map(RealWorldMapBuilder::fromDirectory)
          .orElseGet(RealWorldMapBuilder::fromBundledData);
      map = builder.withRegistrars(withRegistrars).build();
    } catch (IllegalArgumentException | UncheckedIOException e) {
      err.println(e.getMessage());
      return 1;
    }
    try {
      write(map, target);
    } catch (IOException e) {
      err.println(target + ": cannot write: " + e.getMessage());
      return 1;
    }
    out.println(target + ": " + map.organizations().size() + " organizations, " + map.placements().size()
        + " placements, " + map.relationships().size() + " relationships");
    return 0;
  }

  /**
   * Writes {@code map} as canonical JSON to {@code target}, replacing it only once the new content is complete.
   *
   * @throws IOException when the file cannot be written; {@code target} is then untouched
   */
  public static void write(EcosystemMap map, Path target) throws IOException {
    Path dir = Objects.requireNonNull(target.toAbsolutePath().getParent(), "a file's directory");
    Files.createDirectories(dir);
    // Not Files.createTempFile: its owner-only permissions would end up on the published file.
    Path tmp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      try (OutputStream o = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW)) {
        o.write(MapJson.write(map).getBytes(StandardCharsets.UTF_8));
      }
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static int usage(PrintStream err) {
    err.println("usage: RealWorldMapFile OUT.json [DATA_DIR] [--without-registrars]");
    return 2;
  }
}
