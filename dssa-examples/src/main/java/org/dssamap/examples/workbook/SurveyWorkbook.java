package org.dssamap.examples.workbook;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dssamap.analysis.survey.Answer;
import org.dssamap.analysis.survey.Question;
import org.dssamap.analysis.survey.Questionnaire;
import org.dssamap.analysis.survey.Response;
import org.dssamap.analysis.survey.Responses;
import org.dssamap.analysis.format.SurveyJson;
import org.dssamap.model.Cell;
import org.dssamap.model.Dimension;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.InvalidMapException;
import org.dssamap.model.Layer;
import org.dssamap.model.Placement;
import org.dssamap.model.Problem;
import org.dssamap.model.SecurityFunction;
import org.jspecify.annotations.Nullable;

/**
 * The questionnaire of the verification round as a workbook, for the registry and CERT staff who answer it with a
 * spreadsheet program, and its answers read back. The layout is a contract, documented in {@code
 * docs/analysis-formats.md}: sheets {@value #INSTRUCTIONS}, {@value #PLACEMENTS}, {@value #PEERS}, {@value
 * #QUESTIONS} and {@value #FUNCTIONS}, with the columns of {@link #PLACEMENT_COLUMNS}, {@link #PEER_COLUMNS},
 * {@link #QUESTION_COLUMNS} and {@link #FUNCTION_COLUMNS}.
 *
 * <p>It asks what the JSON questionnaire ({@link SurveyJson}) asks, shows what it shows (nothing restricted of
 * anybody else) and is bound to its organization and map the same way, by the same fingerprint: answers read from
 * a workbook are the {@link Responses} that the equivalent JSON responses give, so applying them has the same
 * outcome.
 */
public final class SurveyWorkbook {
  /** The sheet that explains the workbook and says what it was made from. */
  public static final String INSTRUCTIONS = "Instructions";
  /** The organization's placements, to confirm or correct. */
  public static final String PLACEMENTS = "Placements";
  /** Where organizations of the same kind are placed (read-only). */
  public static final String PEERS = "Peers";
  /** The survey's three questions, for every cell where the map does not place the organization. */
  public static final String QUESTIONS = "Questions";
  /** The functions' definitions and sources (read-only). */
  public static final String FUNCTIONS = "Functions";

  /** The columns of {@value #PLACEMENTS}; {@code answer} and {@code comment} are the ones filled in. */
  public static final ImmutableList<String> PLACEMENT_COLUMNS = ImmutableList.of("function", "function id",
      "dimension", "layer", "status", "source", "note", "answer", "comment");
  /** The columns of {@value #PEERS}. */
  public static final ImmutableList<String> PEER_COLUMNS = ImmutableList.of("function", "function id", "dimension",
      "layer", "you are placed here", "peers placed here");
  /** The columns of {@value #QUESTIONS}; the last four are the ones filled in. */
  public static final ImmutableList<String> QUESTION_COLUMNS = ImmutableList.of("function", "function id",
      "dimension", "layer", "we do this today", "we want to do this", "we would give this away", "comment");
  /** The columns of {@value #FUNCTIONS}. */
  public static final ImmutableList<String> FUNCTION_COLUMNS = ImmutableList.of("function", "function id",
      "definition", "source");
  /**
   * The label of the {@value #INSTRUCTIONS} sheet's row for who answered (column A; the answer in column B, a yellow
   * cell): a name and role, which the map records as the reviewer of every placement the answers confirm, correct or
   * dispute.
   */
  public static final String ANSWERED_BY = "answered by";
  /** The label of the {@value #INSTRUCTIONS} sheet's row for the day of the answers (the date in column B). */
  public static final String ANSWERED_ON = "answered on";
  /** The labels of the {@value #INSTRUCTIONS} sheet's binding rows (column A; the value is in column B). */
  public static final ImmutableList<String> BINDING_LABELS = ImmutableList.of("format", "organization",
      "organization name", "kind", "catalog", "map", "map as of", "fingerprint");
  /** The answers of the three question columns: yes, or no (the same as leaving the cell empty). */
  public static final ImmutableList<String> YES_NO = ImmutableList.of("yes", "no");

  private static final int ANSWER = PLACEMENT_COLUMNS.indexOf("answer");
  private static final int FIRST_QUESTION = QUESTION_COLUMNS.indexOf("we do this today");
  private static final List<Answer> QUESTION_ANSWERS = List.of(Answer.ADD, Answer.WANT_TO_DO, Answer.GIVE_AWAY);

  private SurveyWorkbook() {}

  /**
   * The questionnaire {@code q} for one organization of {@code map} as .xlsx bytes, the same bytes for the same
   * map and organization.
   */
  public static byte[] write(Questionnaire q, EcosystemMap map) {
    XSSFWorkbook workbook = Workbooks.create();
    Workbooks.Styles styles = Workbooks.Styles.of(workbook);
    instructions(workbook.createSheet(INSTRUCTIONS), styles, q, map);
    List<String> answers = Arrays.stream(Answer.values()).map(Answer::id).toList();

    XSSFSheet placements = workbook.createSheet(PLACEMENTS);
    Workbooks.header(placements, styles, PLACEMENT_COLUMNS, List.of(28, 24, 10, 7, 10, 14, 40, 12, 50));
    int row = 1;
    for (Question question : q.questions()) {
      if (question.current().isEmpty()) {
        continue;
      }
      Placement p = question.current().get();
      List<String> values = new ArrayList<>(cellColumns(map, question.cell()));
      values.addAll(List.of(p.status().id(), p.source().id(), p.note().orElse("")));
      var r = Workbooks.textRow(placements, row, values, styles.locked());
      for (int c = ANSWER; c < PLACEMENT_COLUMNS.size(); c++) {
        r.createCell(c).setCellStyle(styles.answer());
      }
      row++;
    }
    Workbooks.dropDown(placements, 1, row - 1, ANSWER, answers);
    Workbooks.protect(placements);

    XSSFSheet peers = workbook.createSheet(PEERS);
    Workbooks.header(peers, styles, PEER_COLUMNS, List.of(28, 24, 10, 7, 20, 60));
    row = 1;
    for (Question question : q.questions()) {
      if (question.peers().isEmpty()) {
        continue;
      }
      List<String> values = new ArrayList<>(cellColumns(map, question.cell()));
      values.add(question.onTheMap() ? "yes" : "no");
      values.add(String.join(", ", question.peers()));
      Workbooks.textRow(peers, row++, values, styles.locked());
    }
    Workbooks.protect(peers);

    XSSFSheet questions = workbook.createSheet(QUESTIONS);
    Workbooks.header(questions, styles, QUESTION_COLUMNS, List.of(28, 24, 10, 7, 18, 20, 24, 50));
    row = 1;
    for (Cell cell : map.catalog().cells()) {
      if (map.placement(q.organization().id(), cell).isPresent()) {
        continue;
      }
      var r = Workbooks.textRow(questions, row++, cellColumns(map, cell), styles.locked());
      for (int c = FIRST_QUESTION; c < QUESTION_COLUMNS.size(); c++) {
        r.createCell(c).setCellStyle(styles.answer());
      }
    }
    for (int c = FIRST_QUESTION; c < FIRST_QUESTION + QUESTION_ANSWERS.size(); c++) {
      Workbooks.dropDown(questions, 1, row - 1, c, YES_NO);
    }
    Workbooks.protect(questions);

    XSSFSheet functions = workbook.createSheet(FUNCTIONS);
    Workbooks.header(functions, styles, FUNCTION_COLUMNS, List.of(28, 24, 90, 50));
    row = 1;
    for (SecurityFunction f : map.catalog().functions()) {
      Workbooks.textRow(functions, row++, List.of(f.name(), f.id(), f.definition(), f.source()), styles.wrapped());
    }
    Workbooks.protect(functions);
    workbook.setActiveSheet(1);
    return Workbooks.bytes(workbook);
  }

  /** A row to fill in on the instructions sheet: its label (bold), the yellow cell, and what to write there. */
  private static void answerRow(XSSFSheet sheet, Workbooks.Styles styles, int row, String label,
      org.apache.poi.ss.usermodel.CellStyle answer, String hint) {
    var r = Workbooks.textRow(sheet, row, List.of(label, "", hint), styles.locked());
    r.getCell(0).setCellStyle(styles.header());
    r.getCell(1).setBlank();
    r.getCell(1).setCellStyle(answer);
  }

  private static List<String> cellColumns(EcosystemMap map, Cell cell) {
    String name = map.catalog().function(cell.function()).map(SecurityFunction::name).orElse(cell.function());
    return List.of(name, cell.function(), cell.dimension().id(), cell.layer().id());
  }

  /** The row of {@link #ANSWERED_BY} on the {@value #INSTRUCTIONS} sheet (0-based), under the title. */
  private static final int ANSWERED_BY_ROW = 2;
  /** The row of {@link #ANSWERED_ON} (0-based). */
  private static final int ANSWERED_ON_ROW = 3;
  /** The first binding row (0-based), after a blank row. */
  private static final int FIRST_BINDING_ROW = 5;

  private static void instructions(XSSFSheet sheet, Workbooks.Styles styles, Questionnaire q, EcosystemMap map) {
    sheet.setColumnWidth(0, 20 * 256);
    sheet.setColumnWidth(1, 40 * 256);
    sheet.setColumnWidth(2, 90 * 256);
    Workbooks.textRow(sheet, 0, List.of("Have we got you right? " + q.organization().name()), styles.header());
    // Who answers and when, first thing on the first sheet: the map records them with every placement the answers
    // confirm, correct or dispute.
    answerRow(sheet, styles, ANSWERED_BY_ROW, ANSWERED_BY, styles.answer(), "Your name and role, e.g. \"Jane Roe, "
        + "DNS operations\": the map records who confirmed each placement, and maps are shared, so a name and role "
        + "rather than an e-mail address.");
    answerRow(sheet, styles, ANSWERED_ON_ROW, ANSWERED_ON, styles.date(), "The day of your answers, e.g. "
        + "2012-09-14.");
    Workbooks.dateOnly(sheet, ANSWERED_ON_ROW, 1);
    List<String> values = List.of(SurveyJson.FORMAT, q.organization().id(), q.organization().name(),
        q.organization().kind(), q.catalog(), map.title(), map.asOf().map(Object::toString).orElse(""),
        SurveyJson.fingerprint(q, map));
    for (int i = 0; i < BINDING_LABELS.size(); i++) {
      Workbooks.textRow(sheet, FIRST_BINDING_ROW + i, List.of(BINDING_LABELS.get(i), values.get(i)),
          styles.locked());
    }
    int row = FIRST_BINDING_ROW + 1 + BINDING_LABELS.size();
    for (String line : List.of(
        "The DNS security and stability analysis working group maps who does what. This workbook shows what the "
            + "map says " + q.organization().name() + " does, so that you can confirm or correct it.",
        "First fill in who answers (\"" + ANSWERED_BY + "\") and the day (\"" + ANSWERED_ON + "\") above: every "
            + "placement you confirm, correct or dispute is recorded as reviewed by you on that day.",
        "Placements: each row is a place where the map puts you. Choose an answer: confirm (yes, we do that), "
            + "deny (no, we don't), want-to-do, give-away; add a comment (evidence, or why).",
        "Questions: the survey's three questions for every other cell: do you play a part there today (yes "
            + "adds you, claimed, in your own word), do you want to, would you give it away. Leave empty what "
            + "does not apply.",
        "Peers: where organizations of your kind are placed, for reference. Functions: what each function means.",
        "Only the yellow cells can be changed. Type values, not formulas. Do not rename the sheets or change the "
            + "rows above: they bind your answers to this version of the map.",
        "Send the saved .xlsx back; it is applied with: dssa survey apply MAP THIS-FILE.xlsx --out NEXT.json")) {
      Workbooks.textRow(sheet, row++, List.of(line), styles.locked());
    }
    Workbooks.protect(sheet);
  }

  /**
   * Reads the answers of a filled-in survey workbook, bound to {@code map} as {@link SurveyJson#readResponses} binds
   * JSON responses: the organization, its kind, the catalog, the map's title and date, the fingerprint, and each
   * placement row must be what the workbook this map gives that organization has. Answers come in sheet order:
   * the {@value #PLACEMENTS} rows, then each {@value #QUESTIONS} row's today (add), want-to-do and give-away.
   *
   * <p>Who answered ({@value #ANSWERED_BY}) and when ({@value #ANSWERED_ON}) are the responses' respondent and date
   * when the workbook gives them, and absent when it leaves them empty; a date that is not one is a problem at its
   * cell.
   *
   * @throws InvalidMapException listing every problem at once, each at its cell ({@code Placements!H7}), row, or
   *     for a missing sheet or an unreadable file at no location; nothing is returned unless all is valid
   */
  public static Responses read(byte[] bytes, String source, EcosystemMap map) {
    return read(bytes, source, map, new Signing(false, Optional.empty(), Optional.empty()));
  }

  /**
   * Reads the answers of a filled-in survey workbook to apply them: as {@link #read(byte[], String, EcosystemMap)}
   * does, and the responses always name who answered and when. {@code by} and {@code on}, when given (the command
   * line's {@code --by} and {@code --on}), are the respondent and the date whatever the workbook says; otherwise the
   * workbook must give them, and an empty {@value #ANSWERED_BY} or {@value #ANSWERED_ON} cell is a problem at that
   * cell ({@code Instructions!B3}) with the others, never a default.
   *
   * @param by who answered, instead of what the workbook says
   * @param on the day of the answers, instead of what the workbook says
   * @throws InvalidMapException listing every problem at once, as the other reader does
   */
  public static Responses read(byte[] bytes, String source, EcosystemMap map, Optional<String> by,
      Optional<LocalDate> on) {
    by.ifPresent(b -> com.google.common.base.Preconditions.checkArgument(!b.isBlank(), "a respondent is named"));
    return read(bytes, source, map, new Signing(true, by, on));
  }

  /** Whether the responses must name who answered and when, and what replaces what the workbook says. */
  private record Signing(boolean required, Optional<String> by, Optional<LocalDate> on) {}

  private static Responses read(byte[] bytes, String source, EcosystemMap map, Signing signing) {
    List<Problem> problems = new ArrayList<>();
    Responses responses;
    try (XSSFWorkbook workbook = Workbooks.open(bytes, source)) {
      responses = read(workbook, map, signing, problems);
    } catch (IOException e) {
      throw new UncheckedIOException("closing a workbook read from memory", e);
    }
    if (!problems.isEmpty() || responses == null) {
      throw new InvalidMapException(source, Workbooks.inSheetOrder(problems, List.of(INSTRUCTIONS, PLACEMENTS,
          QUESTIONS)));
    }
    return responses;
  }

  private static @Nullable Responses read(XSSFWorkbook workbook, EcosystemMap map, Signing signing,
      List<Problem> problems) {
    Map<String, Sheet> sheets = new LinkedHashMap<>();
    for (String name : List.of(INSTRUCTIONS, PLACEMENTS, QUESTIONS)) {
      Optional<Sheet> sheet = Optional.ofNullable(workbook.getSheet(name));
      if (sheet.isEmpty()) {
        problems.add(Problem.at("", "no sheet named '" + name + "' (the workbook has " + String.join(", ",
            Workbooks.sheetNames(workbook).stream().map(n -> "'" + Problem.quote(n) + "'").toList())
            + "); expected the sheets " + String.join(", ", List.of(INSTRUCTIONS, PLACEMENTS, PEERS, QUESTIONS,
            FUNCTIONS)) + " as dssa survey export wrote them, not renamed"));
      } else {
        sheets.put(name, sheet.get());
      }
    }
    if (sheets.size() < 3) {
      return null;
    }
    Map<String, List<List<String>>> grids = new HashMap<>();
    sheets.forEach((name, sheet) -> grids.put(name, Workbooks.grid(sheet, problems)));
    List<List<String>> instructions = Objects.requireNonNull(grids.get(INSTRUCTIONS));
    Optional<Questionnaire> expected = binding(instructions, map, problems);
    Optional<String> respondent = respondent(instructions, signing, problems);
    Optional<LocalDate> date = date(instructions, signing, problems);
    List<Response> answers = new ArrayList<>();
    placements(Objects.requireNonNull(grids.get(PLACEMENTS)), map, expected, answers, problems);
    questions(Objects.requireNonNull(grids.get(QUESTIONS)), map, expected, answers, problems);
    if (expected.isEmpty() || !problems.isEmpty()) {
      return null;
    }
    Responses responses = Responses.of(expected.get().organization().id(), answers);
    responses = respondent.map(responses::withRespondent).orElse(responses);
    return date.map(responses::withDate).orElse(responses);
  }

  /** The row (0-based) whose column A is {@code label} (any case, spaces around), if the sheet has one. */
  private static Optional<Integer> labelled(List<List<String>> grid, String label) {
    for (int r = 0; r < grid.size(); r++) {
      if (get(grid.get(r), 0).strip().toLowerCase(Locale.ROOT).equals(label)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * What the {@value #ANSWERED_BY} row says, stripped, or what replaces it; empty, or a problem when one is required,
   * when it says nothing.
   */
  private static Optional<String> respondent(List<List<String>> grid, Signing signing, List<Problem> problems) {
    if (signing.by().isPresent()) {
      return signing.by();
    }
    Optional<Integer> row = labelled(grid, ANSWERED_BY);
    String given = row.map(r -> get(grid.get(r), 1).strip()).orElse("");
    if (!given.isEmpty()) {
      return Optional.of(given);
    }
    if (signing.required()) {
      unsigned(row, ANSWERED_BY, "who answered for the organization (a name and role)", "--by", problems);
    }
    return Optional.empty();
  }

  /** What the {@value #ANSWERED_ON} row says, or what replaces it, as {@link #respondent} reads who answered. */
  private static Optional<LocalDate> date(List<List<String>> grid, Signing signing, List<Problem> problems) {
    if (signing.on().isPresent()) {
      return signing.on();
    }
    Optional<Integer> row = labelled(grid, ANSWERED_ON);
    String given = row.map(r -> get(grid.get(r), 1).strip()).orElse("");
    if (!given.isEmpty()) {
      try {
        return Optional.of(LocalDate.parse(given));
      } catch (DateTimeParseException e) {
        problems.add(Problem.at(Workbooks.ref(INSTRUCTIONS, row.orElseThrow(), 1), ANSWERED_ON + ": found '"
            + Problem.quote(given) + "'; expected the day of the answers, YYYY-MM-DD"));
        return Optional.empty();
      }
    }
    if (signing.required()) {
      unsigned(row, ANSWERED_ON, "the day of the answers, YYYY-MM-DD", "--on", problems);
    }
    return Optional.empty();
  }

  /**
   * The problem of an empty {@code label} row, at its cell; of a workbook without such a row (exported before it
   * had one), at the sheet's first cell. A cell already reported (a formula) is not reported again.
   */
  private static void unsigned(Optional<Integer> row, String label, String expected, String option,
      List<Problem> problems) {
    if (row.isEmpty()) {
      problems.add(Problem.at(Workbooks.ref(INSTRUCTIONS, 0, 0), "lacks the row '" + label + "' (the workbook was "
          + "exported before it had one); expected " + expected + " in a row '" + label + "', or " + option
          + " on the command line"));
      return;
    }
    String at = Workbooks.ref(INSTRUCTIONS, row.get(), 1);
    if (problems.stream().noneMatch(p -> p.location().equals(at))) {
      problems.add(Problem.at(at, label + ": empty; expected " + expected + ", or " + option + " on the command "
          + "line"));
    }
  }

  /**
   * Checks the {@value #INSTRUCTIONS} sheet's binding rows against the workbook this map gives the organization it
   * names; that questionnaire when the organization is in the map.
   */
  private static Optional<Questionnaire> binding(List<List<String>> grid, EcosystemMap map, List<Problem> problems) {
    Map<String, Integer> rows = new HashMap<>();
    for (int r = 0; r < grid.size(); r++) {
      String label = get(grid.get(r), 0).strip().toLowerCase(Locale.ROOT);
      if (BINDING_LABELS.contains(label)) {
        rows.putIfAbsent(label, r);
      }
    }
    int before = problems.size();
    for (String label : BINDING_LABELS) {
      if (!rows.containsKey(label)) {
        problems.add(Problem.at(Workbooks.ref(INSTRUCTIONS, 0, 0), "lacks the row '" + label + "'; expected the "
            + "rows " + String.join(", ", BINDING_LABELS) + " as dssa survey export wrote them"));
      }
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    String format = value(grid, rows, "format");
    if (!format.equals(SurveyJson.FORMAT)) {
      problems.add(Problem.at(at(rows, "format"), "found '" + Problem.quote(format) + "'; expected '"
          + SurveyJson.FORMAT + "'"));
    }
    String organization = value(grid, rows, "organization").strip();
    if (map.organization(organization).isEmpty()) {
      problems.add(Problem.at(at(rows, "organization"), (organization.isEmpty() ? "empty"
          : "the map has no organization '" + Problem.quote(organization) + "'")
          + "; expected the organization the workbook was made for"));
      return Optional.empty();
    }
    Questionnaire q = Questionnaire.of(map, organization);
    same(grid, rows, "kind", q.organization().kind(), "the map's '" + organization + "' is a", problems);
    same(grid, rows, "catalog", q.catalog(), "the map's catalog is", problems);
    same(grid, rows, "map", map.title(), "this map's title is", problems);
    String asOf = map.asOf().map(Object::toString).orElse("");
    String givenAsOf = value(grid, rows, "map as of").strip();
    if (!givenAsOf.equals(asOf)) {
      problems.add(Problem.at(at(rows, "map as of"), "the workbook was made from the map as of '"
          + Problem.quote(givenAsOf.isEmpty() ? "(no date)" : givenAsOf) + "'; this map is as of '"
          + (asOf.isEmpty() ? "(no date)" : asOf) + "': answers apply to the version they answer"));
    }
    if (problems.size() == before && !value(grid, rows, "fingerprint").strip().equals(SurveyJson.fingerprint(q,
        map))) {
      problems.add(Problem.at(at(rows, "fingerprint"), "does not match the questionnaire this map gives '"
          + organization + "': it was made from another version of the map, or edited"));
    }
    return Optional.of(q);
  }

  private static String value(List<List<String>> grid, Map<String, Integer> rows, String label) {
    return get(grid.get(Objects.requireNonNull(rows.get(label))), 1);
  }

  private static String at(Map<String, Integer> rows, String label) {
    return Workbooks.ref(INSTRUCTIONS, Objects.requireNonNull(rows.get(label)), 1);
  }

  private static void same(List<List<String>> grid, Map<String, Integer> rows, String label, String expected,
      String what, List<Problem> problems) {
    String given = value(grid, rows, label);
    if (!given.equals(expected)) {
      problems.add(Problem.at(at(rows, label), "the workbook says '" + Problem.quote(given) + "'; " + what + " '"
          + Problem.quote(expected) + "'"));
    }
  }

  private static String get(List<String> row, int column) {
    return column < row.size() ? row.get(column) : "";
  }

  /** Checks a header row: each expected column in its place. */
  private static boolean header(String sheet, List<List<String>> grid, List<String> columns,
      List<Problem> problems) {
    List<String> header = grid.isEmpty() ? List.of() : grid.get(0);
    boolean ok = true;
    for (int c = 0; c < columns.size(); c++) {
      String found = get(header, c).strip();
      if (!found.equalsIgnoreCase(columns.get(c))) {
        problems.add(Problem.at(Workbooks.ref(sheet, 0, c), "found the column '" + Problem.quote(found)
            + "'; expected '" + columns.get(c) + "' (the columns are " + String.join(", ", columns) + ")"));
        ok = false;
      }
    }
    return ok;
  }

  /** The cell a row names in columns B, C, D (function id, dimension, layer); problems for what is wrong. */
  private static Optional<Cell> cell(String sheet, int r, List<String> row, EcosystemMap map,
      List<Problem> problems) {
    int before = problems.size();
    String function = get(row, 1).strip();
    String dimension = get(row, 2).strip();
    String layer = get(row, 3).strip();
    if (function.isEmpty()) {
      problems.add(Problem.at(Workbooks.ref(sheet, r, 1), "function id: empty; expected a function id of "
          + "catalog " + map.catalog().id()));
    } else if (!map.catalog().contains(function)) {
      problems.add(Problem.at(Workbooks.ref(sheet, r, 1), "function id: found '" + Problem.quote(function)
          + "'; expected a function of catalog " + map.catalog().id() + " (see the " + FUNCTIONS + " sheet)"));
    }
    Dimension d = vocabulary(sheet, r, 2, "dimension", dimension,
        Arrays.stream(Dimension.values()).map(Dimension::id).toList(), Dimension::ofId, problems);
    Layer l = vocabulary(sheet, r, 3, "layer", layer, Arrays.stream(Layer.values()).map(Layer::id).toList(),
        Layer::ofId, problems);
    if (problems.size() > before || d == null || l == null) {
      return Optional.empty();
    }
    return Optional.of(Cell.of(function, d, l));
  }

  private interface Parse<T> {
    T of(String id);
  }

  private static <T> @Nullable T vocabulary(String sheet, int r, int c, String column, String value,
      List<String> accepted, Parse<T> parse, List<Problem> problems) {
    if (value.isEmpty()) {
      problems.add(Problem.at(Workbooks.ref(sheet, r, c), column + ": empty; expected one of "
          + String.join(", ", accepted)));
      return null;
    }
    try {
      return parse.of(value.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(Problem.at(Workbooks.ref(sheet, r, c), column + ": found '" + Problem.quote(value)
          + "'; expected one of " + String.join(", ", accepted)));
      return null;
    }
  }

  private static void placements(List<List<String>> grid, EcosystemMap map, Optional<Questionnaire> expected,
      List<Response> answers, List<Problem> problems) {
    if (!header(PLACEMENTS, grid, PLACEMENT_COLUMNS, problems)) {
      return;
    }
    Map<Cell, Question> asked = new LinkedHashMap<>();
    expected.ifPresent(q -> q.questions().stream().filter(Question::onTheMap).forEach(x -> asked.put(x.cell(), x)));
    Set<Cell> seen = new HashSet<>();
    List<String> accepted = Arrays.stream(Answer.values()).map(Answer::id).toList();
    for (int r = 1; r < grid.size(); r++) {
      List<String> row = grid.get(r);
      if (row.stream().allMatch(String::isEmpty)) {
        continue;
      }
      Optional<Cell> cell = cell(PLACEMENTS, r, row, map, problems);
      String answerText = get(row, ANSWER).strip();
      Answer answer = answerText.isEmpty() ? null : vocabulary(PLACEMENTS, r, ANSWER, "answer", answerText,
          accepted, Answer::ofId, problems);
      if (cell.isEmpty() || expected.isEmpty()) {
        continue;
      }
      String org = expected.get().organization().id();
      Question q = asked.get(cell.get());
      if (q == null) {
        problems.add(Problem.at(Workbooks.rowRef(PLACEMENTS, r), "the map does not place '" + org + "' at "
            + cell.get() + ", so the workbook for '" + org + "' from this map has no such row (answer about other "
            + "cells on the " + QUESTIONS + " sheet)"));
        continue;
      }
      if (!seen.add(cell.get())) {
        problems.add(Problem.at(Workbooks.rowRef(PLACEMENTS, r), cell.get() + " has a row already; expected each "
            + "placement once"));
        continue;
      }
      Placement p = q.current().orElseThrow();
      String status = get(row, 4).strip();
      String src = get(row, 5).strip();
      if (!status.equals(p.status().id())) {
        problems.add(Problem.at(Workbooks.ref(PLACEMENTS, r, 4), "status: the workbook says '"
            + Problem.quote(status) + "'; this map says '" + p.status().id() + "'"));
      }
      if (!src.equals(p.source().id())) {
        problems.add(Problem.at(Workbooks.ref(PLACEMENTS, r, 5), "source: the workbook says '"
            + Problem.quote(src) + "'; this map says '" + p.source().id() + "'"));
      }
      if (answer != null) {
        answers.add(response(cell.get(), answer, get(row, ANSWER + 1)));
      }
    }
    for (Cell cell : asked.keySet()) {
      if (!seen.contains(cell)) {
        problems.add(Problem.at(Workbooks.rowRef(PLACEMENTS, 0), "lacks the row for " + cell + " that the workbook "
            + "for '" + expected.orElseThrow().organization().id() + "' from this map has"));
      }
    }
  }

  private static void questions(List<List<String>> grid, EcosystemMap map, Optional<Questionnaire> expected,
      List<Response> answers, List<Problem> problems) {
    if (!header(QUESTIONS, grid, QUESTION_COLUMNS, problems)) {
      return;
    }
    Set<Cell> seen = new HashSet<>();
    for (int r = 1; r < grid.size(); r++) {
      List<String> row = grid.get(r);
      if (row.stream().allMatch(String::isEmpty)) {
        continue;
      }
      Optional<Cell> cell = cell(QUESTIONS, r, row, map, problems);
      List<Answer> given = new ArrayList<>();
      for (int i = 0; i < QUESTION_ANSWERS.size(); i++) {
        int c = FIRST_QUESTION + i;
        String v = get(row, c).strip().toLowerCase(Locale.ROOT);
        if (v.equals("yes")) {
          given.add(QUESTION_ANSWERS.get(i));
        } else if (!v.isEmpty() && !v.equals("no")) {
          problems.add(Problem.at(Workbooks.ref(QUESTIONS, r, c), QUESTION_COLUMNS.get(c) + ": found '"
              + Problem.quote(get(row, c).strip()) + "'; expected yes, no, or nothing"));
        }
      }
      if (cell.isEmpty() || expected.isEmpty()) {
        continue;
      }
      String org = expected.get().organization().id();
      if (map.placement(org, cell.get()).isPresent()) {
        problems.add(Problem.at(Workbooks.rowRef(QUESTIONS, r), "the map places '" + org + "' at " + cell.get()
            + ": answer about it on the " + PLACEMENTS + " sheet"));
        continue;
      }
      if (!seen.add(cell.get())) {
        problems.add(Problem.at(Workbooks.rowRef(QUESTIONS, r), cell.get() + " has a row already; expected each "
            + "cell once"));
        continue;
      }
      for (Answer a : given) {
        answers.add(response(cell.get(), a, get(row, QUESTION_COLUMNS.size() - 1)));
      }
    }
  }

  private static Response response(Cell cell, Answer answer, String comment) {
    Response r = Response.of(cell, answer);
    return comment.isEmpty() ? r : r.withComment(comment);
  }
}
