package org.dssamap.examples.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dssamap.model.InvalidMapException;
import org.dssamap.model.Problem;
import org.jspecify.annotations.Nullable;

/**
 * What the survey workbook and the table workbook share: writing a workbook byte for byte the same for the same
 * content, opening one without a stack trace, reading a cell as the text a person typed, and naming cells as
 * {@code Sheet!B7}.
 *
 * <p>Problems in a workbook are located as {@code Sheet!B7} (a cell), {@code Sheet!7:7} (a row) or empty (the
 * whole file), the spreadsheet locations of {@link Problem}, printed as {@code q.xlsx: Sheet!B7: message}.
 */
public final class Workbooks {
  /** The largest workbook read, in bytes. */
  public static final long MAX_BYTES = 64L << 20;

  /** The time written on every part of a workbook, and as its creation date, so that output is reproducible. */
  static final LocalDateTime FIXED_TIME = LocalDateTime.of(2026, 11, 25, 0, 0);

  static {
    // POI logs through the Log4j API; with no Log4j implementation on the class path, the API would warn on
    // stderr at the first workbook. The simple logger it ships with prints errors only, and no warning.
    if (System.getProperty("log4j2.loggerContextFactory") == null) {
      System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    }
  }

  private Workbooks() {}

  /** A new workbook; {@link #bytes} writes it. */
  static XSSFWorkbook create() {
    return new XSSFWorkbook();
  }

  /**
   * The workbook as .xlsx bytes, the same bytes for the same content: the creation date and the time of every
   * zip entry are {@link #FIXED_TIME}. Closes the workbook.
   */
  static byte[] bytes(XSSFWorkbook workbook) {
    try (workbook) {
      Date fixed = Date.from(FIXED_TIME.toInstant(ZoneOffset.UTC));
      workbook.getProperties().getCoreProperties().setCreated(Optional.of(fixed));
      workbook.getProperties().getCoreProperties().setModified(Optional.of(fixed));
      workbook.getProperties().getCoreProperties().setCreator("dssa-map");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return withFixedTimes(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException("writing a workbook in memory", e);
    }
  }

  /** The zip {@code bytes} again, entries in the same order, each with the time {@link #FIXED_TIME}. */
  private static byte[] withFixedTimes(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTimeLocal(FIXED_TIME);
        zip.putNextEntry(copy);
        in.transferTo(zip);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /**
   * Opens the bytes of a .xlsx file.
   *
   * @throws InvalidMapException with one problem for the whole file when it is too large, not a workbook, or
   *     damaged; never with POI's stack trace
   */
  static XSSFWorkbook open(byte[] bytes, String source) {
    if (bytes.length > MAX_BYTES) {
      throw new InvalidMapException(source, List.of(Problem.at("", "the file is larger than " + (MAX_BYTES >> 20)
          + " MiB, the most dssa-map reads of a workbook")));
    }
    if (bytes.length == 0) {
      throw new InvalidMapException(source, List.of(Problem.at("", "the file is empty; expected an .xlsx workbook")));
    }
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      return new XSSFWorkbook(in);
    } catch (IOException | RuntimeException e) {
      // POI fails on damaged files with many runtime exceptions (not an OOXML package, a broken part, a zip bomb).
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new InvalidMapException(source, List.of(Problem.at("", "not a readable .xlsx workbook ("
          + Problem.quote(firstLine(why)) + "); expected a workbook saved as .xlsx (Excel 2007 or later, "
          + "LibreOffice \"Excel 2007-365\")")));
    }
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    String line = end < 0 ? text : text.substring(0, end);
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }

  /** {@code Sheet!B7} for the 0-based row and column; the sheet name is quoted when it must be. */
  static String ref(Sheet sheet, int row, int column) {
    return ref(sheet.getSheetName(), row, column);
  }

  /** {@code Sheet!B7} for the 0-based row and column, as {@link Problem#sheetCell} writes it. */
  static String ref(String sheetName, int row, int column) {
    return Problem.sheetCell(sheetName, row + 1, column + 1);
  }

  /** {@code Sheet!7:7}: the 0-based row as a whole, as {@link Problem#sheetRow} writes it. */
  static String rowRef(String sheetName, int row) {
    return Problem.sheetRow(sheetName, row + 1);
  }

  private static final java.util.regex.Pattern LOCATION =
      java.util.regex.Pattern.compile("'?(.*?)'?!\\$?([A-Z]*)\\$?(\\d+)(?::\\d+)?");

  /**
   * The problems sorted as a person reads a workbook: the file as a whole first, then by sheet (in the order of
   * {@code sheets}, others after), row and column; problems at one place keep their order.
   */
  static List<Problem> inSheetOrder(List<Problem> problems, List<String> sheets) {
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(java.util.Comparator.comparingLong(p -> {
      java.util.regex.Matcher m = LOCATION.matcher(p.location());
      if (!m.matches()) {
        return p.location().isEmpty() ? -1L : Long.MAX_VALUE;
      }
      long sheet = sheets.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList()
          .indexOf(m.group(1).toLowerCase(Locale.ROOT));
      long column = m.group(2).isEmpty() ? 0 : CellReference.convertColStringToIndex(m.group(2)) + 1;
      return ((sheet < 0 ? sheets.size() : sheet) << 48) + (Long.parseLong(m.group(3)) << 16) + column;
    }));
    return sorted;
  }

  /** A column letter, {@code A} for 0. */
  static String column(int column) {
    return CellReference.convertNumToColString(column);
  }

  /**
   * The text a person typed in a cell: a string as it is, a whole number without decimals, another number in
   * plain notation, a date as {@code YYYY-MM-DD}, a boolean as {@code TRUE}/{@code FALSE}, nothing for an empty
   * cell. A formula or an error value is a problem at the cell (a formula's result is not what was typed, and may
   * change when the workbook is opened again), and reads as empty.
   */
  static String text(@Nullable Cell cell, List<Problem> problems) {
    if (cell == null) {
      return "";
    }
    String at = ref(cell.getSheet(), cell.getRowIndex(), cell.getColumnIndex());
    return switch (cell.getCellType()) {
      case STRING -> cell.getStringCellValue();
      case NUMERIC -> number(cell);
      case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      case FORMULA -> {
        problems.add(Problem.at(at, "a formula (=" + Problem.quote(cell.getCellFormula())
            + "); expected a value typed in, not a formula"));
        yield "";
      }
      case ERROR -> {
        problems.add(Problem.at(at, "an error value; expected a value typed in"));
        yield "";
      }
      default -> "";
    };
  }

  private static String number(Cell cell) {
    if (DateUtil.isCellDateFormatted(cell)) {
      return cell.getLocalDateTimeCellValue().toLocalDate().toString();
    }
    double d = cell.getNumericCellValue();
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
  }

  /** The texts of a sheet's cells, row by row, up to the last cell that has something; see {@link #text}. */
  static List<List<String>> grid(Sheet sheet, List<Problem> problems) {
    List<List<String>> rows = new ArrayList<>();
    for (int r = 0; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      List<String> values = new ArrayList<>();
      if (row != null) {
        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
          values.add(text(row.getCell(c), problems));
        }
      }
      while (!values.isEmpty() && values.get(values.size() - 1).isEmpty()) {
        values.remove(values.size() - 1);
      }
      rows.add(values);
    }
    return rows;
  }

  /** The sheet whose name is {@code name} (ignoring case and surrounding spaces), if the workbook has one. */
  static Optional<Sheet> sheet(Workbook workbook, String name) {
    for (Sheet s : workbook) {
      if (s.getSheetName().strip().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The names of the workbook's sheets, in order, for messages. */
  static List<String> sheetNames(Workbook workbook) {
    List<String> names = new ArrayList<>();
    workbook.forEach(s -> names.add(s.getSheetName()));
    return names;
  }

  /**
   * Styles of a written workbook: a bold locked header, locked text, unlocked answer cells (yellow), an unlocked
   * answer cell that shows a date as {@code YYYY-MM-DD}, and locked wrapped text.
   */
  record Styles(CellStyle header, CellStyle locked, CellStyle answer, CellStyle wrapped, CellStyle date) {
    static Styles of(Workbook workbook) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      CellStyle header = workbook.createCellStyle();
      header.setFont(bold);
      header.setLocked(true);
      CellStyle locked = workbook.createCellStyle();
      locked.setLocked(true);
      CellStyle answer = workbook.createCellStyle();
      answer.setLocked(false);
      answer.setFillForegroundColor(org.apache.poi.ss.usermodel.IndexedColors.LIGHT_YELLOW.getIndex());
      answer.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
      CellStyle wrapped = workbook.createCellStyle();
      wrapped.setLocked(true);
      wrapped.setWrapText(true);
      CellStyle date = workbook.createCellStyle();
      date.cloneStyleFrom(answer);
      date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      return new Styles(header, locked, answer, wrapped, date);
    }
  }

  /** Writes a header row (row 0) and freezes it; sets each column's width in characters. */
  static void header(Sheet sheet, Styles styles, List<String> names, List<Integer> widths) {
    Row row = sheet.createRow(0);
    for (int i = 0; i < names.size(); i++) {
      Cell c = row.createCell(i, CellType.STRING);
      c.setCellValue(names.get(i));
      c.setCellStyle(styles.header());
      sheet.setColumnWidth(i, Math.min(255, widths.get(i)) * 256);
    }
    sheet.createFreezePane(0, 1);
  }

  /** The most characters a spreadsheet cell holds (Excel's limit, which POI enforces). */
  public static final int MAX_CELL_CHARS = 32_767;

  /** A value too long for a spreadsheet cell: the workbook cannot be written without cutting it. */
  public static final class CellTooLongException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    CellTooLongException(String cell, int length) {
      super("the value for " + cell + " has " + String.format(Locale.ROOT, "%,d", length) + " characters; a "
          + "spreadsheet cell holds at most " + String.format(Locale.ROOT, "%,d", MAX_CELL_CHARS));
    }
  }

  /**
   * Writes text cells in a row, each with {@code style}.
   *
   * @throws CellTooLongException when a value is longer than {@link #MAX_CELL_CHARS}
   */
  static Row textRow(Sheet sheet, int index, List<String> values, CellStyle style) {
    Row row = sheet.createRow(index);
    for (int i = 0; i < values.size(); i++) {
      Cell c = row.createCell(i, CellType.STRING);
      String text = escape(values.get(i));
      if (text.length() > MAX_CELL_CHARS) {
        throw new CellTooLongException(ref(sheet, index, i), text.length());
      }
      c.setCellValue(text);
      c.setCellStyle(style);
    }
    return row;
  }

  /**
   * Text as a workbook cell holds it: a character that XML cannot carry (a control character other than tab and
   * line feed, U+FFFE, U+FFFF, a lone surrogate) as {@code _xHHHH_}, and a {@code _x} that would read as such an
   * escape as {@code _x005F_x}, as spreadsheet programs write them; reading a cell undoes it.
   */
  static String escape(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean surrogate = Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) && !(Character.isLowSurrogate(c) && i > 0
          && Character.isHighSurrogate(text.charAt(i - 1)));
      boolean escaped = (c < 0x20 && c != '\t' && c != '\n') || c == 0xFFFE || c == 0xFFFF || surrogate
          || (c == '_' && text.startsWith("x", i + 1) && i + 6 < text.length() && text.charAt(i + 6) == '_'
              && text.substring(i + 2, i + 6).chars().allMatch(h -> Character.digit(h, 16) >= 0));
      if (escaped && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (escaped) {
        Objects.requireNonNull(out).append(String.format(Locale.ROOT, "_x%04X_", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /** A drop-down list of {@code choices} on rows {@code first..last} (0-based) of one column. */
  static void dropDown(XSSFSheet sheet, int first, int last, int column, List<String> choices) {
    if (last < first) {
      return;
    }
    XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
    DataValidationConstraint constraint = helper.createExplicitListConstraint(choices.toArray(String[]::new));
    DataValidation validation = helper.createValidation(constraint, new CellRangeAddressList(first, last, column,
        column));
    validation.setShowErrorBox(true);
    validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
    validation.createErrorBox("Not an answer", "Choose one of: " + String.join(", ", choices));
    validation.setSuppressDropDownArrow(true);
    sheet.addValidationData(validation);
  }

  /**
   * Accepts only a date in one cell (0-based row and column): a spreadsheet program refuses anything else as it is
   * typed, and a date typed in the local form (14/09/2012, 14.09.2012) is kept as a date.
   */
  static void dateOnly(XSSFSheet sheet, int row, int column) {
    XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
    DataValidationConstraint constraint = helper.createDateConstraint(
        DataValidationConstraint.OperatorType.BETWEEN, "=DATE(2000,1,1)", "=DATE(2099,12,31)", null);
    DataValidation validation = helper.createValidation(constraint, new CellRangeAddressList(row, row, column,
        column));
    validation.setShowErrorBox(true);
    validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
    validation.createErrorBox("Not a date", "Type the day of your answers, e.g. 2012-09-14");
    sheet.addValidationData(validation);
  }

  /** Protects the sheet without a password: locked cells cannot be edited, unlocked ones can. */
  static void protect(XSSFSheet sheet) {
    sheet.enableLocking();
    sheet.lockSelectLockedCells(false);
    sheet.lockSelectUnlockedCells(false);
    sheet.lockFormatColumns(false);
    sheet.lockFormatRows(false);
    sheet.lockSort(true);
    sheet.lockAutoFilter(true);
  }
}
