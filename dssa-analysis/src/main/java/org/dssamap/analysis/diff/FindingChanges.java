package org.dssamap.analysis.diff;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How one kind of finding (gaps, overlaps, single points of failure, escalation routes) differs between the
 * analysis of an old map and that of a new one. Findings are matched by what they are about (a gap by its cell,
 * an overlap by its cell and region, an escalation route by its two regions): a finding only the new analysis has
 * {@link #appeared()}, one only the old analysis has is {@link #gone()}, and one both have about the same thing
 * but with something else different {@link #changed()} (a gap that was unverified and is now uncovered, a pair of
 * regions that was unreachable and is now reachable).
 *
 * <p>Together the three lists are exactly the symmetric difference of the two analyses' findings: {@link #gone()}
 * and the old sides of {@link #changed()} are the findings of the old analysis that the new one does not have,
 * {@link #appeared()} and the new sides those of the new analysis that the old one does not have. A finding in
 * both, equal, is in none of them.
 *
 * @param appeared findings of the new analysis about something the old one found nothing about, in the new
 *     analysis's order
 * @param gone findings of the old analysis about something the new one finds nothing about, in the old
 *     analysis's order
 * @param changed findings about the same thing in both, different, in the new analysis's order
 * @param <T> the kind of finding
 */
public record FindingChanges<T>(ImmutableList<T> appeared, ImmutableList<T> gone, ImmutableList<ValueChange<T>> changed) {
  /** Copies the lists. */
  public FindingChanges {
    appeared = ImmutableList.copyOf(requireNonNull(appeared, "appeared"));
    gone = ImmutableList.copyOf(requireNonNull(gone, "gone"));
    changed = ImmutableList.copyOf(requireNonNull(changed, "changed"));
  }

  /** No change. */
  public static <T> FindingChanges<T> none() {
    return new FindingChanges<>(ImmutableList.of(), ImmutableList.of(), ImmutableList.of());
  }

  /**
   * The changes from the findings {@code before} to the findings {@code after}, matched by {@code subject}: what a
   * finding is about. Should two findings of one analysis share a subject, those of them the other analysis has
   * too are unchanged and the rest appeared or went, so the result is still the symmetric difference.
   */
  public static <T, K> FindingChanges<T> between(List<T> before, List<T> after, Function<? super T, K> subject) {
    requireNonNull(subject, "subject");
    Map<K, List<T>> old = bySubject(before, subject);
    Map<K, List<T>> now = bySubject(after, subject);
    ImmutableList.Builder<T> appeared = ImmutableList.builder();
    ImmutableList.Builder<ValueChange<T>> changed = ImmutableList.builder();
    for (T t : after) {
      List<T> was = old.getOrDefault(subject.apply(t), List.of());
      if (was.size() == 1 && requireNonNull(now.get(subject.apply(t))).size() == 1) {
        if (!was.get(0).equals(t)) {
          changed.add(ValueChange.of(was.get(0), t));
        }
      } else if (!was.contains(t)) {
        appeared.add(t);
      }
    }
    ImmutableList.Builder<T> gone = ImmutableList.builder();
    for (T t : before) {
      List<T> is = now.getOrDefault(subject.apply(t), List.of());
      if ((is.size() != 1 || requireNonNull(old.get(subject.apply(t))).size() != 1) && !is.contains(t)) {
        gone.add(t);
      }
    }
    return new FindingChanges<>(appeared.build(), gone.build(), changed.build());
  }

  /** The findings grouped by subject, each group in list order. */
  private static <T, K> Map<K, List<T>> bySubject(List<T> findings, Function<? super T, K> subject) {
    Map<K, List<T>> groups = new LinkedHashMap<>();
    for (T t : requireNonNull(findings, "findings")) {
      groups.computeIfAbsent(requireNonNull(subject.apply(t), "subject"), k -> new ArrayList<>()).add(t);
    }
    return groups;
  }

  /** Whether nothing appeared, went or changed. */
  public boolean isEmpty() {
    return appeared.isEmpty() && gone.isEmpty() && changed.isEmpty();
  }
}
