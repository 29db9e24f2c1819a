package org.dssamap.render;

/** The two pictures of a map; they always show the same placements. */
public enum View {
  /** Concentric rings for the layers, a sector per function split into internal and external halves. */
  WHEEL("wheel"),
  /** Functions down, layers and dimensions across, organization names listed in the cells. */
  TABLE("table");

  private final String id;

  View(String id) {
    this.id = id;
  }

  /** The wire form used on the command line. */
  public String id() {
    return id;
  }

  /**
   * The view with the given wire form.
   *
   * @throws IllegalArgumentException naming the accepted values when {@code id} is none of them
   */
  public static View ofId(String id) {
    for (View v : values()) {
      if (v.id.equals(id)) {
        return v;
      }
    }
    throw new IllegalArgumentException("'" + id + "' is not one of wheel, table");
  }
}
