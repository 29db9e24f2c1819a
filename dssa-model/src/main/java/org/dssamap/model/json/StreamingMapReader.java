package org.dssamap.model.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableSortedSet;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Stream;
import org.dssamap.model.Cell;
import org.dssamap.model.Confidentiality;
import org.dssamap.model.Dimension;
import org.dssamap.model.Dispute;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.EvidenceSource;
import org.dssamap.model.FunctionCatalog;
import org.dssamap.model.Ids;
import org.dssamap.model.InvalidMapException;
import org.dssamap.model.Layer;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Region;
import org.dssamap.model.Relationship;
import org.dssamap.model.RelationshipKind;
import org.dssamap.model.Status;
import org.dssamap.model.internal.Wire;
import org.jspecify.annotations.Nullable;

/**
 * The fast path of reading a map: decodes the element arrays straight from parser tokens, without a tree,
 * sharing id strings, short texts, dates, disputes and cells between elements. It accepts only files {@link
 * MapDecoder} accepts, and gives up at the first thing that is not plainly right, without saying why: the
 * caller then reads the file again through the tree, which finds and locates every problem. So a valid file is read once, quickly, and
 * an invalid one is explained exactly as before.
 *
 * <p>The fields other than {@code organizations}, {@code placements} and {@code relationships} are small and
 * are read as a tree, in whatever order the file has them; references to organizations and functions are
 * checked once all of the file is read, since the catalog and the organizations may come after the
 * placements.
 *
 * <p>A placement costs one object: ids are looked up by the parser's characters in a {@link TextTable}, words
 * of the vocabularies matched on them too, and cells are the catalog's own when the catalog comes before the
 * placements, as in a canonical file, so that the builder keeps the placement as it is.
 */
final class StreamingMapReader {
  private static final Words<Dimension> DIMENSIONS = new Words<>(Dimension.class, Dimension::id);
  private static final Words<Layer> LAYERS = new Words<>(Layer.class, Layer::id);
  private static final Words<Status> STATUSES = new Words<>(Status.class, Status::id);
  private static final Words<EvidenceSource> SOURCES = new Words<>(EvidenceSource.class, EvidenceSource::id);
  private static final Words<Confidentiality> CONFIDENTIALITIES =
      new Words<>(Confidentiality.class, Confidentiality::id);
  private static final Words<Region> REGIONS = new Words<>(Region.class, Region::id);
  private static final Words<RelationshipKind> KINDS = new Words<>(RelationshipKind.class, RelationshipKind::id);
  private static final int LAYER_COUNT = Layer.values().length;
  private static final int CELLS_PER_FUNCTION = Dimension.values().length * LAYER_COUNT;
  /** The fields of a placement, numbered in the order a canonical file gives them ({@code MapEncoder}). */
  private static final int ORGANIZATION = 0;
  private static final int FUNCTION = 1;
  private static final int DIMENSION = 2;
  private static final int LAYER = 3;
  private static final int STATUS = 4;
  private static final int SOURCE = 5;
  private static final int AS_OF = 6;
  private static final int CONFIDENTIALITY = 7;
  private static final int DISPUTE = 8;
  private static final int NOTE = 9;
  /** The names of the fields of a placement by number, encoded once for the parser to compare bytes with. */
  private static final SerializedString[] PLACEMENT_FIELDS = Stream.of("organization", "function", "dimension",
      "layer", "status", "source", "asOf", "confidentiality", "dispute", "note")
      .map(SerializedString::new)
      .toArray(SerializedString[]::new);
  /** The fields of a dispute, numbered likewise. */
  private static final int BY = 0;
  private static final int REASON = 1;
  private static final SerializedString[] DISPUTE_FIELDS =
      {new SerializedString("by"), new SerializedString("reason")};
  /** What {@link #nextField} gives at the end of an object. */
  private static final int END = -2;
  /** The longest text {@link #sharedText} shares; longer ones are seldom repeated and costly to hash. */
  private static final int SHARED_TEXT_LENGTH = 64;
  /** The longest id matched on the file's bytes; longer ones, which no real file has, are decoded first. */
  private static final int MAX_ID_LENGTH = 256;

  /** Thrown to leave the fast path; carries no message, since the tree reader will explain. */
  private static final class GiveUp extends Exception {
    private static final long serialVersionUID = 1L;
    private static final GiveUp INSTANCE = new GiveUp();

    private GiveUp() {
      super(null, null, false, false);
    }
  }

  private final JsonParser p;
  /** The parser, when it tells the offset of its token (Jackson's byte parsers all do); null otherwise. */
  private final @Nullable ParserBase offsets;
  /** The file's bytes, which the parser reads in place: string values are matched on them before decoding. */
  private final byte[] bytes;
  /** Reads the values this reader does not decode itself; a duplicate key in them is an error. */
  private final ObjectReader trees;
  private final ObjectMapper nodes;
  /** The keys of the element being read, and of its dispute: this parser leaves duplicates to us. */
  private final Keys keys = new Keys();
  private final Keys disputeKeys = new Keys();
  private final ObjectNode head;
  /**
   * Every id the file gives or names, and the short texts of placements, once; what each id was named as is
   * checked against the whole file.
   */
  private final TextTable texts = new TextTable();
  /** The known fields of the placement being read, a bit each: a second one is a duplicate key. */
  private int placementFields;
  /** Every dispute read, as the one optional each equal dispute shares. */
  private final Map<Dispute, Optional<Dispute>> disputes = new HashMap<>();
  /** The organization and function the last placement named, the likeliest ones of the next. */
  private TextTable.@Nullable Entry lastOrganization;
  private TextTable.@Nullable Entry lastFunction;
  /** The file's catalog, once its {@code catalog} field is read; null before, or when the file has none. */
  private @Nullable FunctionCatalog catalog;
  private final List<Organization> organizations = new ArrayList<>();
  /** Placements read before the catalog, if any; those read after it go straight into {@link #builder}. */
  private final List<Placement> placements = new ArrayList<>();
  /** The map's builder, made as soon as the catalog is known: placements are not kept twice on the way. */
  private EcosystemMap.@Nullable Builder builder;
  private final List<Relationship> relationships = new ArrayList<>();

  private StreamingMapReader(JsonParser parser, byte[] bytes, ObjectMapper trees) {
    this.p = parser;
    this.bytes = bytes;
    this.offsets = parser instanceof ParserBase b ? b : null;
    this.nodes = trees;
    this.trees = trees.reader().with(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    this.head = nodes.createObjectNode();
  }

  /**
   * The map in {@code bytes}, or empty when the file has any problem at all (including syntax, encoding left
   * aside: the caller checks that first), or something this fast path does not handle.
   *
   * @param factory makes the parser; it need not detect duplicate keys, since this reader does
   */
  static Optional<EcosystemMap> read(byte[] bytes, JsonFactory factory, ObjectMapper trees) {
    try (JsonParser parser = factory.createParser(bytes)) {
      return Optional.of(new StreamingMapReader(parser, bytes, trees).map());
    } catch (GiveUp | IOException | IllegalArgumentException e) {
      // Anything wrong (a syntax error, a limit, a rule of the builder) is for the tree reader to locate and
      // explain.
      return Optional.empty();
    }
  }

  private EcosystemMap map() throws IOException, GiveUp {
    expect(p.nextToken() == JsonToken.START_OBJECT);
    Keys topLevel = new Keys();
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      topLevel.add(name);
      JsonToken value = p.nextToken();
      switch (name) {
        case "organizations" -> array(value, this::organization);
        case "placements" -> array(value, this::placement);
        case "relationships" -> array(value, this::relationship);
        case "catalog" -> {
          JsonNode node = tree();
          head.set(name, node);
          catalog = MapDecoder.cleanCatalog(node).orElseThrow(() -> GiveUp.INSTANCE);
          builder = EcosystemMap.builder(catalog);
        }
        default -> head.set(name, tree());
      }
    }
    expect(t == JsonToken.END_OBJECT && p.nextToken() == null);
    MapDecoder.Head h = MapDecoder.cleanHead(head).orElseThrow(() -> GiveUp.INSTANCE);
    // The head's catalog is read from the same value as the one the placements' cells came from, so equal;
    // the first is kept, since its cells are the ones the placements hold.
    FunctionCatalog catalog = this.catalog != null ? this.catalog : h.catalog();
    for (TextTable.Entry e : texts.entries()) {
      expect(!e.namedAsOrganization || e.isOrganization);
      expect(!e.namedAsFunction || catalog.contains(e.text));
    }
    EcosystemMap.Builder b = (builder != null ? builder : EcosystemMap.builder(catalog)).title(h.title());
    h.asOf().ifPresent(b::asOf);
    h.questions().forEach(b::addOpenQuestion);
    organizations.forEach(b::addOrganization);
    placements.forEach(b::addPlacement);
    relationships.forEach(b::addRelationship);
    return b.build();
  }

  private interface ElementReader {
    void read() throws IOException, GiveUp;
  }

  /** An element array; absent and null mean empty, as for the tree reader. */
  private void array(JsonToken value, ElementReader element) throws IOException, GiveUp {
    if (value == JsonToken.VALUE_NULL) {
      return;
    }
    expect(value == JsonToken.START_ARRAY);
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.START_OBJECT) {
      element.read();
    }
    expect(t == JsonToken.END_ARRAY);
  }

  private void organization() throws IOException, GiveUp {
    @Nullable String id = null;
    @Nullable String name = null;
    @Nullable String kind = null;
    @Nullable Region region = null;
    @Nullable String url = null;
    @Nullable String note = null;
    OptionalLong size = OptionalLong.empty();
    Confidentiality confidentiality = Confidentiality.PUBLIC;
    keys.clear();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      keys.add(field);
      JsonToken value = p.nextToken();
      switch (field) {
        case "id" -> id = slug(text(value));
        case "name" -> name = text(value);
        case "kind" -> kind = slug(text(value));
        case "region" -> region = word(REGIONS, value);
        case "url" -> url = text(value);
        case "note" -> note = text(value);
        case "size" -> size = count(value);
        case "confidentiality" -> confidentiality = confidentiality(value);
        default -> tree();
      }
    }
    expect(id != null && name != null && !name.isBlank() && kind != null);
    TextTable.Entry entry = texts.intern(id);
    entry.isOrganization = true;
    organizations.add(new Organization(entry.text, name, kind, Optional.ofNullable(region),
        Optional.ofNullable(url), Optional.ofNullable(note), size, confidentiality));
  }

  private void placement() throws IOException, GiveUp {
    TextTable.@Nullable Entry organization = null;
    TextTable.@Nullable Entry function = null;
    @Nullable Dimension dimension = null;
    @Nullable Layer layer = null;
    @Nullable Status status = null;
    @Nullable EvidenceSource source = null;
    Optional<LocalDate> asOf = Optional.empty();
    Confidentiality confidentiality = Confidentiality.PUBLIC;
    Optional<Dispute> dispute = Optional.empty();
    Optional<String> note = Optional.empty();
    // Known fields are told apart by a bit each, cheaper than comparing names, which a million placements
    // of seven fields would do twenty-one times each; only unknown ones go to the list of keys.
    placementFields = 0;
    keys.clear();
    // Fields come in canonical order in a canonical file: the parser is asked whether the next name is the
    // one expected, which it answers by comparing bytes, without decoding the name or looking it up.
    int expected = 0;
    int field;
    while ((field = nextField(PLACEMENT_FIELDS, expected)) != END) {
      JsonToken value = p.nextToken();
      switch (field) {
        case ORGANIZATION -> organization = reference(once(ORGANIZATION, value), lastOrganization);
        case FUNCTION -> function = reference(once(FUNCTION, value), lastFunction);
        case DIMENSION -> dimension = word(DIMENSIONS, once(DIMENSION, value));
        case LAYER -> layer = word(LAYERS, once(LAYER, value));
        case STATUS -> status = word(STATUSES, once(STATUS, value));
        case SOURCE -> source = word(SOURCES, once(SOURCE, value));
        case AS_OF -> asOf = date(once(AS_OF, value));
        case CONFIDENTIALITY -> {
          @Nullable Confidentiality given = word(CONFIDENTIALITIES, once(CONFIDENTIALITY, value));
          confidentiality = given == null ? Confidentiality.PUBLIC : given;
        }
        case DISPUTE -> dispute = dispute(once(DISPUTE, value));
        case NOTE -> note = optionalText(once(NOTE, value));
        default -> {
          keys.add(p.currentName());
          tree();
        }
      }
      if (field >= 0) {
        expected = field + 1;
      }
    }
    expect(organization != null && function != null && dimension != null && layer != null && status != null
        && source != null);
    expect(dispute.isEmpty() || status == Status.DISPUTED);
    organization.namedAsOrganization = true;
    function.namedAsFunction = true;
    lastOrganization = organization;
    lastFunction = function;
    Placement placement = new Placement(organization.text, cell(function, dimension, layer), status, source,
        note, asOf, confidentiality, dispute);
    if (builder != null) {
      builder.addPlacement(placement);
    } else {
      placements.add(placement);
    }
  }

  /**
   * The number of the next field of an object whose known fields are {@code names}, in the order a canonical
   * file gives them: {@code expected} is asked for first, by its bytes; -1 for a field this version does not
   * know, {@link #END} at the end of the object.
   */
  private int nextField(SerializedString[] names, int expected) throws IOException {
    if (expected < names.length && p.nextFieldName(names[expected])) {
      return expected;
    }
    if ((expected < names.length ? p.currentToken() : p.nextToken()) != JsonToken.FIELD_NAME) {
      return END;
    }
    String name = p.currentName();
    for (int i = 0; i < names.length; i++) {
      if (names[i].getValue().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** {@code value}, once the placement is known to have had no field numbered {@code field} before. */
  private JsonToken once(int field, JsonToken value) throws GiveUp {
    int bit = 1 << field;
    expect((placementFields & bit) == 0);
    placementFields |= bit;
    return value;
  }

  /** A dispute, as one optional shared by every equal dispute: disputes repeat their authors and reasons. */
  private Optional<Dispute> dispute(JsonToken value) throws IOException, GiveUp {
    if (value == JsonToken.VALUE_NULL) {
      return Optional.empty();
    }
    expect(value == JsonToken.START_OBJECT);
    @Nullable String by = null;
    @Nullable String reason = null;
    int seen = 0;
    disputeKeys.clear();
    int expected = 0;
    int field;
    while ((field = nextField(DISPUTE_FIELDS, expected)) != END) {
      JsonToken v = p.nextToken();
      if (field >= 0) {
        expect((seen & 1 << field) == 0);
        seen |= 1 << field;
        expected = field + 1;
      }
      switch (field) {
        case BY -> by = sharedText(v);
        case REASON -> reason = sharedText(v);
        default -> {
          disputeKeys.add(p.currentName());
          tree();
        }
      }
    }
    expect(by != null && !by.isBlank());
    return disputes.computeIfAbsent(Dispute.of(by, reason == null ? "" : reason), Optional::of);
  }

  private void relationship() throws IOException, GiveUp {
    TextTable.@Nullable Entry from = null;
    TextTable.@Nullable Entry to = null;
    @Nullable RelationshipKind kind = null;
    List<String> functions = new ArrayList<>();
    @Nullable String note = null;
    Confidentiality confidentiality = Confidentiality.PUBLIC;
    keys.clear();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      keys.add(field);
      JsonToken value = p.nextToken();
      switch (field) {
        case "from" -> from = reference(value, null);
        case "to" -> to = reference(value, null);
        case "kind" -> kind = word(KINDS, value);
        case "functions" -> functions(value, functions);
        case "note" -> note = text(value);
        case "confidentiality" -> confidentiality = confidentiality(value);
        default -> tree();
      }
    }
    expect(from != null && to != null && kind != null && from != to);
    from.namedAsOrganization = true;
    to.namedAsOrganization = true;
    relationships.add(new Relationship(from.text, to.text, kind, ImmutableSortedSet.copyOf(functions),
        Optional.ofNullable(note), confidentiality));
  }

  /** A confidentiality word; public for JSON null. */
  private Confidentiality confidentiality(JsonToken value) throws IOException, GiveUp {
    @Nullable Confidentiality given = word(CONFIDENTIALITIES, value);
    return given == null ? Confidentiality.PUBLIC : given;
  }

  private void functions(JsonToken value, List<String> out) throws IOException, GiveUp {
    if (value == JsonToken.VALUE_NULL) {
      return;
    }
    expect(value == JsonToken.START_ARRAY);
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.VALUE_STRING) {
      TextTable.Entry function = reference(t, null);
      function.namedAsFunction = true;
      out.add(function.text);
    }
    expect(t == JsonToken.END_ARRAY);
  }

  /** The text of a string value; null for JSON null, which means "not given". */
  private @Nullable String text(JsonToken value) throws IOException, GiveUp {
    if (value == JsonToken.VALUE_NULL) {
      return null;
    }
    expect(value == JsonToken.VALUE_STRING);
    return whole(p.getText());
  }

  /** A non-negative integer that fits a long; empty for JSON null. */
  private OptionalLong count(JsonToken value) throws IOException, GiveUp {
    if (value == JsonToken.VALUE_NULL) {
      return OptionalLong.empty();
    }
    expect(value == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER);
    long n = p.getLongValue();
    expect(n >= 0);
    return OptionalLong.of(n);
  }

  private static @Nullable String slug(@Nullable String text) throws GiveUp {
    expect(text == null || Ids.isSlug(text));
    return text;
  }

  /**
   * The entry of the id a string value refers to, found by the parser's characters, {@code likely} first;
   * null for JSON null. Ids that are not slugs are refused.
   */
  private TextTable.@Nullable Entry reference(JsonToken value, TextTable.@Nullable Entry likely)
      throws IOException, GiveUp {
    if (value == JsonToken.VALUE_NULL) {
      return null;
    }
    expect(value == JsonToken.VALUE_STRING);
    TextTable.@Nullable Entry entry = texts.find(bytes, valueStart(), MAX_ID_LENGTH, likely);
    if (entry == null) {
      entry = texts.intern(p.getTextCharacters(), p.getTextOffset(), p.getTextLength(), likely);
    }
    expect(entry.isSlug);
    return entry;
  }

  /**
   * The text of a string value, shared with every equal one when short, as the authors and reasons of disputes
   * often are; null for JSON null.
   */
  private @Nullable String sharedText(JsonToken value) throws IOException, GiveUp {
    if (value == JsonToken.VALUE_NULL) {
      return null;
    }
    expect(value == JsonToken.VALUE_STRING);
    TextTable.@Nullable Entry known = texts.find(bytes, valueStart(), SHARED_TEXT_LENGTH, null);
    if (known != null) {
      return known.text;
    }
    int length = p.getTextLength();
    if (length > SHARED_TEXT_LENGTH) {
      return whole(p.getText());
    }
    return whole(texts.intern(p.getTextCharacters(), p.getTextOffset(), length, null).text);
  }

  /** The text of a string value as an optional, shared with every equal one when short; empty for JSON null. */
  private Optional<String> optionalText(JsonToken value) throws IOException, GiveUp {
    if (value == JsonToken.VALUE_NULL) {
      return Optional.empty();
    }
    expect(value == JsonToken.VALUE_STRING);
    TextTable.@Nullable Entry entry = texts.find(bytes, valueStart(), SHARED_TEXT_LENGTH, null);
    if (entry == null) {
      int length = p.getTextLength();
      if (length > SHARED_TEXT_LENGTH) {
        return Optional.of(whole(p.getText()));
      }
      entry = texts.intern(p.getTextCharacters(), p.getTextOffset(), length, null);
      whole(entry.text);
    }
    if (entry.optional == null) {
      entry.optional = Optional.of(entry.text);
    }
    return entry.optional;
  }

  /**
   * The vocabulary value a string spells; null for JSON null. Matched on the parser's characters, since a
   * placement holds five such words and a string for each would be most of what reading it allocates.
   */
  private <E extends Enum<E>> @Nullable E word(Words<E> words, JsonToken value) throws IOException, GiveUp {
    if (value == JsonToken.VALUE_NULL) {
      return null;
    }
    expect(value == JsonToken.VALUE_STRING);
    @Nullable E word = words.find(bytes, valueStart());
    if (word == null) {
      word = words.find(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
      expect(word != null);
    }
    return word;
  }

  /** The date a string value spells, one optional for each date however often given; empty for JSON null. */
  private Optional<LocalDate> date(JsonToken value) throws IOException, GiveUp {
    if (value == JsonToken.VALUE_NULL) {
      return Optional.empty();
    }
    expect(value == JsonToken.VALUE_STRING);
    TextTable.@Nullable Entry entry = texts.find(bytes, valueStart(), SHARED_TEXT_LENGTH, null);
    if (entry == null) {
      entry = texts.intern(p.getTextCharacters(), p.getTextOffset(), p.getTextLength(), null);
    }
    if (entry.date == null) {
      entry.date = Optional.of(Wire.parseDate(entry.text).orElseThrow(() -> GiveUp.INSTANCE));
    }
    return entry.date;
  }

  /**
   * The cell, one object however many placements are in it: the catalog's own when the catalog is known, the
   * map's builder then keeping the placement as it is.
   */
  private Cell cell(TextTable.Entry function, Dimension dimension, Layer layer) throws GiveUp {
    @Nullable Cell[] ofFunction = function.cells;
    if (ofFunction == null) {
      ofFunction = new Cell[CELLS_PER_FUNCTION];
      if (catalog != null) {
        expect(catalog.contains(function.text));
        // The catalog's cells run by function, then dimension, then layer, as this array does.
        List<Cell> all = catalog.cells();
        int first = catalog.indexOf(function.text) * CELLS_PER_FUNCTION;
        for (int i = 0; i < CELLS_PER_FUNCTION; i++) {
          ofFunction[i] = all.get(first + i);
        }
      }
      function.cells = ofFunction;
    }
    int i = dimension.ordinal() * LAYER_COUNT + layer.ordinal();
    @Nullable Cell cell = ofFunction[i];
    if (cell == null) {
      cell = Cell.of(function.text, dimension, layer);
      ofFunction[i] = cell;
    }
    return cell;
  }

  /**
   * Where the characters of the string value just read start in {@link #bytes}, or -1 when that is not known:
   * the parser, given the file's bytes, reads them in place, and leaves the value undecoded until asked. The
   * token's offset is read rather than {@code currentLocation()}, which makes an object per value.
   *
   * <p>Jackson's token offset of a string value has been the position just after its opening quote; the quote
   * is looked for on either side, so that a parser counting from the quote itself would be understood too.
   * Either way it is certain: in JSON the byte before an opening quote is never a quote, the byte before a
   * value's first character always is.
   */
  private int valueStart() {
    if (offsets == null) {
      return -1;
    }
    long at = offsets.getTokenCharacterOffset();
    if (at <= 0 || at >= bytes.length) {
      return -1;
    }
    if (bytes[(int) at - 1] == '"') {
      return (int) at;
    }
    return bytes[(int) at] == '"' ? (int) at + 1 : -1;
  }

  /**
   * A value this reader does not decode itself, read as a tree, with no lone surrogate in any of its strings or
   * keys: the tree reader reports those.
   */
  private JsonNode tree() throws IOException, GiveUp {
    JsonNode node = trees.readTree(p);
    checkTree(node);
    return node;
  }

  private static void checkTree(JsonNode node) throws GiveUp {
    if (node.isTextual()) {
      whole(node.textValue());
    } else if (node.isObject()) {
      for (java.util.Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        whole(field.getKey());
        checkTree(field.getValue());
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        checkTree(element);
      }
    }
  }

  /**
   * {@code text}, once it is known to hold no lone surrogate: only an escape ({@code \\ud800}) can put one in a
   * string of a UTF-8 file, and the strings this reader decodes are all checked here (ids, words and dates that
   * hold one are not ids, words or dates, and give up anyway; texts matched on the file's bytes are texts decoded
   * and checked before).
   */
  private static String whole(String text) throws GiveUp {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        expect(Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)));
        i++;
      }
    }
    return text;
  }

  private static void expect(boolean condition) throws GiveUp {
    if (!condition) {
      throw GiveUp.INSTANCE;
    }
  }

  /**
   * The wire forms of a vocabulary, as characters, found by their first character and length: a placement
   * holds five such words, and no two words of one vocabulary share both.
   */
  private static final class Words<E extends Enum<E>> {
    private static final int SLOTS = 128;
    private static final int NONE = -1;
    private static final int SEVERAL = -2;

    private final E[] values;
    private final char[][] spellings;
    /** The index of the one value whose spelling has the slot's key; NONE or SEVERAL otherwise. */
    private final int[] bySlot = new int[SLOTS];
    /** The same by first byte: what a string value's bytes give before its length is known. */
    private final int[] byFirst = new int[SLOTS];

    Words(Class<E> type, Function<E, String> wire) {
      values = type.getEnumConstants();
      spellings = new char[values.length][];
      Arrays.fill(bySlot, NONE);
      Arrays.fill(byFirst, NONE);
      for (int i = 0; i < values.length; i++) {
        spellings[i] = wire.apply(values[i]).toCharArray();
        int slot = slot(spellings[i], 0, spellings[i].length);
        bySlot[slot] = bySlot[slot] == NONE ? i : SEVERAL;
        // Wire forms are slugs, so plain ASCII, as TextTable.matches on bytes requires.
        char first = spellings[i].length == 0 ? 0 : spellings[i][0];
        byFirst[first] = byFirst[first] == NONE ? i : SEVERAL;
      }
    }

    /**
     * The value whose spelling is the string value whose characters start at {@code bytes[start]}, matched on
     * the bytes; null when there is none, or when the value is spelled with escapes: then it is decoded and
     * looked up again as characters.
     */
    @Nullable E find(byte[] bytes, int start) {
      int first = start >= 0 && start < bytes.length ? bytes[start] : -1;
      int candidate = first < 0 ? NONE : byFirst[first];
      if (candidate >= 0) {
        return TextTable.matches(spellings[candidate], bytes, start) ? values[candidate] : null;
      }
      if (candidate == NONE) {
        return null;
      }
      for (int i = 0; i < spellings.length; i++) {
        if (TextTable.matches(spellings[i], bytes, start)) {
          return values[i];
        }
      }
      return null;
    }

    /** The first value spelled so, as in {@link Wire#parse}; null when there is none. */
    @Nullable E find(char[] text, int offset, int length) {
      int candidate = bySlot[slot(text, offset, length)];
      if (candidate >= 0) {
        return TextTable.matches(spellings[candidate], text, offset, length) ? values[candidate] : null;
      }
      if (candidate == NONE) {
        return null;
      }
      for (int i = 0; i < spellings.length; i++) {
        if (TextTable.matches(spellings[i], text, offset, length)) {
          return values[i];
        }
      }
      return null;
    }

    private static int slot(char[] text, int offset, int length) {
      int first = length == 0 ? 0 : text[offset];
      return (first * 7 + length) & (SLOTS - 1);
    }
  }

  /** The keys of one object so far, for finding a duplicate; objects here have a handful of keys. */
  private static final class Keys {
    private String[] names = new String[16];
    private int size;

    void clear() {
      size = 0;
    }

    void add(String name) throws GiveUp {
      whole(name);
      for (int i = 0; i < size; i++) {
        expect(!names[i].equals(name));
      }
      if (size == names.length) {
        names = Arrays.copyOf(names, size * 2);
      }
      names[size++] = name;
    }
  }
}
