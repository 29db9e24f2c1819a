package org.dssamap.analysis.format;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.dssamap.analysis.format.TextWriting.visible;

import java.util.stream.Collectors;
import org.dssamap.analysis.Gap;
import org.dssamap.analysis.GapKind;
import org.dssamap.analysis.Overlap;
import org.dssamap.analysis.SinglePointOfFailure;
import org.dssamap.analysis.diff.MapDiff;
import org.dssamap.analysis.diff.PlacementChange;
import org.dssamap.analysis.diff.ValueChange;
import org.dssamap.analysis.escalation.EscalationRoute;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Relationship;

/**
 * Writes a {@link MapDiff} as text for people, what {@code dssa diff} prints: one line per change of the map,
 * {@code +} added, {@code -} removed, {@code ~} changed, then one line per change of a finding (gap, overlap, single
 * point of failure, escalation route); {@code no changes} for equal maps. The lines are described in {@code
 * docs/analysis-formats.md} ("Diff JSON", its text form) of the dssa-map repository; programs read {@link DiffJson}
 * instead. Map text is written visibly, as {@link AnalysisText} writes it.
 */
public final class DiffText {
  private DiffText() {}

  /**
   * The diff as text, ending with a newline.
   *
   * @param diff the diff to write
   * @return the text {@code dssa diff} prints for it; {@code "no changes\n"} for an empty diff
   */
  public static String write(MapDiff diff) {
    checkNotNull(diff, "diff");
    if (diff.isEmpty()) {
      return "no changes\n";
    }
    StringBuilder out = new StringBuilder();
    diff.title().ifPresent(c -> out.append("~ title: \"").append(visible(c.before())).append("\" -> \"")
        .append(visible(c.after())).append("\"\n"));
    diff.asOf().ifPresent(c -> out.append("~ asOf: ").append(c.before().map(Object::toString).orElse("none"))
        .append(" -> ").append(c.after().map(Object::toString).orElse("none")).append('\n'));
    diff.catalog().ifPresent(c -> out.append("~ catalog: ").append(c.before().id()).append(" -> ")
        .append(c.after().id()).append('\n'));
    diff.openQuestions().ifPresent(c -> out.append("~ open questions: ").append(c.before().size()).append(" -> ")
        .append(c.after().size()).append('\n'));
    diff.kindNames().ifPresent(c -> out.append("~ names of kinds: ").append(c.before().size()).append(" -> ")
        .append(c.after().size()).append('\n'));
    diff.intentions().ifPresent(c -> out.append("~ intentions: ").append(c.before().size()).append(" -> ")
        .append(c.after().size()).append('\n'));
    diff.cellNotes().ifPresent(c -> out.append("~ notes on cells: ").append(c.before().size()).append(" -> ")
        .append(c.after().size()).append('\n'));
    for (Organization o : diff.organizationsAdded()) {
      out.append("+ organization ").append(o.id()).append(" \"").append(visible(o.name())).append("\"\n");
    }
    for (Organization o : diff.organizationsRemoved()) {
      out.append("- organization ").append(o.id()).append('\n');
    }
    for (ValueChange<Organization> c : diff.organizationsChanged()) {
      out.append("~ organization ").append(c.after().id()).append('\n');
    }
    for (Placement p : diff.placementsAdded()) {
      out.append("+ ").append(p.organization()).append(" at ").append(p.cell()).append(" (").append(p.status().id())
          .append(", ").append(p.source().id()).append(")\n");
    }
    for (Placement p : diff.placementsRemoved()) {
      out.append("- ").append(p.organization()).append(" at ").append(p.cell()).append(" (").append(p.status().id())
          .append(")\n");
    }
    for (PlacementChange c : diff.placementsChanged()) {
      out.append("~ ").append(c.after().organization()).append(" at ").append(c.after().cell()).append(": ");
      out.append(c.statusChanged() ? c.before().status().id() + " -> " + c.after().status().id() : "")
          .append(c.statusChanged() && c.changedFields().size() > 1 ? ", " : "")
          .append(String.join(", ", c.changedFields().stream().filter(f -> !f.equals("status")).toList()))
          .append(c.changedFields().size() > (c.statusChanged() ? 1 : 0) ? " changed" : "")
          .append(c.review().map(r -> " (" + r.outcome().id() + " by " + TextWriting.visible(r.by()) + " on "
              + r.on() + ")").orElse(""))
          .append('\n');
    }
    for (Relationship r : diff.relationshipsAdded()) {
      out.append("+ relationship ").append(r.key()).append('\n');
    }
    for (Relationship r : diff.relationshipsRemoved()) {
      out.append("- relationship ").append(r.key()).append('\n');
    }
    for (ValueChange<Relationship> c : diff.relationshipsChanged()) {
      out.append("~ relationship ").append(c.after().key()).append('\n');
    }
    if (diff.findingsChanged() && diff.options().region().isPresent()) {
      out.append("findings in the view of ").append(diff.options().region().get().id())
          .append(" (its organizations and the global ones):\n");
    }
    for (Gap g : diff.gapsOpened()) {
      out.append("gap opened: ").append(g.cell()).append(" (").append(g.kind().id()).append(")\n");
    }
    for (Gap g : diff.gapsClosed()) {
      out.append("gap closed: ").append(g.cell()).append('\n');
    }
    for (ValueChange<Gap> c : diff.gaps().changed()) {
      out.append("gap changed: ").append(c.after().cell()).append(": ").append(gap(c.before())).append(" -> ")
          .append(gap(c.after())).append('\n');
    }
    for (Overlap o : diff.overlaps().appeared()) {
      out.append("overlap appeared: ").append(overlap(o)).append(": ").append(String.join(", ", o.organizations()))
          .append('\n');
    }
    for (Overlap o : diff.overlaps().gone()) {
      out.append("overlap gone: ").append(overlap(o)).append(": ").append(String.join(", ", o.organizations()))
          .append('\n');
    }
    for (ValueChange<Overlap> c : diff.overlaps().changed()) {
      out.append("overlap changed: ").append(overlap(c.after())).append(": ")
          .append(String.join(", ", c.before().organizations())).append(" -> ")
          .append(String.join(", ", c.after().organizations())).append('\n');
    }
    for (SinglePointOfFailure s : diff.singlePointsOfFailure().appeared()) {
      out.append("single point of failure appeared: ").append(s.cell()).append(": ").append(singlePoint(s))
          .append('\n');
    }
    for (SinglePointOfFailure s : diff.singlePointsOfFailure().gone()) {
      out.append("single point of failure gone: ").append(s.cell()).append(": ").append(singlePoint(s))
          .append('\n');
    }
    for (ValueChange<SinglePointOfFailure> c : diff.singlePointsOfFailure().changed()) {
      out.append("single point of failure changed: ").append(c.after().cell()).append(": ")
          .append(singlePoint(c.before())).append(" -> ").append(singlePoint(c.after())).append('\n');
    }
    for (ValueChange<EscalationRoute> c : diff.escalation().changed()) {
      EscalationRoute was = c.before();
      EscalationRoute is = c.after();
      String pair = is.from().id() + " -> " + is.to().id();
      if (!was.isReachable() && is.isReachable()) {
        out.append("escalation now reachable: ").append(pair).append(": ").append(route(is));
      } else if (was.isReachable() && !is.isReachable()) {
        out.append("escalation now unreachable: ").append(pair).append(" (")
            .append(is.reason().map(x -> x.id()).orElse("")).append(')');
      } else {
        out.append("escalation changed: ").append(pair).append(": ").append(route(was)).append(" => ")
            .append(route(is));
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** "uncovered", or "unverified (claimed by a, b; disputed by c)". */
  private static String gap(Gap g) {
    if (g.kind() == GapKind.UNCOVERED) {
      return g.kind().id();
    }
    StringBuilder who = new StringBuilder();
    if (!g.claimedBy().isEmpty()) {
      who.append("claimed by ").append(String.join(", ", g.claimedBy()));
    }
    if (!g.disputedBy().isEmpty()) {
      who.append(who.length() > 0 ? "; " : "").append("disputed by ").append(String.join(", ", g.disputedBy()));
    }
    return g.kind().id() + " (" + who + ")";
  }

  private static String overlap(Overlap o) {
    return o.cell() + " in " + o.region().id();
  }

  private static String singlePoint(SinglePointOfFailure s) {
    return s.organization() + " (" + s.status().id() + ")";
  }

  /** The path, "a[edge] -> b[glue] -> ... (relies on claims)", or "unreachable (reason)". */
  private static String route(EscalationRoute r) {
    if (r.path().isEmpty()) {
      return "unreachable (" + r.reason().map(x -> x.id()).orElse("") + ")";
    }
    return r.path().get().hops().stream().map(h -> h.organization() + "[" + h.role().id() + "]")
        .collect(Collectors.joining(" -> ")) + (r.path().get().reliesOnClaims() ? " (relies on claims)" : "");
  }
}
