package org.dssamap.model;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a map, or a file that should hold one, is not valid. It carries every problem found, not only
 * the first, each located.
 */
public final class InvalidMapException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final ImmutableList<Problem> problems;

  /**
   * An exception for the problems found in {@code source}.
   *
   * @param source the file name or other name of the input, or empty for a map built in memory
   * @param problems at least one problem
   */
  public InvalidMapException(String source, List<Problem> problems) {
    super(summary(source, problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an InvalidMapException needs at least one problem");
    }
    this.source = source;
    this.problems = ImmutableList.copyOf(problems);
  }

  /** The name of the input the problems are in; empty for a map built in memory. */
  public String source() {
    return source;
  }

  /** Every problem found, in the order of the input. */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  /** The same problems attributed to another input name, as a reader does once it knows the file. */
  public InvalidMapException withSource(String newSource) {
    return new InvalidMapException(newSource, problems);
  }

  /** Each problem as one line, in the command line's format. */
  public ImmutableList<String> formattedProblems() {
    String file = source.isEmpty() ? "map" : source;
    return problems.stream().map(p -> p.format(file)).collect(ImmutableList.toImmutableList());
  }

  private static String summary(String source, List<Problem> problems) {
    String file = source.isEmpty() ? "map" : source;
    String lines = problems.stream().limit(20).map(p -> p.format(file)).collect(Collectors.joining("\n"));
    String more = problems.size() > 20 ? "\n(" + (problems.size() - 20) + " more)" : "";
    return problems.size() + (problems.size() == 1 ? " problem" : " problems") + ":\n" + lines + more;
  }
}
