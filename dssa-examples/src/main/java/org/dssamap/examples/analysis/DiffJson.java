package org.dssamap.examples.analysis;

import static org.dssamap.examples.analysis.JsonWriting.cell;
import static org.dssamap.examples.analysis.JsonWriting.strings;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.dssamap.analysis.Gap;
import org.dssamap.analysis.diff.MapDiff;
import org.dssamap.analysis.diff.PlacementChange;
import org.dssamap.analysis.diff.ValueChange;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Relationship;
import org.dssamap.model.json.CanonicalJson;

/**
 * Writes a {@link MapDiff} as canonical JSON ({@code "format": "dssa-diff/1"}), with full values for everything
 * added, removed or changed; described in {@code docs/analysis-formats.md}.
 */
public final class DiffJson {
  /** The format tag of the diff JSON. */
  public static final String FORMAT = "dssa-diff/1";

  private DiffJson() {}

  /** Writes one element of the map format. */
  private interface Element<T> {
    void write(T value, JsonGenerator g) throws IOException;
  }

  /** The diff as canonical JSON text, ending with a newline. */
  public static String write(MapDiff diff) {
    return JsonWriting.write(g -> {
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
      gaps(g, "gapsOpened", diff.gapsOpened());
      gaps(g, "gapsClosed", diff.gapsClosed());
      g.writeEndObject();
    });
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
    g.writeArrayFieldStart("changed");
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

  private static void gaps(JsonGenerator g, String key, List<Gap> gaps) throws IOException {
    g.writeArrayFieldStart(key);
    for (Gap gap : gaps) {
      g.writeStartObject();
      cell(g, gap.cell());
      g.writeStringField("kind", gap.kind().id());
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
