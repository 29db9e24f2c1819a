package org.dssamap.model.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dssamap.model.CatalogMigration;
import org.dssamap.model.CatalogMigration.Selector;
import org.dssamap.model.CatalogMigration.Successor;
import org.dssamap.model.Dimension;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.FunctionCatalog;
import org.dssamap.model.InvalidMapException;
import org.dssamap.model.Layer;
import org.dssamap.model.Placement;
import org.dssamap.model.Problem;
import org.dssamap.model.SecurityFunction;

/**
 * Reads a migration plan ({@code "format": "dssa-migration/1"}) for one map and one new catalog, checking every
 * function it names against both catalogs and every split against the map's placements, and reporting every
 * problem at once by JSON path. The format is in docs/formats.md.
 */
final class MigrationPlanDecoder {
  static final String FORMAT = "dssa-migration/1";
  private static final List<String> KEYS = List.of("format", "from", "to", "rename", "split", "merge");
  private static final String SELECTOR = "\"all\" or an object with \"dimensions\", \"layers\" and/or "
      + "\"organizations\" (arrays)";

  private final TreeReader in = new TreeReader();
  private final EcosystemMap map;
  private final FunctionCatalog from;
  private final FunctionCatalog to;
  private final ImmutableListMultimap.Builder<String, Successor> successors = ImmutableListMultimap.builder();
  /** Each old function the plan changes, with the path where it was first named. */
  private final Map<String, String> changedAt = new HashMap<>();

  private MigrationPlanDecoder(EcosystemMap map, FunctionCatalog to) {
    this.map = map;
    this.from = map.catalog();
    this.to = to;
  }

  /**
   * The migration {@code root} describes, from {@code map}'s catalog to {@code to}.
   *
   * @throws InvalidMapException listing every problem, against {@code sourceName}
   */
  static CatalogMigration plan(JsonNode root, String sourceName, EcosystemMap map, FunctionCatalog to) {
    MigrationPlanDecoder d = new MigrationPlanDecoder(map, to);
    if (d.in.isObject(root, "$", "a migration plan")) {
      d.read(root);
    }
    if (d.in.problemCount() > 0) {
      throw new InvalidMapException(sourceName, d.in.problems());
    }
    try {
      return CatalogMigration.withSuccessors(d.from, to, d.successors.build());
    } catch (InvalidMapException e) {
      throw e.withSource(sourceName);
    }
  }

  private void read(JsonNode root) {
    JsonNode format = TreeReader.value(root, "format");
    if (format == null) {
      in.add("$.format", "missing; expected \"format\": \"" + FORMAT + "\"");
    } else if (!format.isTextual() || !format.textValue().equals(FORMAT)) {
      in.add("$.format", "found " + TreeReader.describe(format) + "; expected '" + FORMAT + "'");
    }
    unknownKeys(root, "$", KEYS);
    in.slug(root, "$", "from", false, "the id of the map's catalog").filter(id -> !id.equals(from.id()))
        .ifPresent(id -> in.add("$.from", "found '" + Problem.quote(id) + "'; expected the map's catalog, '"
            + from.id() + "'"));
    in.slug(root, "$", "to", false, "the id of the new catalog").filter(id -> !id.equals(to.id()))
        .ifPresent(id -> in.add("$.to", "found '" + Problem.quote(id) + "'; expected the new catalog's id, '"
            + to.id() + "'"));
    List<JsonNode> renames = in.array(root, "$", "rename", "renames");
    for (int i = 0; i < renames.size(); i++) {
      rename(renames.get(i), TreeReader.index("$.rename", i));
    }
    List<JsonNode> splits = in.array(root, "$", "split", "splits");
    for (int i = 0; i < splits.size(); i++) {
      split(splits.get(i), TreeReader.index("$.split", i));
    }
    List<JsonNode> merges = in.array(root, "$", "merge", "merges");
    for (int i = 0; i < merges.size(); i++) {
      merge(merges.get(i), TreeReader.index("$.merge", i));
    }
    for (SecurityFunction f : from.functions()) {
      if (!changedAt.containsKey(f.id()) && !to.contains(f.id())) {
        in.add("$", "function '" + f.id() + "' of " + from.id() + " is not in " + to.id() + " and the plan does not "
            + "say what it becomes; expected it in \"rename\", \"split\" or \"merge\"");
      }
    }
  }

  /** {@code {"function": OLD, "to": NEW}}. */
  private void rename(JsonNode node, String path) {
    if (!in.isObject(node, path, "a rename, {\"function\": OLD, \"to\": NEW}")) {
      return;
    }
    unknownKeys(node, path, List.of("function", "to"));
    Optional<String> old = oldFunction(node, path, "function");
    Optional<String> next = newFunction(node, path, "to");
    if (old.isPresent() && next.isPresent()) {
      successors.put(old.get(), Successor.of(next.get()));
    }
  }

  /** {@code {"function": OLD, "into": [{"function": NEW, "placements": SELECTOR}, ...]}}. */
  private void split(JsonNode node, String path) {
    if (!in.isObject(node, path, "a split, {\"function\": OLD, \"into\": [...]}")) {
      return;
    }
    unknownKeys(node, path, List.of("function", "into"));
    int before = in.problemCount();
    Optional<String> old = oldFunction(node, path, "function");
    String intoPath = TreeReader.field(path, "into");
    JsonNode intoNode = TreeReader.value(node, "into");
    List<JsonNode> into = in.array(node, path, "into", "the functions it becomes");
    if (intoNode == null) {
      in.add(intoPath, "missing; expected an array of the functions it becomes, "
          + "{\"function\": NEW, \"placements\": " + SELECTOR + "}");
    } else if (intoNode.isArray() && into.size() < 2) {
      in.add(intoPath, "found " + into.size() + (into.size() == 1 ? " function" : " functions")
          + "; expected at least two to split into (for one, use \"rename\")");
    }
    List<Successor> parts = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int j = 0; j < into.size(); j++) {
      String p = TreeReader.index(intoPath, j);
      JsonNode part = into.get(j);
      if (!in.isObject(part, p, "{\"function\": NEW, \"placements\": " + SELECTOR + "}")) {
        continue;
      }
      unknownKeys(part, p, List.of("function", "placements"));
      Optional<String> next = newFunction(part, p, "function");
      if (next.isPresent() && !seen.add(next.get())) {
        in.add(TreeReader.field(p, "function"), "'" + next.get() + "' is named twice in this split; expected "
            + "each function once");
      }
      Optional<Selector> selector = selector(part, p);
      if (next.isPresent() && selector.isPresent()) {
        parts.add(new Successor(next.get(), selector.get()));
      }
    }
    if (old.isEmpty() || in.problemCount() > before) {
      return;
    }
    for (Placement placement : map.placements()) {
      if (placement.cell().function().equals(old.get())
          && parts.stream().noneMatch(s -> s.placements().takes(placement))) {
        in.add(intoPath, "the placement of " + placement.organization() + " at " + placement.cell()
            + " goes to none of these functions; expected one of them to take it (\"placements\": \"all\" takes "
            + "every placement)");
      }
    }
    successors.putAll(old.get(), parts);
  }

  /** {@code {"functions": [OLD, OLD, ...], "into": NEW}}. */
  private void merge(JsonNode node, String path) {
    if (!in.isObject(node, path, "a merge, {\"functions\": [OLD, ...], \"into\": NEW}")) {
      return;
    }
    unknownKeys(node, path, List.of("functions", "into"));
    JsonNode functionsNode = TreeReader.value(node, "functions");
    List<JsonNode> functions = in.array(node, path, "functions", "the functions merged");
    String functionsPath = TreeReader.field(path, "functions");
    if (functionsNode == null) {
      in.add(functionsPath, "missing; expected an array of the functions merged");
    } else if (functionsNode.isArray() && functions.size() < 2) {
      in.add(functionsPath, "found " + functions.size() + (functions.size() == 1 ? " function" : " functions")
          + "; expected at least two to merge (for one, use \"rename\")");
    }
    List<String> olds = new ArrayList<>();
    for (int j = 0; j < functions.size(); j++) {
      oldFunction(functions.get(j), TreeReader.index(functionsPath, j)).ifPresent(olds::add);
    }
    Optional<String> next = newFunction(node, path, "into");
    if (next.isPresent()) {
      olds.forEach(old -> successors.put(old, Successor.of(next.get())));
    }
  }

  /** The placements a successor takes: absent or "all" for all, or a selector object. */
  private Optional<Selector> selector(JsonNode part, String path) {
    JsonNode v = TreeReader.value(part, "placements");
    String p = TreeReader.field(path, "placements");
    if (v == null || (v.isTextual() && v.textValue().equals("all"))) {
      return Optional.of(Selector.all());
    }
    if (!v.isObject()) {
      in.add(p, "found " + TreeReader.describe(v) + "; expected " + SELECTOR);
      return Optional.empty();
    }
    int before = in.problemCount();
    unknownKeys(v, p, List.of("dimensions", "layers", "organizations"));
    Set<Dimension> dimensions = new LinkedHashSet<>();
    Set<Layer> layers = new LinkedHashSet<>();
    Set<String> organizations = new LinkedHashSet<>();
    if (TreeReader.value(v, "dimensions") == null && TreeReader.value(v, "layers") == null
        && TreeReader.value(v, "organizations") == null) {
      in.add(p, "found an empty object; expected " + SELECTOR + " (\"all\" for every placement)");
    }
    for (String key : List.of("dimensions", "layers", "organizations")) {
      JsonNode array = TreeReader.value(v, key);
      List<JsonNode> values = in.array(v, p, key, key.equals("organizations") ? "organization ids" : key);
      if (array != null && array.isArray() && values.isEmpty()) {
        in.add(TreeReader.field(p, key), "found an empty array; expected at least one (leave \"" + key
            + "\" out for all)");
      }
      for (int k = 0; k < values.size(); k++) {
        String at = TreeReader.index(TreeReader.field(p, key), k);
        JsonNode value = values.get(k);
        switch (key) {
          case "dimensions" -> word(value, at, org.dssamap.model.internal.Records.DIMENSIONS).ifPresent(dimensions::add);
          case "layers" -> word(value, at, org.dssamap.model.internal.Records.LAYERS).ifPresent(layers::add);
          default -> organization(value, at).ifPresent(organizations::add);
        }
      }
    }
    if (in.problemCount() > before) {
      return Optional.empty();
    }
    return Optional.of(new Selector(ImmutableSet.copyOf(dimensions), ImmutableSet.copyOf(layers),
        ImmutableSortedSet.copyOf(organizations)));
  }

  private <E extends Enum<E>> Optional<E> word(JsonNode value, String path,
      org.dssamap.model.internal.Vocab<E> words) {
    String expected = words.choices();
    if (!value.isTextual()) {
      in.add(path, "found " + TreeReader.describe(value) + "; expected " + expected);
      return Optional.empty();
    }
    Optional<E> parsed = words.parse(value.textValue());
    if (parsed.isEmpty()) {
      in.add(path, "found '" + Problem.quote(value.textValue()) + "'; expected " + expected);
    }
    return parsed;
  }

  private Optional<String> organization(JsonNode value, String path) {
    if (!value.isTextual()) {
      in.add(path, "found " + TreeReader.describe(value) + "; expected an organization id of the map");
      return Optional.empty();
    }
    String id = value.textValue();
    if (map.organization(id).isEmpty()) {
      in.add(path, "found '" + Problem.quote(id) + "'; expected an organization of the map");
      return Optional.empty();
    }
    return Optional.of(id);
  }

  /** An old function named by field {@code key}. */
  private Optional<String> oldFunction(JsonNode node, String path, String key) {
    JsonNode v = TreeReader.value(node, key);
    String at = TreeReader.field(path, key);
    if (v == null) {
      in.add(at, "missing; expected a function of " + from.id() + " (" + ids(from) + ")");
      return Optional.empty();
    }
    return oldFunction(v, at);
  }

  /** An old function given as {@code value} at {@code path}: in the map's catalog, and changed only once. */
  private Optional<String> oldFunction(JsonNode value, String path) {
    if (!value.isTextual() || !from.contains(value.textValue())) {
      in.add(path, "found " + TreeReader.describe(value) + "; expected a function of " + from.id() + " ("
          + ids(from) + ")");
      return Optional.empty();
    }
    String id = value.textValue();
    String first = changedAt.putIfAbsent(id, path);
    if (first != null) {
      in.add(path, "'" + id + "' is already changed at " + first + "; expected each function of " + from.id()
          + " in one rename, split or merge");
      return Optional.empty();
    }
    return Optional.of(id);
  }

  /** A function of the new catalog named by field {@code key}. */
  private Optional<String> newFunction(JsonNode node, String path, String key) {
    JsonNode v = TreeReader.value(node, key);
    String at = TreeReader.field(path, key);
    if (v == null) {
      in.add(at, "missing; expected a function of " + to.id() + " (" + ids(to) + ")");
      return Optional.empty();
    }
    if (!v.isTextual() || !to.contains(v.textValue())) {
      in.add(at, "found " + TreeReader.describe(v) + "; expected a function of " + to.id() + " (" + ids(to) + ")");
      return Optional.empty();
    }
    return Optional.of(v.textValue());
  }

  private void unknownKeys(JsonNode object, String path, List<String> known) {
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        in.add(path, "unknown key '" + Problem.quote(name) + "'; expected " + known.stream()
            .map(k -> "\"" + k + "\"").collect(Collectors.joining(", ")));
      }
    }
  }

  private static String ids(FunctionCatalog catalog) {
    return catalog.functions().stream().map(SecurityFunction::id).collect(Collectors.joining(", "));
  }
}
