package org.dssamap.examples.maps;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.dssamap.model.EcosystemMap;

/**
 * The example maps that ship with dssa-map, by the id the demo and the command line use. Each map is loaded
 * once, on first use, and shared: maps are immutable.
 */
public enum BundledMap {
  /** The working group's own first try, from its call of 24 August 2012. */
  CALL_2012("call-2012", "The 2012 call",
      "The organizations and statements of the DSSA working group's call of 24 August 2012, each placement"
          + " citing what was said, with the questions the call left open.",
      BundledMaps::loadCall2012),
  /** Today's ecosystem from public IANA and ICANN data. */
  REAL_WORLD("real-world", "The real world",
      "Every delegated TLD's manager, back-end operator and DNS operator, the root server operators, the RIRs"
          + " and the accredited registrars, from public IANA and ICANN data by the rules of"
          + " docs/real-world-map.md; every placement a desk-research claim.",
      () -> RealWorldMapBuilder.fromBundledData().build());

  private final String id;
  private final String displayName;
  private final String description;
  @SuppressWarnings("ImmutableEnumChecker") // a memoizing supplier: loads the map once, thread-safely, then holds it
  private final Supplier<EcosystemMap> map;

  BundledMap(String id, String displayName, String description, Supplier<EcosystemMap> load) {
    this.id = id;
    this.displayName = displayName;
    this.description = description;
    this.map = Suppliers.memoize(load);
  }

  /** The id used on the command line and for output file names. */
  public String id() {
    return id;
  }

  /** A short name for people. */
  public String displayName() {
    return displayName;
  }

  /** One or two sentences saying what the map holds. */
  public String description() {
    return description;
  }

  /** The map, loaded on first use. */
  public EcosystemMap map() {
    return Objects.requireNonNull(map.get());
  }

  /**
   * The bundled map with the given id.
   *
   * @throws IllegalArgumentException naming the ids there are when {@code id} is none of them
   */
  public static BundledMap ofId(String id) {
    for (BundledMap m : values()) {
      if (m.id.equals(id.toLowerCase(Locale.ROOT))) {
        return m;
      }
    }
    throw new IllegalArgumentException("no bundled map '" + id + "' (expected one of "
        + Arrays.stream(values()).map(BundledMap::id).collect(Collectors.joining(", ")) + ")");
  }
}
