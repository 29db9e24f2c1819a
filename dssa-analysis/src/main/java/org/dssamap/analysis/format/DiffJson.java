package org.dssamap.analysis.format;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.dssamap.analysis.format.JsonWriting.cell;
import static org.dssamap.analysis.format.JsonWriting.strings;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dssamap.analysis.AnalysisOptions;
import org.dssamap.analysis.Gap;
import org.dssamap.analysis.Overlap;
import org.dssamap.analysis.SinglePointOfFailure;
import org.dssamap.analysis.diff.FindingChanges;
import org.dssamap.analysis.diff.MapDiff;
import org.dssamap.analysis.diff.PlacementChange;
import org.dssamap.analysis.diff.ValueChange;
import org.dssamap.analysis.escalation.EscalationRoute;
import org.dssamap.analysis.escalation.Hop;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Relationship;
import org.dssamap.model.json.CanonicalJson;

/**
 * Writes a {@link MapDiff} as the diff JSON ({@code "format": "dssa-diff/1"}): full values for everything added,
 * removed or changed, and every finding that changed (gaps, overlaps, single points of failure, escalation routes)
 * with the options both maps were analysed with, the bytes {@code dssa diff --format json} writes. The format is
 * specified in {@code docs/analysis-formats.md} ("Diff JSON") of the dssa-map repository.
 *
 * <p>Canonical like {@link AnalysisJson}: equal diffs give byte-identical output, and the string and stream forms
 * give the same bytes (UTF-8).
 *
 * <p>Its JSON Schema is {@code docs/schemas/diff.schema.json}.
 */
public final class DiffJson {
  /** The format tag of the diff JSON. */
  public static final String FORMAT = "dssa-diff/1";

  private DiffJson() {}

  /** Writes one element of the map format. */
  private interface Element<T> {
    void write(T value, JsonGenerator g) throws IOException;
  }

  /**
   * The diff as diff JSON text, ending with a newline.
   *
   * @param diff the diff to write; {@link MapDiff#between} makes one
   * @return the document, as {@code docs/analysis-formats.md} specifies it
   */
  public static String write(MapDiff diff) {
    return JsonWriting.write(body(diff));
  }

  /**
   * Writes the diff as diff JSON, UTF-8, ending with a newline, to {@code out}, without holding the whole document
   * in memory. {@code out} is flushed and not closed; if writing fails, it may hold part of the document.
   *
   * @param diff the diff to write
   * @param out the stream to write to
   * @throws IOException when {@code out} throws it
   */
  public static void write(MapDiff diff, OutputStream out) throws IOException {
    checkNotNull(out, "out");
    JsonWriting.write(body(diff), out);
  }

  private static JsonWriting.Body body(MapDiff diff) {
    checkNotNull(diff, "diff");
    return g -> {
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      g.writeBooleanField("empty", diff.isEmpty());
      if (diff.title().isPresent()) {
        g.writeObjectFieldStart("title");
        g.writeStringField("before", diff.title().get().before());
        g.writeStringField("after", diff.title().get().after());
        g.writeEndObject();
      }
      if (diff.asOf().isPresent()) {
        g.writeObjectFieldStart("asOf");
        JsonWriting.optional(g, "before", diff.asOf().get().before().map(Object::toString));
        JsonWriting.optional(g, "after", diff.asOf().get().after().map(Object::toString));
        g.writeEndObject();
      }
      if (diff.catalog().isPresent()) {
        g.writeObjectFieldStart("catalog");
        g.writeStringField("before", diff.catalog().get().before().id());
        g.writeStringField("after", diff.catalog().get().after().id());
        g.writeEndObject();
      }
      if (diff.openQuestions().isPresent()) {
        g.writeObjectFieldStart("openQuestions");
        strings(g, "before", diff.openQuestions().get().before());
        strings(g, "after", diff.openQuestions().get().after());
        g.writeEndObject();
      }
      if (diff.kindNames().isPresent()) {
        g.writeObjectFieldStart("kinds");
        names(g, "before", diff.kindNames().get().before());
        names(g, "after", diff.kindNames().get().after());
        g.writeEndObject();
      }
      if (diff.intentions().isPresent()) {
        g.writeObjectFieldStart("intentions");
        for (String side : List.of("before", "after")) {
          g.writeArrayFieldStart(side);
          for (org.dssamap.model.Intention i : side.equals("before") ? diff.intentions().get().before()
              : diff.intentions().get().after()) {
            CanonicalJson.writeIntention(i, g);
          }
          g.writeEndArray();
        }
        g.writeEndObject();
      }
      if (diff.cellNotes().isPresent()) {
        g.writeObjectFieldStart("cellNotes");
        for (String side : List.of("before", "after")) {
          g.writeArrayFieldStart(side);
          for (org.dssamap.model.CellNote n : side.equals("before") ? diff.cellNotes().get().before()
              : diff.cellNotes().get().after()) {
            CanonicalJson.writeCellNote(n, g);
          }
          g.writeEndArray();
        }
        g.writeEndObject();
      }
      Element<Placement> placement = CanonicalJson::writePlacement;
      Element<Organization> organization = CanonicalJson::writeOrganization;
      Element<Relationship> relationship = CanonicalJson::writeRelationship;
      g.writeObjectFieldStart("placements");
      list(g, "added", diff.placementsAdded(), placement);
      list(g, "removed", diff.placementsRemoved(), placement);
      g.writeArrayFieldStart("changed");
      for (PlacementChange c : diff.placementsChanged()) {
        g.writeStartObject();
        strings(g, "fields", c.changedFields());
        if (c.review().isPresent()) {
          org.dssamap.model.Review r = c.review().get();
          g.writeObjectFieldStart("review");
          g.writeStringField("by", r.by());
          g.writeStringField("on", r.on().toString());
          g.writeStringField("outcome", r.outcome().id());
          g.writeEndObject();
        }
        g.writeFieldName("before");
        CanonicalJson.writePlacement(c.before(), g);
        g.writeFieldName("after");
        CanonicalJson.writePlacement(c.after(), g);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeObjectFieldStart("organizations");
      list(g, "added", diff.organizationsAdded(), organization);
      list(g, "removed", diff.organizationsRemoved(), organization);
      changes(g, diff.organizationsChanged(), organization);
      g.writeEndObject();
      g.writeObjectFieldStart("relationships");
      list(g, "added", diff.relationshipsAdded(), relationship);
      list(g, "removed", diff.relationshipsRemoved(), relationship);
      changes(g, diff.relationshipsChanged(), relationship);
      g.writeEndObject();
      Element<Gap> gap = DiffJson::gap;
      list(g, "gapsOpened", diff.gapsOpened(), gap);
      list(g, "gapsClosed", diff.gapsClosed(), gap);
      g.writeFieldName("gapsChanged");
      changeList(g, diff.gaps().changed(), gap);
      findings(g, "overlaps", diff.overlaps(), DiffJson::overlap);
      findings(g, "singlePointsOfFailure", diff.singlePointsOfFailure(), DiffJson::singlePoint);
      g.writeObjectFieldStart("escalation");
      changes(g, diff.escalation().changed(), DiffJson::route);
      g.writeEndObject();
      options(g, diff.options());
      g.writeEndObject();
    };
  }

  /** A finding's changes as {@code {appeared: [...], gone: [...], changed: [{before, after}]}}. */
  private static <T> void findings(JsonGenerator g, String key, FindingChanges<T> changes, Element<T> element)
      throws IOException {
    g.writeObjectFieldStart(key);
    list(g, "appeared", changes.appeared(), element);
    list(g, "gone", changes.gone(), element);
    changes(g, changes.changed(), element);
    g.writeEndObject();
  }

  private static void gap(Gap gap, JsonGenerator g) throws IOException {
    g.writeStartObject();
    cell(g, gap.cell());
    g.writeStringField("kind", gap.kind().id());
    strings(g, "claimedBy", gap.claimedBy());
    strings(g, "disputedBy", gap.disputedBy());
    g.writeEndObject();
  }

  private static void overlap(Overlap overlap, JsonGenerator g) throws IOException {
    g.writeStartObject();
    cell(g, overlap.cell());
    g.writeStringField("region", overlap.region().id());
    strings(g, "organizations", overlap.organizations());
    g.writeEndObject();
  }

  private static void singlePoint(SinglePointOfFailure s, JsonGenerator g) throws IOException {
    g.writeStartObject();
    cell(g, s.cell());
    g.writeStringField("organization", s.organization());
    g.writeStringField("status", s.status().id());
    g.writeEndObject();
  }

  /** A route as the analysis JSON writes it in {@code escalation}. */
  private static void route(EscalationRoute r, JsonGenerator g) throws IOException {
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

  /** The options, as the analysis JSON writes them. */
  private static void options(JsonGenerator g, AnalysisOptions o) throws IOException {
    g.writeObjectFieldStart("options");
    JsonWriting.optional(g, "region", o.region().map(r -> r.id()));
    g.writeNumberField("overlapThreshold", o.overlapThreshold());
    JsonWriting.share(g, "unconfirmedThreshold", o.unconfirmedThreshold());
    g.writeStringField("escalationFunction", o.escalationFunction());
    g.writeBooleanField("escalationCountsClaims", o.escalationCountsClaims());
    g.writeEndObject();
  }

  private static <T> void list(JsonGenerator g, String key, List<T> values, Element<T> element) throws IOException {
    g.writeArrayFieldStart(key);
    for (T v : values) {
      element.write(v, g);
    }
    g.writeEndArray();
  }

  private static <T> void changes(JsonGenerator g, List<ValueChange<T>> changes, Element<T> element)
      throws IOException {
    g.writeFieldName("changed");
    changeList(g, changes, element);
  }

  /** An array of {@code {before, after}}. */
  private static <T> void changeList(JsonGenerator g, List<ValueChange<T>> changes, Element<T> element)
      throws IOException {
    g.writeStartArray();
    for (ValueChange<T> c : changes) {
      g.writeStartObject();
      g.writeFieldName("before");
      element.write(c.before(), g);
      g.writeFieldName("after");
      element.write(c.after(), g);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void names(JsonGenerator g, String key, java.util.Map<String, String> names) throws IOException {
    g.writeObjectFieldStart(key);
    for (java.util.Map.Entry<String, String> e : names.entrySet()) {
      g.writeStringField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }
}
