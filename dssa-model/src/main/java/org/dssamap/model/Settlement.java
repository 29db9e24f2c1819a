package org.dssamap.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The decision on a disputed placement, recorded like a verification ({@link EcosystemMap#settle}). The disputed
 * organization answers (its answer is kept in the {@link Dispute}), the disputer's reason stays as it was given, and
 * whoever decides (the working group, as a rule) settles it: the placement becomes verified, or it is withdrawn.
 *
 * @param by who decided: a person's name, a group, or an organization id
 * @param on the day of the decision
 * @param verdict verified or withdrawn
 * @param comment why, or on what evidence
 */
public record Settlement(String by, LocalDate on, Verdict verdict, Optional<String> comment) {
  /** What a settlement decides. */
  public enum Verdict {
    /** The placement stands: it becomes verified, the dispute kept in the settling review. */
    VERIFIED("verified"),
    /** The placement is withdrawn: removed, the dispute kept in a note on its cell. */
    WITHDRAWN("withdrawn");

    private final String id;

    Verdict(String id) {
      this.id = id;
    }

    /** The wire form used on the command line. */
    public String id() {
      return id;
    }

    /**
     * The verdict with the given wire form.
     *
     * @throws IllegalArgumentException naming the accepted values when {@code id} is none of them
     */
    public static Verdict ofId(String id) {
      for (Verdict v : values()) {
        if (v.id.equals(id)) {
          return v;
        }
      }
      throw new IllegalArgumentException("'" + Problem.quote(id) + "' is not one of verified, withdrawn");
    }
  }

  /** Checks the parts. */
  public Settlement {
    requireNonNull(by, "by");
    checkArgument(!by.isBlank(), "a settlement names who decided");
    requireNonNull(on, "on");
    requireNonNull(verdict, "verdict");
    requireNonNull(comment, "comment");
  }

  /** A settlement without a comment. */
  public static Settlement of(String by, LocalDate on, Verdict verdict) {
    return new Settlement(by, on, verdict, Optional.empty());
  }

  /** This settlement with a comment. */
  public Settlement withComment(String text) {
    return new Settlement(by, on, verdict, Optional.of(text));
  }

  /** What the settling review says: the verdict, the dispute it settles, and the comment. */
  String record(Optional<Dispute> dispute) {
    return verdict.id() + "; " + dispute.map(Dispute::describe).orElse("disputed") + comment.map(c -> "; " + c)
        .orElse("");
  }
}
