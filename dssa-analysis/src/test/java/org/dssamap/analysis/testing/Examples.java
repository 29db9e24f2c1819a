package org.dssamap.analysis.testing;

/**
 * How many examples a property test that asks for a fixed number runs.
 *
 * <p>QuickTheories reads the system property {@code QT_EXAMPLES} as the default number of examples of {@code qt()},
 * but a test's own {@code withExamples(n)} overrides it. Mutation testing (PIT, see the module's POM) runs every
 * test once per mutant and sets {@code QT_EXAMPLES} low to stay within its time budget; a test that wants more
 * examples than the default in an ordinary run asks for {@code withExamples(Examples.upTo(n))}, which gives
 * {@code n}, or {@code QT_EXAMPLES} when that is set and smaller.
 */
public final class Examples {
  private Examples() {}

  /** {@code n}, capped by the {@code QT_EXAMPLES} system property when it is set. */
  public static int upTo(int n) {
    Integer cap = Integer.getInteger("QT_EXAMPLES");
    return cap == null ? n : Math.max(1, Math.min(n, cap));
  }
}
