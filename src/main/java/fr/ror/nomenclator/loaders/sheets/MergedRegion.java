package fr.ror.nomenclator.loaders.sheets;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A merged region of a sheet: rows as numbered in the sheet (1-based), columns from 0.
 * Its value is the one of its top-left cell.
 */
record MergedRegion(int firstRow, int lastRow, int firstColumn, int lastColumn) {

    private static final Pattern REF = Pattern.compile("([A-Z]+)(\\d+)(?::([A-Z]+)(\\d+))?");

    static Optional<MergedRegion> parse(String ref) {
        if (ref == null) {
            return Optional.empty();
        }
        Matcher m = REF.matcher(ref.toUpperCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        int firstColumn = column(m.group(1));
        int firstRow = Integer.parseInt(m.group(2));
        int lastColumn = m.group(3) == null ? firstColumn : column(m.group(3));
        int lastRow = m.group(4) == null ? firstRow : Integer.parseInt(m.group(4));
        return Optional.of(new MergedRegion(firstRow, lastRow, firstColumn, lastColumn));
    }

    boolean coversRow(int row) {
        return row >= firstRow && row <= lastRow;
    }

    boolean isAnchor(int row, int column) {
        return row == firstRow && column == firstColumn;
    }

    /** The column index of spreadsheet letters: A → 0, AA → 26. */
    static int column(String letters) {
        int column = 0;
        for (int i = 0; i < letters.length(); i++) {
            column = column * 26 + (letters.charAt(i) - 'A' + 1);
        }
        return column - 1;
    }
}
