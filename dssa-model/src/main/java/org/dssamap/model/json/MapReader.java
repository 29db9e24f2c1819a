package org.dssamap.model.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dssamap.model.Cell;
import org.dssamap.model.CellNote;
import org.dssamap.model.Dimension;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.FunctionCatalog;
import org.dssamap.model.Ids;
import org.dssamap.model.Intention;
import org.dssamap.model.InvalidMapException;
import org.dssamap.model.Layer;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Problem;
import org.dssamap.model.Relationship;
import org.dssamap.model.SecurityFunction;
import org.dssamap.model.internal.Chars;
import org.dssamap.model.internal.Field;
import org.dssamap.model.internal.Kind;
import org.dssamap.model.internal.Records;
import org.dssamap.model.internal.Shape;
import org.dssamap.model.internal.Vocab;
import org.dssamap.model.internal.Wire;
import org.jspecify.annotations.Nullable;

/**
 * Reads a map file in one pass over the parser's tokens, driven by the descriptions of {@link Records}: a valid
 * file is read straight into the map, and an invalid one has every problem found on the way, located by JSON path
 * (for what its fields say) or by {@code LINE:COL} (for what its text says: syntax, duplicate keys, lone
 * surrogates), and reported together in document order. A path is worked out only when there is a problem, from
 * the parser's own context.
 *
 * <p>Ids are looked up by the parser's characters in a {@link TextTable}, vocabulary words matched on them too, and
 * equal dates, notes, disputes and cells shared, so that a placement read costs one object. References to
 * organizations and functions are checked where they are read when the organizations and the catalog came before
 * them, as in a canonical file; otherwise once the whole file is read.
 */
// The reader is the hot path of every load; these checks fight its deliberate design, throughout the class:
// EnumOrdinal: arrays indexed by ordinal (ordinals never reach a file); ReferenceEquality: identity is a fast
// path over strings the text table shares, a miss falls back to equals; NullableOptional: a null Optional means
// "not read yet", and Optional instances are shared on purpose; ArrayRecordComponent: private records, never
// compared or hashed.
@SuppressWarnings({"EnumOrdinal", "ReferenceEquality", "NullableOptional", "ArrayRecordComponent"})
final class MapReader {
  static final String FORMAT = "dssa-map/1";
  private static final Pattern VERSIONED = Pattern.compile("dssa-map/([0-9]{1,9})");
  private static final String EXPECTED = "a dssa-map/1 map";
  private static final String UNSPECIFIED_KIND = "unspecified";
  private static final int LAYER_COUNT = Layer.values().length;
  private static final int CELLS_PER_FUNCTION = Dimension.values().length * LAYER_COUNT;
  /** The longest text shared between elements; longer ones are seldom repeated and costly to hash. */
  private static final int SHARED_TEXT_LENGTH = 64;
  /** The longest string value looked up by its bytes ({@link #plain}); longer ones are decoded. */
  private static final int PLAIN_LENGTH = 256;
  /** How many texts of a field are shared before it is judged whether they repeat. */
  private static final int SHARING_TRIAL = 64;
  /** Where a missing field sorts among its element's: after everything there. */
  private static final int MISSING = Integer.MAX_VALUE;


  private final JsonParser p;
  /** The bytes the parser reads, from their start: plain string values are looked up in them ({@link #plain}). */
  private final byte[] source;
  /** How many string values of elements the parser decoded, as none written without an escape is. */
  private int decodedValues;
  /** The length in bytes of the string value {@link #plain} found, and the hash of its text. */
  private int plainLength;
  private int plainHash;
  private final String sourceName;
  /** Problems of the text, by {@code LINE:COL}, in the order found, which is document order. */
  private final List<Problem> textProblems = new ArrayList<>();
  /** Problems of the fields, by JSON path, each with its place in the document. */
  private final List<Found> fieldProblems = new ArrayList<>();
  private final TextTable texts = new TextTable();
  /** Every nested record read (disputes), as the one optional each equal record shares. */
  private final Map<Object, Optional<?>> records = new HashMap<>();
  /** The position among the top-level fields of each element array read. */
  private final Map<String, Integer> topLevel = new HashMap<>();
  private final Keys topKeys = new Keys();
  /** The keys of each object being skipped, outermost first, kept for the objects skipped next. */
  private final List<Keys> skippedKeys = new ArrayList<>();
  /** How many objects are being skipped, one inside the other. */
  private int skipping;

  private @Nullable String format;
  private boolean formatGiven;
  private String title = "";
  private Optional<LocalDate> asOf = Optional.empty();
  private final List<String> questions = new ArrayList<>();
  private final Map<String, String> kindNames = new java.util.TreeMap<>();
  /** The catalog, once read; the bundled one when the file gives none; null while unknown or unreadable. */
  private @Nullable FunctionCatalog catalog;
  private boolean catalogGiven;
  private boolean catalogBroken;
  private boolean organizationsRead;
  private final Kept<Organization> organizations = new Kept<>();
  /** Ids of organizations whose other fields had problems: they count as the map's for references. */
  private final Set<String> brokenOrganizations = new TreeSet<>();
  private final Kept<Placement> placements = new Kept<>();
  private final Kept<Relationship> relationships = new Kept<>();
  private final Kept<Intention> intentions = new Kept<>();
  private final Kept<CellNote> cellNotes = new Kept<>();
  /** The map's builder, once the catalog is known ({@link #builderOf}). */
  private EcosystemMap.@Nullable Builder builder;

  private MapReader(JsonParser parser, byte[] source, String sourceName, @Nullable Known known) {
    this.p = parser;
    this.source = source;
    this.sourceName = sourceName;
    if (known != null) {
      known.organizations().forEach(id -> texts.intern(id).isOrganization = true);
      organizationsRead = true;
      catalog = known.catalog();
      builderOf(known.catalog());
    }
  }

  /**
   * What a first reading of a file found out: the ids its organizations have (the broken ones' too) and its
   * catalog, so that a second reading checks every reference where it is read, as in a canonical file.
   */
  private record Known(List<String> organizations, FunctionCatalog catalog) {}

  /**
   * Reads the map in {@code bytes}, which are known to be UTF-8.
   *
   * @throws InvalidMapException listing every problem
   */
  static EcosystemMap read(byte[] bytes, String sourceName, JsonFactory factory) {
    try (JsonParser parser = factory.createParser(bytes)) {
      MapReader first = new MapReader(parser, bytes, sourceName, null);
      @Nullable EcosystemMap map = first.map();
      if (map != null) {
        return map;
      }
      // A reference read before the organizations or the catalog names nothing. Where it is is not kept (a valid
      // file, whatever the order of its fields, is read once and cheaply): the file is read again, knowing them.
      try (JsonParser again = factory.createParser(bytes)) {
        return java.util.Objects.requireNonNull(new MapReader(again, bytes, sourceName, first.known()).map());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading a byte array does not fail", e);
    }
  }

  /**
   * How many string values of the elements of the map in {@code bytes} the parser decoded on a first reading: none
   * when they are written without an escape, which are matched in the bytes. For tests, which would otherwise not
   * see a reader that decodes everything, as it would should the parser's token locations not be where it looks.
   */
  static int decodedValues(byte[] bytes, JsonFactory factory) {
    try (JsonParser parser = factory.createParser(bytes)) {
      MapReader reader = new MapReader(parser, bytes, "test.json", null);
      reader.map();
      return reader.decodedValues;
    } catch (IOException e) {
      throw new UncheckedIOException("reading a byte array does not fail", e);
    }
  }

  /**
   * The map; null when a reference read before the organizations or the catalog turned out to name nothing, which
   * only a second reading, knowing them from the start, can say where.
   */
  private @Nullable EcosystemMap map() throws IOException {
    try {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new InvalidMapException(sourceName,
            List.of(Problem.at("", "the file is empty; expected " + EXPECTED + " (a JSON object)")));
      }
      if (first != JsonToken.START_OBJECT) {
        String found = describe(first);
        skip(first);
        fieldProblem("$", new int[0], "found " + found + "; expected " + EXPECTED + " (a JSON object)");
      } else {
        topLevel();
      }
      if (p.nextToken() != null) {
        textProblems.add(Problem.at(lineAndColumn(p.currentLocation()),
            "more content after the end of the JSON value; expected the file to end"));
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation()
          : p.currentLocation();
      textProblems.add(Problem.at(lineAndColumn(at), StrictJson.describe(e)));
      throw failure(List.of());
    }
    if (!fieldProblems.isEmpty() && fieldProblems.get(0).location().equals("$")) {
      throw failure(List.of());
    }
    return build();
  }

  // ---------------------------------------------------------------------------------------------- the top level

  private void topLevel() throws IOException {
    topKeys.clear();
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      boolean fresh = key(topKeys, name);
      int entry = p.getParsingContext().getCurrentIndex();
      JsonToken value = p.nextToken();
      if (!fresh) {
        skip(value);
        continue;
      }
      switch (name) {
        case "format" -> {
          formatGiven = true;
          format = value == JsonToken.VALUE_STRING ? checked(p.getText()) : null;
          if (format == null && value != JsonToken.VALUE_NULL) {
            String found = describe(value);
            skip(value);
            fieldProblem("found " + found + "; expected '" + FORMAT + "'");
          } else if (format == null) {
            formatGiven = false;
          }
        }
        case "title" -> {
          @Nullable Object text = scalar(value, Kind.TEXT, "a string");
          title = text == null ? "" : (String) text;
        }
        case "asOf" -> {
          @Nullable Object date = scalar(value, Kind.DATE, "a date");
          asOf = Optional.ofNullable((LocalDate) date);
        }
        case "catalog" -> catalog(value);
        case "kinds" -> kinds(value);
        case "openQuestions" -> openQuestions(value);
        case "organizations" -> {
          topLevel.put(name, entry);
          elements(value, Records.ORGANIZATION, this::organization);
          organizationsRead = true;
        }
        case "placements" -> {
          topLevel.put(name, entry);
          elements(value, Records.PLACEMENT, this::placement);
        }
        case "relationships" -> {
          topLevel.put(name, entry);
          elements(value, Records.RELATIONSHIP, this::relationship);
        }
        case "intentions" -> {
          topLevel.put(name, entry);
          elements(value, Records.INTENTION, this::intention);
        }
        case "cellNotes" -> {
          topLevel.put(name, entry);
          elements(value, Records.CELL_NOTE, this::cellNote);
        }
        default -> skip(value);
      }
    }
    if (t != JsonToken.END_OBJECT) {
      throw new com.fasterxml.jackson.core.io.JsonEOFException(p, null, "end-of-input in an object");
    }
  }

  private void catalog(JsonToken value) throws IOException {
    catalogGiven = true;
    int[] key = key();
    JsonNode node = new StrictJson.TreeBuilder(p, textProblems).value(value);
    if (node.isNull()) {
      catalogGiven = false;
      return;
    }
    CatalogDecoder.Result result = CatalogDecoder.mapCatalog(node);
    for (Problem problem : result.problems()) {
      int[] within = DocumentOrder.of(CatalogDecoder.holder(node), problem.location()).positions();
      int[] full = Arrays.copyOf(key, key.length + Math.max(0, within.length - 1));
      System.arraycopy(within, Math.min(1, within.length), full, key.length, Math.max(0, within.length - 1));
      fieldProblems.add(new Found(problem.location(), full, problem.message()));
    }
    catalog = result.catalog().orElse(null);
    if (catalog != null) {
      builderOf(catalog);
    }
    catalogBroken = catalog == null;
  }

  /** The names the map gives its kinds of organization: an object from kind to name. */
  private void kinds(JsonToken value) throws IOException {
    if (value == JsonToken.VALUE_NULL) {
      return;
    }
    if (value != JsonToken.START_OBJECT) {
      wrongType(value, "an object naming kinds of organization ({\"registry-backend\": \"Registry back-end "
          + "operator\"})");
      return;
    }
    Keys keys = new Keys();
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String kind = p.currentName();
      boolean fresh = key(keys, kind);
      JsonToken name = p.nextToken();
      if (!fresh) {
        skip(name);
      } else if (!Ids.isSlug(kind)) {
        skip(name);
        fieldProblem("found the kind '" + Problem.quote(kind) + "'; expected a kind of organization, " + Wire.SLUG);
      } else {
        @Nullable Object given = scalar(name, Kind.NON_BLANK, "the kind's name for people");
        if (given != null) {
          kindNames.put(kind, (String) given);
        }
      }
    }
    if (t != JsonToken.END_OBJECT) {
      throw new com.fasterxml.jackson.core.io.JsonEOFException(p, null, "end-of-input in an object");
    }
  }

  private void openQuestions(JsonToken value) throws IOException {
    if (value == JsonToken.VALUE_NULL) {
      return;
    }
    if (value != JsonToken.START_ARRAY) {
      String found = describe(value);
      skip(value);
      fieldProblem("found " + found + "; expected an array of strings");
      return;
    }
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t == JsonToken.VALUE_STRING) {
        @Nullable String text = checked(p.getText());
        if (text != null) {
          questions.add(text);
        }
      } else {
        String found = describe(t);
        skip(t);
        fieldProblem("found " + found + "; expected a string");
      }
    }
  }

  // ---------------------------------------------------------------------------------------------- elements

  private interface ElementDone {
    void done(ElementValues values, boolean clean) throws IOException;
  }

  /** An element array; absent and null mean empty. */
  private void elements(JsonToken value, Shape<?> shape, ElementDone done) throws IOException {
    if (value == JsonToken.VALUE_NULL) {
      return;
    }
    if (value != JsonToken.START_ARRAY) {
      String found = describe(value);
      skip(value);
      fieldProblem("found " + found + "; expected an array of " + p.getParsingContext().getCurrentName());
      return;
    }
    ElementValues values = new ElementValues(shape);
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.START_OBJECT) {
        String found = describe(t);
        skip(t);
        fieldProblem("found " + found + "; expected " + shape.what() + " (a JSON object)");
        done.done(values, false);
        continue;
      }
      boolean clean = record(values);
      done.done(values, clean);
    }
  }

  /**
   * Reads the fields of one object of {@code shape} into {@code values}, from its START_OBJECT to its END_OBJECT;
   * whether it was read without a problem (missing fields, broken rules included).
   */
  private boolean record(ElementValues values) throws IOException {
    values.reset();
    Field<?>[] fields = values.fields;
    SerializedString[] names = values.names;
    int before = problemCount();
    int[] follows = values.follows;
    int seen = 0;
    // The fields given a value other than null: null means not given.
    int given = 0;
    int entry = 0;
    // What came last: the start of the element, a field (f + 1) or an unknown field.
    int after = ElementValues.START;
    while (true) {
      int f;
      // The fields of an element most likely come in the order of the last one's (canonical order in a canonical
      // file): the parser is asked whether the next name is the one expected, which it answers by comparing bytes,
      // without decoding the name or looking it up.
      int expected = follows[after];
      if (expected >= 0 && p.nextFieldName(names[expected])) {
        f = expected;
      } else {
        JsonToken t = expected >= 0 ? p.currentToken() : p.nextToken();
        if (t != JsonToken.FIELD_NAME) {
          if (t != JsonToken.END_OBJECT) {
            throw new com.fasterxml.jackson.core.io.JsonEOFException(p, null, "end-of-input in an object");
          }
          follows[after] = ElementValues.NONE;
          break;
        }
        f = values.indexOf(p.currentName());
        follows[after] = f;
      }
      after = f < 0 ? values.afterUnknown : f + 1;
      if (f < 0) {
        if (values.unknownKeys == null) {
          values.unknownKeys = new Keys();
        }
        key(values.unknownKeys, p.currentName());
        skip(p.nextToken());
        entry++;
        continue;
      }
      int bit = 1 << f;
      if ((seen & bit) != 0) {
        duplicateKey(fields[f].name());
        skip(p.nextToken());
        entry++;
        continue;
      }
      seen |= bit;
      values.position[f] = entry++;
      JsonToken value = p.nextToken();
      if (value != JsonToken.VALUE_NULL) {
        given |= bit;
      }
      values.set(f, value(fields[f], value, values, f));
    }
    values.seen = seen;
    boolean clean = problemCount() == before;
    if ((given & values.required) != values.required) {
      for (int f = 0; f < fields.length; f++) {
        Field<?> field = fields[f];
        if (field.isRequired() && (given & 1 << f) == 0) {
          elementProblem(field.name(), (seen & 1 << f) != 0 ? values.position[f] : MISSING,
              "missing; expected " + field.expected());
          clean = false;
        }
      }
    }
    for (Shape.Rule rule : values.rules) {
      // A rule at a field concerns that field's value: it holds when the field has none.
      if ((rule.field() < 0 || values.has(rule.field())) && !rule.holds().test(values)) {
        if (rule.field() < 0) {
          elementProblem(null, -1, rule.message().apply(values));
        } else {
          elementProblem(fields[rule.field()].name(), values.position[rule.field()],
              rule.message().apply(values));
        }
        clean = false;
      }
    }
    return clean && problemCount() == before;
  }

  /**
   * The value of one field, its token just read; null for JSON null, or after reporting a problem. References are
   * looked up and checked here. Each kind of value is read by a method of its own, small enough for the JIT to
   * compile whole.
   */
  private @Nullable Object value(Field<?> field, JsonToken value, ElementValues values, int f) throws IOException {
    if (value == JsonToken.VALUE_NULL) {
      return null;
    }
    Kind.Tag tag = values.tags[f];
    boolean string = value == JsonToken.VALUE_STRING;
    return switch (tag) {
      case RECORD -> value == JsonToken.START_OBJECT ? nestedRecord(field, values, f)
          : wrongType(value, field.what() + " (a JSON object)");
      case RECORDS -> value == JsonToken.START_ARRAY ? nestedRecords(field, values)
          : wrongType(value, field.what() + " (an array of objects)");
      case SLUGS -> value == JsonToken.START_ARRAY ? slugs() : wrongType(value, "an array of " + field.what());
      case COUNT -> count(field, value);
      case WORD -> string ? word(field, values, f) : wrongType(value, field.expected());
      case SLUG -> string ? slug(field, values, f) : wrongType(value, field.expected());
      case DATE -> string ? date(field, values, f) : wrongType(value, field.expected());
      case TEXT, NON_BLANK, WEB_URL -> string ? text(field, values, f, tag) : wrongType(value, field.expected());
    };
  }

  /** A record of its own (a dispute), its START_OBJECT just read, shared with an equal one read before. */
  private @Nullable Object nestedRecord(Field<?> field, ElementValues values, int f) throws IOException {
    Shape<?> nested = field.kind().nested();
    ElementValues inner = values.inner(nested);
    if (!record(inner)) {
      values.broken = true;
      return null;
    }
    // Nested records (disputes) repeat: the one made from the same values as the last (compared by identity, as
    // the text table shares short strings) is that one, any other is shared with an equal one made before.
    @Nullable Optional<?> shared = inner.sameAsLast();
    if (shared == null) {
      Object made = nested.make(inner);
      shared = records.computeIfAbsent(made, Optional::of);
      inner.remember(shared);
    }
    values.optionals[f] = shared;
    return shared.get();
  }

  /** Records of their own (reviews), oldest first, their START_ARRAY just read; null when one had a problem. */
  private @Nullable Object nestedRecords(Field<?> field, ElementValues values) throws IOException {
    Shape<?> nested = field.kind().nested();
    ImmutableList.Builder<Object> made = ImmutableList.builder();
    boolean ok = true;
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.START_OBJECT) {
        String found = describe(t);
        skip(t);
        fieldProblem("found " + found + "; expected " + nested.what() + " (a JSON object)");
        ok = false;
        continue;
      }
      ElementValues inner = values.inner(nested);
      if (!record(inner)) {
        ok = false;
        continue;
      }
      @Nullable Object one = make(nested, inner);
      if (one == null) {
        ok = false;
      } else {
        made.add(one);
      }
    }
    if (!ok) {
      values.broken = true;
      return null;
    }
    return made.build();
  }

  /** Function ids, their START_ARRAY just read; null when one had a problem. */
  private @Nullable Object slugs() throws IOException {
    List<String> ids = new ArrayList<>();
    boolean ok = true;
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.VALUE_STRING) {
        String found = describe(t);
        skip(t);
        fieldProblem("found " + found + "; expected a function id");
        ok = false;
        continue;
      }
      TextTable.@Nullable Entry entry = entry(null);
      if (entry == null) {
        ok = false;
      } else if (!entry.isSlug()) {
        fieldProblem("found '" + Problem.quote(entry.text) + "'; expected a function id");
        ok = false;
      } else if (!functionKnown(entry)) {
        ok = false;
      } else {
        ids.add(entry.text);
      }
    }
    return ok ? ImmutableSortedSet.copyOf(ids) : null;
  }

  /** A whole number from 0. */
  private @Nullable Object count(Field<?> field, JsonToken value) throws IOException {
    if (value != JsonToken.VALUE_NUMBER_INT || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
        || p.getLongValue() < 0) {
      return wrongType(value, field.expected());
    }
    return p.getLongValue();
  }

  /** A word of the field's vocabulary, the string value just read; null after reporting a problem. */
  private @Nullable Object word(Field<?> field, ElementValues values, int f) throws IOException {
    Vocab<?> words = java.util.Objects.requireNonNull(values.words[f]);
    int start = stringStart();
    @Nullable Object word = start >= 0 ? words.at(source, start) : null;
    if (word == null) {
      // Not a word, or a word written with an escape.
      decodedValues++;
      word = words.find(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    }
    if (word == null) {
      @Nullable String text = checked(p.getText());
      if (text != null) {
        fieldProblem("found '" + Problem.quote(text) + "'; expected " + field.expected());
      }
    }
    return word;
  }

  /** An id, the string value just read, and the organization or function it names known; null after a problem. */
  private @Nullable Object slug(Field<?> field, ElementValues values, int f) throws IOException {
    Field.Ref ref = values.refs[f];
    TextTable.@Nullable Entry entry = entryOf(values, f);
    if (entry == null) {
      return null;
    }
    if (!entry.isSlug()) {
      fieldProblem("found '" + Problem.quote(entry.text) + "'; expected " + field.expected());
      return null;
    }
    switch (ref) {
      case ORGANIZATION -> {
        if (!organizationKnown(entry, values, field)) {
          return null;
        }
        values.entries[f] = entry;
      }
      case FUNCTION -> {
        if (!functionKnown(entry)) {
          return null;
        }
        values.entries[f] = entry;
      }
      case NONE -> values.entries[f] = entry;
    }
    return entry.text;
  }

  /** A date, the string value just read, as the optional every placement of that date shares; null after a problem. */
  private @Nullable Object date(Field<?> field, ElementValues values, int f) throws IOException {
    TextTable.@Nullable Entry entry = entryOf(values, f);
    if (entry == null) {
      return null;
    }
    if (entry.date == null) {
      Optional<LocalDate> date = Wire.parseDate(entry.text);
      if (date.isEmpty()) {
        fieldProblem("found '" + Problem.quote(entry.text) + "'; expected " + field.expected());
        return null;
      }
      entry.date = date;
    }
    values.optionals[f] = entry.date;
    return entry.date.get();
  }

  /** A text (any, not blank, or a web address), the string value just read, shared when short; null after a problem. */
  private @Nullable Object text(Field<?> field, ElementValues values, int f, Kind.Tag tag) throws IOException {
    @Nullable String text = null;
    TextTable.@Nullable Entry likely = values.last[f];
    // The entry of a short text, shared; null for a long one, or one of a field whose texts are seldom repeated.
    TextTable.@Nullable Entry entry = null;
    int start = stringStart();
    if (start >= 0 && likely != null && likely.at(source, start)) {
      entry = likely;
    } else if (start >= 0 && likely != null && likely.followedBy != null && likely.followedBy.at(source, start)) {
      entry = likely.followedBy;
    } else if (start >= 0 && plain(start)) {
      if (plainLength <= SHARED_TEXT_LENGTH && values.sharing(f)) {
        int known = texts.size();
        entry = texts.intern(source, start, plainLength, plainHash);
        values.shared(f, texts.size() > known);
      } else {
        text = new String(source, start, plainLength, StandardCharsets.US_ASCII);
      }
    } else if (p.getTextLength() <= SHARED_TEXT_LENGTH) {
      entry = decodedEntry();
      if (entry == null) {
        return null;
      }
    }
    if (entry != null) {
      if (likely != null && entry != likely) {
        likely.followedBy = entry;
      }
      values.last[f] = entry;
      text = entry.text;
      if (entry.optional == null) {
        entry.optional = Optional.of(text);
      }
      values.optionals[f] = entry.optional;
    } else if (text == null) {
      decodedValues++;
      @Nullable String checked = checked(p.getText());
      if (checked == null) {
        return null;
      }
      text = checked;
    }
    if (tag == Kind.Tag.NON_BLANK && text.isBlank()) {
      fieldProblem("found a blank string; expected " + field.expected());
      values.optionals[f] = null;
      return null;
    }
    if (tag == Kind.Tag.WEB_URL && !Organization.isWebUrl(text)) {
      fieldProblem("found '" + Problem.quote(text) + "'; expected " + field.expected());
      values.optionals[f] = null;
      return null;
    }
    return text;
  }

  /**
   * The entry of the string value of field {@code f} just read: the text the field had last is the likeliest,
   * then the text that followed that one last time (the organizations of a canonical file's placements come in the
   * order the organizations came, and functions in catalog order); null after reporting a lone surrogate.
   */
  private TextTable.@Nullable Entry entryOf(ElementValues values, int f) throws IOException {
    TextTable.@Nullable Entry last = values.last[f];
    TextTable.@Nullable Entry entry = entry(last);
    if (entry != null && entry != last) {
      if (last != null) {
        last.followedBy = entry;
      }
      values.last[f] = entry;
    }
    return entry;
  }

  /**
   * The entry of the string value just read, {@code likely} first, then the text that followed it last; null
   * after reporting a lone surrogate.
   */
  private TextTable.@Nullable Entry entry(TextTable.@Nullable Entry likely) throws IOException {
    int start = stringStart();
    if (start >= 0) {
      if (likely != null) {
        if (likely.at(source, start)) {
          return likely;
        }
        TextTable.@Nullable Entry next = likely.followedBy;
        if (next != null && next.at(source, start)) {
          return next;
        }
      }
      if (plain(start)) {
        // ASCII: no lone surrogate.
        return texts.intern(source, start, plainLength, plainHash);
      }
    }
    return decodedEntry();
  }

  /** The entry of the string value just read, decoded by the parser; null after reporting a lone surrogate. */
  private TextTable.@Nullable Entry decodedEntry() throws IOException {
    decodedValues++;
    char[] chars = p.getTextCharacters();
    int offset = p.getTextOffset();
    int length = p.getTextLength();
    TextTable.Entry entry = texts.intern(chars, offset, length, null);
    if (entry.loneSurrogate >= 0) {
      loneSurrogate(entry.loneSurrogate, "a string");
      return null;
    }
    return entry;
  }

  /**
   * Where the text of the string value just read starts in {@link #source}, after its opening quote; -1 when the
   * parser does not say. String values are looked up in the file's own bytes and, when they are plain, never
   * decoded: the parser skips them, as it does a value nobody asks for.
   */
  private int stringStart() {
    long at = p.currentTokenLocation().getByteOffset();
    return at >= 0 && at < source.length && source[(int) at] == '"' ? (int) at + 1 : -1;
  }

  /**
   * Whether the string value whose text starts at {@code source[start]} is plain, as nearly every one is: ASCII,
   * without an escape, at most {@link #PLAIN_LENGTH} bytes, so that its text is its bytes in the file, of
   * {@link #plainLength} bytes and hash {@link #plainHash}. Any other value is decoded by the parser, which finds
   * what is wrong with it.
   */
  private boolean plain(int start) {
    int end = Math.min(source.length, start + PLAIN_LENGTH + 1);
    int hash = 0;
    for (int i = start; i < end; i++) {
      byte b = source[i];
      if (b == '"') {
        plainLength = i - start;
        plainHash = hash;
        return true;
      }
      // A byte of a character beyond ASCII is negative; a control character is an error the parser reports; DEL
      // is left to the parser as PlainText leaves it.
      if (b == '\\' || b < 0x20 || b == 0x7f) {
        return false;
      }
      hash = 31 * hash + b;
    }
    return false;
  }

  /** Whether a reference to an organization can stand: known, or to be checked once the file is read. */
  private boolean organizationKnown(TextTable.Entry entry, ElementValues values, Field<?> field) {
    if (entry.isOrganization) {
      return true;
    }
    String what = values.shape == Records.PLACEMENT ? "placement names"
        : values.shape == Records.INTENTION ? "intention names"
        : field.name().equals("from") ? "relationship starts at" : "relationship ends at";
    if (organizationsRead) {
      fieldProblem(unknownOrganization(what, entry.text));
      return false;
    }
    entry.awaitedAsOrganization = true;
    return true;
  }

  private static String unknownOrganization(String what, String id) {
    return what + " organization '" + id + "', which the map does not have; expected the id of one of its "
        + "organizations";
  }

  /** Whether a reference to a function can stand: in the catalog, or to be checked once the catalog is known. */
  private boolean functionKnown(TextTable.Entry entry) {
    if (catalog != null) {
      if (entry.cells == null && !catalog.contains(entry.text)) {
        fieldProblem(functionMessage(entry.text, catalog));
        return false;
      }
      return true;
    }
    if (catalogBroken) {
      // Nothing can be checked against a catalog that could not be read; its problems say why.
      return true;
    }
    entry.awaitedAsFunction = true;
    return true;
  }

  private static String functionMessage(String id, FunctionCatalog catalog) {
    return "function '" + id + "' is not in catalog " + catalog.id() + "; expected one of "
        + String.join(", ", catalog.functions().stream().map(SecurityFunction::id).toList());
  }

  private void organization(ElementValues v, boolean clean) {
    @Nullable Organization kept = keep(organizations, Records.ORGANIZATION, v, clean);
    if (v.has(Records.ORGANIZATION_ID)) {
      TextTable.Entry id = java.util.Objects.requireNonNull(v.entries[Records.ORGANIZATION_ID]);
      id.isOrganization = true;
      if (kept != null) {
        id.keptAsOrganization = true;
      } else if (!clean) {
        brokenOrganizations.add(id.text);
      }
    }
  }

  private void placement(ElementValues v, boolean clean) {
    keep(placements, Records.PLACEMENT, v, clean);
  }

  private void relationship(ElementValues v, boolean clean) {
    keep(relationships, Records.RELATIONSHIP, v, clean);
  }

  /**
   * Keeps the element just read when it had no problem, with its location once an earlier one was dropped; the
   * element, or null when it is dropped.
   */
  private <R> @Nullable R keep(Kept<R> kept, Shape<R> shape, ElementValues v, boolean clean) {
    @Nullable R made = clean && !v.broken ? make(shape, v) : null;
    if (made == null) {
      kept.dropped = true;
    } else {
      kept.add(made, kept.dropped ? path() : null);
    }
    return made;
  }

  /**
   * The valid elements of one array, for the map's builder, with their locations once the builder cannot tell them
   * by position (an element before them was dropped): held until the builder is made, then sent straight to it.
   */
  private static final class Kept<R> {
    private final List<R> values = new ArrayList<>();
    /** The location of each value held, null for one the builder can tell by position. */
    private final List<@Nullable String> locations = new ArrayList<>();
    /** Whether an element was dropped: the builder can no longer tell where the next ones were. */
    boolean dropped;
    private java.util.function.@Nullable Consumer<R> add;
    private java.util.function.@Nullable BiConsumer<R, String> addAt;

    void add(R value, @Nullable String location) {
      java.util.function.@Nullable Consumer<R> sink = add;
      java.util.function.@Nullable BiConsumer<R, String> sinkAt = addAt;
      if (sink == null || sinkAt == null) {
        values.add(value);
        locations.add(location);
      } else if (location == null) {
        sink.accept(value);
      } else {
        sinkAt.accept(value, location);
      }
    }

    /** Sends the values held, and every one kept from now on, to {@code add} ({@code addAt} with a location). */
    void sendTo(java.util.function.Consumer<R> newAdd, java.util.function.BiConsumer<R, String> newAddAt) {
      add = newAdd;
      addAt = newAddAt;
      for (int i = 0; i < values.size(); i++) {
        add(values.get(i), locations.get(i));
      }
      values.clear();
      locations.clear();
    }
  }

  private void intention(ElementValues v, boolean clean) {
    keep(intentions, Records.INTENTION, v, clean);
  }

  private void cellNote(ElementValues v, boolean clean) {
    keep(cellNotes, Records.CELL_NOTE, v, clean);
  }

  /**
   * The record of checked values; null when the model refuses them anyway, a rule of the model that the shape does
   * not state, which becomes a problem too.
   */
  private <R> @Nullable R make(Shape<R> shape, ElementValues values) {
    try {
      return shape.make(values);
    } catch (IllegalArgumentException e) {
      elementProblem(null, -1, String.valueOf(e.getMessage()));
      return null;
    }
  }

  // ---------------------------------------------------------------------------------------------- the map

  private @Nullable EcosystemMap build() {
    if (!formatGiven) {
      fieldProblems.add(new Found("$.format", new int[] {MISSING},
          "missing; expected \"format\": \"" + FORMAT + "\""));
    } else if (format == null || !format.equals(FORMAT)) {
      // A file of another format is not read any further: its fields mean something else.
      Found wrong;
      if (format == null) {
        wrong = fieldProblems.stream().filter(f -> f.location().equals("$.format")).findFirst().orElseThrow();
      } else {
        Matcher m = VERSIONED.matcher(format);
        wrong = new Found("$.format", new int[0], m.matches() && Integer.parseInt(m.group(1)) > 1
            ? "the file is in format '" + Problem.quote(format) + "', newer than this version of dssa-map reads ("
                + FORMAT + "); upgrade dssa-map to read it"
            : "found the string '" + Problem.quote(format) + "'; expected '" + FORMAT + "'");
      }
      textProblems.clear();
      fieldProblems.clear();
      fieldProblems.add(wrong);
      throw failure(List.of());
    }
    if (catalog == null && !catalogGiven) {
      catalog = FunctionCatalog.dssa2012();
    }
    FunctionCatalog c = catalog;
    if (c == null) {
      // Without a catalog nothing can be cross-checked; the catalog's problems say why there is none.
      throw failure(List.of());
    }
    if (lateReferenceUnknown(c)) {
      return null;
    }
    EcosystemMap.Builder b = builderOf(c).title(title);
    asOf.ifPresent(b::asOf);
    questions.forEach(b::addOpenQuestion);
    kindNames.forEach(b::nameKind);
    // An organization whose own fields were wrong is already reported; a stand-in keeps the placements and
    // relationships that name it from being reported a second time as dangling.
    brokenOrganizations.removeIf(id -> texts.intern(id).keptAsOrganization);
    brokenOrganizations.forEach(id -> b.addOrganization(Organization.withoutRegion(id, id, UNSPECIFIED_KIND)));
    List<Problem> more = List.of();
    EcosystemMap map = null;
    try {
      map = b.build();
    } catch (InvalidMapException e) {
      more = e.problems();
    }
    if (map == null || !textProblems.isEmpty() || !fieldProblems.isEmpty()) {
      throw failure(more);
    }
    return map;
  }

  /**
   * The map's builder, made the first time the catalog is known: the elements kept before go in then, those read
   * after go straight in, so that none is held twice on the way.
   */
  private EcosystemMap.Builder builderOf(FunctionCatalog c) {
    EcosystemMap.Builder b = builder;
    if (b == null) {
      b = EcosystemMap.builder(c);
      organizations.sendTo(b::addOrganization, b::addOrganization);
      placements.sendTo(b::addPlacement, b::addPlacement);
      relationships.sendTo(b::addRelationship, b::addRelationship);
      intentions.sendTo(b::addIntention, b::addIntention);
      cellNotes.sendTo(b::addCellNote, b::addCellNote);
      builder = b;
    }
    return b;
  }

  /**
   * Whether a reference read before the organizations or the catalog names nothing, now that they are known (the
   * map's catalog is {@code c}).
   */
  private boolean lateReferenceUnknown(FunctionCatalog c) {
    for (TextTable.Entry e : texts.entries()) {
      if ((e.awaitedAsOrganization && !e.isOrganization) || (e.awaitedAsFunction && !c.contains(e.text))) {
        return true;
      }
    }
    return false;
  }

  /** What this reading found out that a second one needs to know from the start; after {@link #build()}. */
  private Known known() {
    List<String> ids = new ArrayList<>();
    for (TextTable.Entry e : texts.entries()) {
      if (e.isOrganization) {
        ids.add(e.text);
      }
    }
    return new Known(ids, java.util.Objects.requireNonNull(catalog, "the catalog is known after build()"));
  }

  /** Every problem found and {@code more} (the map builder's), text problems first, then in document order. */
  private InvalidMapException failure(List<Problem> more) {
    List<Found> all = new ArrayList<>(fieldProblems);
    for (Problem problem : more) {
      all.add(new Found(problem.location(), keyOf(problem.location()), problem.message()));
    }
    all.sort((a, b) -> Arrays.compare(a.key(), b.key()));
    Set<Problem> out = new LinkedHashSet<>(textProblems);
    all.forEach(f -> out.add(Problem.at(f.location(), f.message())));
    return new InvalidMapException(sourceName, List.copyOf(out));
  }

  /**
   * The place in the document of a problem the map's builder found, from its path: the element's, then its
   * field's canonical position (the builder's problems are of elements that had no problem of their own).
   */
  private int[] keyOf(String location) {
    Matcher m = Pattern.compile("\\$\\.([a-zA-Z]+)\\[([0-9]+)\\](?:\\.([a-zA-Z]+))?.*").matcher(location);
    if (!m.matches()) {
      return new int[] {MISSING};
    }
    int top = topLevel.getOrDefault(m.group(1), MISSING);
    int index = Integer.parseInt(m.group(2));
    if (m.group(3) == null) {
      return new int[] {top, index};
    }
    Shape<?> shape = switch (m.group(1)) {
      case "organizations" -> Records.ORGANIZATION;
      case "placements" -> Records.PLACEMENT;
      case "intentions" -> Records.INTENTION;
      case "cellNotes" -> Records.CELL_NOTE;
      default -> Records.RELATIONSHIP;
    };
    int field = shape.indexOf(m.group(3));
    return new int[] {top, index, field < 0 ? MISSING : field};
  }

  // ---------------------------------------------------------------------------------------------- problems

  /** A problem at a JSON path, with its place in the document for sorting. */
  private record Found(String location, int[] key, String message) {}

  private int problemCount() {
    return textProblems.size() + fieldProblems.size();
  }

  /** A problem at the current token's JSON path. */
  private void fieldProblem(String message) {
    fieldProblems.add(new Found(path(), key(), message));
  }

  private void fieldProblem(String location, int[] key, String message) {
    fieldProblems.add(new Found(location, key, message));
  }

  /**
   * A problem of the element just read (its END_OBJECT the current token), at its field {@code name} (null for the
   * element itself) whose entry index in the element is {@code position}.
   */
  private void elementProblem(@Nullable String name, int position, String message) {
    String at = path();
    int[] key = key();
    if (name != null) {
      at = at + "." + name;
      key = Arrays.copyOf(key, key.length + 1);
      key[key.length - 1] = position;
    }
    fieldProblems.add(new Found(at, key, message));
  }

  private @Nullable Object wrongType(JsonToken value, String expected) throws IOException {
    String found = describe(value);
    skip(value);
    fieldProblem("found " + found + "; expected " + expected);
    return null;
  }

  /** The JSON path of the current token, from the parser's context. */
  private String path() {
    List<JsonStreamContext> chain = chain();
    StringBuilder out = new StringBuilder("$");
    for (JsonStreamContext c : chain) {
      if (c.inArray()) {
        out.append('[').append(Math.max(0, c.getCurrentIndex())).append(']');
      } else if (c.inObject() && c.getCurrentName() != null) {
        out.append('.').append(c.getCurrentName());
      }
    }
    return out.toString();
  }

  /** The place of the current token in the document: the entry index at each level, outermost first. */
  private int[] key() {
    List<JsonStreamContext> chain = chain();
    int[] out = new int[chain.size()];
    int n = 0;
    for (JsonStreamContext c : chain) {
      if (c.getCurrentIndex() >= 0 && (c.inArray() || c.getCurrentName() != null)) {
        out[n++] = c.getCurrentIndex();
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** The contexts from the top-level value's down to the current one. */
  private List<JsonStreamContext> chain() {
    List<JsonStreamContext> chain = new ArrayList<>();
    for (JsonStreamContext c = p.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
      chain.add(0, c);
    }
    return chain;
  }

  private void duplicateKey(String name) {
    textProblems.add(Problem.at(lineAndColumn(p.currentTokenLocation()),
        "duplicate key '" + Problem.quote(name) + "'; expected each key once per object"));
  }

  private void loneSurrogate(int c, String what) {
    textProblems.add(Problem.at(lineAndColumn(p.currentTokenLocation()), String.format(
        "%s holds a lone surrogate escape \\u%04x, which is no character; expected a whole character "
            + "(a surrogate pair, or the character itself in UTF-8)", what, c)));
  }

  /** {@code text}, or null after reporting the lone surrogate it holds. */
  private @Nullable String checked(String text) {
    int lone = Chars.loneSurrogate(text);
    if (lone >= 0) {
      loneSurrogate(lone, "a string");
      return null;
    }
    return text;
  }

  /** Whether {@code name} is new among {@code keys}; a duplicate or a lone surrogate is reported. */
  private boolean key(Keys keys, String name) {
    int lone = Chars.loneSurrogate(name);
    if (lone >= 0) {
      loneSurrogate(lone, "a key");
    }
    if (!keys.add(name)) {
      duplicateKey(name);
      return false;
    }
    return true;
  }

  /**
   * Skips a value this reader does not use, still finding in it the problems of any JSON input: duplicate keys and
   * lone surrogates.
   */
  private void skip(@Nullable JsonToken token) throws IOException {
    if (token == null) {
      throw new com.fasterxml.jackson.core.io.JsonEOFException(p, null, "end-of-input where a value was expected");
    }
    switch (token) {
      case START_OBJECT -> {
        if (skipping == skippedKeys.size()) {
          skippedKeys.add(new Keys());
        }
        Keys keys = skippedKeys.get(skipping++);
        keys.clear();
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
          key(keys, p.currentName());
          skip(p.nextToken());
        }
        if (t != JsonToken.END_OBJECT) {
          throw new com.fasterxml.jackson.core.io.JsonEOFException(p, null, "end-of-input in an object");
        }
        skipping--;
      }
      case START_ARRAY -> {
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
          skip(t);
        }
      }
      case VALUE_STRING -> {
        int lone = Chars.loneSurrogate(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        if (lone >= 0) {
          loneSurrogate(lone, "a string");
        }
      }
      default -> { }
    }
  }

  /** A short description of the value starting at {@code token}, for a message. */
  private String describe(JsonToken token) throws IOException {
    return switch (token) {
      case START_ARRAY -> "an array";
      case START_OBJECT -> "an object";
      case VALUE_NULL -> "null";
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + Problem.quote(p.getText());
      case VALUE_STRING -> "the string '" + Problem.quote(p.getText()) + "'";
      default -> "a value";
    };
  }

  private @Nullable Object scalar(JsonToken value, Kind kind, String what) throws IOException {
    if (value == JsonToken.VALUE_NULL) {
      return null;
    }
    if (value != JsonToken.VALUE_STRING) {
      return wrongType(value, kind.expected(what));
    }
    @Nullable String text = checked(p.getText());
    if (text == null) {
      return null;
    }
    @Nullable Object v = kind.fromText(text, false);
    if (v == null) {
      fieldProblem("found '" + Problem.quote(text) + "'; expected " + kind.expected(what));
    }
    return v;
  }

  static String lineAndColumn(@Nullable JsonLocation at) {
    if (at == null || at.getLineNr() <= 0) {
      return "";
    }
    return at.getLineNr() + ":" + Math.max(1, at.getColumnNr());
  }

  // ---------------------------------------------------------------------------------------------- state

  /** The values of one element being read, with what the reader shares between elements. */
  private final class ElementValues extends Shape.Values {
    final Shape<?> shape;
    /** The shape's description, taken apart once: a million elements ask for it field by field. */
    final Field<?>[] fields;
    final Shape.Rule[] rules;
    final SerializedString[] names;
    final Kind.Tag[] tags;
    final @Nullable Vocab<?>[] words;
    final Field.Ref[] refs;
    /** The fields every element must give, a bit each. */
    final int required;
    /**
     * The field that came after each one in the elements read so far, the most likely to come after it in the
     * next: {@code follows[f + 1]} after field f, {@code follows[START]} first, {@code follows[afterUnknown]} after
     * a field this reader does not know; {@link #NONE} for the end of the element or an unknown field. Canonical
     * order until an element says otherwise.
     */
    final int[] follows;
    final int afterUnknown;
    static final int START = 0;
    static final int NONE = -1;
    final int[] position;
    final TextTable.@Nullable Entry[] entries;
    /**
     * The text each field had in the elements read so far, the likeliest of the next: references come in runs (a
     * map's placements grouped by organization and function), dates and notes repeat.
     */
    final TextTable.@Nullable Entry[] last;
    final @Nullable Optional<?>[] optionals;
    /** How many texts each field has had shared, and how many of them were new. */
    private final int[] textsShared;
    private final int[] textsNew;
    /** The fields the element read last gave, a bit each: only those are cleared for the next. */
    int seen = -1;
    @Nullable Keys unknownKeys;
    @Nullable ElementValues inner;
    boolean broken;

    ElementValues(Shape<?> shape) {
      super(shape);
      this.shape = shape;
      fields = shape.fields().toArray(new Field<?>[0]);
      rules = shape.rules().toArray(new Shape.Rule[0]);
      int n = fields.length;
      names = new SerializedString[n];
      tags = new Kind.Tag[n];
      words = new Vocab<?>[n];
      refs = new Field.Ref[n];
      int mask = 0;
      for (int f = 0; f < n; f++) {
        Field<?> field = fields[f];
        names[f] = new SerializedString(field.name());
        tags[f] = field.kind().tag();
        words[f] = tags[f] == Kind.Tag.WORD ? field.kind().words() : null;
        refs[f] = field.ref();
        mask |= field.isRequired() ? 1 << f : 0;
      }
      required = mask;
      follows = new int[n + 2];
      for (int f = 0; f < n; f++) {
        follows[f] = f;
      }
      follows[n] = NONE;
      afterUnknown = n + 1;
      follows[afterUnknown] = NONE;
      position = new int[n];
      entries = new TextTable.Entry[n];
      last = new TextTable.Entry[n];
      textsShared = new int[n];
      textsNew = new int[n];
      optionals = new Optional<?>[n];
    }

    /**
     * Whether the texts of field {@code f} are worth sharing: until they have been seen to be nearly all new (an
     * organization's name, its address), which would only fill the text table. The judgement holds for the rest
     * of the reading: should later texts of the field repeat, each costs a string and an optional of its own, in
     * memory only.
     */
    boolean sharing(int f) {
      return textsShared[f] < SHARING_TRIAL || textsNew[f] < textsShared[f] - textsShared[f] / 8;
    }

    /** Counts a text of field {@code f} shared, new to the table or not. */
    void shared(int f, boolean isNew) {
      textsShared[f]++;
      if (isNew) {
        textsNew[f]++;
      }
    }

    void reset() {
      int last = seen;
      for (int f = 0; last != 0 && f < entries.length; f++) {
        if ((last & 1 << f) != 0) {
          set(f, null);
          entries[f] = null;
          optionals[f] = null;
        }
      }
      seen = 0;
      if (unknownKeys != null) {
        unknownKeys.clear();
      }
      broken = false;
    }

    /**
     * The field named {@code name}, -1 for none; the parser gives names as interned strings, as the descriptions'
     * names are, so most are found by identity.
     */
    int indexOf(String name) {
      for (int f = 0; f < names.length; f++) {
        if (fields[f].name() == name) {
          return f;
        }
      }
      if (name == lastUnknown) {
        // Another tool's field, in every element.
        return -1;
      }
      int f = shape.indexOf(name);
      if (f < 0) {
        lastUnknown = name;
      }
      return f;
    }

    /** The name of the last field the shape does not have, as the parser gave it. */
    private @Nullable String lastUnknown;

    /** The values of the last record made here, and that record, for {@link #sameAsLast}. */
    private @Nullable Object @Nullable [] lastValues;
    private @Nullable Optional<?> lastMade;

    /** The record made last when every value now is the very object it was then; null otherwise. */
    @Nullable Optional<?> sameAsLast() {
      @Nullable Object[] last = lastValues;
      if (last == null) {
        return null;
      }
      for (int f = 0; f < last.length; f++) {
        if (last[f] != get(f)) {
          return null;
        }
      }
      return lastMade;
    }

    void remember(Optional<?> made) {
      @Nullable Object[] now = new Object[names.length];
      for (int f = 0; f < now.length; f++) {
        now[f] = get(f);
      }
      lastValues = now;
      lastMade = made;
    }

    ElementValues inner(Shape<?> nested) {
      if (inner == null || inner.shape != nested) {
        inner = new ElementValues(nested);
      }
      inner.reset();
      return inner;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Optional<T> optional(int i) {
      @Nullable Optional<?> shared = optionals[i];
      if (shared != null && has(i)) {
        return (Optional<T>) shared;
      }
      return super.optional(i);
    }

    /**
     * The catalog's own cell, so that the map's builder keeps the placement as it is. While no catalog is known (a
     * file may give it after its placements), the bundled catalog's, which nearly every file has: should the file
     * give another, the builder puts that one's cells in.
     */
    @Override
    public Cell cell(int function, int dimension, int layer) {
      TextTable.@Nullable Entry entry = entries[function];
      if (entry == null) {
        return super.cell(function, dimension, layer);
      }
      @Nullable Cell[] ofFunction;
      FunctionCatalog c = catalog;
      if (c != null) {
        ofFunction = entry.cells;
        if (ofFunction == null) {
          ofFunction = cellsOf(c, entry.text);
          entry.cells = ofFunction;
        }
      } else {
        ofFunction = entry.bundledCells;
        if (ofFunction == null) {
          FunctionCatalog bundled = FunctionCatalog.dssa2012();
          if (catalogBroken || !bundled.contains(entry.text)) {
            return super.cell(function, dimension, layer);
          }
          ofFunction = cellsOf(bundled, entry.text);
          entry.bundledCells = ofFunction;
        }
      }
      Dimension d = required(dimension);
      Layer l = required(layer);
      return java.util.Objects.requireNonNull(ofFunction[d.ordinal() * LAYER_COUNT + l.ordinal()]);
    }

    /** The cells of function {@code id} of {@code catalog}, which has it, by dimension and layer. */
    private static Cell[] cellsOf(FunctionCatalog catalog, String id) {
      List<Cell> all = catalog.cells();
      int first = catalog.indexOf(id) * CELLS_PER_FUNCTION;
      return all.subList(first, first + CELLS_PER_FUNCTION).toArray(new Cell[0]);
    }
  }

  /** The keys of one object so far, for finding a duplicate; objects here have a handful of keys. */
  private static final class Keys {
    private String[] names = new String[8];
    private int size;
    private @Nullable Set<String> many;

    void clear() {
      size = 0;
      many = null;
    }

    /** Whether the name is new; adds it. */
    boolean add(String name) {
      if (many != null) {
        return many.add(name);
      }
      for (int i = 0; i < size; i++) {
        if (names[i].equals(name)) {
          return false;
        }
      }
      if (size == names.length) {
        many = new HashSet<>(Arrays.asList(names));
        return many.add(name);
      }
      names[size++] = name;
      return true;
    }
  }

}
