package org.dssamap.model;

/**
 * A ring of the ecosystem diagram, from the outside in: the edge that delivers, the glue that shares and
 * coordinates, the small core at the centre.
 */
public enum Layer {
  /** Organizations that deliver and actually do things: registries, back-end operators, CERTs for their own. */
  EDGE("edge", "Edge", "Delivery organizations: they operate, deliver and actually do things."),
  /** Sharing, coordination and collaboration, often regional. */
  GLUE("glue", "Glue", "Sharing, coordination and collaboration, often regional."),
  /** A very small central group that the whole ecosystem relies on. */
  CORE("core", "Core", "A very small central group that the whole ecosystem relies on.");

  private final String id;
  private final String displayName;
  private final String description;

  Layer(String id, String displayName, String description) {
    this.id = id;
    this.displayName = displayName;
    this.description = description;
  }

  /** The wire form used in files and on the command line. */
  public String id() {
    return id;
  }

  /** A capitalised name for people. */
  public String displayName() {
    return displayName;
  }

  /** One sentence saying what belongs in this layer. */
  public String description() {
    return description;
  }

  /**
   * The layer with the given wire form.
   *
   * @throws IllegalArgumentException naming the accepted values when {@code id} is none of them
   */
  public static Layer ofId(String id) {
    return Vocabulary.ofId(Layer.class, id);
  }
}
