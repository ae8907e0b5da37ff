package fr.ror.nomenclator.loaders.sheets;

import fr.ror.nomenclator.loaders.LoadError;
import fr.ror.nomenclator.loaders.LoadException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the mapping's columns in a header row: each column's index, or an error ({@code LD111})
 * naming the sheet, the header row and the column missing, with the titles that are there.
 * Shared by the row mappings: concepts and change-request operations.
 */
public final class HeaderBinding {

    private final Map<SheetMapping.Column, Integer> indexes;
    private final Map<Integer, String> titles;

    private HeaderBinding(Map<SheetMapping.Column, Integer> indexes, Map<Integer, String> titles) {
        this.indexes = indexes;
        this.titles = titles;
    }

    /**
     * @param ignoreOthers whether titled columns that no mapping column claims are allowed
     * @throws LoadException {@code LD111} for a missing required column, two columns of one title, or
     *                       (unless {@code ignoreOthers}) a column the mapping does not know
     */
    public static HeaderBinding bind(String source, String mapping, TableRow header, List<SheetMapping.Column> columns,
                                     boolean ignoreOthers) {
        return bind(source, mapping, header, columns, ignoreOthers, "concepts.otherColumns");
    }

    /** @param otherColumnsKey the mapping key that lets other columns through, for the message refusing one */
    public static HeaderBinding bind(String source, String mapping, TableRow header, List<SheetMapping.Column> columns,
                                     boolean ignoreOthers, String otherColumnsKey) {
        Map<String, Integer> byTitle = new HashMap<>();
        Map<Integer, String> titles = new LinkedHashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String title = header.cell(i).written().strip();
            if (title.isEmpty()) {
                continue;
            }
            titles.put(i, title);
            Integer previous = byTitle.put(Titles.normalise(title), i);
            if (previous != null) {
                throw new LoadException(LoadError.MISSING_COLUMN, source, where(header, i) + ": a second column titled '"
                        + title + "' (the first is " + TableRow.columnLetters(previous) + ")");
            }
        }
        Map<SheetMapping.Column, Integer> indexes = new LinkedHashMap<>();
        Set<Integer> claimed = new java.util.HashSet<>();
        for (SheetMapping.Column column : columns) {
            Integer index = column.titles().stream().map(t -> byTitle.get(Titles.normalise(t)))
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            if (index == null) {
                if (!column.optional()) {
                    throw new LoadException(LoadError.MISSING_COLUMN, source, "sheet '" + header.sheet() + "', row "
                            + header.number() + " (the header row): no column '" + column.title() + "' (" + column.key()
                            + " of the mapping " + mapping + "); the columns are: " + String.join(", ", titles.values()));
                }
                continue;
            }
            indexes.put(column, index);
            claimed.add(index);
        }
        if (!ignoreOthers) {
            List<Integer> others = new ArrayList<>(titles.keySet());
            others.removeAll(claimed);
            if (!others.isEmpty()) {
                int first = others.get(0);
                throw new LoadException(LoadError.MISSING_COLUMN, source, where(header, first) + ": '" + titles.get(first)
                        + "' is not a column of the mapping " + mapping + " (its columns: " + columns.stream()
                        .map(SheetMapping.Column::title).collect(Collectors.joining(", "))
                        + "); rename or remove it, or set " + otherColumnsKey + ": ignore in the mapping");
            }
        }
        return new HeaderBinding(indexes, titles);
    }

    private static String where(TableRow header, int column) {
        return "sheet '" + header.sheet() + "', row " + header.number() + " (the header row), column "
                + TableRow.columnLetters(column);
    }

    /** The column's index, or -1 when an optional column is absent. */
    public int index(SheetMapping.Column column) {
        return column == null ? -1 : indexes.getOrDefault(column, -1);
    }

    /** The title as the sheet writes it. */
    public String title(int index) {
        return titles.getOrDefault(index, TableRow.columnLetters(index));
    }
}
