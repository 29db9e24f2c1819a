package org.dssamap.cli;

import java.util.function.Function;
import org.dssamap.model.Dimension;
import org.dssamap.model.Layer;
import org.dssamap.model.Region;
import org.dssamap.model.Status;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Option values in their wire form ({@code north-america}, {@code claimed}), as the files write them; picocli's
 * own enum conversion would want {@code NORTH_AMERICA}.
 */
final class Converters {
  private Converters() {}

  /** Registers the wire-form converters of the model's vocabularies on {@code commandLine} and its subcommands. */
  static void register(CommandLine commandLine) {
    commandLine.registerConverter(Region.class, wire(Region::ofId));
    commandLine.registerConverter(Status.class, wire(Status::ofId));
    commandLine.registerConverter(Dimension.class, wire(Dimension::ofId));
    commandLine.registerConverter(Layer.class, wire(Layer::ofId));
  }

  /** A converter through an {@code ofId} factory, whose message names the accepted values. */
  static <T> ITypeConverter<T> wire(Function<String, T> ofId) {
    return value -> {
      try {
        return ofId.apply(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    };
  }
}
