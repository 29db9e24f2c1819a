package org.dssamap.model.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.dssamap.model.CellNote;
import org.dssamap.model.Confidentiality;
import org.dssamap.model.Dimension;
import org.dssamap.model.Dispute;
import org.dssamap.model.EvidenceSource;
import org.dssamap.model.Intention;
import org.dssamap.model.IntentionKind;
import org.dssamap.model.Layer;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Region;
import org.dssamap.model.Relationship;
import org.dssamap.model.RelationshipKind;
import org.dssamap.model.Review;
import org.dssamap.model.ReviewOutcome;
import org.dssamap.model.Status;

/**
 * The one description of each element of a map file: organizations, placements (with their disputes and
 * reviews), relationships, intentions and notes on cells, their JSON keys in canonical order, their sheet columns,
 * and the rules between their fields. The JSON reader and writer and the sheets are driven from here; adding an
 * optional field to a record is a line here, a component of the record, and the documentation ({@code docs/formats.md}, "Adding a field").
 */
public final class Records {
  private Records() {}

  /** The vocabularies, each looked up in one place. */
  public static final Vocab<Region> REGIONS = new Vocab<>(Region.class, Region::id, Region::displayName);
  /** Dimensions. */
  public static final Vocab<Dimension> DIMENSIONS = new Vocab<>(Dimension.class, Dimension::id,
      Dimension::displayName);
  /** Layers. */
  public static final Vocab<Layer> LAYERS = new Vocab<>(Layer.class, Layer::id, Layer::displayName);
  /** Statuses. */
  public static final Vocab<Status> STATUSES = new Vocab<>(Status.class, Status::id, Status::id);
  /** Evidence sources. */
  public static final Vocab<EvidenceSource> SOURCES =
      new Vocab<>(EvidenceSource.class, EvidenceSource::id, EvidenceSource::id);
  /** Confidentialities. */
  public static final Vocab<Confidentiality> CONFIDENTIALITIES =
      new Vocab<>(Confidentiality.class, Confidentiality::id, Confidentiality::id);
  /** Relationship kinds. */
  public static final Vocab<RelationshipKind> RELATIONSHIP_KINDS =
      new Vocab<>(RelationshipKind.class, RelationshipKind::id, RelationshipKind::id);

  /** Review outcomes. */
  public static final Vocab<ReviewOutcome> REVIEW_OUTCOMES =
      new Vocab<>(ReviewOutcome.class, ReviewOutcome::id, ReviewOutcome::id);
  /** Intention kinds. */
  public static final Vocab<IntentionKind> INTENTION_KINDS =
      new Vocab<>(IntentionKind.class, IntentionKind::id, IntentionKind::id);

  private static final Kind CONFIDENTIALITY = Kind.word(CONFIDENTIALITIES);

  /** Organization fields by number, in canonical order. */
  public static final int ORGANIZATION_ID = 0;
  private static final int ORGANIZATION_NAME = 1;
  private static final int ORGANIZATION_KIND = 2;
  private static final int ORGANIZATION_REGION = 3;
  private static final int ORGANIZATION_URL = 4;
  private static final int ORGANIZATION_NOTE = 5;
  private static final int ORGANIZATION_SIZE = 6;
  private static final int ORGANIZATION_CONFIDENTIALITY = 7;

  /** An organization: {@code $.organizations[i]}, and the organization columns of a placement sheet. */
  public static final Shape<Organization> ORGANIZATION = Shape.of("an organization", List.of(
      Field.<Organization>required("id", "organization", Kind.SLUG, "the organization's id", Organization::id),
      Field.<Organization>required("name", "organization_name", Kind.NON_BLANK, "the organization's name",
          Organization::name),
      Field.<Organization>required("kind", "kind", Kind.SLUG, "the kind of organization (registry, cctld, cert, ...)",
          Organization::kind),
      Field.<Organization>optional("region", "region", Kind.word(REGIONS), "a region", null,
          o -> o.region().orElse(null)),
      Field.<Organization>optional("url", "organization_url", Kind.WEB_URL, "an http or https address", null,
          o -> o.url().orElse(null)),
      Field.<Organization>optional("note", "organization_note", Kind.TEXT, "a string", null,
          o -> o.note().orElse(null)),
      Field.<Organization>optional("size", "organization_size", Kind.COUNT, "the organization's size", null,
          o -> o.size().isPresent() ? (Object) o.size().getAsLong() : null),
      Field.<Organization>optional("confidentiality", "organization_confidentiality", CONFIDENTIALITY,
          "a confidentiality", Confidentiality.PUBLIC, Organization::confidentiality)),
      v -> new Organization(v.required(ORGANIZATION_ID), v.required(ORGANIZATION_NAME),
          v.required(ORGANIZATION_KIND), v.optional(ORGANIZATION_REGION), v.optional(ORGANIZATION_URL),
          v.optional(ORGANIZATION_NOTE),
          v.has(ORGANIZATION_SIZE) ? OptionalLong.of(v.<Long>required(ORGANIZATION_SIZE)) : OptionalLong.empty(),
          v.or(ORGANIZATION_CONFIDENTIALITY, Confidentiality.PUBLIC)));

  private static final int DISPUTE_BY = 0;
  private static final int DISPUTE_REASON = 1;
  private static final int DISPUTE_ANSWER = 2;

  /** A placement's dispute: {@code $.placements[i].dispute}, and two columns of a placement sheet. */
  public static final Shape<Dispute> DISPUTE = Shape.of("a dispute {\"by\", \"reason\"}", List.of(
      Field.<Dispute>required("by", "disputed_by", Kind.NON_BLANK, "who raised the dispute", Dispute::by),
      Field.<Dispute>optional("reason", "dispute_reason", Kind.TEXT, "a string", "", Dispute::reason),
      Field.<Dispute>optional("answer", "dispute_answer", Kind.TEXT, "a string", null,
          d -> d.answer().orElse(null))),
      v -> new Dispute(v.required(DISPUTE_BY), v.or(DISPUTE_REASON, ""), v.optional(DISPUTE_ANSWER)));

  private static final int REVIEW_BY = 0;
  private static final int REVIEW_ON = 1;
  private static final int REVIEW_OUTCOME = 2;
  private static final int REVIEW_COMMENT = 3;

  /**
   * A review of a placement: {@code $.placements[i].reviews[k]}; the newest one in four columns of a placement
   * sheet.
   */
  public static final Shape<Review> REVIEW = Shape.of("a review {\"by\", \"on\", \"outcome\"}", List.of(
      Field.<Review>required("by", "reviewed_by", Kind.NON_BLANK, "who reviewed it", Review::by),
      Field.<Review>required("on", "reviewed_on", Kind.DATE, "a date", Review::on),
      Field.<Review>required("outcome", "review_outcome", Kind.word(REVIEW_OUTCOMES), "an outcome",
          Review::outcome),
      Field.<Review>optional("comment", "review_comment", Kind.TEXT, "a string", null,
          r -> r.comment().orElse(null))),
      v -> new Review(v.required(REVIEW_BY), v.required(REVIEW_ON), v.required(REVIEW_OUTCOME),
          v.optional(REVIEW_COMMENT)));

  /** Placement fields by number, in canonical order. */
  public static final int PLACEMENT_ORGANIZATION = 0;
  /** The placement's function. */
  public static final int PLACEMENT_FUNCTION = 1;
  private static final int PLACEMENT_DIMENSION = 2;
  private static final int PLACEMENT_LAYER = 3;
  /** The placement's status. */
  public static final int PLACEMENT_STATUS = 4;
  /** The placement's source. */
  public static final int PLACEMENT_SOURCE = 5;
  private static final int PLACEMENT_AS_OF = 6;
  private static final int PLACEMENT_CONFIDENTIALITY = 7;
  /** The placement's dispute. */
  public static final int PLACEMENT_DISPUTE = 8;
  private static final int PLACEMENT_NOTE = 9;
  /** The placement's reviews. */
  public static final int PLACEMENT_REVIEWS = 10;

  /** A placement: {@code $.placements[i]}, and a row of a placement sheet. */
  public static final Shape<Placement> PLACEMENT = Shape.of("a placement", List.of(
      Field.<Placement>required("organization", "organization", Kind.SLUG, "an organization id",
          Placement::organization).refersTo(Field.Ref.ORGANIZATION),
      Field.<Placement>required("function", "function", Kind.SLUG, "a function id", p -> p.cell().function())
          .refersTo(Field.Ref.FUNCTION),
      Field.<Placement>required("dimension", "dimension", Kind.word(DIMENSIONS), "a dimension",
          p -> p.cell().dimension()),
      Field.<Placement>required("layer", "layer", Kind.word(LAYERS), "a layer", p -> p.cell().layer()),
      Field.<Placement>required("status", "status", Kind.word(STATUSES), "a status", Placement::status),
      Field.<Placement>required("source", "source", Kind.word(SOURCES), "a source", Placement::source),
      Field.<Placement>optional("asOf", "as_of", Kind.DATE, "a date", null, p -> p.asOf().orElse(null)),
      Field.<Placement>optional("confidentiality", "confidentiality", CONFIDENTIALITY, "a confidentiality",
          Confidentiality.PUBLIC, Placement::confidentiality),
      Field.<Placement>optional("dispute", null, Kind.record(DISPUTE), "a dispute {\"by\", \"reason\"}", null,
          p -> p.dispute().orElse(null)),
      Field.<Placement>optional("note", "note", Kind.TEXT, "a string", null, p -> p.note().orElse(null)),
      Field.<Placement>optional("reviews", null, Kind.records(REVIEW), "reviews, oldest first", ImmutableList.of(),
          Placement::reviews)),
      v -> new Placement(v.required(PLACEMENT_ORGANIZATION),
          v.cell(PLACEMENT_FUNCTION, PLACEMENT_DIMENSION, PLACEMENT_LAYER), v.required(PLACEMENT_STATUS),
          v.required(PLACEMENT_SOURCE), v.optional(PLACEMENT_NOTE), v.optional(PLACEMENT_AS_OF),
          v.or(PLACEMENT_CONFIDENTIALITY, Confidentiality.PUBLIC), v.optional(PLACEMENT_DISPUTE),
          v.or(PLACEMENT_REVIEWS, ImmutableList.<Review>of())),
      new Shape.Rule(PLACEMENT_DISPUTE, "disputed_by",
          v -> !v.has(PLACEMENT_DISPUTE) || !v.has(PLACEMENT_STATUS) || v.get(PLACEMENT_STATUS) == Status.DISPUTED,
          v -> "a dispute is given but the status is '" + v.<Status>required(PLACEMENT_STATUS).id()
              + "'; expected status 'disputed', or no dispute"));

  /** Relationship fields by number, in canonical order. */
  public static final int RELATIONSHIP_FROM = 0;
  /** Where the relationship ends. */
  public static final int RELATIONSHIP_TO = 1;
  private static final int RELATIONSHIP_KIND = 2;
  /** The functions it is about. */
  public static final int RELATIONSHIP_FUNCTIONS = 3;
  private static final int RELATIONSHIP_NOTE = 4;
  private static final int RELATIONSHIP_CONFIDENTIALITY = 5;

  /** A relationship: {@code $.relationships[i]}, and a row of a relationships sheet. */
  public static final Shape<Relationship> RELATIONSHIP = Shape.of("a relationship", List.of(
      Field.<Relationship>required("from", "from", Kind.SLUG, "an organization id", Relationship::from)
          .refersTo(Field.Ref.ORGANIZATION),
      Field.<Relationship>required("to", "to", Kind.SLUG, "an organization id", Relationship::to)
          .refersTo(Field.Ref.ORGANIZATION),
      Field.<Relationship>required("kind", "kind", Kind.word(RELATIONSHIP_KINDS), "a kind", Relationship::kind),
      Field.<Relationship>optional("functions", "functions", Kind.SLUGS, "function ids", ImmutableSortedSet.of(),
          Relationship::functions).refersTo(Field.Ref.FUNCTION),
      Field.<Relationship>optional("note", "note", Kind.TEXT, "a string", null, r -> r.note().orElse(null)),
      Field.<Relationship>optional("confidentiality", "confidentiality", CONFIDENTIALITY, "a confidentiality",
          Confidentiality.PUBLIC, Relationship::confidentiality)),
      v -> new Relationship(v.required(RELATIONSHIP_FROM), v.required(RELATIONSHIP_TO), v.required(RELATIONSHIP_KIND),
          v.or(RELATIONSHIP_FUNCTIONS, ImmutableSortedSet.<String>of()), v.optional(RELATIONSHIP_NOTE),
          v.or(RELATIONSHIP_CONFIDENTIALITY, Confidentiality.PUBLIC)),
      new Shape.Rule(-1, "to",
          v -> !v.has(RELATIONSHIP_FROM) || !Objects.equals(v.get(RELATIONSHIP_FROM), v.get(RELATIONSHIP_TO)),
          v -> "relationship of '" + v.get(RELATIONSHIP_FROM) + "' to itself; expected two different organizations"));

  /** Intention fields by number, in canonical order. */
  public static final int INTENTION_ORGANIZATION = 0;
  /** The intention's function. */
  public static final int INTENTION_FUNCTION = 1;
  private static final int INTENTION_DIMENSION = 2;
  private static final int INTENTION_LAYER = 3;
  private static final int INTENTION_KIND = 4;
  private static final int INTENTION_SOURCE = 5;
  private static final int INTENTION_AS_OF = 6;
  private static final int INTENTION_NOTE = 7;

  /** An intention: {@code $.intentions[i]}; sheets do not hold intentions. */
  public static final Shape<Intention> INTENTION = Shape.of("an intention", List.of(
      Field.<Intention>required("organization", null, Kind.SLUG, "an organization id", Intention::organization)
          .refersTo(Field.Ref.ORGANIZATION),
      Field.<Intention>required("function", null, Kind.SLUG, "a function id", i -> i.cell().function())
          .refersTo(Field.Ref.FUNCTION),
      Field.<Intention>required("dimension", null, Kind.word(DIMENSIONS), "a dimension", i -> i.cell().dimension()),
      Field.<Intention>required("layer", null, Kind.word(LAYERS), "a layer", i -> i.cell().layer()),
      Field.<Intention>required("kind", null, Kind.word(INTENTION_KINDS), "a kind", Intention::kind),
      Field.<Intention>optional("source", null, Kind.word(SOURCES), "a source", EvidenceSource.SELF_REPORTED,
          Intention::source),
      Field.<Intention>optional("asOf", null, Kind.DATE, "a date", null, i -> i.asOf().orElse(null)),
      Field.<Intention>optional("note", null, Kind.TEXT, "a string", null, i -> i.note().orElse(null))),
      v -> new Intention(v.required(INTENTION_ORGANIZATION),
          v.cell(INTENTION_FUNCTION, INTENTION_DIMENSION, INTENTION_LAYER), v.required(INTENTION_KIND),
          v.or(INTENTION_SOURCE, EvidenceSource.SELF_REPORTED), v.optional(INTENTION_AS_OF),
          v.optional(INTENTION_NOTE)));

  /** Cell note fields by number, in canonical order. */
  public static final int CELL_NOTE_FUNCTION = 0;
  private static final int CELL_NOTE_DIMENSION = 1;
  private static final int CELL_NOTE_LAYER = 2;
  private static final int CELL_NOTE_TEXT = 3;

  /** A note on a cell: {@code $.cellNotes[i]}; sheets do not hold notes on cells. */
  public static final Shape<CellNote> CELL_NOTE = Shape.of("a note on a cell", List.of(
      Field.<CellNote>required("function", null, Kind.SLUG, "a function id", n -> n.cell().function())
          .refersTo(Field.Ref.FUNCTION),
      Field.<CellNote>required("dimension", null, Kind.word(DIMENSIONS), "a dimension", n -> n.cell().dimension()),
      Field.<CellNote>required("layer", null, Kind.word(LAYERS), "a layer", n -> n.cell().layer()),
      Field.<CellNote>required("text", null, Kind.NON_BLANK, "the note", CellNote::text)),
      v -> new CellNote(v.cell(CELL_NOTE_FUNCTION, CELL_NOTE_DIMENSION, CELL_NOTE_LAYER),
          v.required(CELL_NOTE_TEXT)));

  /**
   * The columns of a placement sheet, in the order written: the placement's and its organization's fields, those
   * of its dispute in place of the dispute, those of its newest review in place of its reviews. A column added to a shape goes at the end, so that sheets made before
   * still line up.
   */
  public static final ImmutableList<String> PLACEMENT_SHEET = ImmutableList.of("organization",
      "organization_name", "kind", "region", "function", "dimension", "layer", "status", "source",
      "confidentiality", "as_of", "disputed_by", "dispute_reason", "note", "organization_url", "organization_note",
      "organization_size", "organization_confidentiality", "reviewed_by", "reviewed_on", "review_outcome",
      "review_comment", "dispute_answer");

  /** The columns of a relationships sheet, in the order written. */
  public static final ImmutableList<String> RELATIONSHIP_SHEET =
      ImmutableList.of("from", "to", "kind", "functions", "note", "confidentiality");

  /** What a missing value means for {@code field} of a sheet; spreadsheets leave optional cells empty. */
  static Optional<Object> sheetDefault(Field<?> field) {
    return Optional.ofNullable(field.absent());
  }
}
