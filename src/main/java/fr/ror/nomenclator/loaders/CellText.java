package fr.ror.nomenclator.loaders;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a cell of a workbook says, as text, and where it is, for messages
 * ({@code sheet 'Opérations', row 5, column 'Code' (C)}).
 *
 * @param text  the cell's text, stripped; null when the cell is empty
 * @param where the cell, as a message names it
 */
public record CellText(String text, String where) {

    private static final Pattern SEPARATORS = Pattern.compile("[,;]");

    public boolean isEmpty() {
        return text == null;
    }

    /** The codes of a cell that lists several, separated by commas or semicolons. */
    public List<String> list() {
        return text == null ? List.of() : Arrays.stream(SEPARATORS.split(text)).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }
}
