package org.dssamap.analysis.outsourcing;

/** How a client that outsources a function is covered for it. */
public enum Route {
  /** The client is placed in the function itself. */
  DIRECT("direct"),
  /** The client is not, but a provider it outsources the function to is: covered through it, not as its own. */
  THROUGH_PROVIDER("through-provider"),
  /** Neither the client nor any of its providers for the function is placed in it. */
  NONE("none");

  private final String id;

  Route(String id) {
    this.id = id;
  }

  /** The wire form used in the analysis output. */
  public String id() {
    return id;
  }
}
