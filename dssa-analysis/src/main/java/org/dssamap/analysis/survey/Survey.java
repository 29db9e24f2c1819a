package org.dssamap.analysis.survey;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dssamap.model.Cell;
import org.dssamap.model.Dispute;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.EvidenceSource;
import org.dssamap.model.Intention;
import org.dssamap.model.IntentionKind;
import org.dssamap.model.Placement;
import org.dssamap.model.Review;
import org.dssamap.model.ReviewOutcome;
import org.dssamap.model.Status;
import org.jspecify.annotations.Nullable;

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
 *   <li><b>want-to-do</b> and <b>give-away</b> change no placement: they are kept in the map as
 *       {@link Intention}s (and listed as {@link Wish}es in the result), apart from what the organization does
 *       today, replacing what it said of that cell in an earlier round. Wanting to do what it is placed in after
 *       the round, or giving away what it is not placed in, changes nothing (unchanged, and why).
 *   <li>An answer about a function the catalog does not have is rejected; so are several of confirm, deny and add
 *       for the same cell (contradictory, or repeated), and a repeated wish.
 * </ul>
 *
 * <p>Every answer that vouches for, corrects or challenges a placement the map keeps is recorded on it as a
 * {@link Review}, after its earlier reviews: by the respondent the responses name (else the organization), on
 * their date (else the day the caller gives; the library reads no clock). Confirming a claim someone else made is
 * {@code confirmed} (so is confirming a verified placement again); adding is {@code corrected}; a denial that
 * disputes a placement is {@code disputed}; confirming a disputed placement is the organization's {@code answered},
 * its comment kept as the dispute's answer. Confirming its own claim records nothing: it is still its own word.
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
   * Applies an organization's answers to {@code map}, its reviews dated by the responses' date.
   *
   * @throws IllegalArgumentException when the map has no organization with the responses' id, or the responses
   *     carry no date (give one with {@link #apply(EcosystemMap, Responses, LocalDate)})
   */
  public static SurveyResult apply(EcosystemMap map, Responses responses) {
    return apply(map, responses, responses.date().orElseThrow(() -> new IllegalArgumentException(
        "the responses of '" + responses.organization() + "' carry no date; give the day of the reviews")));
  }

  /**
   * Applies an organization's answers to {@code map}.
   *
   * @param today the day of the reviews when the responses carry no date
   * @throws IllegalArgumentException when the map has no organization with the responses' id
   */
  public static SurveyResult apply(EcosystemMap map, Responses responses, LocalDate today) {
    requireNonNull(map, "map");
    requireNonNull(responses, "responses");
    requireNonNull(today, "today");
    String org = responses.organization();
    Reviewer reviewer = new Reviewer(responses.reviewer(), responses.date().orElse(today));
    map.requireOrganization(org);
    Map<Cell, List<Answer>> placementAnswers = responses.answers().stream()
        .filter(r -> r.answer().changesPlacement())
        .collect(Collectors.groupingBy(Response::cell, Collectors.mapping(Response::answer, Collectors.toList())));
    Map<String, Integer> wishesSeen = new HashMap<>();
    // at most one placement-changing answer per cell is applied, so every answer sees the original placement
    Map<Cell, Optional<Placement>> changed = new HashMap<>();
    List<@Nullable LogEntry> log = new java.util.ArrayList<>();
    ImmutableList.Builder<Wish> wishes = ImmutableList.builder();
    List<Response> wished = new java.util.ArrayList<>();
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
          wished.add(r);
          log.add(null);
        }
        continue;
      }
      List<Answer> sameCell = requireNonNull(placementAnswers.get(cell));
      if (sameCell.size() > 1) {
        log.add(entry(r, Outcome.REJECTED, "several answers for " + cell + " ("
            + sameCell.stream().map(Answer::id).collect(Collectors.joining(", ")) + "); none applied", before, before));
        continue;
      }
      LogEntry e = switch (r.answer()) {
        case CONFIRM -> confirm(r, before, reviewer);
        case DENY -> deny(r, org, before, reviewer);
        case ADD -> add(r, org, before, reviewer);
        case WANT_TO_DO, GIVE_AWAY -> throw new AssertionError(r.answer());
      };
      log.add(e);
      if (!e.after().equals(e.before())) {
        changed.put(cell, e.after());
      }
    }
    // Wishes are weighed against the map after the round's placement answers.
    Set<String> placedAfter = new HashSet<>();
    map.placementsOf(org).forEach(p -> placedAfter.add(p.cell().toString()));
    changed.forEach((cell, after) -> {
      if (after.isPresent()) {
        placedAfter.add(cell.toString());
      } else {
        placedAfter.remove(cell.toString());
      }
    });
    List<Intention> intended = new java.util.ArrayList<>();
    Map<Response, LogEntry> wishEntries = new HashMap<>();
    for (Response r : wished) {
      Optional<Placement> now = changed.containsKey(r.cell()) ? changed.get(r.cell()) : map.placement(org, r.cell());
      Optional<Placement> before = map.placement(org, r.cell());
      boolean placed = placedAfter.contains(r.cell().toString());
      if (r.answer() == Answer.WANT_TO_DO && placed) {
        wishEntries.put(r, entry(r, Outcome.UNCHANGED, "the map places the organization at " + r.cell()
            + " already (" + now.map(p -> p.status().id()).orElse("") + "), so there is nothing to intend",
            before, before));
      } else if (r.answer() == Answer.GIVE_AWAY && !placed) {
        wishEntries.put(r, entry(r, Outcome.UNCHANGED, "the map does not place the organization at " + r.cell()
            + ", so there is nothing to give away", before, before));
      } else {
        IntentionKind kind = r.answer() == Answer.WANT_TO_DO ? IntentionKind.WANTS_TO_DO
            : IntentionKind.WOULD_GIVE_AWAY;
        Intention i = Intention.of(org, r.cell(), kind).withAsOf(reviewer.on());
        intended.add(r.comment().map(i::withNote).orElse(i));
        wishes.add(new Wish(org, r.cell(), r.answer(), r.comment()));
        wishEntries.put(r, entry(r, Outcome.RECORDED, "kept as an intention (" + kind.id()
            + "); no placement changes", before, before));
      }
    }
    ImmutableList<LogEntry> entries = fillWishes(log, responses, wishEntries);
    return new SurveyResult(withChanges(map, org, changed, intended), entries, wishes.build());
  }

  /** The log with each wish's entry in its answer's place. */
  private static ImmutableList<LogEntry> fillWishes(List<@Nullable LogEntry> log, Responses responses,
      Map<Response, LogEntry> wishEntries) {
    ImmutableList.Builder<LogEntry> out = ImmutableList.builder();
    for (int i = 0; i < log.size(); i++) {
      @Nullable LogEntry e = log.get(i);
      out.add(e != null ? e : requireNonNull(wishEntries.get(responses.answers().get(i)), "a wish's entry"));
    }
    return out.build();
  }

  /** Who the round's reviews name, and their day. */
  private record Reviewer(String by, LocalDate on) {
    Review review(ReviewOutcome outcome, Optional<String> comment) {
      Review r = Review.of(by, on, outcome);
      return comment.map(r::withComment).orElse(r);
    }
  }

  /**
   * The map with the organization's changed placements, its earlier intentions (those about a cell it answers a
   * wish for replaced, those the round fulfilled or made moot dropped) and its new ones.
   */
  private static EcosystemMap withChanges(EcosystemMap map, String org, Map<Cell, Optional<Placement>> changed,
      List<Intention> intended) {
    if (changed.isEmpty() && intended.isEmpty()) {
      return map;
    }
    EcosystemMap.Builder b = map.toBuilder().clearPlacements().clearIntentions();
    Set<String> placed = new HashSet<>();
    for (Placement p : map.placements()) {
      if (!(p.organization().equals(org) && changed.containsKey(p.cell()))) {
        b.addPlacement(p);
        placed.add(p.organization() + " " + p.cell());
      }
    }
    changed.values().forEach(p -> p.ifPresent(q -> {
      b.addPlacement(q);
      placed.add(q.organization() + " " + q.cell());
    }));
    Set<Cell> answered = new HashSet<>();
    intended.forEach(i -> answered.add(i.cell()));
    for (Intention i : map.intentions()) {
      boolean stillMeant = placed.contains(i.organization() + " " + i.cell()) == (i.kind()
          == IntentionKind.WOULD_GIVE_AWAY);
      if (stillMeant && !(i.organization().equals(org) && answered.contains(i.cell()))) {
        b.addIntention(i);
      }
    }
    intended.forEach(b::addIntention);
    return b.build();
  }

  private static LogEntry confirm(Response r, Optional<Placement> before, Reviewer reviewer) {
    if (before.isEmpty()) {
      return entry(r, Outcome.REJECTED, "the map does not place the organization at " + r.cell()
          + ", so there is nothing to confirm; answer add to place it there", before, before);
    }
    Placement p = before.get();
    return switch (p.status()) {
      case VERIFIED -> entry(r, Outcome.UNCHANGED, "already verified; confirmed again by " + reviewer.by() + " on "
          + reviewer.on() + " (a review)", before,
          Optional.of(p.reviewed(reviewer.review(ReviewOutcome.CONFIRMED, r.comment()))));
      case DISPUTED -> {
        Optional<Dispute> answered = p.dispute().map(d -> d.withAnswer(
            r.comment().orElse("confirmed by the organization in the verification round")));
        Placement after = answered.map(p::disputed).orElse(p)
            .reviewed(reviewer.review(ReviewOutcome.ANSWERED, r.comment()));
        yield entry(r, Outcome.UNCHANGED, "stays disputed: the challenge by "
            + p.dispute().map(Dispute::by).orElse("another party")
            + " stands until the working group settles it; the organization's answer is kept", before,
            Optional.of(after));
      }
      case CLAIMED -> p.source() == EvidenceSource.SELF_REPORTED
          ? entry(r, Outcome.UNCHANGED, "stays claimed: the organization reported this itself, and its own "
              + "confirmation is still its own word", before, before)
          : entry(r, Outcome.APPLIED, "verified: " + p.source().id() + " and the organization agree", before,
              Optional.of(p.withStatus(Status.VERIFIED)
                  .reviewed(reviewer.review(ReviewOutcome.CONFIRMED, r.comment()))));
    };
  }

  private static LogEntry deny(Response r, String org, Optional<Placement> before, Reviewer reviewer) {
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
          Optional.of(p.disputed(d).reviewed(reviewer.review(ReviewOutcome.DISPUTED, r.comment()))));
    }
    return entry(r, Outcome.APPLIED, "removed: the organization denies it and nobody else vouches for it", before,
        Optional.empty());
  }

  private static LogEntry add(Response r, String org, Optional<Placement> before, Reviewer reviewer) {
    if (before.isPresent()) {
      return entry(r, Outcome.REJECTED, "the map already places the organization at " + r.cell() + " ("
          + before.get().status().id() + "); answer confirm instead", before, before);
    }
    Placement p = Placement.of(org, r.cell(), Status.CLAIMED, EvidenceSource.SELF_REPORTED);
    if (r.comment().isPresent()) {
      p = p.withNote(r.comment().get());
    }
    p = p.reviewed(reviewer.review(ReviewOutcome.CORRECTED, r.comment()));
    return entry(r, Outcome.APPLIED, "added as claimed, self-reported", before, Optional.of(p));
  }

  private static LogEntry entry(Response r, Outcome outcome, String explanation, Optional<Placement> before,
      Optional<Placement> after) {
    return new LogEntry(r, outcome, explanation, before, after);
  }
}
