package org.dssamap.examples.analysis;

import static org.dssamap.examples.analysis.TextWriting.visible;

import org.dssamap.analysis.Gap;
import org.dssamap.analysis.diff.MapDiff;
import org.dssamap.analysis.diff.PlacementChange;
import org.dssamap.analysis.diff.ValueChange;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Relationship;

/** Writes a {@link MapDiff} as text for people: one line per change, {@code +} added, {@code -} removed, {@code ~} changed. */
public final class DiffText {
  private DiffText() {}

  /** The diff as text, ending with a newline; "no changes" for an empty one. */
  public static String write(MapDiff diff) {
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
          .append(c.changedFields().size() > (c.statusChanged() ? 1 : 0) ? " changed" : "").append('\n');
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
    for (Gap g : diff.gapsOpened()) {
      out.append("gap opened: ").append(g.cell()).append(" (").append(g.kind().id()).append(")\n");
    }
    for (Gap g : diff.gapsClosed()) {
      out.append("gap closed: ").append(g.cell()).append('\n');
    }
    return out.toString();
  }
}
