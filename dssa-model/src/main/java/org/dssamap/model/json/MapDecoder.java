package org.dssamap.model.json;

import static org.dssamap.model.json.TreeReader.field;
import static org.dssamap.model.json.TreeReader.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dssamap.model.Cell;
import org.dssamap.model.Confidentiality;
import org.dssamap.model.Dimension;
import org.dssamap.model.Dispute;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.EvidenceSource;
import org.dssamap.model.FunctionCatalog;
import org.dssamap.model.InvalidMapException;
import org.dssamap.model.Layer;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Problem;
import org.dssamap.model.Region;
import org.dssamap.model.Relationship;
import org.dssamap.model.RelationshipKind;
import org.dssamap.model.SecurityFunction;
import org.dssamap.model.Status;
import org.dssamap.model.internal.Wire;

/**
 * Turns a parsed JSON tree into a map or a catalog in two passes: first every field is checked on its own
 * (types, vocabularies, slugs, urls, dates), then the elements that passed go through {@link
 * EcosystemMap.Builder} with their JSON paths, so that cross-reference problems come back located too. The
 * problems of both passes are reported together, in document order.
 */
final class MapDecoder {
  static final String FORMAT = "dssa-map/1";
  static final String CATALOG_FORMAT = "dssa-catalog/1";
  private static final Pattern VERSIONED = Pattern.compile("dssa-map/([0-9]{1,9})");
  private static final String UNSPECIFIED_KIND = "unspecified";

  private final JsonNode root;
  private final TreeReader in = new TreeReader();
  /** The catalog references are checked against; empty when the file's catalog could not be read. */
  private Optional<FunctionCatalog> catalog = Optional.empty();
  /** Every organization id the file gives, including those of organizations with other problems. */
  private final Set<String> organizationIds = new HashSet<>();

  private MapDecoder(JsonNode root) {
    this.root = root;
  }

  /**
   * Reads a map file's tree; every problem is located by JSON path, those the parser found (duplicate keys, lone
   * surrogates) by {@code LINE:COL} before them.
   */
  static EcosystemMap map(JsonNode root, String sourceName) {
    return map(new StrictJson.Document(root, com.google.common.collect.ImmutableList.of()), sourceName);
  }

  /**
   * Reads a parsed map file; the problems the parser found (duplicate keys, lone surrogates) come first, by
   * {@code LINE:COL}, then every problem of the fields by JSON path.
   */
  static EcosystemMap map(StrictJson.Document document, String sourceName) {
    MapDecoder d = new MapDecoder(document.root());
    document.problems().forEach(p -> d.in.add(p.location(), p.message()));
    return d.map(sourceName);
  }

  /** Reads a catalog file's tree: the catalog object at the top level. */
  static FunctionCatalog catalogFile(StrictJson.Document document, String sourceName) {
    JsonNode root = document.root();
    MapDecoder d = new MapDecoder(root);
    document.problems().forEach(p -> d.in.add(p.location(), p.message()));
    Optional<FunctionCatalog> catalog = Optional.empty();
    if (d.in.isObject(root, "$", "a function catalog")) {
      Optional<String> format = d.in.string(root, "$", "format", false, "'" + CATALOG_FORMAT + "'");
      if (format.isPresent() && !format.get().equals(CATALOG_FORMAT)) {
        d.in.add("$.format", "found '" + Problem.quote(format.get()) + "'; expected '" + CATALOG_FORMAT
            + "' (a newer catalog format needs a newer dssa-map)");
      } else {
        catalog = d.catalogObject(root, "$");
      }
    }
    d.throwIfProblems(sourceName);
    return catalog.orElseThrow();
  }

  private EcosystemMap map(String sourceName) {
    if (!in.isObject(root, "$", "a dssa-map/1 map") || !formatIsReadable()) {
      throw failure(List.of(), sourceName);
    }
    Head head = head();
    String title = head.title();
    Optional<LocalDate> asOf = head.asOf();
    List<String> questions = head.questions();

    JsonNode orgArray = TreeReader.value(root, "organizations");
    for (JsonNode node : orgArray != null && orgArray.isArray() ? orgArray : List.<JsonNode>of()) {
      if (node.isObject()) {
        TreeReader.slugQuietly(node, "id").ifPresent(organizationIds::add);
      }
    }
    List<Located<Organization>> orgs = elements("organizations", this::organization);
    List<Located<Placement>> placements = elements("placements", this::placement);
    List<Located<Relationship>> relationships = elements("relationships", this::relationship);

    if (catalog.isEmpty()) {
      // Without a catalog nothing can be cross-checked; what the fields said is all there is to report, and
      // catalog() has reported why there is none.
      throw failure(List.of(), sourceName);
    }
    EcosystemMap.Builder b = EcosystemMap.builder(catalog.get()).title(title);
    asOf.ifPresent(b::asOf);
    questions.forEach(b::addOpenQuestion);
    orgs.forEach(o -> b.addOrganization(o.value(), o.location()));
    // An organization whose own fields were wrong is already reported; stand-ins keep the placements and
    // relationships that name it from being reported a second time as dangling.
    Set<String> standIns = new java.util.TreeSet<>(organizationIds);
    orgs.forEach(o -> standIns.remove(o.value().id()));
    standIns.forEach(id -> b.addOrganization(Organization.withoutRegion(id, id, UNSPECIFIED_KIND), ""));
    placements.forEach(p -> b.addPlacement(p.value(), p.location()));
    relationships.forEach(r -> b.addRelationship(r.value(), r.location()));
    EcosystemMap map;
    try {
      map = b.build();
    } catch (InvalidMapException e) {
      throw failure(e.problems(), sourceName);
    }
    throwIfProblems(sourceName);
    return map;
  }

  /** A map's fields other than its element arrays. */
  record Head(String title, Optional<LocalDate> asOf, FunctionCatalog catalog, List<String> questions) {}

  /**
   * The fields of a map other than its element arrays, read from {@code tree}, when they are readable and
   * without a problem; empty otherwise, without saying why ({@link #map} says why).
   */
  static Optional<Head> cleanHead(JsonNode tree) {
    MapDecoder d = new MapDecoder(tree);
    if (!tree.isObject() || !d.formatIsReadable()) {
      return Optional.empty();
    }
    Head head = d.head();
    return d.in.problemCount() == 0 ? Optional.of(head) : Optional.empty();
  }

  /**
   * The catalog a map's {@code catalog} value names or holds, when it is readable and without a problem; empty
   * otherwise, without saying why.
   */
  static Optional<FunctionCatalog> cleanCatalog(JsonNode value) {
    ObjectNode holder = JsonNodeFactory.instance.objectNode();
    holder.set("catalog", value);
    MapDecoder d = new MapDecoder(holder);
    Optional<FunctionCatalog> catalog = d.catalog();
    return d.in.problemCount() == 0 ? catalog : Optional.empty();
  }

  /** Reads the title, date, catalog and open questions, setting {@link #catalog}. */
  private Head head() {
    String title = in.string(root, "$", "title", false, "a string").orElse("");
    Optional<LocalDate> asOf = in.date(root, "$", "asOf");
    catalog = catalog();
    List<String> questions = new ArrayList<>();
    List<JsonNode> questionNodes = in.array(root, "$", "openQuestions", "strings");
    for (int i = 0; i < questionNodes.size(); i++) {
      JsonNode q = questionNodes.get(i);
      if (q.isTextual()) {
        questions.add(q.textValue());
      } else {
        in.add(index("$.openQuestions", i), "found " + TreeReader.describe(q) + "; expected a string");
      }
    }
    return new Head(title, asOf, catalog.orElse(FunctionCatalog.dssa2012()), questions);
  }

  private boolean formatIsReadable() {
    JsonNode v = TreeReader.value(root, "format");
    if (v == null) {
      in.add("$.format", "missing; expected \"format\": \"" + FORMAT + "\"");
      return true;
    }
    if (v.isTextual() && v.textValue().equals(FORMAT)) {
      return true;
    }
    if (v.isTextual()) {
      Matcher m = VERSIONED.matcher(v.textValue());
      if (m.matches() && Integer.parseInt(m.group(1)) > 1) {
        in.add("$.format", "the file is in format '" + v.textValue() + "', newer than this version of dssa-map "
            + "reads (" + FORMAT + "); upgrade dssa-map to read it");
        return false;
      }
    }
    in.add("$.format", "found " + TreeReader.describe(v) + "; expected '" + FORMAT + "'");
    return false;
  }

  private Optional<FunctionCatalog> catalog() {
    JsonNode v = TreeReader.value(root, "catalog");
    if (v == null) {
      return Optional.of(FunctionCatalog.dssa2012());
    }
    if (v.isTextual()) {
      Optional<FunctionCatalog> bundled = FunctionCatalog.bundled(v.textValue());
      if (bundled.isEmpty()) {
        in.add("$.catalog", "found '" + Problem.quote(v.textValue()) + "'; expected the id of a bundled catalog ("
            + String.join(", ", FunctionCatalog.bundledIds()) + ") or an inline catalog object");
      }
      return bundled;
    }
    if (v.isObject()) {
      return catalogObject(v, "$.catalog");
    }
    in.add("$.catalog", "found " + TreeReader.describe(v)
        + "; expected the id of a bundled catalog or an inline catalog object");
    return Optional.empty();
  }

  private Optional<FunctionCatalog> catalogObject(JsonNode catalogNode, String path) {
    int before = in.problemCount();
    Optional<String> id = in.slug(catalogNode, path, "id", true, "the catalog's id");
    String title = in.string(catalogNode, path, "title", false, "a string").orElse("");
    JsonNode functionsNode = TreeReader.value(catalogNode, "functions");
    if (functionsNode == null || functionsNode.isArray() && functionsNode.isEmpty()) {
      in.add(field(path, "functions"), (functionsNode == null ? "missing" : "found an empty array")
          + "; expected an array of at least one function");
    }
    List<JsonNode> functionNodes = in.array(catalogNode, path, "functions", "functions");
    List<SecurityFunction> functions = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < functionNodes.size(); i++) {
      String fpath = index(field(path, "functions"), i);
      JsonNode node = functionNodes.get(i);
      Optional<String> quietId = node.isObject() ? TreeReader.slugQuietly(node, "id") : Optional.empty();
      Integer first = quietId.isPresent() ? seen.putIfAbsent(quietId.get(), i) : null;
      if (first != null) {
        in.add(field(fpath, "id"), "duplicate function id '" + quietId.get() + "' (first at "
            + index(field(path, "functions"), first) + ")");
      }
      function(node, fpath).ifPresent(functions::add);
    }
    if (in.problemCount() > before || id.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(FunctionCatalog.of(id.get(), title, functions));
    } catch (InvalidMapException e) {
      // Checked above already; kept so that a rule added to the model later still comes out located.
      e.problems().forEach(p -> in.add(p.location().replaceFirst("^\\$\\.catalog", path.replace("$", "\\$")),
          p.message()));
      return Optional.empty();
    }
  }

  private Optional<SecurityFunction> function(JsonNode node, String path) {
    if (!in.isObject(node, path, "a function")) {
      return Optional.empty();
    }
    int before = in.problemCount();
    Optional<String> id = in.slug(node, path, "id", true, "the function's id");
    Optional<String> name = in.nonBlank(node, path, "name", true, "the function's name");
    Optional<String> definition = in.string(node, path, "definition", true, "the function's definition");
    Optional<String> source = in.string(node, path, "source", true, "the source of the definition");
    String rationale = in.string(node, path, "rationale", false, "a string").orElse("");
    String expectedWhat = "layers (edge, glue, core) or layer:dimension such as core:external";
    JsonNode expectedNode = TreeReader.value(node, "expected");
    if (expectedNode == null) {
      in.add(field(path, "expected"), "missing; expected an array of " + expectedWhat + " (empty for none)");
    }
    List<JsonNode> expectedNodes = in.array(node, path, "expected", expectedWhat);
    Set<SecurityFunction.Position> expected = new java.util.TreeSet<>();
    for (int k = 0; k < expectedNodes.size(); k++) {
      JsonNode e = expectedNodes.get(k);
      String epath = index(field(path, "expected"), k);
      if (!e.isTextual()) {
        in.add(epath, "found " + TreeReader.describe(e) + "; expected one of " + expectedWhat);
        continue;
      }
      try {
        expected.addAll(SecurityFunction.Position.parse(e.textValue()));
      } catch (IllegalArgumentException ex) {
        in.add(epath, "found '" + Problem.quote(e.textValue()) + "'; expected one of " + expectedWhat);
      }
    }
    if (in.problemCount() > before) {
      return Optional.empty();
    }
    return Optional.of(new SecurityFunction(id.orElseThrow(), name.orElseThrow(), definition.orElseThrow(),
        source.orElseThrow(), ImmutableSet.copyOf(expected), rationale));
  }

  private Optional<Organization> organization(JsonNode node, String path) {
    if (!in.isObject(node, path, "an organization")) {
      return Optional.empty();
    }
    int before = in.problemCount();
    Optional<String> id = in.slug(node, path, "id", true, "the organization's id");
    Optional<String> name = in.nonBlank(node, path, "name", true, "the organization's name");
    Optional<String> kind = in.slug(node, path, "kind", true, "the kind of organization (registry, cctld, cert, ...)");
    Optional<Region> region = in.vocabulary(node, path, "region", false, Region.class, Region::id);
    Optional<String> url = in.string(node, path, "url", false, "an http or https address");
    if (url.isPresent() && !Organization.isWebUrl(url.get())) {
      in.add(field(path, "url"), "found '" + Problem.quote(url.get())
          + "'; expected " + Wire.WEB_URL);
    }
    Optional<String> note = in.string(node, path, "note", false, "a string");
    OptionalLong size = in.count(node, path, "size", "the organization's size");
    Optional<Confidentiality> confidentiality =
        in.vocabulary(node, path, "confidentiality", false, Confidentiality.class, Confidentiality::id);
    if (in.problemCount() > before) {
      return Optional.empty();
    }
    return construct(path, () -> new Organization(id.orElseThrow(), name.orElseThrow(), kind.orElseThrow(), region,
        url, note, size, confidentiality.orElse(Confidentiality.PUBLIC)));
  }

  private Optional<Placement> placement(JsonNode node, String path) {
    if (!in.isObject(node, path, "a placement")) {
      return Optional.empty();
    }
    int before = in.problemCount();
    Optional<String> organization = in.slug(node, path, "organization", true, "an organization id");
    Optional<String> function = in.slug(node, path, "function", true, "a function id");
    Optional<Dimension> dimension = in.vocabulary(node, path, "dimension", true, Dimension.class, Dimension::id);
    Optional<Layer> layer = in.vocabulary(node, path, "layer", true, Layer.class, Layer::id);
    Optional<Status> status = in.vocabulary(node, path, "status", true, Status.class, Status::id);
    Optional<EvidenceSource> source =
        in.vocabulary(node, path, "source", true, EvidenceSource.class, EvidenceSource::id);
    Optional<LocalDate> asOf = in.date(node, path, "asOf");
    Optional<Confidentiality> confidentiality =
        in.vocabulary(node, path, "confidentiality", false, Confidentiality.class, Confidentiality::id);
    Optional<Dispute> dispute = dispute(node, path);
    if (dispute.isPresent() && status.isPresent() && status.get() != Status.DISPUTED) {
      in.add(field(path, "dispute"), "a dispute is given but the status is '" + status.get().id()
          + "'; expected status 'disputed', or no dispute");
    }
    Optional<String> note = in.string(node, path, "note", false, "a string");
    organization.ifPresent(id -> requireOrganization(field(path, "organization"), id, "placement names"));
    function.ifPresent(id -> requireFunction(field(path, "function"), id));
    if (in.problemCount() > before) {
      return Optional.empty();
    }
    return construct(path, () -> new Placement(organization.orElseThrow(),
        Cell.of(function.orElseThrow(), dimension.orElseThrow(), layer.orElseThrow()), status.orElseThrow(),
        source.orElseThrow(), note, asOf, confidentiality.orElse(Confidentiality.PUBLIC), dispute));
  }

  private Optional<Dispute> dispute(JsonNode placement, String placementPath) {
    JsonNode node = TreeReader.value(placement, "dispute");
    String path = field(placementPath, "dispute");
    if (node == null || !in.isObject(node, path, "a dispute {\"by\", \"reason\"}")) {
      return Optional.empty();
    }
    Optional<String> by = in.nonBlank(node, path, "by", true, "who raised the dispute");
    String reason = in.string(node, path, "reason", false, "a string").orElse("");
    return by.map(b -> Dispute.of(b, reason));
  }

  private Optional<Relationship> relationship(JsonNode node, String path) {
    if (!in.isObject(node, path, "a relationship")) {
      return Optional.empty();
    }
    int before = in.problemCount();
    Optional<String> from = in.slug(node, path, "from", true, "an organization id");
    Optional<String> to = in.slug(node, path, "to", true, "an organization id");
    Optional<RelationshipKind> kind =
        in.vocabulary(node, path, "kind", true, RelationshipKind.class, RelationshipKind::id);
    List<JsonNode> functionNodes = in.array(node, path, "functions", "function ids");
    List<String> functions = new ArrayList<>();
    for (int k = 0; k < functionNodes.size(); k++) {
      JsonNode f = functionNodes.get(k);
      if (f.isTextual() && org.dssamap.model.Ids.isSlug(f.textValue())) {
        requireFunction(index(field(path, "functions"), k), f.textValue());
        functions.add(f.textValue());
      } else {
        in.add(index(field(path, "functions"), k), "found " + TreeReader.describe(f) + "; expected a function id");
      }
    }
    Optional<String> note = in.string(node, path, "note", false, "a string");
    Optional<Confidentiality> confidentiality =
        in.vocabulary(node, path, "confidentiality", false, Confidentiality.class, Confidentiality::id);
    from.ifPresent(id -> requireOrganization(field(path, "from"), id, "relationship starts at"));
    to.ifPresent(id -> requireOrganization(field(path, "to"), id, "relationship ends at"));
    if (from.isPresent() && from.equals(to)) {
      in.add(path, "relationship of '" + from.get() + "' to itself; expected two different organizations");
    }
    if (in.problemCount() > before) {
      return Optional.empty();
    }
    return construct(path, () -> new Relationship(from.orElseThrow(), to.orElseThrow(), kind.orElseThrow(),
        ImmutableSortedSet.copyOf(functions), note, confidentiality.orElse(Confidentiality.PUBLIC)));
  }

  private void requireOrganization(String location, String id, String what) {
    if (!organizationIds.contains(id)) {
      in.add(location, what + " organization '" + id + "', which the map does not have; expected the id of one of "
          + "its organizations");
    }
  }

  private void requireFunction(String location, String id) {
    if (catalog.isPresent() && !catalog.get().contains(id)) {
      in.add(location, "function '" + id + "' is not in catalog " + catalog.get().id() + "; expected one of "
          + String.join(", ", catalog.get().functions().stream().map(SecurityFunction::id).toList()));
    }
  }

  /** The elements of a top-level array that were read without a problem, each with its JSON path. */
  private <T> List<Located<T>> elements(String key, BiFunction<JsonNode, String, Optional<T>> reader) {
    List<Located<T>> out = new ArrayList<>();
    List<JsonNode> nodes = in.array(root, "$", key, key);
    for (int i = 0; i < nodes.size(); i++) {
      String path = index("$." + key, i);
      int before = in.problemCount();
      Optional<T> element = reader.apply(nodes.get(i), path);
      if (element.isPresent() && in.problemCount() == before) {
        out.add(new Located<>(element.get(), path));
      }
    }
    return out;
  }

  /**
   * Builds an element whose fields were all checked; a rule of the model that the checks above do not know
   * about still becomes a located problem rather than an exception.
   */
  private <T> Optional<T> construct(String path, java.util.function.Supplier<T> constructor) {
    try {
      return Optional.of(constructor.get());
    } catch (IllegalArgumentException e) {
      in.add(path, String.valueOf(e.getMessage()));
      return Optional.empty();
    }
  }

  private void throwIfProblems(String sourceName) {
    if (in.problemCount() > 0) {
      throw failure(List.of(), sourceName);
    }
  }

  /** Every problem found and {@code more}, in document order, as one exception. */
  private InvalidMapException failure(List<Problem> more, String sourceName) {
    List<Problem> all = new ArrayList<>(in.problems());
    all.addAll(more);
    // Keys computed once per problem: a file can have as many problems as elements.
    Map<String, DocumentOrder> order = new HashMap<>();
    all.forEach(p -> order.computeIfAbsent(p.location(), location -> DocumentOrder.of(root, location)));
    all.sort(Comparator.comparing(p -> order.get(p.location())));
    return new InvalidMapException(sourceName, all);
  }

  private record Located<T>(T value, String location) {}
}
