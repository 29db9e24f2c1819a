package org.dssamap.examples.maps;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.json.MapJson;

/** The example maps that ship with dssa-map; see {@link BundledMap} for their ids and descriptions. */
public final class BundledMaps {
  /** Where the 2012 call map lives on the class path. */
  public static final String CALL_2012_RESOURCE = "/org/dssamap/examples/maps/call-2012.json";

  private BundledMaps() {}

  /**
   * The working group's first try at populating the diagram, from its call of 24 August 2012: PIR, Afilias,
   * DNS-OARC, CIRA and the Canadian CERT, ICANN, FIRST, CENTR, the ccTLDs on the call, ARIN and SSAC, each
   * placement citing the call, and the call's open questions.
   */
  public static EcosystemMap call2012() {
    return BundledMap.CALL_2012.map();
  }

  /** Today's ecosystem from public IANA and ICANN data, built by {@link RealWorldMapBuilder}. */
  public static EcosystemMap realWorld() {
    return BundledMap.REAL_WORLD.map();
  }

  static EcosystemMap loadCall2012() {
    try (InputStream in = BundledMaps.class.getResourceAsStream(CALL_2012_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("bundled map " + CALL_2012_RESOURCE + " is missing from the class path");
      }
      return MapJson.read(in, CALL_2012_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled map " + CALL_2012_RESOURCE, e);
    }
  }
}
