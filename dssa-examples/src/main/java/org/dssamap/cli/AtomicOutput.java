package org.dssamap.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes an output file so that it is either wholly new or untouched: the content goes to a temporary file in
 * the target's directory, is forced to disk, and then replaces the target in one atomic rename. On any failure
 * (an exception while producing the content, a full disk) the temporary file is deleted and the target keeps
 * what it had, so a failing command never leaves a partial file behind and never clobbers a good one.
 */
public final class AtomicOutput {
  private static final Set<PosixFilePermission> NEW_FILE_PERMISSIONS = PosixFilePermissions.fromString("rw-r--r--");

  private AtomicOutput() {}

  /** Produces the bytes of an output file. */
  @FunctionalInterface
  public interface Content {
    /** Writes the whole content to {@code out}; the stream is closed by the caller. */
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes {@code text} as UTF-8 to {@code target}, atomically. */
  public static void writeString(Path target, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    write(target, out -> out.write(bytes));
  }

  /** Writes {@code bytes} to {@code target}, atomically. */
  public static void writeBytes(Path target, byte[] bytes) {
    write(target, out -> out.write(bytes));
  }

  /**
   * Writes what {@code content} produces to {@code target}, atomically.
   *
   * @throws CommandFailure when the file cannot be written (the reason is in its message; the target is untouched)
   */
  public static void write(Path target, Content content) {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    String name = String.valueOf(absolute.getFileName());
    if (Files.isDirectory(absolute)) {
      throw CommandFailure.io(target.toString(), "cannot write: it is a directory", null);
    }
    if (dir == null || !Files.isDirectory(dir)) {
      throw CommandFailure.io(target.toString(), "cannot write: directory " + dir + " does not exist", null);
    }
    Path temp;
    try {
      temp = Files.createTempFile(dir, "." + name + ".", ".tmp");
    } catch (IOException e) {
      throw CommandFailure.io(target.toString(), "cannot write: " + describe(e), e);
    }
    boolean moved = false;
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      keepPermissions(absolute, temp);
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
      syncDirectory(dir);
    } catch (IOException e) {
      throw CommandFailure.io(target.toString(), "cannot write: " + describe(e), e);
    } finally {
      if (!moved) {
        deleteQuietly(temp);
      }
    }
  }

  /** A short reason for an I/O failure, for a person: "no such file or directory" rather than a class name. */
  public static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return fse.getReason();
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  // A temporary file is created rw------- for safety; the result should look like any other file the user
  // writes, or keep the mode of the file it replaces.
  private static void keepPermissions(Path target, Path temp) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
    if (view == null) {
      return;
    }
    Set<PosixFilePermission> permissions = Files.exists(target)
        ? Files.getPosixFilePermissions(target)
        : NEW_FILE_PERMISSIONS;
    view.setPermissions(permissions);
  }

  // Makes the rename itself durable; some file systems cannot open a directory, and then there is nothing to do.
  private static void syncDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // best effort: the data itself is already on disk
    }
  }

  private static void deleteQuietly(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      // nothing more can be done; the name starts with a dot and ends in .tmp, so it is recognisably debris
    }
  }
}
