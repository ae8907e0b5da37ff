package fr.ror.nomenclator.loaders.sheets;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX handler over one sheet's XML: builds each {@code <row>} as a {@link TableRow} and hands it
 * on at the row's end tag. Text is NFC-normalised, so an accent typed as a combining mark reads
 * like the composed letter.
 */
final class SheetHandler extends DefaultHandler {

    private final String sheet;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final boolean date1904;
    private final List<MergedRegion> merged;
    private final RowHandler handler;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    private final Map<MergedRegion, CellValue> anchors = new HashMap<>();

    private int rowNumber;
    private int nextColumn;
    private final List<CellValue> cells = new ArrayList<>();
    private int column;
    private String type;
    private int style;
    private final StringBuilder value = new StringBuilder();
    private final StringBuilder formula = new StringBuilder();
    private boolean hasValue;
    private boolean hasFormula;
    private boolean inValue;
    private boolean inFormula;
    private boolean inInlineText;
    private boolean inPhonetic;

    SheetHandler(String sheet, ReadOnlySharedStringsTable strings, StylesTable styles, boolean date1904,
                 List<MergedRegion> merged, RowHandler handler) {
        this.sheet = sheet;
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
        this.merged = merged;
        this.handler = handler;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row" -> {
                String r = attributes.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                nextColumn = 0;
                cells.clear();
            }
            case "c" -> {
                String ref = attributes.getValue("r");
                column = ref == null ? nextColumn : columnOf(ref);
                type = attributes.getValue("t");
                String s = attributes.getValue("s");
                style = s == null ? 0 : Integer.parseInt(s);
                value.setLength(0);
                formula.setLength(0);
                hasValue = false;
                hasFormula = false;
            }
            case "v" -> {
                inValue = true;
                hasValue = true;
            }
            case "f" -> {
                inFormula = true;
                hasFormula = true;
            }
            case "rPh" -> inPhonetic = true;
            case "t" -> {
                if ("inlineStr".equals(type) && !inPhonetic) {
                    inInlineText = true;
                    hasValue = true;
                }
            }
            default -> {
                // sheet properties, columns, formatting: not content
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue || inInlineText) {
            value.append(ch, start, length);
        } else if (inFormula) {
            formula.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v" -> inValue = false;
            case "f" -> inFormula = false;
            case "t" -> inInlineText = false;
            case "rPh" -> inPhonetic = false;
            case "c" -> {
                while (cells.size() <= column) {
                    cells.add(CellValue.EMPTY);
                }
                CellValue cell = cell();
                cells.set(column, cell);
                nextColumn = column + 1;
                for (MergedRegion region : merged) {
                    if (region.isAnchor(rowNumber, column)) {
                        anchors.put(region, cell);
                    }
                }
            }
            case "row" -> {
                fillMergedCells();
                handler.row(new TableRow(sheet, rowNumber, cells));
            }
            default -> {
                // nothing to close
            }
        }
    }

    private CellValue cell() {
        if (!hasValue) {
            return hasFormula ? new CellValue.UncachedFormula(formula.toString()) : CellValue.EMPTY;
        }
        String v = value.toString();
        if (type == null || type.equals("n")) {
            if (v.isEmpty()) {
                return CellValue.EMPTY;
            }
            double number = Double.parseDouble(v);
            return isDateStyle(style) && DateUtil.isValidExcelDate(number)
                    ? new CellValue.DateTime(DateUtil.getLocalDateTime(number, date1904)) : new CellValue.Number(number);
        }
        return switch (type) {
            case "s" -> text(strings.getItemAt(Integer.parseInt(v.strip())).getString());
            case "inlineStr", "str" -> text(v);
            case "b" -> new CellValue.Bool("1".equals(v.strip()) || "true".equalsIgnoreCase(v.strip()));
            case "e" -> new CellValue.Error(v);
            case "d" -> new CellValue.DateTime(v.contains("T") ? LocalDateTime.parse(v.strip())
                    : LocalDate.parse(v.strip()).atStartOfDay());
            default -> text(v);
        };
    }

    /** The column of a cell reference such as {@code AB12}. */
    private static int columnOf(String ref) {
        int column = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return column - 1;
    }

    private static CellValue text(String text) {
        return text.isEmpty() ? CellValue.EMPTY : new CellValue.Text(Normalizer.normalize(text, Normalizer.Form.NFC));
    }

    private boolean isDateStyle(int index) {
        return dateStyles.computeIfAbsent(index, i -> {
            if (styles == null || i >= styles.getNumCellStyles()) {
                return false;
            }
            XSSFCellStyle cellStyle = styles.getStyleAt(i);
            return cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
        });
    }

    private void fillMergedCells() {
        for (MergedRegion region : merged) {
            if (!region.coversRow(rowNumber)) {
                continue;
            }
            CellValue anchor = anchors.getOrDefault(region, CellValue.EMPTY);
            while (cells.size() <= region.lastColumn()) {
                cells.add(CellValue.EMPTY);
            }
            for (int c = region.firstColumn(); c <= region.lastColumn(); c++) {
                if (!region.isAnchor(rowNumber, c)) {
                    cells.set(c, anchor);
                }
            }
        }
    }
}
