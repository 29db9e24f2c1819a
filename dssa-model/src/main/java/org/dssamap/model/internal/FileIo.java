package org.dssamap.model.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.dssamap.model.InvalidMapException;
import org.dssamap.model.Problem;

/**
 * Reading input files with a size bound, and writing output files so that a failure never leaves a partial
 * file behind nor clobbers a good one: the content goes to a temporary file beside the target, which then
 * replaces the target in one move.
 */
public final class FileIo {
  /** The largest input file the formats read, in bytes (256 MiB). */
  public static final long MAX_INPUT_BYTES = 256L << 20;

  private FileIo() {}

  /** Something that writes content to a stream. */
  @FunctionalInterface
  public interface Content {
    /** Writes the content; the stream is closed by the caller. */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Reads a whole stream, refusing more than {@link #MAX_INPUT_BYTES}.
   *
   * @throws InvalidMapException when the input is larger, reported against {@code sourceName}
   */
  public static byte[] readBounded(InputStream in, String sourceName) throws IOException {
    byte[] bytes = in.readNBytes((int) MAX_INPUT_BYTES + 1);
    if (bytes.length > MAX_INPUT_BYTES) {
      throw new InvalidMapException(sourceName, List.of(Problem.at("",
          "the file is larger than " + (MAX_INPUT_BYTES >> 20) + " MiB, the most dssa-map reads")));
    }
    return bytes;
  }

  /** Reads a whole file, refusing more than {@link #MAX_INPUT_BYTES}; problems name the file as given. */
  public static byte[] readBounded(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return readBounded(in, file.toString());
    }
  }

  /**
   * Writes every target or none: each content goes to a temporary file in its target's directory, and only
   * when all are written do they replace their targets.
   *
   * @param targets the files to write
   * @param contents what to write into each, in the same order
   */
  public static void replaceAll(List<Path> targets, List<Content> contents) throws IOException {
    if (targets.size() != contents.size()) {
      throw new IllegalArgumentException(targets.size() + " targets for " + contents.size() + " contents");
    }
    Path[] temporaries = new Path[targets.size()];
    try {
      for (int i = 0; i < targets.size(); i++) {
        Path target = targets.get(i).toAbsolutePath();
        temporaries[i] = createTemporary(target);
        try (OutputStream out = Files.newOutputStream(temporaries[i])) {
          contents.get(i).writeTo(out);
        }
        // A replaced file keeps its mode; a new one has what the umask gives (not Files.createTempFile's rw-------).
        if (Files.isRegularFile(target)
            && Files.getFileAttributeView(temporaries[i], PosixFileAttributeView.class) != null) {
          Files.setPosixFilePermissions(temporaries[i], Files.getPosixFilePermissions(target));
        }
      }
      for (int i = 0; i < targets.size(); i++) {
        move(temporaries[i], targets.get(i));
        temporaries[i] = null;
      }
    } finally {
      for (Path t : temporaries) {
        if (t != null) {
          Files.deleteIfExists(t);
        }
      }
    }
  }

  /** An empty file beside {@code target}, with the permissions the process's umask gives a new file. */
  private static Path createTemporary(Path target) throws IOException {
    while (true) {
      Path temp = target.resolveSibling("." + target.getFileName() + "."
          + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36) + ".tmp");
      try {
        return Files.createFile(temp);
      } catch (FileAlreadyExistsException e) {
        // another name
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
