package org.dssamap.model;

import org.dssamap.model.internal.Records;
import org.dssamap.model.internal.Vocab;

/** The closed vocabularies' {@code ofId}, looked up where the file formats look them up ({@link Records}). */
final class Vocabulary {
  private Vocabulary() {}

  @SuppressWarnings("unchecked")
  static <E extends Enum<E>> E ofId(Class<E> type, String id) {
    Vocab<?> words;
    if (type == Region.class) {
      words = Records.REGIONS;
    } else if (type == Dimension.class) {
      words = Records.DIMENSIONS;
    } else if (type == Layer.class) {
      words = Records.LAYERS;
    } else if (type == Status.class) {
      words = Records.STATUSES;
    } else if (type == EvidenceSource.class) {
      words = Records.SOURCES;
    } else if (type == Confidentiality.class) {
      words = Records.CONFIDENTIALITIES;
    } else if (type == ReviewOutcome.class) {
      words = Records.REVIEW_OUTCOMES;
    } else if (type == IntentionKind.class) {
      words = Records.INTENTION_KINDS;
    } else {
      words = Records.RELATIONSHIP_KINDS;
    }
    return (E) words.ofId(id);
  }
}
