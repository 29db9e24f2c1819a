package org.dssamap.examples.maps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dssamap.model.Cell;
import org.dssamap.model.Dimension;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.Ids;
import org.dssamap.model.Layer;
import org.dssamap.model.Organization;
import org.dssamap.model.Region;
import org.junit.jupiter.api.Test;

/**
 * The counts docs/real-world-map.md tells a reader to recompute from the bundled CSV files, computed here the same
 * way, straight from the files and without the builder, and compared with the map the builder makes.
 */
class RealWorldMapCountsTest {
  private static final EcosystemMap MAP = BundledMaps.realWorld();

  private static List<Map<String, String>> csv(String name) {
    try (Reader r = new InputStreamReader(RealWorldMapBuilder.class.getResourceAsStream("data/" + name),
            StandardCharsets.UTF_8);
        CSVParser p = CSVParser.parse(r, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      List<Map<String, String>> rows = new ArrayList<>();
      for (CSVRecord rec : p) {
        rows.add(rec.toMap());
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The delegated TLDs with a manager: every TLD the map counts. */
  private static List<Map<String, String>> delegated() {
    return csv("tld_orgs_iana_icann.csv").stream()
        .filter(r -> r.get("delegated").equals("True") && !r.get("tld_manager").isBlank()).toList();
  }

  private static List<String> dnsGroups(Map<String, String> row) {
    return Arrays.stream(row.get("dns_operator_groups").split(";")).filter(s -> !s.isBlank()).toList();
  }

  private static int number(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertTrue(m.find(), () -> "no /" + regex + "/ in: " + text);
    return Integer.parseInt(m.group(1));
  }

  @Test
  void theSizesAddUpToTheDelegatedTldsEachCountedOnceForItsManager() {
    long sum = MAP.organizations().stream().mapToLong(o -> o.size().orElse(0)).sum();
    assertEquals(delegated().size(), sum);
  }

  @Test
  void ultraDnsIsTheSoleOperatorWhereItIsTheOnlyGroupAndASecondaryWhereItIsOneOfSeveral() {
    // UltraDNS manages no TLD and is nobody's technical contact: never a TLD's primary.
    long sole = delegated().stream().filter(r -> dnsGroups(r).equals(List.of("UltraDNS"))).count();
    long secondary = delegated().stream()
        .filter(r -> dnsGroups(r).contains("UltraDNS") && dnsGroups(r).size() > 1).count();
    String note = MAP.placement("ultradns", Cell.of("technology", Dimension.EXTERNAL, Layer.EDGE)).orElseThrow()
        .note().orElseThrow();
    assertEquals(sole, number(note, "sole name-server operator for (\\d+) TLDs"), note);
    assertEquals(secondary, number(note, "name-server operators, for (\\d+) TLDs"), note);
  }

  @Test
  void theRegistrarFamiliesHoldTheAccreditationsNamedForTheirBrand() {
    List<String> accredited = csv("iana_registrar_ids.csv").stream()
        .filter(r -> r.get("Status").equals("Accredited")).map(r -> r.get("Registrar Name")).toList();
    long dropCatch = accredited.stream().filter(n -> n.matches("(?i)dropcatch\\b.*")).count();
    long snapNames = accredited.stream().filter(n -> n.matches("(?i)snapnames\\b.*")).count();
    assertEquals(dropCatch, number(MAP.requireOrganization("dropcatch.com-llc").note().orElseThrow(),
        "a registrar family of (\\d+) ICANN accreditations"));
    assertEquals(snapNames, number(MAP.requireOrganization("snapnames-llc").note().orElseThrow(),
        "a registrar family of (\\d+) ICANN accreditations"));
  }

  @Test
  void anOperatorGroupsKindIsTheRegistryRoleCoveringMostOfItsTldsInTheTldFile() {
    List<Map<String, String>> tlds = delegated();
    for (Map<String, String> group : csv("tld_operator_groups.csv")) {
      String name = group.get("display_name");
      Organization o = MAP.organization(group.get("slug")).orElse(null);
      long managedG = tlds.stream().filter(r -> r.get("manager_group").equals(name) && !r.get("type").equals("cctld"))
          .count();
      long managedCc = tlds.stream().filter(r -> r.get("manager_group").equals(name) && r.get("type").equals("cctld"))
          .count();
      long backEnd = tlds.stream()
          .filter(r -> r.get("tech_group").equals(name) && !r.get("manager_group").equals(name)).count();
      if (o == null || backEnd + managedG + managedCc == 0
          || List.of("packet-clearing-house", "netnod", "lactld").contains(o.id())) {
        continue; // no registry role in the file's group columns, or a fixed role (R8) gives the kind
      }
      String expected = backEnd >= managedG && backEnd >= managedCc ? "registry-backend"
          : managedG >= managedCc ? "registry" : "cctld";
      assertEquals(expected, o.kind(), o.id() + ": " + backEnd + " back-end, " + managedG + " gTLDs, " + managedCc
          + " ccTLDs");
      // Names outside the group columns may add TLDs (R1), never take them away.
      assertTrue(o.size().orElse(0) >= managedG + managedCc, o::toString);
    }
    long identityDigital = tlds.stream().filter(r -> r.get("manager_group").equals("Identity Digital")).count();
    assertEquals(identityDigital, MAP.requireOrganization("identity-digital").size().orElseThrow());
  }

  @Test
  void aCcTldManagerHasTheRegionOfAllItsCcTldsCountriesOrNoneWhenTheyDiffer() {
    Map<String, String> regionOf = new HashMap<>();
    csv("country_regions.csv").forEach(r -> regionOf.put(r.get("country"), r.get("region")));
    // Managers the TLD file names by a name of their own (id = its slug): their ccTLDs' regions, "?" for none.
    Map<String, Set<String>> regions = new TreeMap<>();
    for (Map<String, String> r : delegated()) {
      String id = Ids.slugify(r.get("tld_manager").replaceAll("\\s+", " ").trim());
      if (r.get("type").equals("cctld") && r.get("manager_group").isEmpty()) {
        regions.computeIfAbsent(id, k -> new TreeSet<>())
            .add(regionOf.getOrDefault(r.get("country"), "?"));
      }
    }
    int checked = 0;
    for (Map.Entry<String, Set<String>> e : regions.entrySet()) {
      Organization o = MAP.organization(e.getKey()).orElse(null);
      if (o == null || !o.kind().equals("cctld") || o.size().orElse(0) != delegated().stream()
          .filter(r -> Ids.slugify(r.get("tld_manager").replaceAll("\\s+", " ").trim())
              .equals(e.getKey()) && r.get("manager_group").isEmpty() && r.get("type").equals("cctld")).count()) {
        continue; // merged with another name by R1, or manages gTLDs too: the TLD file alone cannot say
      }
      String expected = e.getValue().size() == 1 && !e.getValue().contains("?") ? e.getValue().iterator().next()
          : null;
      assertEquals(expected, o.region().map(Region::id).orElse(null), o::toString);
      checked++;
    }
    assertTrue(checked > 150, "checked " + checked);
  }

  @Test
  void everyRowOfTheHeadquartersTableGivesTheRegionOfItsCountryOrNone() {
    Map<String, String> regionOf = new HashMap<>();
    csv("country_regions.csv").forEach(r -> regionOf.put(r.get("country"), r.get("region")));
    for (Map<String, String> row : csv("organization_headquarters.csv")) {
      Organization o = MAP.organization(row.get("organization")).orElse(null);
      if (o == null) {
        continue;
      }
      String expected = row.get("country").isEmpty() ? null : regionOf.get(row.get("country"));
      assertEquals(expected, o.region().map(Region::id).orElse(null), o::toString);
      assertTrue(row.get("source").startsWith("https://"), row::toString);
    }
  }
}
