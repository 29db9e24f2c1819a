package org.dssamap.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dssamap.examples.maps.BundledMap;
import org.dssamap.model.EcosystemMap;
import org.junit.jupiter.api.Test;

/**
 * The README's pictures are what {@code ./dssa pictures} makes from the bundled maps today: a change to how maps
 * are drawn fails here until the pictures are drawn again and committed.
 */
class ReadmePicturesTest {
  private static final Path DOCS = Path.of("..", "docs");

  @Test
  void everyCommittedPictureIsWhatTheCommandMakesNow() throws IOException {
    String listing = Files.readString(DOCS.resolve(ReadmePictures.LISTING), StandardCharsets.UTF_8);
    Matcher fonts = Pattern.compile("(?m)^fonts: (.*)$").matcher(listing);
    assertTrue(fonts.find(), "docs/pictures.txt names the fonts the pictures were laid out with");
    // the layout measures text: byte for byte only where the fonts measure alike (the build machines' DejaVu)
    assumeTrue(fonts.group(1).equals(ReadmePictures.fontFingerprint()),
        () -> "this machine's fonts measure " + ReadmePictures.fontFingerprint() + ", the pictures' "
            + fonts.group(1));
    Map<BundledMap, EcosystemMap> maps = new EnumMap<>(BundledMap.class);
    for (ReadmePictures.Picture p : ReadmePictures.ALL) {
      EcosystemMap map = maps.computeIfAbsent(p.map(), BundledMap::map);
      Path file = DOCS.resolve(p.file());
      assertTrue(Files.isRegularFile(file), () -> "docs/" + p.file() + " is missing: run ./dssa pictures");
      // compared as strings first for a readable failure, then as bytes
      String committed = Files.readString(file, StandardCharsets.UTF_8);
      String made = p.svg(map);
      assertEquals(made.length(), committed.length(), () -> "docs/" + p.file() + " is stale: run ./dssa pictures");
      assertTrue(made.equals(committed), () -> "docs/" + p.file() + " is stale: run ./dssa pictures");
      assertTrue(listing.contains(p.file() + ": " + p.what()), () -> p.file() + " not listed in pictures.txt");
    }
  }

  @Test
  void theReadmeShowsEveryPicture() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    for (ReadmePictures.Picture p : ReadmePictures.ALL) {
      assertTrue(readme.contains("(docs/" + p.file() + ")"), () -> "README.md does not show docs/" + p.file());
    }
  }
}
