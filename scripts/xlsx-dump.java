// Prints the sheets of an .xlsx workbook with their first rows, one tab-separated line per row, to look at what
// dssa writes (survey export, convert) without a spreadsheet program. Uses the POI that the dssa jar carries:
//
//   java -cp dssa-examples/target/dssa-examples-*-all.jar scripts/xlsx-dump.java FILE.xlsx [ROWS]
//
// A formula is shown as =FORMULA, a locked sheet says so, a drop-down column lists its choices, a cell that accepts
// only a date says so.
import java.io.FileInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

class XlsxDump {
  public static void main(String[] args) throws Exception {
    System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    int rows = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    DataFormatter format = new DataFormatter();
    try (XSSFWorkbook wb = new XSSFWorkbook(new FileInputStream(args[0]))) {
      for (int s = 0; s < wb.getNumberOfSheets(); s++) {
        XSSFSheet sheet = wb.getSheetAt(s);
        System.out.println("== " + sheet.getSheetName() + " (" + sheet.getLastRowNum() + " rows after the first"
            + (sheet.isSheetLocked() ? ", protected" : "")
            + (sheet.getPaneInformation() != null ? ", header frozen" : "") + ")");
        sheet.getDataValidations().forEach(v -> {
          String[] choices = v.getValidationConstraint().getExplicitListValues();
          System.out.println("   " + (choices != null ? "drop-down " : "accepts only a date: ")
              + v.getRegions().getCellRangeAddress(0).formatAsString()
              + (choices != null ? ": " + String.join("/", choices) : ""));
        });
        for (int r = 0; r <= Math.min(rows - 1, sheet.getLastRowNum()); r++) {
          Row row = sheet.getRow(r);
          StringBuilder line = new StringBuilder(String.format("%3d", r + 1));
          for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            String text = cell == null ? "" : cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA
                ? "=" + cell.getCellFormula() : format.formatCellValue(cell);
            line.append(c == 0 ? " | " : " | ").append(text.length() > 60 ? text.substring(0, 57) + "..." : text);
          }
          System.out.println(line);
        }
      }
    }
  }
}
