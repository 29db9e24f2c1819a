package org.dssamap.model;

/** ICANN's five geographic regions, plus {@link #GLOBAL} for organizations that serve all of them. */
public enum Region {
  /** Africa. */
  AFRICA("africa", "Africa"),
  /** Asia, Australia and the Pacific. */
  ASIA_PACIFIC("asia-pacific", "Asia-Pacific"),
  /** Europe. */
  EUROPE("europe", "Europe"),
  /** Latin America and the Caribbean. */
  LATIN_AMERICA_CARIBBEAN("latin-america-caribbean", "Latin America and Caribbean"),
  /** North America. */
  NORTH_AMERICA("north-america", "North America"),
  /** Serves every region. */
  GLOBAL("global", "Global");

  private final String id;
  private final String displayName;

  Region(String id, String displayName) {
    this.id = id;
    this.displayName = displayName;
  }

  /** The wire form used in files and on the command line. */
  public String id() {
    return id;
  }

  /** A name for people. */
  public String displayName() {
    return displayName;
  }

  /**
   * The region with the given wire form.
   *
   * @throws IllegalArgumentException naming the accepted values when {@code id} is none of them
   */
  public static Region ofId(String id) {
    return Vocabulary.ofId(Region.class, id);
  }
}
