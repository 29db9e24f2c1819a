package org.dssamap.model.testing;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.dssamap.model.Cell;
import org.dssamap.model.CellNote;
import org.dssamap.model.Confidentiality;
import org.dssamap.model.Dimension;
import org.dssamap.model.Dispute;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.EvidenceSource;
import org.dssamap.model.FunctionCatalog;
import org.dssamap.model.Intention;
import org.dssamap.model.IntentionKind;
import org.dssamap.model.Layer;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Region;
import org.dssamap.model.Relationship;
import org.dssamap.model.RelationshipKind;
import org.dssamap.model.Review;
import org.dssamap.model.ReviewOutcome;
import org.dssamap.model.SecurityFunction;
import org.dssamap.model.Status;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * The one place that builds random domain values for property tests, from small parts, so that QuickTheories
 * shrinks a failure towards a small map. Every module's tests use these (the test-jar of dssa-model).
 */
public final class DssaGenerators {
  private DssaGenerators() {}

  /** Names that try to break whatever prints them: markup, quotes, control characters, bidi overrides. */
  public static final ImmutableList<String> HOSTILE_TEXT = ImmutableList.of(
      "<script>alert(1)</script>",
      "\"quoted\" & 'apostrophe' <b>",
      "]]><!-- --><![CDATA[",
      "line\nbreak\r\nand\ttab",
      "\u202Eevil\u202C right-to-left",
      "emoji \uD83D\uDE00 and CJK 日本語",
      "x".repeat(300),
      "\u0000nul\u0001ctl",
      "javascript:alert(1)",
      "%s %n {0} ${jndi:ldap://x}",
      "=HYPERLINK(\"http://evil.example/\",\"click\")",
      "+cmd|' /C calc'!A0",
      "@SUM(1+1)",
      "-2+3",
      "'=1+1 already escaped",
      "''@two apostrophes",
      "\tstarts with a tab");

  private static final ImmutableList<String> KINDS =
      ImmutableList.of("registry", "registry-backend", "cctld", "cert", "rir", "research", "association", "core-body");

  /** A number from {@code min} to {@code max}, shrinking towards {@code min}. */
  public static int between(RandomnessSource in, int min, int max) {
    return (int) in.next(Constraint.between(min, max).withShrinkPoint(min));
  }

  /**
   * A non-empty set of distinct numbers from {@code min} to {@code max}, in ascending order: where to inject
   * defects, which rows to change.
   */
  public static java.util.SortedSet<Integer> someOf(RandomnessSource in, int min, int max) {
    int count = between(in, 1, max - min + 1);
    java.util.SortedSet<Integer> chosen = new java.util.TreeSet<>();
    while (chosen.size() < count) {
      chosen.add(between(in, min, max));
    }
    return chosen;
  }

  private static <T> T pick(RandomnessSource in, List<T> values) {
    return values.get(between(in, 0, values.size() - 1));
  }

  private static <E extends Enum<E>> E pick(RandomnessSource in, Class<E> type) {
    return pick(in, List.of(type.getEnumConstants()));
  }

  /** Free text: plain words most of the time, hostile text sometimes. */
  public static Gen<String> text() {
    return in -> {
      int choice = between(in, 0, 9);
      if (choice < 7) {
        return pick(in, List.of("Alpha", "Beta Registry", "Gamma CERT", "Delta Org", "Epsilon", "Zeta Network"))
            + " " + between(in, 0, 999);
      }
      return pick(in, HOSTILE_TEXT);
    };
  }

  /** Organizations with ids {@code org-0 ... org-(n-1)}. */
  public static Gen<Organization> organization(int index) {
    return in -> {
      String id = "org-" + index;
      String name = text().generate(in);
      Optional<Region> region = between(in, 0, 5) == 0 ? Optional.empty() : Optional.of(pick(in, Region.class));
      Optional<String> url = between(in, 0, 2) == 0 ? Optional.of("https://example.org/" + index) : Optional.empty();
      Optional<String> note = between(in, 0, 3) == 0 ? Optional.of(text().generate(in)) : Optional.empty();
      int sizeChoice = between(in, 0, 3);
      OptionalLong size = sizeChoice == 0 ? OptionalLong.empty()
          : OptionalLong.of(sizeChoice == 1 ? between(in, 0, 3) : sizeChoice == 2 ? between(in, 0, 5000) : Long.MAX_VALUE);
      Confidentiality confidentiality = between(in, 0, 7) == 0 ? Confidentiality.RESTRICTED : Confidentiality.PUBLIC;
      return new Organization(id, name, pick(in, KINDS), region, url, note, size, confidentiality);
    };
  }

  /** A placement of {@code organization} in {@code cell} with random status, source and extras. */
  public static Gen<Placement> placement(String organization, Cell cell) {
    return in -> {
      Status status = pick(in, Status.class);
      Placement p = Placement.of(organization, cell, status, pick(in, EvidenceSource.class));
      if (between(in, 0, 2) == 0) {
        p = p.withNote(text().generate(in));
      }
      if (between(in, 0, 3) == 0) {
        p = p.withAsOf(LocalDate.of(2012, 1, 1).plusDays(between(in, 0, 5000)));
      }
      if (between(in, 0, 4) == 0) {
        p = p.withConfidentiality(Confidentiality.RESTRICTED);
      }
      if (status == Status.DISPUTED && between(in, 0, 1) == 0) {
        Dispute d = Dispute.of("org-0", text().generate(in));
        p = p.disputed(between(in, 0, 2) == 0 ? d.withAnswer(text().generate(in)) : d);
      }
      if (between(in, 0, 3) == 0) {
        p = p.withReviews(reviews(between(in, 1, 3)).generate(in));
      }
      return p;
    };
  }

  /** {@code n} reviews, oldest first: by an organization or a person, some with a comment. */
  public static Gen<List<Review>> reviews(int n) {
    return in -> {
      List<Review> out = new ArrayList<>();
      LocalDate day = LocalDate.of(2012, 8, 24).plusDays(between(in, 0, 3000));
      for (int k = 0; k < n; k++) {
        String by = between(in, 0, 1) == 0 ? "org-" + between(in, 0, 5) : text().generate(in);
        Review r = Review.of(by, day, pick(in, ReviewOutcome.class));
        if (between(in, 0, 1) == 0) {
          r = r.withComment(text().generate(in));
        }
        out.add(r);
        day = day.plusDays(between(in, 0, 400));
      }
      return out;
    };
  }

  /**
   * {@code map} with intentions of some of its organizations (would give away a part it plays, wants to do one it
   * does not play) and notes on some cells.
   */
  public static Gen<EcosystemMap> withIntentionsAndNotes(EcosystemMap map) {
    return in -> {
      if (map.organizations().isEmpty() || between(in, 0, 2) == 0) {
        return map;
      }
      EcosystemMap.Builder b = map.toBuilder();
      List<Cell> cells = map.catalog().cells();
      java.util.Set<String> said = new java.util.HashSet<>();
      int count = between(in, 1, 5);
      for (int k = 0; k < count; k++) {
        String org = pick(in, map.organizations()).id();
        Cell cell = between(in, 0, 1) == 0 && !map.placementsOf(org).isEmpty()
            ? pick(in, map.placementsOf(org)).cell() : pick(in, cells);
        if (!said.add(org + " " + cell)) {
          continue;
        }
        IntentionKind kind = map.placement(org, cell).isPresent() ? IntentionKind.WOULD_GIVE_AWAY
            : IntentionKind.WANTS_TO_DO;
        Intention i = Intention.of(org, cell, kind);
        if (between(in, 0, 2) == 0) {
          i = i.withSource(pick(in, EvidenceSource.class));
        }
        if (between(in, 0, 1) == 0) {
          i = i.withAsOf(LocalDate.of(2012, 8, 24).plusDays(between(in, 0, 3000)));
        }
        if (between(in, 0, 1) == 0) {
          i = i.withNote(text().generate(in));
        }
        b.addIntention(i);
      }
      int notes = between(in, 0, 3);
      for (int k = 0; k < notes; k++) {
        b.addCellNote(CellNote.of(pick(in, cells), text().generate(in)));
      }
      return b.build();
    };
  }

  /**
   * {@code map}, a third of the times it has notes on cells with a second note that reads the same as one of them,
   * on the same cell: two people asked the same question there.
   */
  public static Gen<EcosystemMap> withRepeatedNote(EcosystemMap map) {
    return in -> map.cellNotes().isEmpty() || between(in, 0, 2) > 0 ? map
        : map.withCellNote(pick(in, map.cellNotes()));
  }

  /** Maps on the bundled catalog with up to {@code maxOrganizations} organizations. */
  public static Gen<EcosystemMap> maps(int maxOrganizations) {
    return maps(FunctionCatalog.dssa2012(), maxOrganizations);
  }

  /** Small maps on the bundled catalog: up to 8 organizations. */
  public static Gen<EcosystemMap> maps() {
    return maps(8);
  }

  /** Maps on {@code catalog} with up to {@code maxOrganizations} organizations. */
  public static Gen<EcosystemMap> maps(FunctionCatalog catalog, int maxOrganizations) {
    return maps(catalog, 0, maxOrganizations);
  }

  /**
   * Maps with at least one placement (QuickTheories' {@code assuming} gives up too early to filter empty
   * maps out).
   */
  public static Gen<EcosystemMap> mapsWithPlacements() {
    return maps(FunctionCatalog.dssa2012(), 1, 8);
  }

  /**
   * Maps on {@code catalog} with {@code minOrganizations} to {@code maxOrganizations} organizations, each of
   * the first {@code minOrganizations} with at least one placement.
   */
  public static Gen<EcosystemMap> maps(FunctionCatalog catalog, int minOrganizations, int maxOrganizations) {
    return in -> {
      EcosystemMap.Builder b = EcosystemMap.builder(catalog);
      b.title(text().generate(in));
      if (between(in, 0, 1) == 0) {
        b.asOf(LocalDate.of(2012, 8, 24).plusDays(between(in, 0, 5000)));
      }
      int n = between(in, minOrganizations, maxOrganizations);
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Organization o = organization(i).generate(in);
        ids.add(o.id());
        b.addOrganization(o);
      }
      List<Cell> cells = catalog.cells();
      for (int i = 0; i < ids.size(); i++) {
        String id = ids.get(i);
        int count = between(in, i < minOrganizations ? 1 : 0, Math.min(cells.size(), 12));
        java.util.Set<Cell> chosen = new java.util.LinkedHashSet<>();
        for (int k = 0; k < count; k++) {
          chosen.add(pick(in, cells));
        }
        for (Cell c : chosen) {
          b.addPlacement(placement(id, c).generate(in));
        }
      }
      if (ids.size() >= 2) {
        int relCount = between(in, 0, ids.size() * 2);
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (int k = 0; k < relCount; k++) {
          String from = pick(in, ids);
          String to = pick(in, ids);
          RelationshipKind kind = pick(in, RelationshipKind.class);
          if (from.equals(to) || !keys.add(from + " " + kind + " " + to)) {
            continue;
          }
          List<String> functions = new ArrayList<>();
          if (between(in, 0, 1) == 0) {
            functions.add(pick(in, catalog.functions()).id());
          }
          if (contradicts(keys, from, to, kind)) {
            continue;
          }
          Relationship r = Relationship.of(from, to, kind, functions);
          if (between(in, 0, 5) == 0) {
            r = r.withConfidentiality(Confidentiality.RESTRICTED);
          }
          b.addRelationship(between(in, 0, 3) == 0 ? r.withNote(text().generate(in)) : r);
        }
      }
      return b.build();
    };
  }

  /** Catalogs of 1 to {@code maxFunctions} functions with random expected cells. */
  public static Gen<FunctionCatalog> catalogs(int maxFunctions) {
    return in -> {
      int n = between(in, 1, maxFunctions);
      List<SecurityFunction> functions = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        List<SecurityFunction.Position> expected = new ArrayList<>();
        for (Layer l : Layer.values()) {
          for (Dimension d : Dimension.values()) {
            if (between(in, 0, 2) == 0) {
              expected.add(new SecurityFunction.Position(l, d));
            }
          }
        }
        functions.add(new SecurityFunction("function-" + i, "Function " + i + " " + text().generate(in),
            text().generate(in), "source " + i, com.google.common.collect.ImmutableSet.copyOf(expected), ""));
      }
      return FunctionCatalog.of("random-" + n, "Random catalog", functions);
    };
  }

  /**
   * Maps as varied as a map file can hold: on the bundled catalog or a random inline one, with open questions
   * some of the time.
   */
  public static Gen<EcosystemMap> fileMaps() {
    return in -> {
      FunctionCatalog catalog = between(in, 0, 2) == 0 ? catalogs(4).generate(in) : FunctionCatalog.dssa2012();
      EcosystemMap map = withIntentionsAndNotes(maps(catalog, 0, 6).generate(in)).generate(in);
      int questions = between(in, 0, 3) == 0 ? between(in, 1, 3) : 0;
      int kindNames = between(in, 0, 3) == 0 ? between(in, 1, 3) : 0;
      if (questions == 0 && kindNames == 0) {
        return map;
      }
      EcosystemMap.Builder b = map.toBuilder();
      for (int i = 0; i < kindNames; i++) {
        b.nameKind(pick(in, KINDS), text().generate(in));
      }
      for (int i = 0; i < questions; i++) {
        b.addOpenQuestion(text().generate(in));
      }
      return b.build();
    };
  }

  /**
   * Maps a placement sheet can hold: every organization has a placement, and the map has no title, date or
   * open questions (a sheet has nowhere to put them).
   */
  public static Gen<EcosystemMap> sheetMaps(FunctionCatalog catalog, int maxOrganizations) {
    return sheetMaps(catalog, 0, maxOrganizations);
  }

  /** Maps a placement sheet can hold, with {@code minOrganizations} to {@code maxOrganizations} organizations. */
  public static Gen<EcosystemMap> sheetMaps(FunctionCatalog catalog, int minOrganizations, int maxOrganizations) {
    return in -> {
      int n = between(in, minOrganizations, maxOrganizations);
      EcosystemMap map = maps(catalog, n, n).generate(in);
      EcosystemMap.Builder b = EcosystemMap.builder(catalog);
      map.organizations().forEach(b::addOrganization);
      // A sheet holds a placement's newest review only.
      map.placements().forEach(p -> b.addPlacement(p.reviews().size() <= 1 ? p
          : p.withReviews(p.reviews().subList(p.reviews().size() - 1, p.reviews().size()))));
      map.relationships().forEach(b::addRelationship);
      return b.build();
    };
  }

  /** Small maps a placement sheet can hold, on the bundled catalog. */
  public static Gen<EcosystemMap> sheetMaps() {
    return sheetMaps(FunctionCatalog.dssa2012(), 6);
  }

  /**
   * Maps for outsourcing and concentration: 1 to 4 providers and 2 to 14 clients on the bundled catalog, each
   * client outsourcing one to three functions (or all) to one or two providers; providers placed in those
   * functions at random cells (so internally or externally), clients now and then placed themselves, every status
   * and source; organization sizes on most maps, on all or only some of the clients.
   */
  public static Gen<EcosystemMap> outsourcingMaps() {
    return in -> {
      FunctionCatalog catalog = FunctionCatalog.dssa2012();
      List<SecurityFunction> functions = catalog.functions().subList(0, 4);
      EcosystemMap.Builder b = EcosystemMap.builder(catalog);
      int providers = between(in, 1, 4);
      int clients = between(in, 2, 14);
      int sizes = between(in, 0, 3); // 0: none, 1: some, 2 and 3: all
      for (int i = 0; i < providers + clients; i++) {
        String id = (i < providers ? "provider-" : "client-") + i;
        OptionalLong size = sizes >= 2 || (sizes == 1 && between(in, 0, 1) == 0)
            ? OptionalLong.of(between(in, 0, 40)) : OptionalLong.empty();
        b.addOrganization(new Organization(id, "Org " + i, i < providers ? "registry-backend" : "registry",
            Optional.of(pick(in, Region.class)), Optional.empty(), Optional.empty(), size));
        for (SecurityFunction f : functions) {
          int chance = i < providers ? 1 : 4;
          if (between(in, 0, chance) == 0) {
            Cell cell = pick(in, catalog.cells().stream().filter(c -> c.function().equals(f.id())).toList());
            b.addPlacement(Placement.of(id, cell, pick(in, Status.class), pick(in, EvidenceSource.class)));
          }
        }
        if (i >= providers) {
          java.util.SortedSet<Integer> to = someOf(in, 0, providers - 1);
          for (int p : to) {
            List<String> outsourced = new ArrayList<>();
            if (between(in, 0, 4) != 0) {
              for (int k = between(in, 1, 3); k > 0; k--) {
                String f = pick(in, functions).id();
                if (!outsourced.contains(f)) {
                  outsourced.add(f);
                }
              }
            }
            b.addRelationship(Relationship.of(id, "provider-" + p, RelationshipKind.OUTSOURCES_TO, outsourced));
          }
        }
      }
      return b.build();
    };
  }

  /**
   * Small maps for escalation: 2 to {@code maxOrganizations} organizations in random regions (some global, some
   * with none), each placed at random in the incident-response cells that give escalation roles (edge, external
   * glue, external core) with random status, and a random graph of shares-with, escalates-to, member-of,
   * distrusts and outsources-to relationships among them, now and then limited to some functions.
   */
  public static Gen<EcosystemMap> escalationMaps(int maxOrganizations) {
    return in -> {
      EcosystemMap.Builder b = EcosystemMap.builder();
      int n = between(in, 2, maxOrganizations);
      List<Cell> roleCells = List.of(
          Cell.of("incident-response", Dimension.INTERNAL, Layer.EDGE),
          Cell.of("incident-response", Dimension.EXTERNAL, Layer.EDGE),
          Cell.of("incident-response", Dimension.EXTERNAL, Layer.GLUE),
          Cell.of("incident-response", Dimension.EXTERNAL, Layer.CORE),
          Cell.of("incident-response", Dimension.INTERNAL, Layer.CORE));
      for (int i = 0; i < n; i++) {
        String id = "org-" + i;
        // mostly the five geographic regions: global and unknown organizations are never an edge
        int r = between(in, 0, 9);
        Optional<Region> region = r == 9 ? Optional.empty()
            : Optional.of(r == 8 ? Region.GLOBAL : Region.values()[r % 5]);
        b.addOrganization(new Organization(id, "Org " + i, pick(in, KINDS), region, Optional.empty(),
            Optional.empty()));
        for (Cell c : roleCells) {
          if (between(in, 0, 1) == 0) {
            b.addPlacement(Placement.of(id, c, pick(in, Status.class), pick(in, EvidenceSource.class)));
          }
        }
      }
      int relCount = between(in, 0, n * 3);
      java.util.Set<String> keys = new java.util.HashSet<>();
      for (int k = 0; k < relCount; k++) {
        int from = between(in, 0, n - 1);
        int to = between(in, 0, n - 1);
        int kind = between(in, 0, 9);
        RelationshipKind rk = kind < 5 ? RelationshipKind.SHARES_WITH : kind < 7 ? RelationshipKind.ESCALATES_TO
            : kind < 8 ? RelationshipKind.MEMBER_OF : kind < 9 ? RelationshipKind.DISTRUSTS
            : RelationshipKind.OUTSOURCES_TO;
        if (from != to && keys.add(from + " " + rk + " " + to) && !contradicts(keys, from, to, rk)) {
          b.addRelationship(Relationship.of("org-" + from, "org-" + to, rk, scope(in)));
        }
      }
      return b.build();
    };
  }

  /**
   * Whether a relationship of {@code kind} between {@code from} and {@code to} would contradict one already chosen
   * (keys {@code "from KIND to"}): distrust and sharing between the same two, in either direction, which a map
   * refuses whatever their functions here (generated relationships are about one function or all).
   */
  private static boolean contradicts(java.util.Set<String> keys, Object from, Object to, RelationshipKind kind) {
    RelationshipKind opposite = kind == RelationshipKind.DISTRUSTS ? RelationshipKind.SHARES_WITH
        : kind == RelationshipKind.SHARES_WITH ? RelationshipKind.DISTRUSTS : null;
    return opposite != null && (keys.contains(from + " " + opposite + " " + to)
        || keys.contains(to + " " + opposite + " " + from));
  }

  /**
   * The functions a random relationship is limited to: none (every function) most of the time, sometimes
   * incident response with or without another, sometimes only another function (no incident channel then).
   */
  private static List<String> scope(RandomnessSource in) {
    return switch (between(in, 0, 11)) {
      case 0 -> List.of("training");
      case 1 -> List.of("incident-response");
      case 2 -> List.of("incident-response", "training");
      default -> List.of();
    };
  }

  /**
   * A status: with {@code care} 0 (a careful map) verified three times in four, else claimed; the less careful,
   * the more claims and the more disputes.
   */
  private static Status status(RandomnessSource in, int care) {
    int s = between(in, 0, 11);
    return s < 9 - 2 * care ? Status.VERIFIED : s < 12 - care ? Status.CLAIMED : Status.DISPUTED;
  }

  /** Whether a part the call's picture has is there: always in a careful map ({@code care} 0), less often after. */
  private static boolean present(RandomnessSource in, int care) {
    return between(in, 0, 11) >= care;
  }

  /**
   * Escalation maps written the way the call speaks ("go out of our edge and then to reach the regional glue ...
   * the glue is going to reach a core"): in each of the five regions one or two edge organizations placed in
   * incident response at the edge and a regional glue body (sometimes two) doing external incident response at
   * the glue; one to three core bodies doing it at the core. Each edge escalates-to its region's glue, each glue
   * escalates-to one or two cores, the cores share with each other, now and then written the other way round. A
   * map is careful or not ({@code care} 0 to 3): a careful one has every part of the picture, verified or claimed,
   * and no scope; the others miss parts, carry disputes and scopes. Each gets a few random relationships more
   * and, half the time, a distrust of an edge organization towards another party, near or far. Unlike
   * {@link #escalationMaps}, one region often reaches every other, and often only a distrust blocks a path.
   */
  public static Gen<EcosystemMap> escalationWorlds() {
    return in -> {
      EcosystemMap.Builder b = EcosystemMap.builder();
      int care = between(in, 0, 3);
      Cell edgeInternal = Cell.of("incident-response", Dimension.INTERNAL, Layer.EDGE);
      Cell edgeExternal = Cell.of("incident-response", Dimension.EXTERNAL, Layer.EDGE);
      Cell glueCell = Cell.of("incident-response", Dimension.EXTERNAL, Layer.GLUE);
      Cell coreCell = Cell.of("incident-response", Dimension.EXTERNAL, Layer.CORE);
      List<String> all = new ArrayList<>();
      List<String> edges = new ArrayList<>();
      List<String> relays = new ArrayList<>();
      java.util.Set<String> keys = new java.util.HashSet<>();
      java.util.function.BiConsumer<String[], RelationshipKind> link = (ends, kind) -> {
        boolean turned = between(in, 0, 5) == 0;
        String from = ends[turned && kind == RelationshipKind.ESCALATES_TO ? 1 : 0];
        String to = ends[turned && kind == RelationshipKind.ESCALATES_TO ? 0 : 1];
        if (!from.equals(to) && !contradicts(keys, from, to, kind) && keys.add(from + " " + kind + " " + to)) {
          b.addRelationship(Relationship.of(from, to, kind, care == 0 ? List.of() : scope(in)));
        }
      };
      List<Region> geographic = List.of(Region.AFRICA, Region.ASIA_PACIFIC, Region.EUROPE,
          Region.LATIN_AMERICA_CARIBBEAN, Region.NORTH_AMERICA);
      int coreCount = between(in, 1, 3);
      List<String> cores = new ArrayList<>();
      for (int c = 0; c < coreCount; c++) {
        String id = "core-" + c;
        int r = between(in, 0, 5);
        b.addOrganization(Organization.of(id, "Core " + c, "cert", r == 5 ? Region.GLOBAL : geographic.get(r)));
        b.addPlacement(Placement.of(id, coreCell, status(in, care), EvidenceSource.DESK_RESEARCH));
        cores.add(id);
        relays.add(id);
        all.add(id);
      }
      for (int c = 1; c < cores.size(); c++) {
        if (present(in, care)) {
          link.accept(new String[] {cores.get(c - 1), cores.get(c)}, RelationshipKind.SHARES_WITH);
        }
      }
      for (int r = 0; r < geographic.size(); r++) {
        Region region = geographic.get(r);
        List<String> glues = new ArrayList<>();
        int glueCount = present(in, care) ? List.of(1, 1, 1, 2).get(between(in, 0, 3)) : 0;
        for (int g = 0; g < glueCount; g++) {
          String glue = "glue-" + r + "-" + g;
          b.addOrganization(Organization.of(glue, "Glue " + r + " " + g, "cert", region));
          b.addPlacement(Placement.of(glue, glueCell, status(in, care), EvidenceSource.PEER_REPORTED));
          glues.add(glue);
          relays.add(glue);
          all.add(glue);
          int coreLinks = List.of(1, 1, 2).get(between(in, 0, 2));
          for (int k = 0; k < coreLinks; k++) {
            if (present(in, care)) {
              link.accept(new String[] {glue, pick(in, cores)}, RelationshipKind.ESCALATES_TO);
            }
          }
        }
        int edgeCount = present(in, care) ? List.of(1, 1, 2).get(between(in, 0, 2)) : 0;
        for (int e = 0; e < edgeCount; e++) {
          String edge = "edge-" + r + "-" + e;
          b.addOrganization(Organization.of(edge, "Edge " + r + " " + e, "cctld", region));
          b.addPlacement(Placement.of(edge, between(in, 0, 1) == 0 ? edgeInternal : edgeExternal,
              status(in, care), EvidenceSource.SELF_REPORTED));
          edges.add(edge);
          all.add(edge);
          for (String glue : glues) {
            if (present(in, care)) {
              link.accept(new String[] {edge, glue}, RelationshipKind.ESCALATES_TO);
            }
          }
        }
      }
      int extra = between(in, 0, 2 + care);
      for (int k = 0; k < extra; k++) {
        int kind = between(in, 0, 5);
        link.accept(new String[] {pick(in, all), pick(in, all)}, kind < 2 ? RelationshipKind.SHARES_WITH
            : kind < 3 ? RelationshipKind.MEMBER_OF : kind < 5 ? RelationshipKind.DISTRUSTS
            : RelationshipKind.OUTSOURCES_TO);
      }
      if (!edges.isEmpty() && between(in, 0, 1) == 0) {
        // an edge organization that does not trust another party, edge or relay, near or far
        String wary = pick(in, edges);
        String other = between(in, 0, 1) == 0 ? pick(in, edges) : pick(in, relays);
        link.accept(between(in, 0, 1) == 0 ? new String[] {wary, other} : new String[] {other, wary},
            RelationshipKind.DISTRUSTS);
      }
      return b.build();
    };
  }

  /**
   * The same map built again by adding its parts in a random order: for properties that results do not depend on
   * the order of input.
   */
  public static EcosystemMap rebuiltInRandomOrder(EcosystemMap map, java.util.Random random) {
    List<Organization> orgs = new ArrayList<>(map.organizations());
    List<Placement> placements = new ArrayList<>(map.placements());
    List<Relationship> relationships = new ArrayList<>(map.relationships());
    java.util.Collections.shuffle(orgs, random);
    java.util.Collections.shuffle(placements, random);
    java.util.Collections.shuffle(relationships, random);
    List<Intention> intentions = new ArrayList<>(map.intentions());
    List<CellNote> notes = new ArrayList<>(map.cellNotes());
    java.util.Collections.shuffle(intentions, random);
    java.util.Collections.shuffle(notes, random);
    EcosystemMap.Builder b = EcosystemMap.builder(map.catalog()).title(map.title());
    map.asOf().ifPresent(b::asOf);
    map.openQuestions().forEach(b::addOpenQuestion);
    orgs.forEach(b::addOrganization);
    placements.forEach(b::addPlacement);
    relationships.forEach(b::addRelationship);
    intentions.forEach(b::addIntention);
    notes.forEach(b::addCellNote);
    return b.build();
  }

  /**
   * The map after a random round of edits, as between two snapshots of a working group's map: some placements
   * change status (a dispute given where needed), some are removed, some added in random cells, some
   * organizations move region, some relationships go and others come. Small edits most of the time, so that
   * most findings stay and a few change; sometimes none at all.
   */
  public static Gen<EcosystemMap> edited(EcosystemMap map) {
    return in -> {
      EcosystemMap.Builder b = EcosystemMap.builder(map.catalog()).title(map.title());
      map.asOf().ifPresent(b::asOf);
      map.openQuestions().forEach(b::addOpenQuestion);
      List<String> ids = new ArrayList<>();
      for (Organization o : map.organizations()) {
        ids.add(o.id());
        b.addOrganization(between(in, 0, 7) == 0 ? o.withRegion(pick(in, Region.class)) : o);
      }
      java.util.Set<String> placed = new java.util.HashSet<>();
      for (Placement p : map.placements()) {
        int edit = between(in, 0, 9);
        if (edit == 0) {
          continue;
        }
        Placement q = p;
        if (edit == 1) {
          Status status = pick(in, Status.class);
          q = status == Status.DISPUTED ? p.disputed(Dispute.of("org-0", "not what they do")) : p.withStatus(status);
        }
        placed.add(q.organization() + " " + q.cell());
        b.addPlacement(q);
      }
      if (!ids.isEmpty()) {
        int added = between(in, 0, 3);
        List<Cell> cells = map.catalog().cells();
        for (int k = 0; k < added; k++) {
          Placement p = placement(pick(in, ids), pick(in, cells)).generate(in);
          if (placed.add(p.organization() + " " + p.cell())) {
            b.addPlacement(p);
          }
        }
      }
      // keys as the maps generator writes them (from, kind constant, to), so that contradicts() can read them
      java.util.Set<String> keys = new java.util.HashSet<>();
      for (Relationship r : map.relationships()) {
        if (between(in, 0, 7) != 0) {
          keys.add(r.from() + " " + r.kind() + " " + r.to());
          b.addRelationship(r);
        }
      }
      if (ids.size() >= 2) {
        int added = between(in, 0, 2);
        for (int k = 0; k < added; k++) {
          Relationship r = Relationship.of(pick(in, ids), pick(in, ids), pick(in, RelationshipKind.class));
          if (!r.from().equals(r.to()) && !contradicts(keys, r.from(), r.to(), r.kind())
              && keys.add(r.from() + " " + r.kind() + " " + r.to())) {
            b.addRelationship(r);
          }
        }
      }
      return b.build();
    };
  }

  /**
   * A map, a new catalog and the plan that takes the map's catalog to it.
   *
   * @param map the map migrated, on {@code from}
   * @param to the new catalog
   * @param plan for each changed function of the map's catalog, its successors with the placements each takes
   */
  public record Migration(EcosystemMap map, FunctionCatalog to,
      com.google.common.collect.ImmutableListMultimap<String, org.dssamap.model.CatalogMigration.Successor> plan) {}

  /**
   * Random migrations of random maps (on the bundled catalog or a random one): each function kept, renamed, split
   * (by dimension, by layer, by organization with a catch-all, all to each, or now and then leaving some
   * placements to nobody) or merged with others (into a new function or into one of its own), and the new
   * catalog those make, in a random order.
   */
  public static Gen<Migration> migrations() {
    return in -> {
      FunctionCatalog from = between(in, 0, 2) == 0 ? catalogs(5).generate(in) : FunctionCatalog.dssa2012();
      EcosystemMap map = withRepeatedNote(withIntentionsAndNotes(maps(from, 1, 6).generate(in)).generate(in))
          .generate(in);
      List<String> orgs = map.organizations().stream().map(Organization::id).toList();
      com.google.common.collect.ImmutableListMultimap.Builder<String, org.dssamap.model.CatalogMigration.Successor>
          plan = com.google.common.collect.ImmutableListMultimap.builder();
      java.util.Set<String> newIds = new java.util.LinkedHashSet<>();
      List<String> mergeGroup = new ArrayList<>();
      for (SecurityFunction f : from.functions()) {
        String id = f.id();
        switch (between(in, 0, 4)) {
          case 0 -> newIds.add(id);
          case 1 -> {
            plan.put(id, successor(id + "-renamed", org.dssamap.model.CatalogMigration.Selector.all()));
            newIds.add(id + "-renamed");
          }
          case 2 -> {
            List<org.dssamap.model.CatalogMigration.Selector> parts = splitSelectors(in, orgs);
            for (int k = 0; k < parts.size(); k++) {
              // the first part keeps the old id now and then, as "split X into X and Y" does
              String next = k == 0 && between(in, 0, 1) == 0 ? id : id + "-part-" + k;
              plan.put(id, successor(next, parts.get(k)));
              newIds.add(next);
            }
          }
          default -> mergeGroup.add(id);
        }
      }
      if (mergeGroup.size() == 1) {
        newIds.add(mergeGroup.get(0));
      } else if (!mergeGroup.isEmpty()) {
        String into = between(in, 0, 1) == 0 ? mergeGroup.get(between(in, 0, mergeGroup.size() - 1)) : "merged";
        for (String old : mergeGroup) {
          if (!old.equals(into) || between(in, 0, 1) == 0) {
            plan.put(old, successor(into, org.dssamap.model.CatalogMigration.Selector.all()));
          }
        }
        newIds.add(into);
      }
      if (mergeGroup.size() > 1 && between(in, 0, 1) == 0) {
        // the same question asked on two of the merged functions' cells (now and then twice on the first)
        Cell first = pick(in, map.catalog().cells().stream().filter(c -> mergeGroup.contains(c.function())).toList());
        String other = pick(in, mergeGroup.stream().filter(f -> !f.equals(first.function())).toList());
        CellNote asked = CellNote.of(first, text().generate(in));
        EcosystemMap.Builder b = map.toBuilder().addCellNote(asked)
            .addCellNote(asked.withCell(Cell.of(other, first.dimension(), first.layer())));
        if (between(in, 0, 2) == 0) {
          b.addCellNote(asked);
        }
        map = b.build();
      }
      if (between(in, 0, 3) == 0) {
        newIds.add("brand-new");
      }
      List<String> order = new ArrayList<>(newIds);
      java.util.Collections.shuffle(order, new java.util.Random(between(in, 0, 1000)));
      List<SecurityFunction> functions = new ArrayList<>();
      for (String id : order) {
        List<SecurityFunction.Position> expected = new ArrayList<>();
        for (Layer l : Layer.values()) {
          for (Dimension d : Dimension.values()) {
            if (between(in, 0, 2) == 0) {
              expected.add(new SecurityFunction.Position(l, d));
            }
          }
        }
        functions.add(new SecurityFunction(id, "Function " + id, "definition of " + id, "source",
            com.google.common.collect.ImmutableSet.copyOf(expected), ""));
      }
      return new Migration(map, FunctionCatalog.of("next-" + order.size(), "The next catalog", functions), plan.build());
    };
  }

  private static org.dssamap.model.CatalogMigration.Successor successor(String function,
      org.dssamap.model.CatalogMigration.Selector selector) {
    return new org.dssamap.model.CatalogMigration.Successor(function, selector);
  }

  private static List<org.dssamap.model.CatalogMigration.Selector> splitSelectors(RandomnessSource in,
      List<String> organizations) {
    com.google.common.collect.ImmutableSet<Dimension> none = com.google.common.collect.ImmutableSet.of();
    com.google.common.collect.ImmutableSet<Layer> noLayer = com.google.common.collect.ImmutableSet.of();
    com.google.common.collect.ImmutableSortedSet<String> nobody = com.google.common.collect.ImmutableSortedSet.of();
    List<org.dssamap.model.CatalogMigration.Selector> parts = new ArrayList<>();
    switch (between(in, 0, 4)) {
      case 0 -> {
        for (Dimension d : Dimension.values()) {
          parts.add(new org.dssamap.model.CatalogMigration.Selector(
              com.google.common.collect.ImmutableSet.of(d), noLayer, nobody));
        }
      }
      case 1 -> {
        parts.add(new org.dssamap.model.CatalogMigration.Selector(none,
            com.google.common.collect.ImmutableSet.of(Layer.EDGE), nobody));
        parts.add(new org.dssamap.model.CatalogMigration.Selector(none,
            com.google.common.collect.ImmutableSet.of(Layer.GLUE, Layer.CORE), nobody));
      }
      case 2 -> {
        parts.add(new org.dssamap.model.CatalogMigration.Selector(none, noLayer,
            com.google.common.collect.ImmutableSortedSet.of(pick(in, organizations))));
        parts.add(org.dssamap.model.CatalogMigration.Selector.all());
      }
      case 3 -> {
        parts.add(org.dssamap.model.CatalogMigration.Selector.all());
        parts.add(org.dssamap.model.CatalogMigration.Selector.all());
        if (between(in, 0, 1) == 0) {
          parts.add(org.dssamap.model.CatalogMigration.Selector.all());
        }
      }
      default -> {
        // leaves the external placements, or those of other organizations, to nobody
        parts.add(new org.dssamap.model.CatalogMigration.Selector(
            com.google.common.collect.ImmutableSet.of(Dimension.INTERNAL), noLayer, nobody));
        parts.add(new org.dssamap.model.CatalogMigration.Selector(none, noLayer,
            com.google.common.collect.ImmutableSortedSet.of(pick(in, organizations))));
      }
    }
    return parts;
  }
}
