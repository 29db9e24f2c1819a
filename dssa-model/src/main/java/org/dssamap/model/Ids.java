package org.dssamap.model;

/** The identifier rule of the format: lower-case slugs, {@code [a-z0-9][a-z0-9.-]*}. */
public final class Ids {
  /** Which ASCII characters a slug may hold after its first. */
  private static final boolean[] SLUG_CHARS = new boolean[128];

  static {
    for (char c = 0; c < SLUG_CHARS.length; c++) {
      SLUG_CHARS[c] = isSlugStart(c) || c == '.' || c == '-';
    }
  }

  private Ids() {}

  private static boolean isSlugStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /** Whether {@code text} is a valid identifier. */
  public static boolean isSlug(String text) {
    // [a-z0-9][a-z0-9.-]*, by a table: every placement and cell of a large map is checked.
    int length = text.length();
    if (length == 0 || !isSlugStart(text.charAt(0))) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = text.charAt(i);
      if (c >= SLUG_CHARS.length || !SLUG_CHARS[c]) {
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
