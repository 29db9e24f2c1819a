package org.dssamap.analysis.format;

import com.google.common.annotations.Beta;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.dssamap.analysis.escalation.Escalation;
import org.dssamap.analysis.escalation.EscalationRoute;
import org.dssamap.analysis.escalation.NotAssessableReason;
import org.dssamap.analysis.escalation.UnreachableReason;
import org.dssamap.model.Region;

/**
 * The sentences that explain escalation to people, shared by the text, the HTML report, the demo and the viewer,
 * so that they say the same thing; for any tool that shows the escalation finding of {@link
 * org.dssamap.analysis.AnalysisReport#escalation()} to people. The rule and its reasons are in {@code
 * docs/analysis-formats.md} ("Escalation reachability") of the dssa-map repository.
 *
 * <p>{@code function} is how the caller names the followed function ("incident response" or
 * "incident-response"), and is used as given: the words around it and the region names contain no character HTML
 * escapes, so a caller may pass it already escaped and use the sentence as HTML.
 *
 * <p>Marked {@link Beta}: English sentences for people, whose wording may be improved in any release. Not part of
 * the API that japicmp checks.
 */
@Beta
public final class EscalationWords {
  private EscalationWords() {}

  /**
   * What the map lacks: "the map holds no glue or core relay", "the map holds no edge organization".
   *
   * @param reason why escalation cannot be assessed, {@link Escalation#notAssessable()}
   * @return the clause, without a final period
   */
  public static String missing(NotAssessableReason reason) {
    return switch (reason) {
      case NO_RELAY -> "the map holds no glue or core relay";
      case NO_EDGE -> "the map holds no edge organization";
    };
  }

  /**
   * "cannot be assessed from this data: the map holds no ...", for a map whose escalation
   * {@link Escalation#assessable() is not}; callers put "escalation" or a heading before it.
   *
   * @param reason why escalation cannot be assessed, {@link Escalation#notAssessable()}
   * @param function how the caller names the followed function
   * @return the clause, without a final period
   */
  public static String notAssessable(NotAssessableReason reason, String function) {
    return "cannot be assessed from this data: " + missing(reason) + switch (reason) {
      case NO_RELAY -> " (no organization doing " + function + " for others at the glue or at the core)";
      case NO_EDGE -> " (no organization of any region doing " + function + " at the edge)";
    };
  }

  /**
   * Why the route is unreachable, in a sentence naming the regions it concerns.
   *
   * @param reason the route's {@link EscalationRoute#reason()}
   * @param route the unreachable route
   * @param escalation the escalation finding the route is part of
   * @param function how the caller names the followed function
   * @return the sentence, without a final period
   */
  public static String reason(UnreachableReason reason, EscalationRoute route, Escalation escalation,
      String function) {
    return switch (reason) {
      case NO_EDGE_IN_SOURCE -> "no organization of " + route.from().displayName() + " does " + function
          + " at the edge";
      case NO_EDGE_IN_TARGET -> "no organization of " + route.to().displayName() + " does " + function
          + " at the edge";
      case NO_RELAY_AT_CORE -> "nobody does " + function + " for others at the core";
      case NO_RELAY_AT_GLUE -> "no edge organization of "
          + String.join(" or ", Stream.of(route.from(), route.to())
              .filter(r -> !escalation.regionsWithGlue().contains(r)).map(Region::displayName).toList())
          + " has a channel to anyone doing " + function + " for others at the glue";
      case DISTRUST -> "only distrust stands in the way: every path would pass through or end at a party the "
          + "source distrusts, or join two parties that distrust each other";
      case NO_PATH -> "the relays are there but no chain of links joins them (a fragmented core)";
    };
  }

  /**
   * "3 glue relays, no core relay; regions whose edge has a channel to the glue: europe, north-america", each
   * region as {@code name} gives it.
   *
   * @param escalation the escalation finding
   * @param name how the caller names a region ({@link Region#id()} or {@link Region#displayName()}, escaped if need
   *     be)
   * @return the clause, without a final period
   */
  public static String relays(Escalation escalation, Function<Region, String> name) {
    List<String> glue = escalation.regionsWithGlue().stream().map(name).toList();
    return count(escalation.glueRelays(), "glue relay") + ", " + count(escalation.coreRelays(), "core relay")
        + "; regions whose edge has a channel to the glue: " + (glue.isEmpty() ? "none" : String.join(", ", glue));
  }

  private static String count(int n, String what) {
    return n == 0 ? "no " + what : n + " " + what + (n == 1 ? "" : "s");
  }
}
