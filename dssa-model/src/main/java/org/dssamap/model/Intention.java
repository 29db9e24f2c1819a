package org.dssamap.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A part an organization says it wants to play, or would give away: the survey's second and third questions ("what
 * part would you want to play?", "what would you give away?"). An intention is not a placement: no analysis of the
 * current map counts it; {@link EcosystemMap#intendedPicture()} is the map as it would be if every intention came
 * true.
 *
 * @param organization the id of the organization
 * @param cell the cell it is about
 * @param kind wants to do, or would give away
 * @param source who said so; the organization itself, as a rule
 * @param asOf when it was said
 * @param note what was said beside it
 */
public record Intention(
    String organization,
    Cell cell,
    IntentionKind kind,
    EvidenceSource source,
    Optional<LocalDate> asOf,
    Optional<String> note) {

  /** Checks the parts. */
  public Intention {
    Ids.requireSlug(requireNonNull(organization, "organization"), "organization id");
    requireNonNull(cell, "cell");
    requireNonNull(kind, "kind");
    requireNonNull(source, "source");
    requireNonNull(asOf, "asOf");
    requireNonNull(note, "note");
  }

  /** An intention the organization reported itself, with no date or note. */
  public static Intention of(String organization, Cell cell, IntentionKind kind) {
    return new Intention(organization, cell, kind, EvidenceSource.SELF_REPORTED, Optional.empty(), Optional.empty());
  }

  /** This intention with a date. */
  public Intention withAsOf(LocalDate date) {
    return new Intention(organization, cell, kind, source, Optional.of(date), note);
  }

  /** This intention with a note. */
  public Intention withNote(String newNote) {
    return new Intention(organization, cell, kind, source, asOf, Optional.of(newNote));
  }

  /** This intention with another source. */
  public Intention withSource(EvidenceSource newSource) {
    return new Intention(organization, cell, kind, newSource, asOf, note);
  }

  /** This intention in another cell, everything else kept (for a catalog migration). */
  public Intention withCell(Cell newCell) {
    return new Intention(organization, newCell, kind, source, asOf, note);
  }
}
