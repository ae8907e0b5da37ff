package fr.ror.nomenclator.loaders.sheets;

import fr.ror.nomenclator.loaders.CellProblem;
import fr.ror.nomenclator.loaders.CellText;
import fr.ror.nomenclator.loaders.LoadException;
import fr.ror.nomenclator.loaders.RequestField;
import fr.ror.nomenclator.loaders.sheets.CellReader.Where;
import fr.ror.nomenclator.loaders.sheets.ChangeRequestMapping.RequestSheet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the key/value sheet of a change request's header: column A names a field by one of the
 * titles the mapping gives it, column B holds its value. Rows with other titles are ignored (notes,
 * instructions); a field on two rows and an unreadable cell are problems, collected. The target
 * release is a month ({@code 2027-01}; a date cell, which Excel makes of a typed 2027-01, gives its month).
 */
final class RequestRows implements RowHandler {

    private final RequestSheet sheet;
    private final CellReader cells;
    private final Map<String, RequestField> fieldByTitle = new HashMap<>();
    private final Map<RequestField, CellText> values = new EnumMap<>(RequestField.class);
    private final Map<RequestField, Integer> rowOf = new EnumMap<>(RequestField.class);
    private final List<CellProblem> problems = new ArrayList<>();

    RequestRows(String source, RequestSheet sheet) {
        this.sheet = sheet;
        this.cells = new CellReader(source);
        sheet.fields().forEach((field, column) -> column.titles().forEach(title ->
                fieldByTitle.put(Titles.normalise(title), field)));
    }

    @Override
    public void row(TableRow row) {
        RequestField field = fieldByTitle.get(Titles.normalise(row.cell(0).written()));
        if (field == null) {
            return;
        }
        Where where = new Where(row.sheet(), row.number(), 1, row.cell(0).written().strip());
        Integer previous = rowOf.putIfAbsent(field, row.number());
        if (previous != null) {
            problems.add(new CellProblem(where.toString(), 0, "'" + sheet.fields().get(field).title()
                    + "' is already given on row " + previous));
            return;
        }
        try {
            Optional<String> value = field == RequestField.TARGET_RELEASE ? cells.month(row.cell(1), where)
                    : cells.text(row.cell(1), where);
            values.put(field, new CellText(value.orElse(null), where.toString()));
        } catch (LoadException e) {
            problems.add(problem(where, 0, e));
        }
    }

    /** Every field of the mapping: its text and cell, or null text and where it is expected. */
    Map<RequestField, CellText> values() {
        Map<RequestField, CellText> all = new EnumMap<>(RequestField.class);
        sheet.fields().forEach((field, column) -> all.put(field, values.getOrDefault(field, new CellText(null,
                "sheet '" + sheet.sheet() + "' (no row titled '" + column.title() + "' in column A)"))));
        return all;
    }

    List<CellProblem> problems() {
        return List.copyOf(problems);
    }

    /** A cell error as a problem: its place, and what the error says of it. */
    static CellProblem problem(Where where, int row, LoadException e) {
        String place = where.toString();
        String reason = e.reason();
        String what = reason.startsWith(place) ? reason.substring(place.length()).replaceFirst("^[: ]+", "") : reason;
        return new CellProblem(place, row, what);
    }
}
