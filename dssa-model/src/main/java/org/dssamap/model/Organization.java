package org.dssamap.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An organization of the ecosystem: a registry, a back-end operator, a ccTLD, a CERT, DNS-OARC, an RIR,
 * ICANN.
 *
 * @param id the slug used in files
 * @param name a name for people
 * @param kind what sort of organization it is, a slug such as {@code registry}, {@code registry-backend},
 *     {@code cctld}, {@code cert}; an open vocabulary
 * @param region where it works, if known
 * @param url its web site, http or https only
 * @param note free text
 * @param size how big the organization is, in a unit the map states in its notes (the real-world map counts the
 *     TLDs an operator manages); non-negative. Concentration weighs outsourcing clients by it.
 * @param confidentiality whether the organization itself may be published: a restricted organization is left out
 *     of every public output together with everything that names it
 */
public record Organization(String id, String name, String kind, Optional<Region> region, Optional<String> url,
    Optional<String> note, OptionalLong size, Confidentiality confidentiality) {

  /** Checks the parts. */
  public Organization {
    Ids.requireSlug(requireNonNull(id, "id"), "organization id");
    requireNonNull(name, "name");
    checkArgument(!name.isBlank(), "organization '%s' has a blank name", id);
    Ids.requireSlug(requireNonNull(kind, "kind"), "organization kind");
    requireNonNull(region, "region");
    requireNonNull(url, "url");
    url.ifPresent(Organization::requireWebUrl);
    requireNonNull(note, "note");
    requireNonNull(size, "size");
    checkArgument(size.isEmpty() || size.getAsLong() >= 0, "organization '%s' has a negative size %s", id,
        size.isEmpty() ? "" : size.getAsLong());
    requireNonNull(confidentiality, "confidentiality");
  }

  /**
   * A public organization: the form from before confidentiality was added to organizations, kept so that code
   * written against it still compiles.
   */
  public Organization(String id, String name, String kind, Optional<Region> region, Optional<String> url,
      Optional<String> note, OptionalLong size) {
    this(id, name, kind, region, url, note, size, Confidentiality.PUBLIC);
  }

  /**
   * An organization of no known size: the form from before sizes were added to the format, kept so that code
   * written against it still compiles.
   */
  public Organization(
      String id, String name, String kind, Optional<Region> region, Optional<String> url, Optional<String> note) {
    this(id, name, kind, region, url, note, OptionalLong.empty(), Confidentiality.PUBLIC);
  }

  /** An organization with no url and no note. */
  public static Organization of(String id, String name, String kind, Region region) {
    return new Organization(id, name, kind, Optional.of(region), Optional.empty(), Optional.empty());
  }

  /** An organization whose region is not known. */
  public static Organization withoutRegion(String id, String name, String kind) {
    return new Organization(id, name, kind, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** This organization with a web site. */
  public Organization withUrl(String newUrl) {
    return new Organization(id, name, kind, region, Optional.of(newUrl), note, size, confidentiality);
  }

  /** This organization with a note. */
  public Organization withNote(String newNote) {
    return new Organization(id, name, kind, region, url, Optional.of(newNote), size, confidentiality);
  }

  /** This organization in another region. */
  public Organization withRegion(Region newRegion) {
    return new Organization(id, name, kind, Optional.of(newRegion), url, note, size, confidentiality);
  }

  /** This organization under another name. */
  public Organization withName(String newName) {
    return new Organization(id, newName, kind, region, url, note, size, confidentiality);
  }

  /** This organization with a size (non-negative). */
  public Organization withSize(long newSize) {
    return new Organization(id, name, kind, region, url, note, OptionalLong.of(newSize), confidentiality);
  }

  /** This organization with another confidentiality. */
  public Organization withConfidentiality(Confidentiality newConfidentiality) {
    return new Organization(id, name, kind, region, url, note, size, newConfidentiality);
  }

  /** Whether the organization may be published. */
  public boolean isPublic() {
    return confidentiality == Confidentiality.PUBLIC;
  }

  /**
   * Whether {@code text} is an absolute http or https URL with a host, the only kind a map may hold (so that
   * no {@code javascript:} or {@code file:} link ever reaches a rendered page).
   */
  public static boolean isWebUrl(String text) {
    if (isPlainWebUrl(text)) {
      return true;
    }
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme();
      return scheme != null
          && (scheme.toLowerCase(Locale.ROOT).equals("http") || scheme.toLowerCase(Locale.ROOT).equals("https"))
          && uri.getHost() != null
          && text.chars().noneMatch(c -> c <= 0x20 || c == '"' || c == '<' || c == '>' || c == '\\' || c == '`');
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  /**
   * Whether {@code text} has the shape nearly every address has, which {@link URI} reads as a web address with a
   * host: {@code http://} or {@code https://}, a host name of lower-case labels ({@code a-z}, digits and inner
   * hyphens, the last label starting with a letter), then nothing or a path of letters, digits and {@code /-._~}.
   * Checked character by character, as an address is checked for every organization of a map read; anything else
   * is left to {@link URI}.
   */
  private static boolean isPlainWebUrl(String text) {
    int i = text.startsWith("https://") ? 8 : text.startsWith("http://") ? 7 : -1;
    if (i < 0) {
      return false;
    }
    int n = text.length();
    int label = i;
    for (; i < n && text.charAt(i) != '/'; i++) {
      char c = text.charAt(i);
      if (c == '.') {
        if (i == label || text.charAt(i - 1) == '-') {
          return false;
        }
        label = i + 1;
      } else if (c == '-' ? i == label : !((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    if (i == label || text.charAt(i - 1) == '-' || text.charAt(label) < 'a' || text.charAt(label) > 'z') {
      return false;
    }
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/' || c == '-'
          || c == '.' || c == '_' || c == '~')) {
        return false;
      }
    }
    return true;
  }

  private static void requireWebUrl(String text) {
    if (!isWebUrl(text)) {
      // The address is quoted for the message only when it is wrong: every organization read is checked.
      throw new IllegalArgumentException("url '" + Problem.quote(text) + "' is not an http or https address");
    }
  }
}
