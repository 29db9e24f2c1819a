package org.dssamap.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.json.MapJson;
import org.dssamap.render.MapRenderer;
import org.dssamap.render.View;
import org.dssamap.render.options.RenderOptions;
import org.junit.jupiter.api.Test;

/**
 * The sample round's pictures are what {@code dssa render --intentions} makes of its map today (its README gives
 * the commands): compared byte for byte where the fonts measure as the README's pictures were laid out with.
 */
class SampleRoundPicturesTest {
  private static final Path ROUND = Path.of("..", "docs", "examples", "sample-round");

  @Test
  void theCommittedPicturesAreWhatRenderWithIntentionsMakesNow() throws IOException {
    String listing = Files.readString(Path.of("..", "docs", ReadmePictures.LISTING), StandardCharsets.UTF_8);
    Matcher fonts = Pattern.compile("(?m)^fonts: (.*)$").matcher(listing);
    assertTrue(fonts.find());
    assumeTrue(fonts.group(1).equals(ReadmePictures.fontFingerprint()),
        () -> "this machine's fonts measure " + ReadmePictures.fontFingerprint() + ", the pictures' " + fonts.group(1));
    EcosystemMap map = MapJson.read(ROUND.resolve("call-map-after-round.json"));
    RenderOptions options = RenderOptions.defaults().withIntentions(true);
    for (View view : View.values()) {
      Path file = ROUND.resolve(view.id() + "-intentions.svg");
      String committed = Files.readString(file, StandardCharsets.UTF_8);
      String made = MapRenderer.svg(map, view, options);
      assertEquals(made.length(), committed.length(), () -> file + " is stale: see the sample round's README");
      assertTrue(made.equals(committed), () -> file + " is stale: see the sample round's README");
      assertTrue(made.contains("class='intention'"), "the intentions are drawn");
    }
  }
}
