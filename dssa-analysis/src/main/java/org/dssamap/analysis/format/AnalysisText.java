package org.dssamap.analysis.format;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.dssamap.analysis.format.TextWriting.list;
import static org.dssamap.analysis.format.TextWriting.percent;
import static org.dssamap.analysis.format.TextWriting.plural;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.dssamap.analysis.AnalysisOptions;
import org.dssamap.analysis.AnalysisReport;
import org.dssamap.analysis.CoverageRatio;
import org.dssamap.analysis.Gap;
import org.dssamap.analysis.OrganizationClassification;
import org.dssamap.analysis.Overlap;
import org.dssamap.analysis.SelfClassification;
import org.dssamap.analysis.SinglePointOfFailure;
import org.dssamap.analysis.StatusCounts;
import org.dssamap.analysis.escalation.Escalation;
import org.dssamap.analysis.escalation.EscalationRoute;
import org.dssamap.analysis.outsourcing.ClientRoute;
import org.dssamap.analysis.outsourcing.Concentration;
import org.dssamap.model.Layer;
import org.dssamap.model.Region;

/**
 * Writes an {@link AnalysisReport} as text for people, section by section in the report's order: what {@code dssa
 * analyze} prints. The sections and what each finding line says are described with the rules in {@code
 * docs/analysis-formats.md} of the dssa-map repository; the wording is for reading, and programs read {@link
 * AnalysisJson} instead. Text from the map is written visibly: control, bidi and other invisible characters as
 * {@code \}{@code uXXXX}, so a hostile title cannot forge lines. Equal reports give equal text.
 */
public final class AnalysisText {
  private AnalysisText() {}

  /**
   * The report as text, ending with a newline.
   *
   * @param report the report to write
   * @return the text {@code dssa analyze} prints for it
   */
  public static String write(AnalysisReport report) {
    checkNotNull(report, "report");
    StringBuilder out = new StringBuilder();
    out.append("Analysis of \"").append(TextWriting.visible(report.title())).append("\"\n");
    if (report.picture() == AnalysisReport.Picture.INTENDED) {
      out.append("Picture: intended (every organization doing what it wants to do, as a claim, and giving away what "
          + "it would give away)\n");
    }
    out.append("Scope: ").append(report.coverage().region()
        .map(r -> r.id() + " (with the global organizations)").orElse("all regions")).append('\n');

    out.append("\nCoverage: expected cells with a verified placement (claims counted apart)\n");
    ratio(out, "overall", report.coverage().overall());
    for (Map.Entry<Layer, CoverageRatio> e : report.coverage().byLayer().entrySet()) {
      ratio(out, e.getKey().id(), e.getValue());
    }
    for (Map.Entry<String, CoverageRatio> e : report.coverage().byFunction().entrySet()) {
      ratio(out, e.getKey(), e.getValue());
    }

    out.append("\nGaps (").append(report.gaps().size()).append("): expected cells nobody is verified in\n");
    for (Gap g : report.gaps()) {
      out.append("  ").append(String.format(Locale.ROOT, "%-10s %s", g.kind().id(), g.cell()));
      if (!g.claimedBy().isEmpty()) {
        out.append("  claimed by ").append(list(g.claimedBy()));
      }
      if (!g.disputedBy().isEmpty()) {
        out.append("  disputed: ").append(list(g.disputedBy()));
      }
      out.append('\n');
    }

    AnalysisOptions options = report.options();
    String counted = options.claimsCount() ? "verified or claimed" : "verified only";
    String cellsExamined = options.internalCells() ? "cells" : "external cells";
    out.append("\nOverlaps (").append(report.overlaps().size()).append("): ").append(cellsExamined)
        .append(" where several organizations of one region do the same thing (").append(counted).append(")\n");
    for (Overlap o : report.overlaps()) {
      out.append("  ").append(o.cell()).append("  ").append(o.region().id()).append(": ")
          .append(list(o.organizations())).append('\n');
    }

    out.append("\nSingle points of failure (").append(report.singlePointsOfFailure().size()).append("): expected ")
        .append(cellsExamined).append(" only one organization covers (").append(counted).append(")\n");
    for (SinglePointOfFailure s : report.singlePointsOfFailure()) {
      out.append("  ").append(s.cell()).append("  ").append(s.organization()).append(" (").append(s.status().id())
          .append(")\n");
    }
    if (!options.internalCells()) {
      out.append("  (work an organization does for itself, in internal cells, is nobody else's overlap or single point"
          + " of failure)\n");
    }

    out.append("\nOutsourcing (").append(report.outsourcing().routes().size()).append(" client functions)\n");
    for (ClientRoute r : report.outsourcing().routes()) {
      out.append("  ").append(r.client()).append(' ').append(r.function()).append(": ");
      out.append(switch (r.route()) {
        case DIRECT -> "placed in it itself (" + r.status().orElseThrow().id() + "), so counted as doing it, not as"
            + " depending on " + list(r.providers()) + ", to whom it outsources it too";
        case THROUGH_PROVIDER -> "through " + list(r.coveringProviders()) + " (" + r.status().orElseThrow().id() + ")";
        case NONE -> "nobody known: outsourced to " + list(r.providers())
            + ", who " + (r.providers().size() == 1 ? "is" : "are") + " not placed in it for others";
      });
      out.append('\n');
    }

    ImmutableList<Concentration> notable = report.outsourcing().notableConcentration();
    out.append("\nConcentration: ").append(plural(report.outsourcing().providers().size(), "provider"))
        .append(" with dependent clients; shown where at least ").append(options.concentrationDependents())
        .append(" clients and ").append(percent(options.concentrationShare()))
        .append(" of a function's clients depend on one (").append(notable.size()).append(" of ")
        .append(report.outsourcing().concentration().size()).append(")\n");
    for (Concentration c : notable) {
      out.append("  ").append(c.provider()).append(' ').append(c.function()).append(": ")
          .append(c.dependentCount()).append(" of ").append(plural(c.clientsOutsourcing(), "client")).append(" (")
          .append(percent(c.share()));
      if (c.weightedShare().isPresent()) {
        out.append(", ").append(percent(c.weightedShare().getAsDouble())).append(" by size");
      }
      out.append("): ").append(list(c.dependents())).append('\n');
    }

    SelfClassification check = report.selfClassification();
    out.append("\nSelf-classification: what organizations say of themselves, flagged when more than ")
        .append(percent(check.threshold())).append(" is unconfirmed or challenged (")
        .append(check.flagged().size()).append(")\n");
    for (OrganizationClassification o : check.flagged()) {
      StatusCounts self = o.selfReported();
      out.append("  ").append(o.organization()).append(": ").append(o.category().id()).append(", of ")
          .append(self.total()).append(" self-reported: ").append(self.verified()).append(" confirmed by others, ")
          .append(self.claimed()).append(" not yet, ").append(self.disputed()).append(" disputed (")
          .append(percent(o.unconfirmedShare())).append(" unconfirmed)\n");
    }
    out.append("  confirmed: ").append(check.count(OrganizationClassification.Category.CONFIRMED))
        .append("; not asked yet (nothing self-reported): ")
        .append(check.count(OrganizationClassification.Category.NOT_ASKED)).append('\n');

    Escalation esc = report.escalation();
    out.append("\nEscalation along ").append(esc.function()).append(esc.countsClaims() ? " (claims count)" : " (verified only)")
        .append(": ");
    if (esc.notAssessable().isPresent()) {
      // Twenty pairs unreachable for want of data are no finding: say so once instead.
      out.append(EscalationWords.notAssessable(esc.notAssessable().get(), esc.function())).append('\n');
    } else {
      out.append(esc.routes().size() - esc.unreachable().size()).append(" of ").append(esc.routes().size())
          .append(" region pairs reachable\n");
      out.append("  relays: ").append(EscalationWords.relays(esc, Region::id)).append('\n');
      for (EscalationRoute r : esc.routes()) {
        out.append("  ").append(pair(r.from(), r.to())).append(": ");
        if (r.path().isPresent()) {
          out.append(r.path().get().hops().stream().map(h -> h.organization() + "[" + h.role().id() + "]")
              .collect(Collectors.joining(" -> ")));
          if (r.path().get().reliesOnClaims()) {
            out.append("  (relies on claims)");
          }
        } else {
          out.append("unreachable, ").append(r.reason().orElseThrow().id().replace('-', ' '));
        }
        out.append('\n');
      }
    }
    if (!report.cellNotes().isEmpty()) {
      out.append("\nNotes on cells (").append(report.cellNotes().size()).append("): questions that fell out\n");
      for (org.dssamap.model.CellNote n : report.cellNotes()) {
        out.append("  ").append(n.cell()).append(": ").append(TextWriting.visible(n.text())).append('\n');
      }
    }
    return out.toString();
  }

  private static void ratio(StringBuilder out, String label, CoverageRatio r) {
    out.append(String.format(Locale.ROOT, "  %-28s %3d of %3d verified (%s), %3d at least claimed (%s)\n", label,
        r.verifiedCells(), r.expectedCells(), percent(r.verifiedShare()), r.verifiedCells() + r.claimedOnlyCells(),
        percent(r.claimedShare())));
  }

  private static String pair(Region from, Region to) {
    return from.id() + " -> " + to.id();
  }
}
