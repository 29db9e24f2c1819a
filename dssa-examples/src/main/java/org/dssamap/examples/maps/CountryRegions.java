package org.dssamap.examples.maps;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dssamap.model.Region;

/**
 * Our table from a country name, as the TLD file spells it, to an ICANN geographic region
 * ({@code country_regions.csv}; how it was drawn up is in the data directory's SOURCES.md).
 */
final class CountryRegions {
  static final String FILE = "country_regions.csv";
  static final List<String> COLUMNS = List.of("country", "region");

  private final ImmutableMap<String, Region> byCountry;

  private CountryRegions(ImmutableMap<String, Region> byCountry) {
    this.byCountry = byCountry;
  }

  /** The table in {@code table}; a country listed twice or an unknown region is an error naming the row. */
  static CountryRegions of(SourceTable table) {
    Map<String, Region> byCountry = new LinkedHashMap<>();
    for (SourceTable.Row row : table.rows()) {
      Region region;
      try {
        region = Region.ofId(row.text("region"));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(row.where() + ": " + e.getMessage(), e);
      }
      if (byCountry.putIfAbsent(row.text("country"), region) != null) {
        throw new IllegalArgumentException(row.where() + ": country '" + row.text("country") + "' listed twice");
      }
    }
    return new CountryRegions(ImmutableMap.copyOf(byCountry));
  }

  /** The region of {@code country}, if the table has it. */
  Optional<Region> regionOf(String country) {
    return Optional.ofNullable(byCountry.get(country));
  }
}
