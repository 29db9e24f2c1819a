package org.dssamap.examples.maps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dssamap.analysis.AnalysisReport;
import org.dssamap.analysis.outsourcing.Concentration;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.EvidenceSource;
import org.dssamap.model.Ids;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Region;
import org.dssamap.model.Relationship;
import org.dssamap.model.RelationshipKind;
import org.dssamap.model.Status;
import org.junit.jupiter.api.Test;

/** The real-world map built from the bundled public data: what it must show about today's ecosystem. */
class RealWorldMapTest {
  private static final EcosystemMap MAP = RealWorldMapBuilder.fromBundledData().build();

  /** Registries (distinct client organizations) per provider, over outsourcing that covers {@code function}. */
  private static List<Map.Entry<String, Set<String>>> clientsByProvider(String function) {
    Map<String, Set<String>> clients = new TreeMap<>();
    for (Relationship r : MAP.relationships()) {
      if (r.kind() == RelationshipKind.OUTSOURCES_TO && r.covers(function)) {
        clients.computeIfAbsent(r.to(), k -> new TreeSet<>()).add(r.from());
      }
    }
    return clients.entrySet().stream()
        .sorted(Comparator.comparing((Map.Entry<String, Set<String>> e) -> -e.getValue().size())
            .thenComparing(Map.Entry::getKey))
        .toList();
  }

  @Test
  void hasMoreThanAThousandOrganizations() {
    // Measured on the 2026 data: 1,924 organizations, 1,097 of them registrars (families) and nothing else.
    assertTrue(MAP.organizations().size() >= 1_000, MAP.toString());
    long withoutRegistrars = MAP.organizations().stream().filter(o -> !o.kind().equals("registrar")).count();
    assertTrue(withoutRegistrars >= 750 && withoutRegistrars <= 900, "without registrars: " + withoutRegistrars);
  }

  @Test
  void twoBuildsFromTheSameDataAreEqual() {
    assertEquals(MAP, RealWorldMapBuilder.fromBundledData().build());
  }

  @Test
  void identityDigitalIsTheBackEndMostRegistriesOutsourceTo() {
    // By registry organization (a TLD manager, however many TLDs it holds); measured 134, 90 and 42 of 516.
    // By TLD the same data gives about 460, 170 and 90 gTLDs, because Identity Digital also manages some 270
    // TLDs itself (Donuts, Binky Moon...) and managers such as the brands hold several TLDs each.
    List<Map.Entry<String, Set<String>>> top = clientsByProvider("incident-response");
    assertEquals(List.of("identity-digital", "godaddy-registry", "centralnic"),
        top.stream().limit(3).map(Map.Entry::getKey).toList());
    int clients = top.get(0).getValue().size();
    assertTrue(clients >= 120 && clients <= 150, "Identity Digital's clients: " + clients);
    int godaddy = top.get(1).getValue().size();
    assertTrue(godaddy >= 80 && godaddy <= 100, "GoDaddy Registry's clients: " + godaddy);
    Set<String> all = new HashSet<>();
    top.forEach(e -> all.addAll(e.getValue()));
    double share = clients / (double) all.size();
    assertTrue(share > 0.2 && share < 0.3, "Identity Digital's share: " + share);
  }

  @Test
  void theAnalysisFindsTheBackEndConcentration() {
    // registries do incident response for themselves too (an internal placement), so they depend on nobody for
    // it; event monitoring they leave to the back-end
    Concentration top = AnalysisReport.of(MAP).outsourcing().concentration().stream()
        .filter(c -> c.function().equals("event-monitoring"))
        .max(Comparator.comparingInt(Concentration::dependentCount)).orElseThrow();
    assertEquals("identity-digital", top.provider());
    assertTrue(top.share() > 0.2 && top.share() < 0.3, "share " + top.share());
  }

  @Test
  void ultraDnsIsTheSoleDnsOperatorOfTheMostRegistries() {
    // Only sole operators are depended on for technology by R5; back-ends (R4) are depended on for it too.
    Set<String> soleDnsClients = new TreeSet<>();
    for (Relationship r : MAP.relationshipsTo("ultradns")) {
      assertTrue(r.note().orElseThrow().startsWith("R5: sole name-server operator for "), r::toString);
      soleDnsClients.add(r.from());
    }
    assertTrue(soleDnsClients.size() >= 150, "UltraDNS's clients: " + soleDnsClients.size());
    for (Map.Entry<String, Set<String>> e : clientsByProvider("technology")) {
      if (MAP.requireOrganization(e.getKey()).kind().equals("dns-operator")) {
        assertTrue(e.getValue().size() <= soleDnsClients.size(), e::toString);
      }
    }
  }

  @Test
  void everyIdIsAUniqueSlug() {
    Set<String> ids = new HashSet<>();
    for (Organization o : MAP.organizations()) {
      assertTrue(Ids.isSlug(o.id()), o.id());
      assertTrue(ids.add(o.id()), "duplicate " + o.id());
    }
  }

  @Test
  void everyPlacementIsADeskResearchClaimNamingItsRule() {
    for (Placement p : MAP.placements()) {
      assertEquals(Status.CLAIMED, p.status(), p::toString);
      assertEquals(EvidenceSource.DESK_RESEARCH, p.source(), p::toString);
      assertTrue(p.note().orElse("").matches("R[1-9]: .+"), p::toString);
    }
  }

  @Test
  void theDataLocatesCcTldManagersButNotGtldManagersOutsideTheHeadquartersTable() {
    long cctldsWithRegion = MAP.organizations().stream()
        .filter(o -> o.kind().equals("cctld") && o.region().isPresent()).count();
    long cctlds = MAP.organizations().stream().filter(o -> o.kind().equals("cctld")).count();
    assertEquals(cctlds - 1, cctldsWithRegion, "only .aq's manager has no region");
    for (Organization o : MAP.organizations()) {
      if ((o.kind().equals("registry") || o.kind().equals("registrar")) && o.region().isPresent()) {
        assertTrue(o.note().orElseThrow().contains("; our table organization_headquarters.csv)"), o::toString);
      }
    }
  }

  @Test
  void theLargestOperatorsAreRegistriesAndBackEndsBasedWhereTheyAre() {
    assertEquals("registry", MAP.requireOrganization("identity-digital").kind());
    assertEquals("registry-backend", MAP.requireOrganization("godaddy-registry").kind());
    assertEquals("registry", MAP.requireOrganization("verisign").kind());
    assertEquals("registry-backend", MAP.requireOrganization("centralnic").kind());
    for (String us : List.of("identity-digital", "godaddy-registry", "verisign", "ultradns")) {
      assertEquals(Optional.of(Region.NORTH_AMERICA),
          MAP.requireOrganization(us).region(), us);
    }
    assertEquals(Optional.of(Region.EUROPE),
        MAP.requireOrganization("centralnic").region());
  }
}
