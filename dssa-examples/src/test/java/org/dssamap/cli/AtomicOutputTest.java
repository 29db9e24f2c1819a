package org.dssamap.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {
  @TempDir
  Path dir;

  @Test
  void writesTheWholeContentToANewFile() throws IOException {
    Path target = dir.resolve("map.json");
    AtomicOutput.writeString(target, "{\"format\": \"dssa-map/1\"}\n");
    assertEquals("{\"format\": \"dssa-map/1\"}\n", Files.readString(target));
    assertEquals(List.of(target), listing());
  }

  @Test
  void replacesAnExistingFile() throws IOException {
    Path target = dir.resolve("map.json");
    Files.writeString(target, "old");
    AtomicOutput.writeString(target, "new");
    assertEquals("new", Files.readString(target));
    assertEquals(List.of(target), listing());
  }

  @Test
  void aFailureWhileWritingLeavesTheOldFileByteIdenticalAndNoTemporaryFile() throws IOException {
    Path target = dir.resolve("map.json");
    byte[] good = "a good file\n".getBytes(StandardCharsets.UTF_8);
    Files.write(target, good);
    IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> AtomicOutput.write(target, out -> {
      out.write("half of a new fi".getBytes(StandardCharsets.UTF_8));
      throw new IllegalStateException("renderer failed half way");
    }));
    assertEquals("renderer failed half way", thrown.getMessage());
    assertArrayEquals(good, Files.readAllBytes(target));
    assertEquals(List.of(target), listing());
  }

  @Test
  void anIoFailureWhileWritingLeavesNoFileWhereThereWasNone() throws IOException {
    Path target = dir.resolve("out.svg");
    CommandFailure failure = assertThrows(CommandFailure.class, () -> AtomicOutput.write(target, out -> {
      out.write('<');
      throw new IOException("No space left on device");
    }));
    assertEquals(List.of(target + ": cannot write: No space left on device"), failure.lines());
    assertEquals(Dssa.EXIT_INVALID, failure.exitCode());
    assertFalse(Files.exists(target));
    assertEquals(List.of(), listing());
  }

  @Test
  void aMissingDirectoryIsReportedWithoutCreatingIt() {
    Path target = dir.resolve("no-such-dir").resolve("out.json");
    CommandFailure failure = assertThrows(CommandFailure.class, () -> AtomicOutput.writeString(target, "x"));
    assertTrue(failure.lines().get(0).startsWith(target + ": cannot write: directory "), failure.lines().get(0));
    assertFalse(Files.exists(target.getParent()));
  }

  @Test
  void aDirectoryIsNotReplacedByAFile() throws IOException {
    Path target = Files.createDirectory(dir.resolve("out.json"));
    CommandFailure failure = assertThrows(CommandFailure.class, () -> AtomicOutput.writeString(target, "x"));
    assertEquals(List.of(target + ": cannot write: it is a directory"), failure.lines());
    assertTrue(Files.isDirectory(target));
  }

  private List<Path> listing() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }
}
