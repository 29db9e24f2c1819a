package org.dssamap.model;

/** The identifier rule of the format: lower-case slugs, {@code [a-z0-9][a-z0-9.-]*}. */
public final class Ids {
  private Ids() {}

  /** Whether {@code text} is a valid identifier. */
  public static boolean isSlug(String text) {
    // [a-z0-9][a-z0-9.-]*, by hand: every placement and cell of a large map is checked.
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (i > 0 && (c == '.' || c == '-'));
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns {@code id} when it is a valid identifier.
   *
   * @throws IllegalArgumentException saying what was found and what was expected
   */
  public static String requireSlug(String id, String what) {
    if (!isSlug(id)) {
      throw new IllegalArgumentException(
          what + " '" + Problem.quote(id) + "' is not a slug (lower-case letters, digits, '.', '-'; starting with a letter or digit)");
    }
    return id;
  }

  /**
   * Turns free text into a slug: lower case, runs of anything else collapsed to '-'. Returns "x" for text
   * that has no letter or digit at all.
   */
  public static String slugify(String text) {
    String lower = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(java.util.Locale.ROOT);
    String slug = lower.replaceAll("[^a-z0-9.]+", "-").replaceAll("^[-.]+|[-.]+$", "").replaceAll("\\.{2,}", ".");
    return slug.isEmpty() ? "x" : slug;
  }
}
