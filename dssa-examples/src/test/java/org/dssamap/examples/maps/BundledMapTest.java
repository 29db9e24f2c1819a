package org.dssamap.examples.maps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BundledMapTest {
  @Test
  void idsAreTheOnesTheDemoAndCommandLineUse() {
    assertEquals(List.of("call-2012", "real-world"), Arrays.stream(BundledMap.values()).map(BundledMap::id).toList());
    assertSame(BundledMap.REAL_WORLD, BundledMap.ofId("real-world"));
  }

  @Test
  void anUnknownIdNamesTheIdsThereAre() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BundledMap.ofId("atlantis"));
    assertEquals("no bundled map 'atlantis' (expected one of call-2012, real-world)", e.getMessage());
  }

  @Test
  void eachMapIsLoadedOnceAndShared() {
    assertSame(BundledMaps.call2012(), BundledMap.CALL_2012.map());
    assertSame(BundledMaps.realWorld(), BundledMaps.realWorld());
  }
}
