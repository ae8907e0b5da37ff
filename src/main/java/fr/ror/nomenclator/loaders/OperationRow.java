package fr.ror.nomenclator.loaders;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One row of a change-request workbook, read and checked against the mapping: the operation its
 * label names and the non-empty fields it gives (the label's fixed values included). Every field
 * present is one the operation uses, and every field it requires is present.
 *
 * @param label  the operation as the mapping writes it ({@code Retrait})
 * @param kind   the operation kind the mapping gives that label ({@code retire})
 * @param fields the fields given, with the cell each comes from
 */
public record OperationRow(String sheet, int row, String label, String kind, Map<OperationField, CellText> fields) {

    public OperationRow {
        fields = Map.copyOf(fields);
    }

    public Optional<String> text(OperationField field) {
        return Optional.ofNullable(fields.get(field)).map(CellText::text);
    }

    public List<String> list(OperationField field) {
        CellText cell = fields.get(field);
        return cell == null ? List.of() : cell.list();
    }

    /** The row, as a message names it: {@code sheet 'Opérations', row 5}. */
    public String where() {
        return "sheet '" + sheet + "', row " + row;
    }
}
