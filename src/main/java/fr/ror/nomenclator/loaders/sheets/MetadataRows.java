package fr.ror.nomenclator.loaders.sheets;

import fr.ror.nomenclator.loaders.sheets.CellReader.Where;
import fr.ror.nomenclator.loaders.sheets.SheetMapping.HeaderField;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a key/value metadata sheet: column A names a header field by the title the mapping
 * gives it, column B holds its value. Rows with other titles are ignored (a sheet may carry notes).
 */
final class MetadataRows implements RowHandler {

    private final CellReader cells;
    private final Map<String, HeaderField> fieldByTitle = new HashMap<>();
    private final Map<HeaderField, String> values = new EnumMap<>(HeaderField.class);

    MetadataRows(String source, SheetMapping.MetadataSheet sheet) {
        this.cells = new CellReader(source);
        sheet.fields().forEach((field, title) -> fieldByTitle.put(Titles.normalise(title), field));
    }

    @Override
    public void row(TableRow row) {
        HeaderField field = fieldByTitle.get(Titles.normalise(row.cell(0).written()));
        if (field == null) {
            return;
        }
        Where where = new Where(row.sheet(), row.number(), 1, row.cell(0).written());
        (field == HeaderField.DATE ? cells.dateTime(row.cell(1), where) : cells.text(row.cell(1), where))
                .ifPresent(value -> values.put(field, value));
    }

    Map<HeaderField, String> values() {
        return values;
    }
}
