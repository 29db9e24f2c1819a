package org.dssamap.model.json;

import static org.dssamap.model.json.TreeReader.field;
import static org.dssamap.model.json.TreeReader.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dssamap.model.FunctionCatalog;
import org.dssamap.model.InvalidMapException;
import org.dssamap.model.Problem;
import org.dssamap.model.SecurityFunction;

/**
 * Reads function catalogs from a JSON tree: a catalog file, or the {@code catalog} value of a map file (a bundled
 * catalog's id or an inline catalog object), every problem located by JSON path. Catalogs are small documents of
 * their own kind, read whole.
 */
final class CatalogDecoder {
  static final String CATALOG_FORMAT = "dssa-catalog/1";

  private final JsonNode root;
  private final TreeReader in = new TreeReader();

  private CatalogDecoder(JsonNode root) {
    this.root = root;
  }

  /** A catalog read from a map's {@code catalog} value, and the problems found, located at {@code $.catalog}. */
  record Result(Optional<FunctionCatalog> catalog, ImmutableList<Problem> problems) {}

  /** The document a map's {@code catalog} value is located in: {@code {"catalog": value}}. */
  static ObjectNode holder(JsonNode value) {
    ObjectNode holder = JsonNodeFactory.instance.objectNode();
    holder.set("catalog", value);
    return holder;
  }

  /** Reads a map's {@code catalog} value. */
  static Result mapCatalog(JsonNode value) {
    CatalogDecoder d = new CatalogDecoder(holder(value));
    Optional<FunctionCatalog> catalog = d.catalog();
    return new Result(d.in.problemCount() == 0 ? catalog : Optional.empty(), ImmutableList.copyOf(d.in.problems()));
  }

  /** Reads a catalog file's tree: the catalog object at the top level. */
  static FunctionCatalog catalogFile(StrictJson.Document document, String sourceName) {
    JsonNode root = document.root();
    CatalogDecoder d = new CatalogDecoder(root);
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
    if (functionsNode == null || (functionsNode.isArray() && functionsNode.isEmpty())) {
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

}
