package org.dssamap.render;

import static org.dssamap.model.Dimension.EXTERNAL;
import static org.dssamap.model.Dimension.INTERNAL;
import static org.dssamap.model.Layer.CORE;
import static org.dssamap.model.Layer.EDGE;
import static org.dssamap.model.Layer.GLUE;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.dssamap.model.Cell;
import org.dssamap.model.Dimension;
import org.dssamap.model.Dispute;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.EvidenceSource;
import org.dssamap.model.FunctionCatalog;
import org.dssamap.model.Layer;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Region;
import org.dssamap.model.Status;

/** Maps to draw in tests: a small realistic one and large generated ones. */
public final class ExampleMaps {
  private ExampleMaps() {}

  /** The sample round in small: a wish, a part given away, two notes on one cell and one on another. */
  public static EcosystemMap sampleRound() {
    return EcosystemMap.builder().title("A round")
        .addOrganization(Organization.of("afilias", "Afilias", "registry-backend", Region.NORTH_AMERICA))
        .addOrganization(Organization.of("cira", "CIRA (.ca)", "cctld", Region.NORTH_AMERICA))
        .addOrganization(Organization.of("first", "FIRST", "cert-forum", Region.GLOBAL))
        .addPlacement(Placement.claimed("afilias", Cell.of("technology", EXTERNAL, EDGE)))
        .addPlacement(Placement.claimed("first", Cell.of("incident-response", EXTERNAL, CORE)))
        .addIntention(org.dssamap.model.Intention.of("afilias", Cell.of("technology", EXTERNAL, EDGE), org.dssamap.model.IntentionKind.WOULD_GIVE_AWAY))
        .addIntention(org.dssamap.model.Intention.of("afilias", Cell.of("incident-response", EXTERNAL, GLUE), org.dssamap.model.IntentionKind.WANTS_TO_DO))
        .addIntention(org.dssamap.model.Intention.of("cira", Cell.of("incident-response", EXTERNAL, CORE), org.dssamap.model.IntentionKind.WANTS_TO_DO))
        .addCellNote(org.dssamap.model.CellNote.of(Cell.of("incident-response", EXTERNAL, CORE), "Who does external incident response at the core?"))
        .addCellNote(org.dssamap.model.CellNote.of(Cell.of("incident-response", EXTERNAL, CORE), "ICANN sort of marched in and said, well we'll do a cert"))
        .addCellNote(org.dssamap.model.CellNote.of(Cell.of("incident-response", EXTERNAL, GLUE), "Which regional bodies reach FIRST?"))
        .build();
  }


  /**
   * A small map in the spirit of the working group's first try: registries and a back-end at the edge, DNS-OARC,
   * FIRST and CENTR in the glue, ICANN and IANA at the core, root server operators, national CERTs.
   */
  public static EcosystemMap ecosystem() {
    EcosystemMap.Builder b = EcosystemMap.builder().title("DNS SSR ecosystem: a first map").asOf(LocalDate.of(2012, 8, 24));
    b.addOrganization(Organization.of("icann", "ICANN", "core-body", Region.GLOBAL).withUrl("https://www.icann.org/"));
    b.addOrganization(Organization.of("iana", "IANA (PTI)", "core-body", Region.GLOBAL));
    b.addOrganization(Organization.of("verisign", "Verisign", "registry", Region.NORTH_AMERICA));
    b.addOrganization(Organization.of("pir", "Public Interest Registry", "registry", Region.NORTH_AMERICA));
    b.addOrganization(Organization.of("afilias", "Afilias", "registry-backend", Region.EUROPE)
        .withNote("Back-end operator for many registries"));
    b.addOrganization(Organization.of("denic", "DENIC", "cctld", Region.EUROPE));
    b.addOrganization(Organization.of("nic-br", "NIC.br", "cctld", Region.LATIN_AMERICA_CARIBBEAN));
    b.addOrganization(Organization.of("jprs", "JPRS", "cctld", Region.ASIA_PACIFIC));
    b.addOrganization(Organization.of("dns-oarc", "DNS-OARC", "research", Region.GLOBAL));
    b.addOrganization(Organization.of("first", "FIRST", "association", Region.GLOBAL));
    b.addOrganization(Organization.of("centr", "CENTR", "association", Region.EUROPE));
    b.addOrganization(Organization.of("us-cert", "US-CERT", "cert", Region.NORTH_AMERICA));
    b.addOrganization(Organization.of("jpcert", "JPCERT/CC", "cert", Region.ASIA_PACIFIC));
    b.addOrganization(Organization.of("netnod", "Netnod (i.root-servers.net)", "root-operator", Region.EUROPE));
    b.addOrganization(Organization.of("isc", "ISC (f.root-servers.net)", "root-operator", Region.NORTH_AMERICA));
    b.addOrganization(Organization.of("wide", "WIDE Project (m.root-servers.net)", "root-operator",
        Region.ASIA_PACIFIC));
    b.addOrganization(Organization.of("ripe-ncc", "RIPE NCC", "rir", Region.EUROPE));

    for (String registry : List.of("verisign", "pir", "denic", "nic-br", "jprs")) {
      verified(b, registry, "risk-planning", INTERNAL, EDGE);
      verified(b, registry, "technology", INTERNAL, EDGE);
      claimed(b, registry, "event-monitoring", INTERNAL, EDGE);
      claimed(b, registry, "incident-response", INTERNAL, EDGE);
      claimed(b, registry, "operational-practices", INTERNAL, EDGE);
    }
    verified(b, "verisign", "frontline-mitigation", EXTERNAL, EDGE);
    verified(b, "afilias", "technology", EXTERNAL, EDGE);
    verified(b, "afilias", "compliance-monitoring", INTERNAL, EDGE);
    claimed(b, "afilias", "event-monitoring", EXTERNAL, EDGE);
    b.addPlacement(Placement.claimed("afilias", cell("incident-response", EXTERNAL, EDGE))
        .disputed(Dispute.of("pir", "Incident response for clients is contracted, not done")));
    for (String root : List.of("netnod", "isc", "wide")) {
      verified(b, root, "technology", EXTERNAL, EDGE);
      verified(b, root, "frontline-mitigation", INTERNAL, EDGE);
      claimed(b, root, "event-monitoring", INTERNAL, EDGE);
    }
    verified(b, "dns-oarc", "event-monitoring", EXTERNAL, GLUE);
    verified(b, "dns-oarc", "research-analysis", EXTERNAL, GLUE);
    claimed(b, "dns-oarc", "operational-practices", EXTERNAL, GLUE);
    verified(b, "first", "training", EXTERNAL, GLUE);
    claimed(b, "first", "incident-response", EXTERNAL, GLUE);
    claimed(b, "centr", "operational-practices", EXTERNAL, GLUE);
    claimed(b, "centr", "training", EXTERNAL, GLUE);
    verified(b, "ripe-ncc", "training", EXTERNAL, GLUE);
    claimed(b, "ripe-ncc", "research-analysis", EXTERNAL, GLUE);
    verified(b, "us-cert", "incident-response", EXTERNAL, EDGE);
    verified(b, "jpcert", "incident-response", EXTERNAL, EDGE);
    claimed(b, "jpcert", "incident-response", EXTERNAL, GLUE);
    verified(b, "icann", "compliance-monitoring", EXTERNAL, CORE);
    verified(b, "icann", "risk-planning", EXTERNAL, CORE);
    claimed(b, "icann", "risk-assessment", EXTERNAL, CORE);
    b.addPlacement(Placement.claimed("icann", cell("incident-response", EXTERNAL, CORE))
        .disputed(Dispute.of("dns-oarc", "No incident response role at the core; coordination only")));
    verified(b, "iana", "technology", EXTERNAL, CORE);
    verified(b, "iana", "operational-practices", INTERNAL, CORE);
    claimed(b, "icann", "standards-tools-techniques", EXTERNAL, CORE);
    return b.build();
  }

  private static Cell cell(String function, Dimension d, Layer l) {
    return Cell.of(function, d, l);
  }

  private static void verified(EcosystemMap.Builder b, String org, String function, Dimension d, Layer l) {
    b.addPlacement(Placement.verified(org, cell(function, d, l), EvidenceSource.SELF_REPORTED));
  }

  private static void claimed(EcosystemMap.Builder b, String org, String function, Dimension d, Layer l) {
    b.addPlacement(Placement.claimed(org, cell(function, d, l)));
  }

  /** A map of {@code n} organizations, most at the edge, each placed in one to six cells. */
  public static EcosystemMap large(int n, long seed) {
    Random random = new Random(seed);
    String[] kinds = {"registry", "registry-backend", "cctld", "cert", "rir", "research", "association", "isp"};
    FunctionCatalog catalog = FunctionCatalog.dssa2012();
    List<Cell> cells = catalog.cells();
    EcosystemMap.Builder b = EcosystemMap.builder(catalog).title("Ten thousand organizations (generated)")
        .asOf(LocalDate.of(2026, 11, 25));
    Region[] regions = Region.values();
    for (int i = 0; i < n; i++) {
      String id = "org-" + i;
      b.addOrganization(Organization.of(id, "Organization " + i, kinds[random.nextInt(kinds.length)],
          regions[random.nextInt(regions.length)]));
      int count = 1 + random.nextInt(6);
      java.util.Set<Cell> chosen = new java.util.LinkedHashSet<>();
      for (int k = 0; k < count; k++) {
        Cell c = cells.get(random.nextInt(cells.size()));
        double keep = c.layer() == Layer.EDGE ? 1 : c.layer() == Layer.GLUE ? 0.2 : 0.01;
        if (random.nextDouble() < keep) {
          chosen.add(c);
        }
      }
      for (Cell c : chosen) {
        Status s = Status.values()[random.nextInt(3)];
        b.addPlacement(Placement.of(id, c, s, EvidenceSource.DESK_RESEARCH));
      }
    }
    return b.build();
  }

  /** A map on a generated catalog of {@code functions} functions, some with long names, 40 organizations. */
  static EcosystemMap wide(int functions, long seed) {
    Random random = new Random(seed);
    String[] words = {"Threat", "intelligence", "sharing", "and", "coordination", "Abuse", "handling", "DNSSEC",
        "key", "rollover", "Registrar", "escrow", "Name", "collision", "monitoring", "Capacity", "planning"};
    List<org.dssamap.model.SecurityFunction> fs = new java.util.ArrayList<>();
    for (int i = 0; i < functions; i++) {
      StringBuilder name = new StringBuilder();
      int n = 1 + random.nextInt(i % 5 == 0 ? 7 : 3);
      for (int k = 0; k < n; k++) {
        name.append(k == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
      }
      fs.add(org.dssamap.model.SecurityFunction.of("f-" + i, name.toString(), "", "", "",
          random.nextBoolean() ? "edge" : "edge:internal", random.nextBoolean() ? "glue:external" : "core:external"));
    }
    FunctionCatalog catalog = FunctionCatalog.of("wide", "Wide catalog", fs);
    EcosystemMap.Builder b = EcosystemMap.builder(catalog).title("Thirty functions (generated)");
    for (int i = 0; i < 40; i++) {
      b.addOrganization(Organization.of("org-" + i, "Org " + i, "kind-" + (i % 5), Region.values()[i % 6]));
      java.util.Set<Cell> chosen = new java.util.LinkedHashSet<>();
      for (int k = 0; k < 6; k++) {
        chosen.add(catalog.cells().get(random.nextInt(catalog.cells().size())));
      }
      for (Cell c : chosen) {
        b.addPlacement(Placement.of("org-" + i, c, Status.values()[random.nextInt(3)], EvidenceSource.DESK_RESEARCH));
      }
    }
    return b.build();
  }
}
