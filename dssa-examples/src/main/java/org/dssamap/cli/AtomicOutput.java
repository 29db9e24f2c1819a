package org.dssamap.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Writes output files so that each is either wholly new or untouched: the content goes to a temporary file in
 * the target's directory, is forced to disk, and then replaces the target in one atomic rename. On any failure
 * (an exception while producing the content, a full disk, running out of memory) the temporary file is deleted
 * and the target keeps what it had, so a failing command never leaves a partial file behind and never clobbers a
 * good one.
 *
 * <ul>
 *   <li><b>Not a regular file.</b> A pipe (FIFO), a character device such as {@code /dev/null}, or a file
 *       descriptor path ({@code /dev/stdout}, {@code /dev/fd/N}) is written through, in place, as a shell
 *       redirection would: replacing it with a regular file would starve the reader (or, as root, replace a
 *       system device). Such a target cannot be atomic; a failure shows in the exit code. A block device or a
 *       socket is refused, and so is a directory.
 *   <li><b>Permissions.</b> A new file gets the permissions the process's umask gives a new file (the temporary
 *       file is created with default permissions); a replaced file keeps its mode.
 *   <li><b>Temporary files</b> are named {@code .NAME.dssa-PID-START-RANDOM.tmp}: the process id and its start
 *       time say whose they are. Those of a running command are deleted when the JVM is stopped (SIGTERM, Ctrl-C);
 *       those a killed command left behind ({@code kill -9}, a power cut) are deleted by the next write into the
 *       same directory, once their process has ended and they have not changed for {@link #STALE_AFTER}.
 * </ul>
 */
public final class AtomicOutput {
  /** How long a temporary file of an ended process must have been left unchanged before it is deleted. */
  public static final Duration STALE_AFTER = Duration.ofMinutes(1);

  /** The longest part of a target's name kept in its temporary file's name, so that the name stays legal. */
  private static final int NAME_IN_TEMPORARY = 100;
  private static final String TEMPORARY_GLOB = ".*.dssa-*.tmp";
  private static final Pattern TEMPORARY = Pattern.compile("\\.dssa-([0-9]+)-([0-9a-z]+)-[0-9a-z]+\\.tmp$");

  private static final long PID = ProcessHandle.current().pid();
  private static final long START_MILLIS = startMillis(ProcessHandle.current());
  /** The temporary files this process has created and not yet renamed or deleted. */
  private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
  private static final Thread CLEANUP = new Thread(AtomicOutput::deleteLive, "dssa-temporary-files");
  private static volatile boolean cleanupRegistered;

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
    writeAll(List.of(target), List.of(content));
  }

  /**
   * Writes several files, all or none as far as renames allow: every content is written to its temporary file
   * first, and only when all are complete do they replace their targets.
   *
   * @param targets the files to write, distinct
   * @param contents what to write into each, in the same order
   * @throws CommandFailure when a file cannot be written; no target has been replaced then
   */
  public static void writeAll(List<Path> targets, List<Content> contents) {
    if (targets.size() != contents.size()) {
      throw new IllegalArgumentException(targets.size() + " targets for " + contents.size() + " contents");
    }
    List<Kind> kinds = new ArrayList<>();
    for (Path target : targets) {
      kinds.add(kindOf(target));
    }
    Set<Path> swept = new HashSet<>();
    List<@Nullable Path> temporaries = new ArrayList<>();
    int current = 0;
    try {
      for (current = 0; current < targets.size(); current++) {
        if (kinds.get(current) != Kind.REPLACED) {
          temporaries.add(null);
          continue;
        }
        Path absolute = targets.get(current).toAbsolutePath();
        Path dir = Objects.requireNonNull(absolute.getParent(), "kindOf checked the directory");
        if (swept.add(dir)) {
          deleteStale(dir);
        }
        Path temp = createTemporary(dir, String.valueOf(absolute.getFileName()));
        temporaries.add(temp);
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
          OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
          contents.get(current).writeTo(out);
          out.flush();
          channel.force(true);
        }
        keepPermissions(absolute, temp);
      }
      for (current = 0; current < targets.size(); current++) {
        if (kinds.get(current) == Kind.WRITTEN_THROUGH) {
          writeThrough(targets.get(current), contents.get(current));
        }
      }
      for (current = 0; current < targets.size(); current++) {
        Path temp = temporaries.get(current);
        if (temp != null) {
          Path absolute = targets.get(current).toAbsolutePath();
          move(temp, absolute);
          LIVE.remove(temp);
          temporaries.set(current, null);
          syncDirectory(Objects.requireNonNull(absolute.getParent()));
        }
      }
    } catch (IOException e) {
      throw CommandFailure.io(targets.get(Math.min(current, targets.size() - 1)).toString(),
          "cannot write: " + describe(e), e);
    } finally {
      for (Path temp : temporaries) {
        if (temp != null) {
          deleteQuietly(temp);
        }
      }
    }
  }

  /** How an output is written. */
  private enum Kind {
    /** A regular file, or none yet: replaced by a temporary file in one rename. */
    REPLACED,
    /** A pipe, a character device or a file descriptor: written in place. */
    WRITTEN_THROUGH
  }

  private static final int TYPE_MASK = 0170000;
  private static final int FIFO = 0010000;
  private static final int BLOCK_DEVICE = 0060000;
  private static final int SOCKET = 0140000;

  /**
   * Checks, before any work, that {@code target} can be an output: not a directory, a block device or a socket, in
   * a directory that exists.
   *
   * @throws CommandFailure saying why it cannot be
   */
  static void checkTarget(Path target) {
    kindOf(target);
  }

  /** How {@code target} is to be written, or a failure saying why it cannot be. */
  private static Kind kindOf(Path target) {
    Path absolute = target.toAbsolutePath();
    if (isFileDescriptor(absolute)) {
      return Kind.WRITTEN_THROUGH;
    }
    if (Files.isDirectory(absolute)) {
      throw CommandFailure.io(target.toString(), "cannot write: it is a directory", null);
    }
    Path dir = absolute.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw CommandFailure.io(target.toString(), "cannot write: directory " + dir + " does not exist", null);
    }
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(absolute, BasicFileAttributes.class);
    } catch (IOException e) {
      return Kind.REPLACED; // nothing there (or a dangling link, which the rename replaces)
    }
    if (attributes.isRegularFile()) {
      return Kind.REPLACED;
    }
    int type = unixType(absolute);
    if (type == BLOCK_DEVICE) {
      throw CommandFailure.io(target.toString(), "cannot write: it is a block device; expected a file, a pipe "
          + "or a character device", null);
    }
    if (type == SOCKET) {
      throw CommandFailure.io(target.toString(), "cannot write: it is a socket; expected a file, a pipe or a "
          + "character device", null);
    }
    return Kind.WRITTEN_THROUGH;
  }

  /** The file type bits of {@code file}'s mode, or FIFO when the platform cannot tell (a non-regular file). */
  private static int unixType(Path file) {
    try {
      return (Integer) Files.getAttribute(file, "unix:mode") & TYPE_MASK;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
      return FIFO;
    }
  }

  /** {@code /dev/stdout}, {@code /dev/fd/1}, {@code /proc/self/fd/1}: an open file of this process by name. */
  private static boolean isFileDescriptor(Path absolute) {
    String s = absolute.normalize().toString();
    return s.equals("/dev/stdout") || s.equals("/dev/stderr") || s.startsWith("/dev/fd/")
        || s.startsWith("/proc/self/fd/") || s.startsWith("/proc/thread-self/fd/");
  }

  private static void writeThrough(Path target, Content content) throws IOException {
    // APPEND: a descriptor path opens the file anew; appending keeps what a shell's >> or earlier output put there.
    try (OutputStream out = new BufferedOutputStream(
        Files.newOutputStream(target, StandardOpenOption.WRITE, StandardOpenOption.APPEND), 1 << 16)) {
      content.writeTo(out);
      out.flush();
    }
  }

  /**
   * Creates an empty temporary file in {@code dir} for a target named {@code name}, with the permissions a new
   * file gets under the process's umask, and registers it for deletion if the JVM is stopped.
   */
  private static Path createTemporary(Path dir, String name) throws IOException {
    registerCleanup();
    String shortName = name.length() <= NAME_IN_TEMPORARY ? name : name.substring(0, NAME_IN_TEMPORARY);
    while (true) {
      Path temp = dir.resolve("." + shortName + ".dssa-" + PID + "-" + Long.toString(START_MILLIS, 36) + "-"
          + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36) + ".tmp");
      LIVE.add(temp);
      try {
        return Files.createFile(temp);
      } catch (FileAlreadyExistsException e) {
        LIVE.remove(temp);
      } catch (IOException | RuntimeException e) {
        LIVE.remove(temp);
        throw e;
      }
    }
  }

  private static void registerCleanup() {
    if (!cleanupRegistered) {
      synchronized (AtomicOutput.class) {
        if (!cleanupRegistered) {
          try {
            Runtime.getRuntime().addShutdownHook(CLEANUP);
          } catch (IllegalStateException e) {
            // the JVM is already shutting down; nothing can be registered any more
          }
          cleanupRegistered = true;
        }
      }
    }
  }

  private static void deleteLive() {
    for (Path temp : LIVE) {
      deleteQuietly(temp);
    }
  }

  /**
   * Deletes the temporary files in {@code dir} that a dssa process left behind when it was killed: named as
   * {@link #createTemporary} names them, their process ended (or its id now belongs to a process started later),
   * and unchanged for {@link #STALE_AFTER}. Best effort: what cannot be read or deleted is left alone.
   *
   * @return how many were deleted
   */
  static int deleteStale(Path dir) {
    int deleted = 0;
    Instant unchangedSince = Instant.now().minus(STALE_AFTER);
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, TEMPORARY_GLOB)) {
      for (Path file : files) {
        Matcher m = TEMPORARY.matcher(String.valueOf(file.getFileName()));
        if (!m.find()) {
          continue;
        }
        long pid;
        long start;
        try {
          pid = Long.parseLong(m.group(1));
          start = Long.parseLong(m.group(2), 36);
        } catch (NumberFormatException e) {
          continue;
        }
        if ((pid == PID && start == START_MILLIS) || isRunning(pid, start)) {
          continue;
        }
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (a.isRegularFile() && a.lastModifiedTime().compareTo(FileTime.from(unchangedSince)) < 0
            && Files.deleteIfExists(file)) {
          deleted++;
        }
      }
    } catch (IOException | RuntimeException e) {
      // a directory that cannot be listed, a file gone meanwhile: the write itself goes on
    }
    return deleted;
  }

  /** Whether the process that made a temporary file, {@code pid} started at {@code startMillis}, still runs. */
  private static boolean isRunning(long pid, long startMillis) {
    Optional<ProcessHandle> process = ProcessHandle.of(pid);
    if (process.isEmpty() || !process.get().isAlive()) {
      return false;
    }
    long start = startMillis(process.get());
    // Start times are known to the clock tick; a process that started later holds a reused id.
    return start == 0 || startMillis == 0 || Math.abs(start - startMillis) < 2_000;
  }

  private static long startMillis(ProcessHandle process) {
    return process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
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

  /** A replaced file keeps its mode; a new one keeps what the umask gave the temporary file. */
  private static void keepPermissions(Path target, Path temp) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
    if (view == null || !Files.isRegularFile(target)) {
      return;
    }
    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(target);
    view.setPermissions(permissions);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
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
    } finally {
      LIVE.remove(temp);
    }
  }

  /** The temporary files of this process now, for tests. */
  static Set<Path> liveTemporaries() {
    return Set.copyOf(LIVE);
  }

  /** The name part that marks this process's temporary files, for tests. */
  static String processMark() {
    return ".dssa-" + PID + "-" + Long.toString(START_MILLIS, 36) + "-";
  }
}
