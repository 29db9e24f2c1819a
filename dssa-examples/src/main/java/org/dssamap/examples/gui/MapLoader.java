package org.dssamap.examples.gui;

import java.nio.file.Path;
import org.dssamap.model.EcosystemMap;

/**
 * Reads a map file for the viewer; the command line gives it its own loader, so that the viewer reads exactly
 * what the other commands read.
 */
@FunctionalInterface
public interface MapLoader {
  /**
   * Reads the map in {@code file}.
   *
   * @throws org.dssamap.model.InvalidMapException every problem of the file
   * @throws RuntimeException when the file cannot be read, with a message for a person
   */
  EcosystemMap load(Path file);
}
