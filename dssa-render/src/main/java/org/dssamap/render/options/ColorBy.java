package org.dssamap.render.options;

/** What the colour of an organization's dot says; its status is always said by the dot's shape. */
public enum ColorBy {
  /**
   * The organization's kind (registry, CERT, ...): the kinds with the most organizations get the palette's
   * colours, the rest share one neutral colour and one legend entry.
   */
  KIND("kind"),
  /** The organization's region; organizations of unknown region, or past the palette, share the neutral colour. */
  REGION("region");

  private final String id;

  ColorBy(String id) {
    this.id = id;
  }

  /** The wire form used on the command line. */
  public String id() {
    return id;
  }

  /**
   * The value with the given wire form.
   *
   * @throws IllegalArgumentException naming the accepted values when {@code id} is none of them
   */
  public static ColorBy ofId(String id) {
    for (ColorBy v : values()) {
      if (v.id.equals(id)) {
        return v;
      }
    }
    throw new IllegalArgumentException("'" + id + "' is not one of kind, region");
  }
}
