package org.dssamap.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * A function of the DNS security, stability and resiliency ecosystem, drawn as a sector of the wheel: risk
 * assessment, incident response, training and so on.
 *
 * @param id the slug used in files, for example {@code incident-response}
 * @param name a name for people, for example "Incident response"
 * @param definition a textbook paragraph saying what the function is
 * @param source the authoritative source the definition follows
 * @param expected the (layer, dimension) positions where someone should do the function
 * @param rationale why the function is expected where it is; may be empty
 */
public record SecurityFunction(
    String id, String name, String definition, String source, ImmutableSet<Position> expected, String rationale) {

  /**
   * A position inside a function's sector: one layer in one dimension.
   *
   * @param layer the ring
   * @param dimension the half of the sector
   */
  public record Position(Layer layer, Dimension dimension) implements Comparable<Position> {
    /** Checks the parts. */
    public Position {
      requireNonNull(layer, "layer");
      requireNonNull(dimension, "dimension");
    }

    /**
     * Parses the format's notation: a layer alone means both dimensions ({@code edge}), {@code
     * layer:dimension} one of them ({@code core:external}).
     *
     * @throws IllegalArgumentException saying what was expected
     */
    public static ImmutableSet<Position> parse(String spec) {
      int colon = spec.indexOf(':');
      if (colon < 0) {
        Layer layer = Layer.ofId(spec);
        return ImmutableSet.of(new Position(layer, Dimension.INTERNAL), new Position(layer, Dimension.EXTERNAL));
      }
      return ImmutableSet.of(
          new Position(Layer.ofId(spec.substring(0, colon)), Dimension.ofId(spec.substring(colon + 1))));
    }

    /** The notation {@code layer:dimension}. */
    public String spec() {
      return layer.id() + ":" + dimension.id();
    }

    @Override
    public int compareTo(Position other) {
      int byLayer = layer.compareTo(other.layer);
      return byLayer != 0 ? byLayer : dimension.compareTo(other.dimension);
    }
  }

  /** Checks the parts and sorts {@code expected} into layer, then dimension order. */
  public SecurityFunction {
    Ids.requireSlug(requireNonNull(id, "id"), "function id");
    requireNonNull(name, "name");
    checkArgument(!name.isBlank(), "function '%s' has a blank name", id);
    requireNonNull(definition, "definition");
    requireNonNull(source, "source");
    expected = ImmutableSet.copyOf(requireNonNull(expected, "expected").stream().sorted().toList());
    requireNonNull(rationale, "rationale");
  }

  /**
   * A function expected at the positions written in the format's notation ({@code "edge"}, {@code
   * "core:external"}).
   */
  public static SecurityFunction of(
      String id, String name, String definition, String source, String rationale, String... expected) {
    return new SecurityFunction(id, name, definition, source, parseExpected(Arrays.asList(expected)), rationale);
  }

  /** Parses a list of positions in the format's notation. */
  public static ImmutableSet<Position> parseExpected(Collection<String> specs) {
    Set<Position> positions = new java.util.TreeSet<>();
    for (String spec : specs) {
      positions.addAll(Position.parse(spec));
    }
    return ImmutableSet.copyOf(positions);
  }

  /**
   * The expected positions in the shortest notation: a layer alone when both dimensions are expected.
   */
  public ImmutableSet<String> expectedSpecs() {
    ImmutableSet.Builder<String> specs = ImmutableSet.builder();
    for (Layer layer : Layer.values()) {
      EnumSet<Dimension> dims = EnumSet.noneOf(Dimension.class);
      for (Position p : expected) {
        if (p.layer() == layer) {
          dims.add(p.dimension());
        }
      }
      if (dims.size() == Dimension.values().length) {
        specs.add(layer.id());
      } else {
        dims.forEach(d -> specs.add(layer.id() + ":" + d.id()));
      }
    }
    return specs.build();
  }

  /** Whether someone should do this function at {@code layer} in {@code dimension}. */
  public boolean isExpected(Layer layer, Dimension dimension) {
    return expected.contains(new Position(layer, dimension));
  }

  /** The cell of this function at {@code layer} in {@code dimension}. */
  public Cell cell(Dimension dimension, Layer layer) {
    return new Cell(id, dimension, layer);
  }

  /** This function with another definition and source. */
  public SecurityFunction withDefinition(String newDefinition, String newSource) {
    return new SecurityFunction(id, name, newDefinition, newSource, expected, rationale);
  }

  /** This function expected at other positions. */
  public SecurityFunction withExpected(Collection<Position> newExpected, String newRationale) {
    return new SecurityFunction(id, name, definition, source, ImmutableSet.copyOf(newExpected), newRationale);
  }
}
