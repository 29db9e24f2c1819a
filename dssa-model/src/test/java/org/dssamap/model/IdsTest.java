package org.dssamap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class IdsTest {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9.-]*");

  /** Whether {@link Ids#requireSlug} accepts {@code id}. */
  private static boolean accepted(String id) {
    try {
      assertSame(id, Ids.requireSlug(id, "an id"));
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  @Test
  void requireSlugAcceptsExactlyTheSlugsWhateverWasAcceptedBefore() {
    // Strings of a few characters, each asked about twice in a row and again later, slugs and others mixed: what
    // was accepted before never lets another through (should the check ever remember what it accepted).
    qt().forAll(SourceDSL.lists().of(SourceDSL.strings().betweenCodePoints(0x20, 0x7f).ofLengthBetween(0, 4))
            .ofSizeBetween(1, 12))
        .checkAssert(texts -> {
          for (int round = 0; round < 2; round++) {
            for (String text : texts) {
              boolean slug = SLUG.matcher(text).matches();
              assertEquals(slug, accepted(text), text);
              assertEquals(slug, accepted(text), text + ", asked again");
            }
          }
        });
  }

  @Test
  void aTextEqualToNoSlugIsRefusedRightAfterASlugWasAccepted() {
    for (String slug : List.of("cctld-00001", "a", "x.y")) {
      Ids.requireSlug(slug, "an id");
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Ids.requireSlug(slug.toUpperCase(java.util.Locale.ROOT),
              "organization id"));
      assertEquals("organization id '" + slug.toUpperCase(java.util.Locale.ROOT) + "' is not a slug (lower-case "
          + "letters, digits, '.', '-'; starting with a letter or digit)", e.getMessage());
      assertSame(slug, Ids.requireSlug(slug, "an id"));
    }
  }
}
