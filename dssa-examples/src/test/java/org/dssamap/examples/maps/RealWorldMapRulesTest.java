package org.dssamap.examples.maps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dssamap.model.Cell;
import org.dssamap.model.Dimension;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.Layer;
import org.dssamap.model.Organization;
import org.dssamap.model.Region;
import org.dssamap.model.Relationship;
import org.dssamap.model.RelationshipKind;
import org.junit.jupiter.api.Test;

/** Each rule of the real-world builder, on a tiny data set under {@code src/test/resources/.../tiny}. */
class RealWorldMapRulesTest {
  private static final String XRA = "example-registry-authority-xra-autorite-d-exemple";

  private static Path tiny() {
    try {
      return Path.of(RealWorldMapRulesTest.class.getResource("tiny/tld_orgs_iana_icann.csv").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final EcosystemMap MAP = RealWorldMapBuilder.fromDirectory(tiny()).build();

  private static Set<String> functionsAt(String org, Dimension dimension, Layer layer) {
    return MAP.placementsOf(org).stream()
        .filter(p -> p.cell().dimension() == dimension && p.cell().layer() == layer)
        .map(p -> p.cell().function()).collect(Collectors.toCollection(TreeSet::new));
  }

  private static Optional<Relationship> outsourcing(String from, String to) {
    return MAP.relationshipsFrom(from).stream()
        .filter(r -> r.to().equals(to) && r.kind() == RelationshipKind.OUTSOURCES_TO).findFirst();
  }

  @Test
  void organizationsComeFromEveryRoleInTheDataAndUndelegatedTldsAreLeftOut() {
    assertEquals(List.of("alpha-brand-inc", "arin", "beta-llc", "catchy-llc", "example-registrar-llc", XRA,
            "example-root-operator", "iana", "icann", "identity-digital", "packet-clearing-house", "ripe-ncc",
            "twin-isles-registry", "ultradns", "zed", "zed-tech-university"),
        MAP.organizations().stream().map(Organization::id).toList());
  }

  @Test
  void operatorGroupsGatherTheNamesAnOrganizationGoesBy() {
    // "Binky Moon, LLC" manages .gamma and "Identity Digital Inc." is .alpha's technical contact: one organization.
    Organization id = MAP.requireOrganization("identity-digital");
    assertEquals("Identity Digital", id.name());
    assertEquals("registry-backend", id.kind());
    assertTrue(id.note().orElseThrow().contains("manager of .gamma"), id.note().orElseThrow());
  }

  @Test
  void anOrganizationsKindIsTheRegistryRoleCoveringMostOfItsTldsBackEndFirstOnATie() {
    // Identity Digital manages .gamma and is the back-end of .alpha: one TLD each, so a back-end operator.
    assertEquals("registry-backend", MAP.requireOrganization("identity-digital").kind());
    assertEquals("registry", MAP.requireOrganization("alpha-brand-inc").kind());
    assertEquals("cctld", MAP.requireOrganization("twin-isles-registry").kind());
    assertEquals("dns-operator", MAP.requireOrganization("ultradns").kind());
    assertEquals("registrar", MAP.requireOrganization("catchy-llc").kind());
  }

  @Test
  void aRegionComesFromWhereAnOrganizationIsBasedNeverFromItsFirstTld() {
    // The headquarters table: a country gives its region, an empty country no region.
    Organization id = MAP.requireOrganization("identity-digital");
    assertEquals(Optional.of(Region.NORTH_AMERICA), id.region());
    assertTrue(id.note().orElseThrow().contains("based in United States"), id.note().orElseThrow());
    assertEquals(Optional.empty(), MAP.requireOrganization("ultradns").region());
    // A ccTLD manager takes its ccTLDs' region only when they all lie in one: .ta is in Canada, .tb in Germany.
    Organization twin = MAP.requireOrganization("twin-isles-registry");
    assertEquals(Optional.empty(), twin.region());
    assertTrue(twin.note().orElseThrow().contains("lie in several regions"), twin.note().orElseThrow());
    // gTLD managers and registrars: the data gives no country.
    assertEquals(Optional.empty(), MAP.requireOrganization("alpha-brand-inc").region());
    assertEquals(Optional.empty(), MAP.requireOrganization("catchy-llc").region());
  }

  @Test
  void everyTldManagersSizeIsTheNumberOfTldsItManages() {
    assertEquals(OptionalLong.of(2), MAP.requireOrganization("twin-isles-registry").size());
    assertEquals(OptionalLong.of(1), MAP.requireOrganization("identity-digital").size());
    assertEquals(OptionalLong.empty(), MAP.requireOrganization("ultradns").size());
    assertEquals(OptionalLong.empty(), MAP.requireOrganization("catchy-llc").size());
  }

  @Test
  void accreditationsWhoseNamesDifferOnlyByANumberAreOneRegistrarFamily() {
    Organization catchy = MAP.requireOrganization("catchy-llc");
    assertEquals("Catchy LLC", catchy.name());
    // "Catchy 1 LLC" and "Catchy 2 LLC" by their stem, "Catchy Auction Inc." by the family's brand.
    assertTrue(catchy.note().orElseThrow().contains("a registrar family of 3 ICANN accreditations"),
        catchy.note().orElseThrow());
  }

  @Test
  void theMapSaysHowManyOrganizationsHaveNoRegionAndThatEscalationCannotBeAssessed() {
    long none = MAP.organizations().stream().filter(o -> o.region().isEmpty()).count();
    assertEquals(RealWorldMapBuilder.MISSING_RELAYS, MAP.openQuestions().get(0));
    assertTrue(MAP.openQuestions().get(1).startsWith("Where are the " + none + " of " + MAP.organizations().size()
        + " organizations that have no region ("), MAP.openQuestions().get(1));
  }

  @Test
  void aCcTldManagerWhoseWebSiteIsAGroupsHomePageIsThatGroup() {
    Organization zed = MAP.requireOrganization("zed");
    assertEquals("cctld", zed.kind());
    assertEquals(Optional.of(Region.EUROPE), zed.region());
  }

  @Test
  void aTechnicalContactNamedInsideTheManagersNameIsTheManagerItself() {
    assertTrue(MAP.relationshipsFrom(XRA).stream().noneMatch(r -> r.functions().contains("incident-response")));
    assertEquals(Set.of("event-monitoring", "frontline-mitigation", "technology", "operational-practices",
            "standards-tools-techniques", "risk-planning", "risk-assessment", "compliance-monitoring",
            "incident-response", "training"),
        functionsAt(XRA, Dimension.INTERNAL, Layer.EDGE));
    assertEquals(Optional.of(Region.NORTH_AMERICA), MAP.requireOrganization(XRA).region());
  }

  @Test
  void aManagerOutsourcesTheTechnicalFunctionsToAnotherTechnicalContact() {
    assertEquals(Set.of("event-monitoring", "frontline-mitigation", "incident-response", "technology"),
        outsourcing("alpha-brand-inc", "identity-digital").orElseThrow().functions());
    assertEquals(Set.of("event-monitoring", "frontline-mitigation", "incident-response", "technology"),
        outsourcing("zed", "zed-tech-university").orElseThrow().functions());
    assertEquals("Zed Tech University", MAP.requireOrganization("zed-tech-university").name());
    assertEquals(Set.of("event-monitoring", "frontline-mitigation", "incident-response", "technology"),
        functionsAt("zed-tech-university", Dimension.EXTERNAL, Layer.EDGE));
    // A registry that outsources everything technical keeps governance only.
    assertEquals(Set.of("risk-planning", "risk-assessment", "compliance-monitoring", "incident-response",
        "training"), functionsAt("alpha-brand-inc", Dimension.INTERNAL, Layer.EDGE));
  }

  @Test
  void anAddressLineIsNotATechnicalContact() {
    assertTrue(MAP.organizations().stream().noneMatch(o -> o.name().contains("Campus")));
    assertEquals(Set.of("risk-planning", "risk-assessment", "compliance-monitoring", "incident-response",
        "training"), functionsAt("beta-llc", Dimension.INTERNAL, Layer.EDGE));
  }

  @Test
  void aTldReliesOnItsSoleDnsOperatorButOnNoSecondary() {
    // .beta and .xy: one operator group each, not the manager: the sole operator, a dependence.
    assertEquals(Set.of("technology"), outsourcing("beta-llc", "ultradns").orElseThrow().functions());
    assertEquals(Set.of("technology"), outsourcing(XRA, "packet-clearing-house").orElseThrow().functions());
    assertEquals(Set.of("frontline-mitigation", "technology"),
        functionsAt("ultradns", Dimension.EXTERNAL, Layer.EDGE));
    // .zz: Zed.zz (the manager, so the primary) and UltraDNS: a secondary, on which .zz does not rely alone.
    assertFalse(outsourcing("zed", "zed").isPresent());
    assertFalse(outsourcing("zed", "ultradns").isPresent());
    // .alpha: its back-end Identity Digital (the primary) and Packet Clearing House (a secondary).
    assertFalse(outsourcing("alpha-brand-inc", "packet-clearing-house").isPresent());
    assertTrue(outsourcing("alpha-brand-inc", "identity-digital").orElseThrow().note().orElseThrow()
        .contains("R5: primary of several name-server operators for .alpha"));
    String ultraNote = MAP.placement("ultradns", Cell.of("technology", Dimension.EXTERNAL, Layer.EDGE))
        .orElseThrow().note().orElseThrow();
    assertEquals("R5: sole name-server operator for 1 TLD (.beta) of other managers; secondary, one of several"
        + " name-server operators, for 1 TLD (.zz), which rely on none of them alone", ultraNote);
  }

  @Test
  void rootServerOperatorsIcannAndIanaAreAtTheCore() {
    assertEquals(Set.of("frontline-mitigation", "technology"),
        functionsAt("example-root-operator", Dimension.EXTERNAL, Layer.CORE));
    assertEquals(Set.of("compliance-monitoring", "frontline-mitigation", "technology"),
        functionsAt("icann", Dimension.EXTERNAL, Layer.CORE));
    assertEquals(Set.of("standards-tools-techniques", "technology"),
        functionsAt("iana", Dimension.EXTERNAL, Layer.CORE));
    assertEquals(Optional.of(Region.GLOBAL), MAP.requireOrganization("example-root-operator").region());
  }

  @Test
  void rirsAndTheCommunityTableAreGlueInTheirRegions() {
    assertEquals(Set.of("operational-practices", "training"), functionsAt("arin", Dimension.EXTERNAL, Layer.GLUE));
    assertEquals(Optional.of(Region.EUROPE), MAP.requireOrganization("ripe-ncc").region());
    assertEquals("community-operator", MAP.requireOrganization("packet-clearing-house").kind());
    assertEquals(Set.of("operational-practices", "training"),
        functionsAt("packet-clearing-house", Dimension.EXTERNAL, Layer.GLUE));
  }

  @Test
  void onlyAccreditedRegistrarsAreOrganizations() {
    Organization r = MAP.requireOrganization("example-registrar-llc");
    assertEquals("registrar", r.kind());
    assertEquals(Set.of("incident-response"), functionsAt(r.id(), Dimension.INTERNAL, Layer.EDGE));
    assertEquals(Set.of("frontline-mitigation"), functionsAt(r.id(), Dimension.EXTERNAL, Layer.EDGE));
    assertTrue(MAP.organization("gone-registrar-inc").isEmpty());
    assertEquals(MAP.organizations().size() - 2,
        RealWorldMapBuilder.fromDirectory(tiny()).withRegistrars(false).build().organizations().size());
  }

  @Test
  void nobodyIsPlacedInExternalIncidentResponseAtTheGlueOrTheCore() {
    assertTrue(MAP.placementsIn(Cell.of("incident-response", Dimension.EXTERNAL, Layer.CORE)).isEmpty());
    assertTrue(MAP.placementsIn(Cell.of("incident-response", Dimension.EXTERNAL, Layer.GLUE)).isEmpty());
  }

  @Test
  void aMissingColumnIsReportedWithTheFileAndEveryMissingColumn(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    for (String name : RealWorldMapBuilder.SOURCE_FILES) {
      Files.copy(tiny().resolve(name), dir.resolve(name));
    }
    Files.writeString(dir.resolve("root_server_operators.csv"), "letter,host\nA,a.root-servers.net\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RealWorldMapBuilder.fromDirectory(dir).build());
    assertEquals("root_server_operators.csv: row 1: missing column(s) operator (found letter, host)", e.getMessage());
  }

  @Test
  void anUnknownRegionInTheCountryTableNamesTheRow() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RealWorldMapBuilder
        .from(name -> name.equals("country_regions.csv")
            ? new StringReader("country,region\nCanada,north-america\nMars,olympus-mons\n")
            : Files.newBufferedReader(tiny().resolve(name)))
        .build());
    assertTrue(e.getMessage().startsWith("country_regions.csv: row 3: "), e.getMessage());
    assertTrue(e.getMessage().contains("olympus-mons"), e.getMessage());
  }

  @Test
  void everyBadRowOfTheHeadquartersTableIsReportedAtOnce() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RealWorldMapBuilder
        .from(name -> name.equals("organization_headquarters.csv")
            ? new StringReader("organization,country,basis,source\n"
                + "zed,Atlantis,sunk,https://atlantis.example/\n"
                + "Not A Slug,Germany,x,https://x.example/\n"
                + "ultradns,,not established,no web page\n"
                + "zed,Germany,again,https://zed.example/\n")
            : Files.newBufferedReader(tiny().resolve(name)))
        .build());
    assertEquals(String.join("\n",
        "organization_headquarters.csv: row 2: country 'Atlantis' is not in country_regions.csv",
        "organization_headquarters.csv: row 3: organization 'Not A Slug' is not an id (a slug)",
        "organization_headquarters.csv: row 4: source 'no web page' is not an http(s) address",
        "organization_headquarters.csv: row 5: organization 'zed' listed twice"), e.getMessage());
  }

  @Test
  void namesContainingEachOtherAsWholeWordsAreTheSameParty() {
    assertTrue(RealWorldMapBuilder.sameParty("nic.at GmbH", "nic.at GmbH c/o Vienna University Computer Center"));
    assertTrue(RealWorldMapBuilder.sameParty("Telecommunication Regulator of Cambodia (TRC)", "TRC"));
    assertFalse(RealWorldMapBuilder.sameParty("Ministry of Innovation", "Ministry of Innovation2"));
    assertFalse(RealWorldMapBuilder.sameParty("Example Registry", "Ex"));
  }
}
