package fr.ror.nomenclator.loaders.sheets;

import java.util.List;

/**
 * One row of a sheet or CSV file, as read: the sheet's name, the row's number as the spreadsheet
 * shows it (1-based), and its cells by column (0 = A). The mapping turns it into a typed record
 * ({@link ConceptRow}); a change-request import can map the same rows to its own records.
 */
public record TableRow(String sheet, int number, List<CellValue> cells) {

    public TableRow {
        cells = List.copyOf(cells);
    }

    public CellValue cell(int column) {
        return column < cells.size() ? cells.get(column) : CellValue.EMPTY;
    }

    /** Every cell empty or blank: such rows are skipped. */
    public boolean isBlank() {
        return cells.stream().allMatch(CellValue::isBlank);
    }

    /** The spreadsheet letters of a column index: 0 → A, 26 → AA. */
    public static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
