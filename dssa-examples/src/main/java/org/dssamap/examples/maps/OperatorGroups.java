package org.dssamap.examples.maps;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dssamap.model.Ids;

/**
 * The curated operator groups of {@code tld_operator_groups.csv}: one organization that appears in the TLD data
 * under several names (Identity Digital as Afilias, Donuts, Binky Moon...), with the names it goes by and its
 * home page.
 */
final class OperatorGroups {
  /** One group. */
  record Group(String slug, String displayName, String homepage) {}

  private static final int MIN_SHORT_NAME = 4;

  static final String FILE = "tld_operator_groups.csv";
  static final List<String> COLUMNS =
      List.of("slug", "display_name", "homepage", "aliases", "iana_names", "icann_names");

  private final ImmutableMap<String, Group> byDisplayName;
  private final ImmutableMap<String, Group> byNameSlug;
  private final ImmutableMap<String, Group> byHost;
  private final ImmutableMap<String, Group> byShortName;

  private OperatorGroups(ImmutableMap<String, Group> byDisplayName, ImmutableMap<String, Group> byNameSlug,
      ImmutableMap<String, Group> byHost, ImmutableMap<String, Group> byShortName) {
    this.byDisplayName = byDisplayName;
    this.byNameSlug = byNameSlug;
    this.byHost = byHost;
    this.byShortName = byShortName;
  }

  /** The groups of {@code table}; the first group to claim a name keeps it. */
  static OperatorGroups of(SourceTable table) {
    Map<String, Group> byDisplayName = new HashMap<>();
    Map<String, Group> byNameSlug = new HashMap<>();
    Map<String, Group> byHost = new HashMap<>();
    Map<String, Group> byShortName = new HashMap<>();
    for (SourceTable.Row row : table.rowsBy("slug")) {
      String slug = row.text("slug");
      if (!Ids.isSlug(slug)) {
        throw new IllegalArgumentException(row.where() + ": group slug '" + slug + "' is not a slug");
      }
      Group g = new Group(slug, row.text("display_name"), row.text("homepage"));
      byDisplayName.putIfAbsent(g.displayName(), g);
      byNameSlug.putIfAbsent(slug, g);
      byNameSlug.putIfAbsent(Ids.slugify(g.displayName()), g);
      for (String column : List.of("aliases", "iana_names", "icann_names")) {
        for (String name : Splitter.on(';').split(row.get(column))) {
          if (!name.isBlank()) {
            byNameSlug.putIfAbsent(Ids.slugify(name), g);
          }
        }
      }
      host(g.homepage()).ifPresent(h -> byHost.putIfAbsent(h, g));
      for (String shortName : List.of(slug, Ids.slugify(g.displayName()))) {
        if (shortName.length() >= MIN_SHORT_NAME) {
          byShortName.putIfAbsent(shortName, g);
        }
      }
    }
    return new OperatorGroups(ImmutableMap.copyOf(byDisplayName), ImmutableMap.copyOf(byNameSlug),
        ImmutableMap.copyOf(byHost), ImmutableMap.copyOf(byShortName));
  }

  /** The group the TLD file names by its display name (columns {@code *_group}, {@code dns_operator_groups}). */
  Optional<Group> byDisplayName(String displayName) {
    return Optional.ofNullable(byDisplayName.get(displayName));
  }

  /** The group one of whose names slugifies to the same slug as {@code name}. */
  Optional<Group> byName(String name) {
    return Optional.ofNullable(byNameSlug.get(Ids.slugify(name)));
  }

  /**
   * The one group whose short name (its slug or its display name, as a slug, of at least four characters)
   * appears in {@code name} as whole words: "Associação DNS.PT" is DNS.PT, "Cloudflare, Inc." is Cloudflare.
   * Empty when none or several do.
   */
  Optional<Group> mentionedIn(String name) {
    String slug = Ids.slugify(name);
    List<Group> found = byShortName.entrySet().stream()
        .filter(e -> RealWorldMapBuilder.containsWords(slug, e.getKey()))
        .map(Map.Entry::getValue).distinct().toList();
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /** The group whose home page is on the same host as {@code url} (a leading {@code www.} ignored). */
  Optional<Group> byWebSite(String url) {
    return host(url).map(byHost::get);
  }

  private static Optional<String> host(String url) {
    if (url.isBlank()) {
      return Optional.empty();
    }
    try {
      String h = new URI(url.trim()).getHost();
      if (h == null) {
        return Optional.empty();
      }
      h = h.toLowerCase(Locale.ROOT);
      return Optional.of(h.startsWith("www.") ? h.substring(4) : h);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
