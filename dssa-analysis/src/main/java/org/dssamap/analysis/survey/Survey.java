package org.dssamap.analysis.survey;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dssamap.model.Cell;
import org.dssamap.model.Dispute;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.EvidenceSource;
import org.dssamap.model.Placement;
import org.dssamap.model.Status;

/**
 * The verification round, "have we got you right?": the questionnaire for an organization, and the rules that
 * apply its answers.
 *
 * <p>The rules follow the house stance that the analysis never takes a claim as proof, and that an organization's
 * word about itself is still its own word:
 *
 * <ul>
 *   <li><b>confirm</b> a claimed placement that someone else put there (desk research or a peer): verified, since
 *       two independent parties now agree; the source is kept. Confirming a placement the organization reported
 *       itself leaves it claimed (self-confirmation is no confirmation). Confirming a verified placement changes
 *       nothing; confirming a disputed one leaves the challenge standing (the subject cannot settle another party's
 *       dispute). Confirming a placement the map does not have is rejected: answer add instead.
 *   <li><b>deny</b> removes the placement, unless someone other than the organization vouches for it (it is
 *       verified, or a peer reported it): then it becomes disputed, the dispute naming the organization and its
 *       comment. Denying a cell the map does not place it in changes nothing.
 *   <li><b>add</b> places the organization as claimed, self-reported, with its comment as the note; adding where
 *       the map already places it is rejected (answer confirm instead).
 *   <li><b>want-to-do</b> and <b>give-away</b> change no placement: they are recorded as {@link Wish}es.
 *   <li>An answer about a function the catalog does not have is rejected; so are several of confirm, deny and add
 *       for the same cell (contradictory, or repeated), and a repeated wish.
 * </ul>
 *
 * <p>Every answer gets exactly one {@link LogEntry}, in the order given.
 */
public final class Survey {
  private Survey() {}

  /** The questionnaire for {@code organizationId}; the same as {@link Questionnaire#of}. */
  public static Questionnaire questionnaire(EcosystemMap map, String organizationId) {
    return Questionnaire.of(map, organizationId);
  }

  /**
   * Applies an organization's answers to {@code map}.
   *
   * @throws IllegalArgumentException when the map has no organization with the responses' id
   */
  public static SurveyResult apply(EcosystemMap map, Responses responses) {
    requireNonNull(map, "map");
    requireNonNull(responses, "responses");
    String org = responses.organization();
    map.requireOrganization(org);
    Map<Cell, List<Answer>> placementAnswers = responses.answers().stream()
        .filter(r -> r.answer().changesPlacement())
        .collect(Collectors.groupingBy(Response::cell, Collectors.mapping(Response::answer, Collectors.toList())));
    Map<String, Integer> wishesSeen = new HashMap<>();
    // at most one placement-changing answer per cell is applied, so every answer sees the original placement
    Map<Cell, Optional<Placement>> changed = new HashMap<>();
    ImmutableList.Builder<LogEntry> log = ImmutableList.builder();
    ImmutableList.Builder<Wish> wishes = ImmutableList.builder();
    for (Response r : responses.answers()) {
      Cell cell = r.cell();
      Optional<Placement> before = map.placement(org, cell);
      if (!map.catalog().contains(cell)) {
        log.add(entry(r, Outcome.REJECTED, "catalog " + map.catalog().id() + " has no function '"
            + cell.function() + "'", before, before));
        continue;
      }
      if (!r.answer().changesPlacement()) {
        String key = cell + " " + r.answer().id();
        if (wishesSeen.merge(key, 1, Integer::sum) > 1) {
          log.add(entry(r, Outcome.REJECTED, "repeated " + r.answer().id() + " answer for " + cell, before, before));
        } else {
          wishes.add(new Wish(org, cell, r.answer(), r.comment()));
          log.add(entry(r, Outcome.RECORDED, "recorded as a wish; no placement changes", before, before));
        }
        continue;
      }
      List<Answer> sameCell = placementAnswers.get(cell);
      if (sameCell.size() > 1) {
        log.add(entry(r, Outcome.REJECTED, "several answers for " + cell + " ("
            + sameCell.stream().map(Answer::id).collect(Collectors.joining(", ")) + "); none applied", before, before));
        continue;
      }
      LogEntry e = switch (r.answer()) {
        case CONFIRM -> confirm(r, before);
        case DENY -> deny(r, org, before);
        case ADD -> add(r, org, before);
        case WANT_TO_DO, GIVE_AWAY -> throw new AssertionError(r.answer());
      };
      log.add(e);
      if (e.outcome() == Outcome.APPLIED) {
        changed.put(cell, e.after());
      }
    }
    return new SurveyResult(withChanges(map, org, changed), log.build(), wishes.build());
  }

  private static EcosystemMap withChanges(EcosystemMap map, String org, Map<Cell, Optional<Placement>> changed) {
    if (changed.isEmpty()) {
      return map;
    }
    EcosystemMap.Builder b = map.toBuilder().clearPlacements();
    for (Placement p : map.placements()) {
      if (!(p.organization().equals(org) && changed.containsKey(p.cell()))) {
        b.addPlacement(p);
      }
    }
    changed.values().forEach(p -> p.ifPresent(b::addPlacement));
    return b.build();
  }

  private static LogEntry confirm(Response r, Optional<Placement> before) {
    if (before.isEmpty()) {
      return entry(r, Outcome.REJECTED, "the map does not place the organization at " + r.cell()
          + ", so there is nothing to confirm; answer add to place it there", before, before);
    }
    Placement p = before.get();
    return switch (p.status()) {
      case VERIFIED -> entry(r, Outcome.UNCHANGED, "already verified", before, before);
      case DISPUTED -> entry(r, Outcome.UNCHANGED, "stays disputed: the challenge by "
          + p.dispute().map(Dispute::by).orElse("another party")
          + " stands until the working group settles it", before, before);
      case CLAIMED -> p.source() == EvidenceSource.SELF_REPORTED
          ? entry(r, Outcome.UNCHANGED, "stays claimed: the organization reported this itself, and its own "
              + "confirmation is still its own word", before, before)
          : entry(r, Outcome.APPLIED, "verified: " + p.source().id() + " and the organization agree", before,
              Optional.of(p.withStatus(Status.VERIFIED)));
    };
  }

  private static LogEntry deny(Response r, String org, Optional<Placement> before) {
    if (before.isEmpty()) {
      return entry(r, Outcome.UNCHANGED, "the map does not place the organization at " + r.cell(), before, before);
    }
    Placement p = before.get();
    boolean vouched = p.status() == Status.VERIFIED
        || (p.status() == Status.CLAIMED && p.source() == EvidenceSource.PEER_REPORTED);
    if (vouched) {
      Dispute d = Dispute.of(org, r.comment().orElse("denied by the organization in the verification round"));
      return entry(r, Outcome.APPLIED, "disputed: another party vouches for it (" + p.status().id() + ", "
          + p.source().id() + "), so the denial challenges it rather than erasing it", before,
          Optional.of(p.disputed(d)));
    }
    return entry(r, Outcome.APPLIED, "removed: the organization denies it and nobody else vouches for it", before,
        Optional.empty());
  }

  private static LogEntry add(Response r, String org, Optional<Placement> before) {
    if (before.isPresent()) {
      return entry(r, Outcome.REJECTED, "the map already places the organization at " + r.cell() + " ("
          + before.get().status().id() + "); answer confirm instead", before, before);
    }
    Placement p = Placement.of(org, r.cell(), Status.CLAIMED, EvidenceSource.SELF_REPORTED);
    if (r.comment().isPresent()) {
      p = p.withNote(r.comment().get());
    }
    return entry(r, Outcome.APPLIED, "added as claimed, self-reported", before, Optional.of(p));
  }

  private static LogEntry entry(Response r, Outcome outcome, String explanation, Optional<Placement> before,
      Optional<Placement> after) {
    return new LogEntry(r, outcome, explanation, before, after);
  }
}
