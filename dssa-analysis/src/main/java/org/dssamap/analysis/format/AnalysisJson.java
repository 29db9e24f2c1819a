package org.dssamap.analysis.format;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.dssamap.analysis.format.JsonWriting.cell;
import static org.dssamap.analysis.format.JsonWriting.share;
import static org.dssamap.analysis.format.JsonWriting.strings;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.dssamap.analysis.AnalysisOptions;
import org.dssamap.analysis.AnalysisReport;
import org.dssamap.analysis.CellCoverage;
import org.dssamap.analysis.Coverage;
import org.dssamap.analysis.CoverageRatio;
import org.dssamap.analysis.Gap;
import org.dssamap.analysis.OrganizationClassification;
import org.dssamap.analysis.Overlap;
import org.dssamap.analysis.SelfClassification;
import org.dssamap.analysis.SinglePointOfFailure;
import org.dssamap.analysis.StatusCounts;
import org.dssamap.analysis.escalation.Escalation;
import org.dssamap.analysis.escalation.EscalationRoute;
import org.dssamap.analysis.escalation.Hop;
import org.dssamap.analysis.outsourcing.ClientRoute;
import org.dssamap.analysis.outsourcing.Concentration;
import org.dssamap.model.EvidenceSource;
import org.dssamap.model.Layer;
import org.dssamap.model.Region;
import org.dssamap.model.Status;
import org.jspecify.annotations.Nullable;

/**
 * Writes an {@link AnalysisReport} as the analysis JSON ({@code "format": "dssa-analysis/1"}): every finding of the
 * report with the options it was made with, the bytes {@code dssa analyze --format json} writes. The format, key by
 * key, is specified in {@code docs/analysis-formats.md} ("Analysis JSON") of the dssa-map repository.
 *
 * <p>Canonical: fixed key order, two-space indent, LF line ends, a final newline, shares rounded to four decimals,
 * invisible characters escaped; equal reports give byte-identical output, and the string and stream forms give the
 * same bytes (UTF-8).
 *
 * <p>Its JSON Schema is {@code docs/schemas/analysis.schema.json}.
 */
public final class AnalysisJson {
  /** The format tag of the analysis JSON. */
  public static final String FORMAT = "dssa-analysis/1";

  private AnalysisJson() {}

  /**
   * The report as analysis JSON text, ending with a newline.
   *
   * @param report the report to write; {@link AnalysisReport#of(org.dssamap.model.EcosystemMap)} and its siblings
   *     make one
   * @return the document, as {@code docs/analysis-formats.md} specifies it
   */
  public static String write(AnalysisReport report) {
    return JsonWriting.write(body(report));
  }

  /**
   * Writes the report as analysis JSON, UTF-8, ending with a newline, to {@code out}, without holding the whole
   * document in memory. {@code out} is flushed and not closed. If writing fails, {@code out} may hold part of the
   * document: write to a temporary file and move it into place, as the command line does, when that matters.
   *
   * @param report the report to write
   * @param out the stream to write to
   * @throws IOException when {@code out} throws it
   */
  public static void write(AnalysisReport report, OutputStream out) throws IOException {
    checkNotNull(out, "out");
    JsonWriting.write(body(report), out);
  }

  private static JsonWriting.Body body(AnalysisReport report) {
    checkNotNull(report, "report");
    return g -> {
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      g.writeStringField("title", report.title());
      if (report.picture() != AnalysisReport.Picture.CURRENT) {
        g.writeStringField("picture", report.picture().id());
      }
      options(g, report.options());
      cells(g, report.coverage());
      gaps(g, report);
      overlaps(g, report);
      singlePoints(g, report);
      concentration(g, report);
      escalation(g, report);
      coverage(g, report.coverage());
      selfClassification(g, report.selfClassification());
      outsourcing(g, report);
      if (!report.cellNotes().isEmpty()) {
        g.writeArrayFieldStart("cellNotes");
        for (org.dssamap.model.CellNote n : report.cellNotes()) {
          g.writeStartObject();
          JsonWriting.cell(g, n.cell());
          g.writeStringField("text", n.text());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    };
  }

  private static void options(JsonGenerator g, AnalysisOptions o) throws IOException {
    g.writeObjectFieldStart("options");
    JsonWriting.optional(g, "region", o.region().map(r -> r.id()));
    g.writeNumberField("overlapThreshold", o.overlapThreshold());
    share(g, "unconfirmedThreshold", o.unconfirmedThreshold());
    g.writeStringField("escalationFunction", o.escalationFunction());
    g.writeBooleanField("escalationCountsClaims", o.escalationCountsClaims());
    g.writeBooleanField("claimsCount", o.claimsCount());
    g.writeBooleanField("internalCells", o.internalCells());
    share(g, "concentrationShare", o.concentrationShare());
    g.writeNumberField("concentrationDependents", o.concentrationDependents());
    g.writeEndObject();
  }

  private static void cells(JsonGenerator g, Coverage coverage) throws IOException {
    g.writeArrayFieldStart("cells");
    for (CellCoverage c : coverage.cells()) {
      g.writeStartObject();
      cell(g, c.cell());
      g.writeBooleanField("expected", c.expected());
      g.writeNumberField("verified", c.verified());
      g.writeNumberField("claimed", c.claimed());
      g.writeNumberField("disputed", c.disputed());
      strings(g, "organizations", c.organizations());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void gaps(JsonGenerator g, AnalysisReport report) throws IOException {
    g.writeArrayFieldStart("gaps");
    for (Gap gap : report.gaps()) {
      g.writeStartObject();
      cell(g, gap.cell());
      g.writeStringField("kind", gap.kind().id());
      strings(g, "claimedBy", gap.claimedBy());
      strings(g, "disputedBy", gap.disputedBy());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void overlaps(JsonGenerator g, AnalysisReport report) throws IOException {
    g.writeArrayFieldStart("overlaps");
    for (Overlap o : report.overlaps()) {
      g.writeStartObject();
      cell(g, o.cell());
      g.writeStringField("region", o.region().id());
      strings(g, "organizations", o.organizations());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void singlePoints(JsonGenerator g, AnalysisReport report) throws IOException {
    g.writeArrayFieldStart("singlePointsOfFailure");
    for (SinglePointOfFailure s : report.singlePointsOfFailure()) {
      g.writeStartObject();
      cell(g, s.cell());
      g.writeStringField("organization", s.organization());
      g.writeStringField("status", s.status().id());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void concentration(JsonGenerator g, AnalysisReport report) throws IOException {
    g.writeArrayFieldStart("concentration");
    for (Concentration c : report.outsourcing().concentration()) {
      g.writeStartObject();
      g.writeStringField("provider", c.provider());
      g.writeStringField("function", c.function());
      g.writeNumberField("dependents", c.dependentCount());
      share(g, "share", c.share());
      g.writeNumberField("clientsOutsourcing", c.clientsOutsourcing());
      strings(g, "clients", c.dependents());
      if (c.weightedShare().isPresent()) {
        share(g, "weightedShare", c.weightedShare().getAsDouble());
      }
      g.writeBooleanField("notable", c.notable());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeNumberField("concentrationProviders", report.outsourcing().providers().size());
  }

  private static void escalation(JsonGenerator g, AnalysisReport report) throws IOException {
    g.writeArrayFieldStart("escalation");
    for (EscalationRoute r : report.escalation().routes()) {
      g.writeStartObject();
      g.writeStringField("from", r.from().id());
      g.writeStringField("to", r.to().id());
      g.writeBooleanField("reachable", r.isReachable());
      if (r.path().isPresent()) {
        g.writeBooleanField("reliesOnClaims", r.path().get().reliesOnClaims());
        g.writeArrayFieldStart("path");
        for (Hop h : r.path().get().hops()) {
          g.writeStartObject();
          g.writeStringField("organization", h.organization());
          g.writeStringField("role", h.role().id());
          g.writeStringField("status", h.status().id());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      JsonWriting.optional(g, "reason", r.reason().map(x -> x.id()));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("unreachable");
    for (EscalationRoute r : report.escalation().unreachable()) {
      g.writeStartObject();
      g.writeStringField("from", r.from().id());
      g.writeStringField("to", r.to().id());
      g.writeStringField("reason", r.reason().orElseThrow().id());
      g.writeEndObject();
    }
    g.writeEndArray();
    Escalation escalation = report.escalation();
    g.writeObjectFieldStart("escalationAssessment");
    g.writeBooleanField("assessable", escalation.assessable());
    JsonWriting.optional(g, "reason", escalation.notAssessable().map(x -> x.id()));
    g.writeNumberField("glueRelays", escalation.glueRelays());
    g.writeNumberField("coreRelays", escalation.coreRelays());
    strings(g, "regionsWithEdge", escalation.regionsWithEdge().stream().map(Region::id).toList());
    strings(g, "regionsWithGlue", escalation.regionsWithGlue().stream().map(Region::id).toList());
    g.writeEndObject();
  }

  private static void coverage(JsonGenerator g, Coverage coverage) throws IOException {
    g.writeObjectFieldStart("coverage");
    JsonWriting.optional(g, "region", coverage.region().map(r -> r.id()));
    g.writeObjectFieldStart("placements");
    for (Map.Entry<Status, Integer> e : coverage.placementsByStatus().entrySet()) {
      g.writeNumberField(e.getKey().id(), e.getValue());
    }
    g.writeEndObject();
    strings(g, "organizations", coverage.organizations());
    g.writeFieldName("overall");
    ratio(g, null, null, coverage.overall());
    g.writeArrayFieldStart("layers");
    for (Map.Entry<Layer, CoverageRatio> e : coverage.byLayer().entrySet()) {
      ratio(g, "layer", e.getKey().id(), e.getValue());
    }
    g.writeEndArray();
    g.writeArrayFieldStart("functions");
    for (Map.Entry<String, CoverageRatio> e : coverage.byFunction().entrySet()) {
      ratio(g, "function", e.getKey(), e.getValue());
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void ratio(JsonGenerator g, @Nullable String key, @Nullable String value, CoverageRatio r) throws IOException {
    g.writeStartObject();
    if (key != null && value != null) {
      g.writeStringField(key, value);
    }
    g.writeNumberField("expected", r.expectedCells());
    g.writeNumberField("verified", r.verifiedCells());
    g.writeNumberField("claimedOnly", r.claimedOnlyCells());
    share(g, "verifiedShare", r.verifiedShare());
    share(g, "claimedShare", r.claimedShare());
    g.writeEndObject();
  }

  private static void selfClassification(JsonGenerator g, SelfClassification s) throws IOException {
    g.writeObjectFieldStart("selfClassification");
    share(g, "threshold", s.threshold());
    g.writeArrayFieldStart("organizations");
    for (OrganizationClassification o : s.organizations()) {
      g.writeStartObject();
      g.writeStringField("organization", o.organization());
      g.writeNumberField("claimed", o.claimed());
      g.writeNumberField("verified", o.verified());
      g.writeNumberField("disputed", o.disputed());
      share(g, "unconfirmedShare", o.unconfirmedShare());
      g.writeBooleanField("flagged", o.flagged());
      g.writeStringField("category", o.category().id());
      g.writeObjectFieldStart("bySource");
      for (EvidenceSource source : EvidenceSource.values()) {
        StatusCounts counts = o.from(source);
        if (counts.total() > 0) {
          g.writeObjectFieldStart(source.id());
          g.writeNumberField("claimed", counts.claimed());
          g.writeNumberField("verified", counts.verified());
          g.writeNumberField("disputed", counts.disputed());
          g.writeEndObject();
        }
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    strings(g, "flagged", s.flagged().stream().map(OrganizationClassification::organization).toList());
    g.writeEndObject();
  }

  private static void outsourcing(JsonGenerator g, AnalysisReport report) throws IOException {
    g.writeArrayFieldStart("outsourcing");
    for (ClientRoute r : report.outsourcing().routes()) {
      g.writeStartObject();
      g.writeStringField("client", r.client());
      g.writeStringField("function", r.function());
      g.writeStringField("route", r.route().id());
      strings(g, "providers", r.providers());
      strings(g, "coveringProviders", r.coveringProviders());
      JsonWriting.optional(g, "status", r.status().map(Status::id));
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
