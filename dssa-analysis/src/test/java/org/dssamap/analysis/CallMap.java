package org.dssamap.analysis;

import java.util.List;
import java.util.Set;
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
import org.dssamap.model.Relationship;
import org.dssamap.model.RelationshipKind;
import org.dssamap.model.SecurityFunction;

/**
 * A test fixture shaped after the working group's call of 24 August 2012: registries all round the edge, DNS-OARC
 * researching at the edge and sharing at the glue, the Canadian CERT as glue for CIRA's incident response, a
 * registry and a second client leaning on one back-end operator, and nobody doing external incident response at
 * the core. It is not the bundled call map ({@code call-2012}, which cites the transcript for every element): to
 * exercise the analysis it adds organizations (dotMobi, NIC.br, the .za authority, JPCERT/CC) and statements
 * (DENIC's dispute of CENTR, registries in every function) that nobody made on the call.
 */
public final class CallMap {
  private CallMap() {}

  static final String IR = "incident-response";

  static Cell cell(String function, Dimension dimension, Layer layer) {
    return Cell.of(function, dimension, layer);
  }

  /** The map as the call describes it. */
  public static EcosystemMap map() {
    EcosystemMap.Builder b = EcosystemMap.builder().title("DSSA call, 24 August 2012");
    b.addOrganization(Organization.of("pir", "Public Interest Registry", "registry", Region.NORTH_AMERICA));
    b.addOrganization(Organization.of("mobi", "dotMobi", "registry", Region.EUROPE));
    b.addOrganization(Organization.of("afilias", "Afilias", "registry-backend", Region.NORTH_AMERICA));
    b.addOrganization(Organization.of("cira", "CIRA (.ca)", "cctld", Region.NORTH_AMERICA));
    b.addOrganization(Organization.of("ccirc", "Canadian Cyber Incident Response Centre", "cert", Region.NORTH_AMERICA));
    b.addOrganization(Organization.of("denic", "DENIC (.de)", "cctld", Region.EUROPE));
    b.addOrganization(Organization.of("centr", "CENTR", "association", Region.EUROPE));
    b.addOrganization(Organization.of("jprs", "JPRS (.jp)", "cctld", Region.ASIA_PACIFIC));
    b.addOrganization(Organization.of("jpcert", "JPCERT/CC", "cert", Region.ASIA_PACIFIC));
    b.addOrganization(Organization.of("nic-br", "NIC.br", "cctld", Region.LATIN_AMERICA_CARIBBEAN));
    b.addOrganization(Organization.of("zadna", ".za Domain Name Authority", "cctld", Region.AFRICA));
    b.addOrganization(Organization.of("dns-oarc", "DNS-OARC", "research", Region.GLOBAL));
    b.addOrganization(Organization.of("icann", "ICANN", "core-body", Region.GLOBAL));

    // "I'm expecting to see the registries pretty much all the way around the edge"
    Set<String> outsourcedByPir = Set.of("frontline-mitigation", "technology");
    for (SecurityFunction f : FunctionCatalog.dssa2012().functions()) {
      for (String registry : List.of("cira", "denic", "jprs", "nic-br", "zadna")) {
        b.addPlacement(Placement.claimed(registry, cell(f.id(), Dimension.INTERNAL, Layer.EDGE)));
      }
      if (!outsourcedByPir.contains(f.id())) {
        b.addPlacement(Placement.claimed("pir", cell(f.id(), Dimension.INTERNAL, Layer.EDGE)));
      }
    }
    // the back-end does mitigation and technology for its clients
    b.addPlacement(Placement.verified("afilias", cell("frontline-mitigation", Dimension.EXTERNAL, Layer.EDGE),
        EvidenceSource.PEER_REPORTED));
    b.addPlacement(Placement.claimed("afilias", cell("technology", Dimension.EXTERNAL, Layer.EDGE)));
    b.addPlacement(Placement.claimed("afilias", cell(IR, Dimension.INTERNAL, Layer.EDGE)));
    // OARC: research at the edge is its mission; sharing it is its glue job
    b.addPlacement(Placement.verified("dns-oarc", cell("research-analysis", Dimension.INTERNAL, Layer.EDGE),
        EvidenceSource.DESK_RESEARCH));
    b.addPlacement(Placement.claimed("dns-oarc", cell("research-analysis", Dimension.EXTERNAL, Layer.GLUE)));
    // "we're going to go out to the Canadian CERT and tell them we're being attacked"
    b.addPlacement(Placement.claimed("ccirc", cell(IR, Dimension.EXTERNAL, Layer.GLUE)));
    b.addPlacement(Placement.claimed("jpcert", cell(IR, Dimension.EXTERNAL, Layer.GLUE)));
    b.addPlacement(Placement.claimed("centr", cell("risk-assessment", Dimension.EXTERNAL, Layer.GLUE))
        .disputed(Dispute.of("denic", "CENTR shares assessments, it does not make them")));
    b.addPlacement(Placement.claimed("centr", cell(IR, Dimension.EXTERNAL, Layer.GLUE)));
    // the core does compliance, and nobody does external incident response there
    b.addPlacement(Placement.verified("icann", cell("compliance-monitoring", Dimension.EXTERNAL, Layer.CORE),
        EvidenceSource.DESK_RESEARCH));
    b.addPlacement(Placement.claimed("icann", cell("risk-planning", Dimension.EXTERNAL, Layer.CORE)));

    b.addRelationship(Relationship.of("pir", "afilias", RelationshipKind.OUTSOURCES_TO, outsourcedByPir));
    b.addRelationship(Relationship.of("mobi", "afilias", RelationshipKind.OUTSOURCES_TO));
    b.addRelationship(Relationship.of("cira", "ccirc", RelationshipKind.ESCALATES_TO));
    b.addRelationship(Relationship.of("jprs", "jpcert", RelationshipKind.ESCALATES_TO));
    b.addRelationship(Relationship.of("jpcert", "jprs", RelationshipKind.SHARES_WITH));
    b.addRelationship(Relationship.of("denic", "centr", RelationshipKind.MEMBER_OF));
    b.addRelationship(Relationship.of("dns-oarc", "ccirc", RelationshipKind.SHARES_WITH));
    return b.build();
  }

  /**
   * The call map with two core incident-response bodies that do not talk to each other: one the Canadian CERT
   * reaches, one JPCERT reaches.
   */
  public static EcosystemMap withFragmentedCore() {
    return map().toBuilder()
        .addOrganization(Organization.of("core-americas", "Core CERT, Americas", "cert", Region.NORTH_AMERICA))
        .addOrganization(Organization.of("core-asia", "Core CERT, Asia", "cert", Region.ASIA_PACIFIC))
        .addPlacement(Placement.claimed("core-americas", cell(IR, Dimension.EXTERNAL, Layer.CORE)))
        .addPlacement(Placement.verified("core-asia", cell(IR, Dimension.EXTERNAL, Layer.CORE),
            EvidenceSource.PEER_REPORTED))
        .addRelationship(Relationship.of("ccirc", "core-americas", RelationshipKind.SHARES_WITH))
        .addRelationship(Relationship.of("jpcert", "core-asia", RelationshipKind.SHARES_WITH))
        .build();
  }

  /** The fragmented core joined: the two core bodies share. */
  public static EcosystemMap withJoinedCore() {
    return withFragmentedCore().toBuilder()
        .addRelationship(Relationship.of("core-americas", "core-asia", RelationshipKind.SHARES_WITH))
        .build();
  }
}
