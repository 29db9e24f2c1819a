package org.dssamap.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The files one command reads and writes, checked before anything is read or written, so that a slip of the
 * keyboard cannot destroy an input: an output that is an input (by name, through a symbolic link or a hard link)
 * is refused unless it is the same kind of file, which makes the command an update in place (still atomic); two
 * outputs that are one file are refused. Standard output ({@code -}) is no file.
 *
 * <pre>{@code
 * new FileRoles("dssa analyze")
 *     .input("FILE", file, "map")
 *     .output("--out", out, "analysis")
 *     .check();
 * }</pre>
 */
final class FileRoles {
  /** What the command line writes for standard output in place of a file name. */
  static final String STANDARD_OUTPUT = "-";

  private final String command;
  private final List<Role> inputs = new ArrayList<>();
  private final List<Role> outputs = new ArrayList<>();
  private boolean publicView;

  /** The roles of {@code command}, as its messages name it ({@code dssa analyze}). */
  FileRoles(String command) {
    this.command = command;
  }

  /** A file named on the command line: the option or parameter that names it, the path, what it holds. */
  private record Role(String name, Path path, String kind) {
    String describe() {
      return name + " " + path;
    }
  }

  /** Whether {@code path} is {@code -}, standard output. */
  static boolean isStandardOutput(@Nullable Path path) {
    return path != null && path.toString().equals(STANDARD_OUTPUT);
  }

  /**
   * Says whether the command writes a public view ({@code --public}): then no update in place is allowed either,
   * since it would drop the input's restricted placements.
   */
  FileRoles publicView(boolean isPublic) {
    this.publicView = isPublic;
    return this;
  }

  /** Adds a file the command reads; a null path (an option not given) is ignored. */
  FileRoles input(String name, @Nullable Path path, String kind) {
    if (path != null) {
      inputs.add(new Role(name, path, kind));
    }
    return this;
  }

  /** Adds a file the command writes; a null path and {@code -} are ignored. */
  FileRoles output(String name, @Nullable Path path, String kind) {
    if (path != null && !isStandardOutput(path)) {
      outputs.add(new Role(name, path, kind));
    }
    return this;
  }

  /**
   * Refuses an output that is an input of another kind, or another output, or cannot be written at all.
   *
   * @throws CommandFailure a usage error naming both files; for an output that cannot be written (a directory, a
   *     missing directory), exit code 1 and the reason
   */
  void check() {
    for (int i = 0; i < outputs.size(); i++) {
      Role out = outputs.get(i);
      // a missing directory is said at once, not after reading a large input
      AtomicOutput.checkTarget(out.path());
      for (Role in : inputs) {
        if (sameFile(out.path(), in.path())) {
          if (!out.kind().equals(in.kind())) {
            throw CommandFailure.usage(command + ": " + out.describe() + " is the same file as " + in.describe()
                + ": writing the " + out.kind() + " there would destroy the " + in.kind() + "; name another file");
          }
          if (publicView) {
            throw CommandFailure.usage(command + ": " + out.describe() + " is the same file as " + in.describe()
                + ": under --public, writing there would drop its restricted placements; name another file");
          }
        }
      }
      for (Role other : outputs.subList(0, i)) {
        if (sameFile(out.path(), other.path())) {
          throw CommandFailure.usage(command + ": " + other.describe() + " and " + out.describe()
              + " are the same file; expected a different file for each");
        }
      }
    }
  }

  /**
   * Whether {@code a} and {@code b} name one file: the same file when both exist (links followed), else the same
   * name in the same directory once the directory's links are resolved.
   */
  static boolean sameFile(Path a, Path b) {
    try {
      if (Files.exists(a) && Files.exists(b)) {
        return Files.isSameFile(a, b);
      }
    } catch (IOException e) {
      // fall back to comparing names
    }
    return location(a).equals(location(b));
  }

  private static Path location(Path p) {
    Path absolute = p.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    Path name = absolute.getFileName();
    if (parent == null || name == null) {
      return absolute;
    }
    try {
      return parent.toRealPath().resolve(name);
    } catch (IOException e) {
      return absolute;
    }
  }
}
