package org.dssamap.examples.maps;

import com.google.common.collect.ImmutableMap;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dssamap.model.Ids;
import org.dssamap.model.Region;

/**
 * Our hand-kept table of where the largest operator groups are based ({@code organization_headquarters.csv}):
 * one row per organization id, the country of its headquarters (empty when this desk research did not establish
 * it), what that rests on, and one public source. The region is the country's, by {@link CountryRegions}.
 */
final class Headquarters {
  /** Where one organization is based, and the public source that says so. */
  record Entry(String organization, Optional<String> country, Optional<Region> region, String basis, String source) {}

  static final String FILE = "organization_headquarters.csv";
  static final List<String> COLUMNS = List.of("organization", "country", "basis", "source");

  private final ImmutableMap<String, Entry> byOrganization;

  private Headquarters(ImmutableMap<String, Entry> byOrganization) {
    this.byOrganization = byOrganization;
  }

  /**
   * The table in {@code table}, each country looked up in {@code countries}.
   *
   * @throws IllegalArgumentException naming every row whose id is not a slug or is listed twice, whose country is
   *     not in the country table, or whose source is not a web address
   */
  static Headquarters of(SourceTable table, CountryRegions countries) {
    Map<String, Entry> byOrganization = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (SourceTable.Row row : table.rows()) {
      String id = row.text("organization");
      String country = row.text("country");
      String source = row.text("source");
      Optional<Region> region = countries.regionOf(country);
      if (!Ids.isSlug(id)) {
        problems.add(row.where() + ": organization '" + id + "' is not an id (a slug)");
      } else if (byOrganization.containsKey(id)) {
        problems.add(row.where() + ": organization '" + id + "' listed twice");
      }
      if (!country.isEmpty() && region.isEmpty()) {
        problems.add(row.where() + ": country '" + country + "' is not in " + CountryRegions.FILE);
      }
      if (!isWebAddress(source)) {
        problems.add(row.where() + ": source '" + source + "' is not an http(s) address");
      }
      byOrganization.putIfAbsent(id, new Entry(id, country.isEmpty() ? Optional.empty() : Optional.of(country),
          region, row.text("basis"), source));
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("\n", problems));
    }
    return new Headquarters(ImmutableMap.copyOf(byOrganization));
  }

  /** The row for {@code organizationId}, if the table has one. */
  Optional<Entry> of(String organizationId) {
    return Optional.ofNullable(byOrganization.get(organizationId));
  }

  private static boolean isWebAddress(String text) {
    try {
      URI u = new URI(text);
      return ("https".equals(u.getScheme()) || "http".equals(u.getScheme())) && u.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
