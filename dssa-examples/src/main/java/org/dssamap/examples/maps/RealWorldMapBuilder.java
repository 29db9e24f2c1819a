package org.dssamap.examples.maps;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.dssamap.model.Cell;
import org.dssamap.model.Dimension;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.Ids;
import org.dssamap.model.Layer;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Region;
import org.dssamap.model.Relationship;
import org.dssamap.model.RelationshipKind;

/**
 * Builds a map of today's DNS ecosystem from public data: the IANA root zone database and ICANN's gTLD list
 * (as flattened by the {@code case/iana-data} project), the root server operators, the RIRs and IANA's registrar
 * ids, plus two small tables of our own desk research (country to region, where the largest operator groups are
 * based). The data gives roles (TLD manager, technical contact, DNS operator...), never security functions, so the
 * builder turns roles into placements by fixed rules, and every placement it makes is {@code claimed} by {@code
 * desk-research}, with a note naming the rule that made it.
 *
 * <p>The rules (also in {@code docs/real-world-map.md}, with what they cannot see):
 *
 * <ol>
 *   <li><b>R1, organizations.</b> One organization per TLD manager of a delegated TLD, per technical contact,
 *       per DNS operator group, per root server operator, per RIR, per accredited registrar family, plus ICANN and
 *       IANA. Names are normalised: an operator group of {@code tld_operator_groups.csv} gathers every name it
 *       goes by (Afilias, Donuts and Binky Moon are Identity Digital), and a name that mentions exactly one group's
 *       short name is that group; a ccTLD manager whose registry web site is a group's home page is that group; a
 *       technical contact whose name contains the manager's name, or is contained in it, is the manager itself;
 *       accreditations whose names differ only by a number are one registrar family ({@link RegistrarFamilies});
 *       otherwise two names are the same organization exactly when they slugify to the same id (which is also
 *       the organization's id, so ids are unique by construction). A technical contact that is a street address
 *       rather than a name is ignored.
 *   <li><b>R2, every registry governs itself.</b> Every TLD manager is placed at the edge, internal, in risk
 *       planning, risk assessment, compliance monitoring, incident response and training.
 *   <li><b>R3, operators run their own systems.</b> A TLD manager that is its own technical contact for at least
 *       one of its TLDs, and every back-end operator, is placed at the edge, internal, in event monitoring,
 *       frontline mitigation, technology, operational practices and standards, tools and techniques.
 *   <li><b>R4, back-end operators.</b> When a TLD's technical contact is another organization than its manager,
 *       the manager {@code outsources-to} it for event monitoring, frontline mitigation, incident response and
 *       technology, and the contact is placed at the edge, external, in those four functions. The technical
 *       contact is a proxy for the back-end operator: good for gTLDs, rougher for ccTLDs.
 *   <li><b>R5, DNS operators: dependence, not redundancy.</b> A TLD whose name servers the data puts in the
 *       networks of exactly one DNS operator group, not its manager, relies on that operator alone: the manager
 *       {@code outsources-to} it for technology. A TLD served by several groups relies on none of them alone: the
 *       manager, when it is among them, or else the TLD's back-end (R4), is its primary; every other one is a
 *       secondary and gets no {@code outsources-to}. Every operator serving other managers' TLDs is placed at the
 *       edge, external, in technology and frontline mitigation, its note saying for how many TLDs it is the sole,
 *       the primary or a secondary operator.
 *   <li><b>R6, root server operators</b> are placed at the core, external, in technology and frontline
 *       mitigation.
 *   <li><b>R7, ICANN and IANA.</b> ICANN, which holds the registry agreements and accredits the registrars, is
 *       placed at the core, external, in compliance monitoring; IANA (PTI), which keeps the root zone database
 *       and the protocol parameter registries, at the core, external, in technology and standards, tools and
 *       techniques.
 *   <li><b>R8, glue.</b> The five RIRs and the community operators of a small fixed table (Packet Clearing
 *       House, Netnod, LACTLD) are placed at the glue, external, in operational practices and training.
 *   <li><b>R9, registrars.</b> Every ICANN-accredited registrar is placed at the edge, internal, in incident
 *       response, and external in frontline mitigation (the 2013 RAA, section 3.18, makes registrars act on
 *       abuse reports).
 * </ol>
 *
 * <p><b>Kinds</b> come from what an organization does across all its TLDs: the fixed roles first (ICANN, IANA,
 * the RIRs, the glue table); then, for an organization with a registry role, the one covering the most TLDs, as
 * back-end for other managers ({@code registry-backend}), gTLD manager ({@code registry}) or ccTLD manager ({@code
 * cctld}), in that order on a tie; then root server operator, DNS operator, registrar.
 *
 * <p><b>Regions</b> come from where an organization is based, never from its first TLD: the fixed roles have
 * fixed regions (ICANN and IANA global, the RIRs their service regions, the glue table); an organization in our
 * headquarters table ({@code organization_headquarters.csv}, one public source per row) takes its country's region,
 * or none where the table says it is not known; a {@code cctld} organization takes the region of its ccTLDs'
 * countries when they all lie in one region; a root server operator is global; everybody else has no region,
 * because the data gives no country for gTLD managers, back-end and DNS operators or registrars.
 *
 * <p><b>Sizes</b>: every TLD manager's {@link Organization#size() size} is the number of delegated TLDs it
 * manages, so that concentration can be weighed by TLDs as well as counted by clients.
 *
 * <p>The data names no CERT, CSIRT, FIRST team or association membership, so nobody is placed in external
 * incident response at the glue or the core, and escalation between regions cannot be assessed from this map: the
 * map says so in its open questions, with how many organizations have no region.
 *
 * <p>The same source files always give the same map: every input is sorted before it is used.
 */
public final class RealWorldMapBuilder {
  /** The date of the newest source file. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 8, 6);

  /** The title of the map. */
  public static final String TITLE = "DNS SSR ecosystem from public IANA and ICANN data (desk research)";

  static final String TLD_FILE = "tld_orgs_iana_icann.csv";
  static final String ROOT_FILE = "root_server_operators.csv";
  static final String RIR_FILE = "rirs_from_iana_ipv4.csv";
  static final String REGISTRAR_FILE = "iana_registrar_ids.csv";

  /** The source files the builder reads, by name. */
  public static final ImmutableList<String> SOURCE_FILES = ImmutableList.of(TLD_FILE, OperatorGroups.FILE,
      ROOT_FILE, RIR_FILE, REGISTRAR_FILE, CountryRegions.FILE, Headquarters.FILE);

  private static final String RESOURCE_DIR = "/org/dssamap/examples/maps/data/";

  private static final List<String> GOVERNANCE =
      List.of("risk-planning", "risk-assessment", "compliance-monitoring", "incident-response", "training");
  private static final List<String> OWN_OPERATIONS = List.of("event-monitoring", "frontline-mitigation",
      "technology", "operational-practices", "standards-tools-techniques");
  private static final List<String> BACK_END =
      List.of("event-monitoring", "frontline-mitigation", "incident-response", "technology");
  private static final List<String> NAME_SERVICE = List.of("technology");
  private static final List<String> DNS_OPERATOR = List.of("technology", "frontline-mitigation");
  private static final List<String> ROOT = List.of("technology", "frontline-mitigation");
  private static final List<String> GLUE = List.of("operational-practices", "training");

  private static final String ICANN = "icann";
  private static final String IANA = "iana";

  /**
   * A technical contact that is an address line ("High Tech Campus 5": a number as a word) or a role, not the
   * name of an organization.
   */
  private static final Pattern NOT_A_NAME = Pattern.compile("\\b\\d+\\b|^Implementation Manager$");

  /** The community organizations R8 places at the glue, with their regions: desk research, not data. */
  private static final Map<String, Region> GLUE_TABLE = Map.of(
      "packet-clearing-house", Region.GLOBAL,
      "netnod", Region.EUROPE,
      "lactld", Region.LATIN_AMERICA_CARIBBEAN);

  /** The RIRs' service regions (R8), by the slug of the name in the RIR file. */
  private static final Map<String, Region> RIR_REGIONS = Map.of(
      "afrinic", Region.AFRICA,
      "apnic", Region.ASIA_PACIFIC,
      "arin", Region.NORTH_AMERICA,
      "lacnic", Region.LATIN_AMERICA_CARIBBEAN,
      "ripe-ncc", Region.EUROPE);

  /** The open question on the relays the data cannot show: the first of the map's open questions. */
  static final String MISSING_RELAYS = "Who does external incident response at the glue and at the core, and who"
      + " passes an incident from one region to another? No CERT, CSIRT or FIRST team, and no regional association"
      + " (CENTR, APTLD, AFTLD, LACTLD as an association of its members), is in the data: those cells are empty"
      + " because the data cannot speak to them, which is not a finding, and escalation between regions cannot be"
      + " assessed from this map.";

  /** Opens a source file by name. */
  @FunctionalInterface
  public interface SourceOpener {
    /** Opens the named source file for reading, UTF-8. */
    Reader open(String fileName) throws IOException;
  }

  private final SourceOpener opener;
  private final boolean withRegistrars;

  private RealWorldMapBuilder(SourceOpener opener, boolean withRegistrars) {
    this.opener = opener;
    this.withRegistrars = withRegistrars;
  }

  /** A builder reading the source files bundled with this library. */
  public static RealWorldMapBuilder fromBundledData() {
    return new RealWorldMapBuilder(name -> {
      InputStream in = RealWorldMapBuilder.class.getResourceAsStream(RESOURCE_DIR + name);
      if (in == null) {
        throw new IOException("bundled source file " + RESOURCE_DIR + name + " is missing");
      }
      return new InputStreamReader(in, StandardCharsets.UTF_8);
    }, true);
  }

  /** A builder reading the source files (named as in {@link #SOURCE_FILES}) from {@code directory}. */
  public static RealWorldMapBuilder fromDirectory(Path directory) {
    requireNonNull(directory, "directory");
    return new RealWorldMapBuilder(name -> Files.newBufferedReader(directory.resolve(name), StandardCharsets.UTF_8),
        true);
  }

  /** A builder reading the source files through {@code opener}. */
  public static RealWorldMapBuilder from(SourceOpener opener) {
    return new RealWorldMapBuilder(requireNonNull(opener, "opener"), true);
  }

  /**
   * This builder with or without the accredited registrars (R9). Without them the map is about 3,000
   * organizations smaller and shows the registries, their providers, the glue and the core.
   */
  public RealWorldMapBuilder withRegistrars(boolean include) {
    return new RealWorldMapBuilder(opener, include);
  }

  /**
   * Reads the source files and builds the map.
   *
   * @throws IllegalArgumentException when a source file lacks a column or holds a value the rules cannot use,
   *     naming the file and row
   * @throws UncheckedIOException when a source file cannot be read
   */
  public EcosystemMap build() {
    OperatorGroups groups = OperatorGroups.of(read(OperatorGroups.FILE, OperatorGroups.COLUMNS));
    CountryRegions countries = CountryRegions.of(read(CountryRegions.FILE, CountryRegions.COLUMNS));
    Headquarters headquarters = Headquarters.of(read(Headquarters.FILE, Headquarters.COLUMNS), countries);
    Draft draft = new Draft(groups);
    draft.addIcannAndIana();
    draft.addTlds(read(TLD_FILE, List.of("tld", "type", "delegated", "country", "tld_manager", "tech_contact_org",
        "manager_group", "tech_group", "dns_operator_groups", "registry_url", "agreement_types")), countries);
    draft.addRootServers(read(ROOT_FILE, List.of("letter", "operator")));
    draft.addRirs(read(RIR_FILE, List.of("rir")));
    draft.addGlueTable();
    if (withRegistrars) {
      draft.addRegistrars(read(REGISTRAR_FILE, List.of("ID", "Registrar Name", "Status")));
    }
    draft.resolveKindsAndRegions(headquarters);
    return draft.toMap();
  }

  private SourceTable read(String name, List<String> columns) {
    try (Reader reader = opener.open(name)) {
      return SourceTable.read(name, reader, columns);
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * A role that gives an organization its kind whatever else it does (the fixed tables), in this order, then the
   * roles that give it a kind only when it has no registry role.
   */
  private enum Role {
    COORDINATOR("coordinator"),
    IANA_FUNCTIONS("iana-functions-operator"),
    RIR("rir"),
    REGIONAL_TLD_ORGANIZATION("regional-tld-organization"),
    COMMUNITY_OPERATOR("community-operator"),
    ROOT_SERVER_OPERATOR("root-server-operator"),
    DNS_OPERATOR("dns-operator"),
    REGISTRAR("registrar");

    private final String kind;

    Role(String kind) {
      this.kind = kind;
    }

    boolean fixed() {
      return compareTo(COMMUNITY_OPERATOR) <= 0;
    }
  }

  /** An organization being gathered from several files. */
  private static final class Party {
    final String id;
    final String name;
    Optional<String> url = Optional.empty();
    Optional<Region> region = Optional.empty();
    /** Why the organization has its region, or none: set by the fixed tables, or by {@link #resolve}. */
    Optional<String> regionReason = Optional.empty();
    String kind = "registry";
    String kindReason = "";
    Optional<String> fixedNote = Optional.empty();
    final Set<Role> roles = EnumSet.noneOf(Role.class);
    final TreeSet<String> managed = new TreeSet<>();
    /** The ccTLDs it manages, each with the region of its country (empty when the country table has none). */
    final TreeMap<String, Optional<Region>> managedCc = new TreeMap<>();
    final TreeSet<String> ownOperated = new TreeSet<>();
    final TreeSet<String> unknownOperator = new TreeSet<>();
    final TreeSet<String> backEndFor = new TreeSet<>();
    final TreeSet<String> soleNameServiceFor = new TreeSet<>();
    final TreeSet<String> primaryNameServiceFor = new TreeSet<>();
    final TreeSet<String> secondaryNameServiceFor = new TreeSet<>();
    final TreeSet<String> rootLetters = new TreeSet<>();
    final TreeSet<Integer> registrarIds = new TreeSet<>();
    /** The accreditation names of a registrar family (R1), when it has more than one. */
    final TreeSet<String> registrarNames = new TreeSet<>();
    /** Placements by cell, in the order the rules made them; the first rule to place a cell writes its note. */
    final Map<Cell, String> placements = new LinkedHashMap<>();

    Party(String id, String name) {
      this.id = id;
      this.name = name;
    }

    void place(String function, Dimension dimension, Layer layer, String note) {
      placements.putIfAbsent(Cell.of(function, dimension, layer), note);
    }

    void placeAll(List<String> functions, Dimension dimension, Layer layer, String note) {
      functions.forEach(f -> place(f, dimension, layer, note));
    }

    void fixRegion(Region r, String reason) {
      region = Optional.of(r);
      regionReason = Optional.of(reason);
    }

    int managedGtlds() {
      return managed.size() - managedCc.size();
    }

    /** Works out the kind (from all the organization's TLDs) and the region (from where it is based). */
    void resolve(Headquarters headquarters) {
      Optional<Role> fixedRole = roles.stream().filter(Role::fixed).min(Comparator.naturalOrder());
      int backEnd = backEndFor.size();
      int gtlds = managedGtlds();
      int cctlds = managedCc.size();
      if (fixedRole.isPresent()) {
        kind = fixedRole.get().kind;
      } else if (backEnd + gtlds + cctlds > 0) {
        kind = backEnd >= gtlds && backEnd >= cctlds ? "registry-backend" : gtlds >= cctlds ? "registry" : "cctld";
        kindReason = "Kind " + kind + ": the registry role covering most of its TLDs (technical contact for "
            + backEnd + " TLDs of other managers, manager of " + gtlds + " gTLDs and " + cctlds + " ccTLDs).";
      } else {
        kind = roles.stream().min(Comparator.naturalOrder()).orElse(Role.REGISTRAR).kind;
      }
      if (regionReason.isPresent()) {
        return;
      }
      Optional<Headquarters.Entry> hq = headquarters.of(id);
      if (hq.isPresent()) {
        Headquarters.Entry e = hq.get();
        region = e.region();
        regionReason = Optional.of(e.country()
            .map(c -> "Region " + region.map(Region::id).orElse("none") + ": based in " + c + " (" + e.basis()
                + "; " + e.source() + "; our table " + Headquarters.FILE + ").")
            .orElse("No region: where it is based is not established (" + e.source() + "; our table "
                + Headquarters.FILE + ")."));
      } else if (kind.equals("cctld")) {
        Set<Optional<Region>> regions = new HashSet<>(managedCc.values());
        if (regions.size() == 1 && regions.iterator().next().isPresent()) {
          region = regions.iterator().next();
          regionReason = Optional.of("Region " + region.get().id() + ": the country of every ccTLD it manages.");
        } else {
          regionReason = Optional.of(regions.size() == 1
              ? "No region: the country of its ccTLD has no region."
              : "No region: the ccTLDs it manages lie in several regions.");
        }
      } else if (kind.equals("root-server-operator")) {
        region = Optional.of(Region.GLOBAL);
        regionReason = Optional.of("Region global: the root is served to every region (R6).");
      } else {
        regionReason = Optional.of("No region: the data gives no country for it.");
      }
    }

    Organization toOrganization() {
      Organization o = new Organization(id, name, kind, region, url,
          Optional.of(fixedNote.orElseGet(this::describe)), OptionalLong.empty());
      return managed.isEmpty() ? o : o.withSize(managed.size());
    }

    private String describe() {
      List<String> parts = new ArrayList<>();
      if (!managed.isEmpty()) {
        parts.add("manager of " + tlds(managed));
      }
      if (!unknownOperator.isEmpty()) {
        parts.add("the technical contact of " + tlds(unknownOperator) + " is not a name the rules can use");
      }
      if (!backEndFor.isEmpty()) {
        parts.add("technical contact for " + tlds(backEndFor) + " of other managers");
      }
      String dns = nameService();
      if (!dns.isEmpty()) {
        parts.add(dns);
      }
      if (!rootLetters.isEmpty()) {
        parts.add("operates the " + String.join(", ", rootLetters) + " root server"
            + (rootLetters.size() > 1 ? "s" : ""));
      }
      if (!registrarIds.isEmpty()) {
        parts.add(registrarNames.isEmpty()
            ? "ICANN-accredited registrar, IANA id" + (registrarIds.size() == 1 ? " " : "s ") + ids(registrarIds)
            : "a registrar family of " + registrarIds.size() + " ICANN accreditations whose names differ only by a"
                + " number (R1: " + tlds(registrarNames) + "), IANA ids " + ids(registrarIds));
      }
      if (roles.contains(Role.RIR)) {
        parts.add("Regional Internet Registry");
      }
      StringBuilder note = new StringBuilder(parts.isEmpty() ? "From the public data (R1)."
          : "In the public data: " + String.join("; ", parts) + ".");
      if (!kindReason.isEmpty()) {
        note.append(' ').append(kindReason);
      }
      regionReason.ifPresent(r -> note.append(' ').append(r));
      if (!managed.isEmpty()) {
        note.append(" Size: ").append(managed.size()).append(" TLD").append(managed.size() == 1 ? "" : "s")
            .append(" managed.");
      }
      return note.toString();
    }

    /** What the organization does in the DNS of other managers' TLDs (R5), or empty. */
    String nameService() {
      List<String> parts = new ArrayList<>();
      if (!soleNameServiceFor.isEmpty()) {
        parts.add("sole name-server operator for " + count(soleNameServiceFor) + " of other managers");
      }
      if (!primaryNameServiceFor.isEmpty()) {
        parts.add("primary (their back-end) among several name-server operators for "
            + count(primaryNameServiceFor));
      }
      if (!secondaryNameServiceFor.isEmpty()) {
        parts.add("secondary, one of several name-server operators, for " + count(secondaryNameServiceFor)
            + ", which rely on none of them alone");
      }
      return String.join("; ", parts);
    }
  }

  private static String ids(Set<Integer> ids) {
    int shown = 5;
    String first = ids.stream().limit(shown).map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("");
    return ids.size() <= shown ? first : first + " and " + (ids.size() - shown) + " more";
  }

  /** Who runs a TLD's registry systems: its manager, another organization, or nobody the data can name. */
  private record Operator(Optional<Party> other, boolean known) {
    static final Operator SELF = new Operator(Optional.empty(), true);
    static final Operator UNKNOWN = new Operator(Optional.empty(), false);
  }

  /** A relationship being gathered: the TLDs behind it, by the rule that made it. */
  private static final class Link {
    final TreeSet<String> functions = new TreeSet<>();
    final TreeSet<String> backEndTlds = new TreeSet<>();
    final TreeSet<String> nameServiceTlds = new TreeSet<>();
    final TreeSet<String> primaryNameServiceTlds = new TreeSet<>();
  }

  /** The whole map being gathered. */
  private static final class Draft {
    private final OperatorGroups groups;
    private final TreeMap<String, Party> parties = new TreeMap<>();
    /** Outsourcing links by client id, then provider id. */
    private final TreeMap<String, TreeMap<String, Link>> links = new TreeMap<>();
    private int gtldsUnderAgreement;
    private int accreditedRegistrars;

    Draft(OperatorGroups groups) {
      this.groups = groups;
    }

    /** The organization with {@code id}, created with {@code name} when it is new. */
    private Party party(String id, String name) {
      return parties.computeIfAbsent(id, k -> new Party(k, name));
    }

    /**
     * The organization a name denotes, following R1: fixed names, then the operator group that goes by that name
     * or whose short name it mentions, then the slug.
     */
    private Party byName(String name) {
      String slug = Ids.slugify(name);
      if (slug.equals(ICANN) || slug.equals("internet-corporation-for-assigned-names-and-numbers-icann")) {
        return requireNonNull(parties.get(ICANN));
      }
      Optional<OperatorGroups.Group> g = groups.byName(name);
      if (g.isEmpty()) {
        g = groups.mentionedIn(name);
      }
      if (g.isPresent()) {
        return group(g.get());
      }
      return party(slug, name);
    }

    private Party group(OperatorGroups.Group g) {
      Party p = party(g.slug(), g.displayName());
      if (p.url.isEmpty() && Organization.isWebUrl(g.homepage())) {
        p.url = Optional.of(g.homepage());
      }
      return p;
    }

    private Party groupByDisplayName(String displayName) {
      return groups.byDisplayName(displayName).map(this::group).orElseGet(() -> byName(displayName));
    }

    void addIcannAndIana() {
      Party icann = party(ICANN, "Internet Corporation for Assigned Names and Numbers (ICANN)");
      icann.roles.add(Role.COORDINATOR);
      icann.fixRegion(Region.GLOBAL, "Region global: the coordinator of the whole DNS (R7).");
      icann.url = Optional.of("https://www.icann.org/");
      Party iana = party(IANA, "IANA (Public Technical Identifiers)");
      iana.roles.add(Role.IANA_FUNCTIONS);
      iana.fixRegion(Region.GLOBAL, "Region global (R7).");
      iana.url = Optional.of("https://www.iana.org/");
      iana.fixedNote = Optional.of("Performs the IANA functions for ICANN: the root zone, the protocol parameter"
          + " registries, the number resources allocated to the RIRs (R7).");
      iana.placeAll(List.of("technology", "standards-tools-techniques"), Dimension.EXTERNAL, Layer.CORE,
          "R7: IANA keeps the root zone database (the source of this map's TLD data) and the protocol parameter"
              + " registries");
    }

    void addTlds(SourceTable table, CountryRegions countries) {
      // By name, not by length: the first TLD of a manager gives its region and web site.
      List<SourceTable.Row> rows = new ArrayList<>(table.rows());
      rows.sort(Comparator.comparing(r -> r.text("tld")));
      for (SourceTable.Row row : rows) {
        if (!row.text("delegated").equalsIgnoreCase("true") || row.text("tld_manager").isEmpty()) {
          continue;
        }
        addTld(row, countries);
      }
      // Placed once every TLD is known, so that a note can say how many TLDs stand behind it.
      for (Party p : parties.values()) {
        if (!p.managed.isEmpty()) {
          p.placeAll(GOVERNANCE, Dimension.INTERNAL, Layer.EDGE,
              "R2: a TLD manager governs its own registry (" + tlds(p.managed) + ")");
        }
        if (!p.ownOperated.isEmpty()) {
          p.placeAll(OWN_OPERATIONS, Dimension.INTERNAL, Layer.EDGE,
              "R3: its own technical contact for " + tlds(p.ownOperated) + ", so it runs its own registry systems");
        }
        if (!p.backEndFor.isEmpty()) {
          p.placeAll(OWN_OPERATIONS, Dimension.INTERNAL, Layer.EDGE,
              "R3: a back-end operator runs its own registry systems");
          p.placeAll(BACK_END, Dimension.EXTERNAL, Layer.EDGE, "R4: technical contact (back-end proxy) for "
              + count(p.backEndFor) + " of other managers");
        }
        String dns = p.nameService();
        if (!dns.isEmpty()) {
          p.placeAll(DNS_OPERATOR, Dimension.EXTERNAL, Layer.EDGE, "R5: " + dns);
        }
      }
    }

    private void addTld(SourceTable.Row row, CountryRegions countries) {
      String tld = "." + row.text("tld");
      String type = row.text("type");
      boolean cctld = type.equals("cctld");
      Party manager = manager(row, cctld);
      manager.managed.add(tld);
      if (cctld) {
        manager.managedCc.put(tld, countries.regionOf(row.text("country")));
      }
      if (manager.url.isEmpty() && Organization.isWebUrl(row.text("registry_url"))) {
        manager.url = Optional.of(row.text("registry_url"));
      }
      if (type.equals("gtld") && !row.text("agreement_types").isEmpty()) {
        gtldsUnderAgreement++;
      }
      Operator operator = technicalContact(row, manager);
      if (!operator.known()) {
        manager.unknownOperator.add(tld);
      } else if (operator.other().isEmpty()) {
        manager.ownOperated.add(tld);
      } else {
        Party b = operator.other().get();
        b.backEndFor.add(tld);
        Link l = link(manager, b);
        l.functions.addAll(BACK_END);
        l.backEndTlds.add(tld);
      }
      addNameService(tld, row, manager, operator.other());
    }

    /**
     * R5: the DNS operator groups whose networks hold the TLD's name servers. One group that is not the manager is
     * the TLD's sole operator, a dependence; of several, the manager or else the back-end is the primary and every
     * other one a secondary, on which the TLD does not depend alone.
     */
    private void addNameService(String tld, SourceTable.Row row, Party manager, Optional<Party> backEnd) {
      List<Party> operators = new ArrayList<>();
      for (String name : Splitter.on(';').split(row.get("dns_operator_groups"))) {
        if (!name.isBlank()) {
          Party dns = groupByDisplayName(name.trim());
          if (!operators.contains(dns)) {
            operators.add(dns);
          }
        }
      }
      if (operators.size() == 1) {
        Party dns = operators.get(0);
        if (dns != manager) {
          dns.roles.add(Role.DNS_OPERATOR);
          dns.soleNameServiceFor.add(tld);
          Link l = link(manager, dns);
          l.functions.addAll(NAME_SERVICE);
          l.nameServiceTlds.add(tld);
        }
        return;
      }
      Optional<Party> primary = operators.contains(manager) ? Optional.of(manager)
          : backEnd.filter(operators::contains);
      for (Party dns : operators) {
        if (dns == manager) {
          continue;
        }
        dns.roles.add(Role.DNS_OPERATOR);
        if (primary.isPresent() && primary.get() == dns) {
          dns.primaryNameServiceFor.add(tld);
          link(manager, dns).primaryNameServiceTlds.add(tld);
        } else {
          dns.secondaryNameServiceFor.add(tld);
        }
      }
    }

    private Party manager(SourceTable.Row row, boolean cctld) {
      String groupName = row.text("manager_group");
      if (!groupName.isEmpty()) {
        return groupByDisplayName(groupName);
      }
      if (cctld) {
        Optional<OperatorGroups.Group> bySite = groups.byWebSite(row.text("registry_url"));
        if (bySite.isPresent()) {
          return group(bySite.get());
        }
      }
      return byName(row.text("tld_manager"));
    }

    /**
     * Who runs a TLD by R1 and R4: its manager, another organization, or nobody the data can name (the technical
     * contact is an address line or a role, not an organization).
     */
    private Operator technicalContact(SourceTable.Row row, Party manager) {
      String groupName = row.text("tech_group");
      String contact = row.text("tech_contact_org");
      Party p;
      if (!groupName.isEmpty()) {
        p = groupByDisplayName(groupName);
      } else if (contact.isEmpty()) {
        return Operator.SELF;
      } else if (NOT_A_NAME.matcher(contact).find()) {
        return Operator.UNKNOWN;
      } else if (sameParty(row.text("tld_manager"), contact) || sameParty(manager.name, contact)) {
        return Operator.SELF;
      } else {
        p = byName(contact);
      }
      return p == manager ? Operator.SELF : new Operator(Optional.of(p), true);
    }

    private Link link(Party client, Party provider) {
      return links.computeIfAbsent(client.id, k -> new TreeMap<>()).computeIfAbsent(provider.id, k -> new Link());
    }

    void addRootServers(SourceTable table) {
      for (SourceTable.Row row : table.rowsBy("letter")) {
        Party p = byName(row.text("operator"));
        p.roles.add(Role.ROOT_SERVER_OPERATOR);
        p.rootLetters.add(row.text("letter").toUpperCase(Locale.ROOT));
      }
      for (Party p : parties.values()) {
        if (!p.rootLetters.isEmpty()) {
          p.placeAll(ROOT, Dimension.EXTERNAL, Layer.CORE,
              "R6: operates the " + String.join(", ", p.rootLetters) + " root server" + (p.rootLetters.size() > 1
                  ? "s" : ""));
        }
      }
    }

    void addRirs(SourceTable table) {
      for (SourceTable.Row row : table.rowsBy("rir")) {
        String name = row.text("rir");
        Region region = RIR_REGIONS.get(Ids.slugify(name));
        if (region == null) {
          throw new IllegalArgumentException(row.where() + ": unknown RIR '" + name + "' (expected one of "
              + String.join(", ", new TreeSet<>(RIR_REGIONS.keySet())) + ")");
        }
        Party p = byName(name);
        p.roles.add(Role.RIR);
        p.fixRegion(region, "Region " + region.id() + ": the RIR's service region (R8).");
        p.placeAll(GLUE, Dimension.EXTERNAL, Layer.GLUE,
            "R8: a Regional Internet Registry runs its region's community forums and training");
      }
    }

    void addGlueTable() {
      for (Map.Entry<String, Region> e : new TreeMap<>(GLUE_TABLE).entrySet()) {
        Party p = parties.get(e.getKey());
        if (p == null) {
          continue;
        }
        p.roles.add(e.getKey().equals("lactld") ? Role.REGIONAL_TLD_ORGANIZATION : Role.COMMUNITY_OPERATOR);
        p.fixRegion(e.getValue(), "Region " + e.getValue().id() + ": by our fixed glue table (R8).");
        p.placeAll(GLUE, Dimension.EXTERNAL, Layer.GLUE,
            "R8: a community organization that shares operational practice and trains TLD operators");
      }
    }

    void addRegistrars(SourceTable table) {
      List<RegistrarFamilies.Accreditation> accredited = new ArrayList<>();
      for (SourceTable.Row row : table.rowsBy("ID")) {
        if (!row.text("Status").equalsIgnoreCase("accredited")) {
          continue;
        }
        int ianaId;
        try {
          ianaId = Integer.parseInt(row.text("ID"));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(row.where() + ": registrar id '" + row.text("ID") + "' is not a number",
              e);
        }
        accredited.add(new RegistrarFamilies.Accreditation(ianaId, row.text("Registrar Name")));
      }
      RegistrarFamilies families = RegistrarFamilies.of(accredited);
      for (RegistrarFamilies.Accreditation a : accredited) {
        accreditedRegistrars++;
        String organizationName = families.organizationName(a);
        Party p = byName(organizationName);
        if (!organizationName.equals(a.name())) {
          p.registrarNames.add(a.name());
        }
        p.roles.add(Role.REGISTRAR);
        p.registrarIds.add(a.ianaId());
        p.place("incident-response", Dimension.INTERNAL, Layer.EDGE,
            "R9: an accredited registrar answers for its own incidents");
        p.place("frontline-mitigation", Dimension.EXTERNAL, Layer.EDGE,
            "R9: an accredited registrar must act on abuse reports (2013 RAA 3.18)");
      }
    }

    /** Kinds and regions, once every role of every organization is known. */
    void resolveKindsAndRegions(Headquarters headquarters) {
      parties.values().forEach(p -> p.resolve(headquarters));
    }

    /**
     * The open question on the organizations without a region: how many, of which kinds, and what follows.
     */
    private String withoutRegion() {
      TreeMap<String, Integer> byKind = new TreeMap<>();
      parties.values().stream().filter(p -> p.region.isEmpty()).forEach(p -> byKind.merge(p.kind, 1, Integer::sum));
      int none = byKind.values().stream().mapToInt(Integer::intValue).sum();
      List<String> kinds = byKind.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .map(e -> e.getValue() + " " + e.getKey()).toList();
      return "Where are the " + none + " of " + parties.size() + " organizations that have no region"
          + (kinds.isEmpty() ? "" : " (" + String.join(", ", kinds) + ")") + "? The data gives no country for"
          + " registrars, gTLD managers, back-end or DNS operators; our table of headquarters covers only the"
          + " largest operator groups. An organization without a region counts in no region's overlaps and is the"
          + " edge of no region in the escalation analysis.";
    }

    EcosystemMap toMap() {
      EcosystemMap.Builder b = EcosystemMap.builder().title(TITLE).asOf(AS_OF);
      b.addOpenQuestion(MISSING_RELAYS);
      b.addOpenQuestion(withoutRegion());
      b.addOpenQuestion("Is a TLD's technical contact its back-end operator? It is the best public proxy (R4), good"
          + " for gTLDs, rougher for ccTLDs whose technical contact is a university or a ministry department.");
      b.addOpenQuestion("Which of several name-server operators does a TLD rely on? The data names the operator"
          + " groups whose networks hold a TLD's name servers, not how many name servers each runs: a TLD served by"
          + " several relies on none of them alone, so the map records no dependence on its secondaries (R5); and a"
          + " TLD with one named group may have further name servers in networks the data names no group for.");
      b.addOpenQuestion("Is the number of TLDs an organization manages the right weight for dependence? On this map"
          + " an organization's size is the number of delegated TLDs it manages (a brand's one TLD weighs as much as"
          + " .com): shares weighted by size count TLDs, not registrations or users.");
      b.addOpenQuestion("Which accreditations belong to one registrar business? Names that differ only by a number"
          + " are one family (R1); families under unrelated names, and registrars owned by one group, stay apart.");
      b.addOpenQuestion("Which of these placements would the organizations confirm? Every one is a desk-research"
          + " claim derived from a role; none is verified.");
      requireNonNull(parties.get(ICANN)).place("compliance-monitoring", Dimension.EXTERNAL, Layer.CORE,
          "R7: holds the registry agreements of " + gtldsUnderAgreement + " delegated gTLDs and accredits the"
              + " registrars" + (accreditedRegistrars > 0 ? " (" + accreditedRegistrars + " in the data)" : ""));
      for (Party p : parties.values()) {
        b.addOrganization(p.toOrganization());
        p.placements.forEach((cell, note) -> b.addPlacement(Placement.claimed(p.id, cell).withNote(note)));
      }
      links.forEach((client, byProvider) -> byProvider.forEach((provider, l) -> {
        List<String> why = new ArrayList<>();
        if (!l.backEndTlds.isEmpty()) {
          why.add("R4: technical contact for " + tlds(l.backEndTlds));
        }
        if (!l.nameServiceTlds.isEmpty()) {
          why.add("R5: sole name-server operator for " + tlds(l.nameServiceTlds));
        }
        if (!l.primaryNameServiceTlds.isEmpty()) {
          why.add("R5: primary of several name-server operators for " + tlds(l.primaryNameServiceTlds));
        }
        b.addRelationship(Relationship.of(client, provider, RelationshipKind.OUTSOURCES_TO, l.functions)
            .withNote(String.join("; ", why)));
      }));
      return b.build();
    }
  }

  /**
   * Whether two names denote the same organization because one, as a slug, contains the other as whole words
   * ("nic.at GmbH" and "nic.at GmbH c/o Vienna University Computer Center"; "TRC" and "Telecommunication
   * Regulator of Cambodia (TRC)").
   */
  static boolean sameParty(String a, String b) {
    String x = Ids.slugify(a);
    String y = Ids.slugify(b);
    return containsWords(x, y) || containsWords(y, x);
  }

  static boolean containsWords(String text, String part) {
    if (part.length() < 3) {
      return false;
    }
    int i = text.indexOf(part);
    while (i >= 0) {
      int end = i + part.length();
      boolean startOk = i == 0 || text.charAt(i - 1) == '-' || text.charAt(i - 1) == '.';
      boolean endOk = end == text.length() || text.charAt(end) == '-' || text.charAt(end) == '.';
      if (startOk && endOk) {
        return true;
      }
      i = text.indexOf(part, i + 1);
    }
    return false;
  }

  private static String count(Set<String> tlds) {
    return tlds.size() == 1 ? "1 TLD (" + tlds.iterator().next() + ")" : tlds.size() + " TLDs";
  }

  /** A short list of TLDs for a note: the first few, then how many more. */
  static String tlds(Set<String> tlds) {
    int shown = 5;
    List<String> first = tlds.stream().limit(shown).toList();
    String list = String.join(", ", first);
    return tlds.size() <= shown ? list : list + " and " + (tlds.size() - shown) + " more";
  }
}
