package fr.ror.nomenclator.loaders.sheets;

import fr.ror.nomenclator.loaders.CellProblem;
import fr.ror.nomenclator.loaders.CellText;
import fr.ror.nomenclator.loaders.LoadError;
import fr.ror.nomenclator.loaders.LoadException;
import fr.ror.nomenclator.loaders.OperationField;
import fr.ror.nomenclator.loaders.OperationLabel;
import fr.ror.nomenclator.loaders.OperationRow;
import fr.ror.nomenclator.loaders.sheets.CellReader.Where;
import fr.ror.nomenclator.loaders.sheets.ChangeRequestMapping.OperationTable;
import fr.ror.nomenclator.loaders.sheets.SheetMapping.Column;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns the rows of a change-request operation table into {@link OperationRow}s as they stream by:
 * rows above the header row are ignored, the header row binds the mapping's columns, blank rows are
 * skipped, and every other row is checked against what its operation's label requires and allows.
 * Unlike a concept table, a bad cell does not stop the read: every problem of every row is
 * collected, so that a working group fixes its workbook in one go.
 */
final class OperationRows implements RowHandler {

    static final int MAX_PROBLEMS = 500;

    private final String source;
    private final ChangeRequestMapping mapping;
    private final OperationTable table;
    private final CellReader cells;
    private final long maxRows;
    private final List<OperationRow> rows = new ArrayList<>();
    private final List<CellProblem> problems = new ArrayList<>();
    private HeaderBinding binding;
    private String sheet;
    private long dataRows;

    OperationRows(String source, ChangeRequestMapping mapping, long maxRows) {
        this.source = source;
        this.mapping = mapping;
        this.table = mapping.rows();
        this.cells = new CellReader(source);
        this.maxRows = maxRows;
    }

    @Override
    public void row(TableRow row) {
        sheet = row.sheet();
        if (row.number() < table.headerRow()) {
            return;
        }
        if (row.number() == table.headerRow() || binding == null && !row.isBlank()) {
            if (row.number() != table.headerRow()) {
                throw noHeader();
            }
            binding = HeaderBinding.bind(source, mapping.name(), row, table.all(), table.ignoreOtherColumns(),
                    "rows.otherColumns");
            return;
        }
        if (binding == null || row.isBlank()) {
            return;
        }
        if (++dataRows > maxRows) {
            throw new LoadException(LoadError.TOO_LARGE, source, "sheet '" + row.sheet() + "' has more than " + maxRows
                    + " operation rows (nomenclator.loaders.max-rows)");
        }
        List<CellProblem> found = new ArrayList<>();
        Optional<OperationRow> operation = operation(row, found);
        operation.filter(o -> found.isEmpty()).ifPresent(rows::add);
        found.forEach(this::report);
    }

    List<OperationRow> rows() {
        if (binding == null) {
            throw noHeader();
        }
        return List.copyOf(rows);
    }

    List<CellProblem> problems() {
        return List.copyOf(problems);
    }

    private Optional<OperationRow> operation(TableRow row, List<CellProblem> found) {
        Map<OperationField, CellText> given = new EnumMap<>(OperationField.class);
        table.columns().forEach((field, column) -> {
            int index = binding.index(column);
            CellText cell = index < 0 ? null : text(row, index, found);
            if (cell != null && !cell.isEmpty()) {
                given.put(field, cell);
            }
        });
        int labelColumn = binding.index(table.operation());
        CellText label = text(row, labelColumn, found);
        if (label == null) {
            return Optional.empty();
        }
        if (label.isEmpty()) {
            found.add(new CellProblem(label.where(), row.number(), "is empty: each row is one operation, one of " + labels()));
            return Optional.empty();
        }
        Optional<OperationLabel> known = mapping.operation(label.text());
        if (known.isEmpty()) {
            found.add(new CellProblem(label.where(), row.number(), "'" + label.text() + "' is not an operation of the mapping "
                    + mapping.name() + "; write one of " + labels()));
            return Optional.empty();
        }
        OperationLabel op = known.get();
        given.forEach((field, cell) -> {
            if (op.fixed().containsKey(field)) {
                found.add(new CellProblem(cell.where(), row.number(), "is set by the operation '" + op.label() + "' ("
                        + op.fixed().get(field) + "): leave this cell empty"));
            } else if (!op.uses(field)) {
                found.add(new CellProblem(cell.where(), row.number(), "'" + op.label() + "' does not use this column: leave it empty,"
                        + " or choose the operation that does"));
            }
        });
        for (OperationField field : op.required()) {
            if (!given.containsKey(field)) {
                Column column = table.columns().get(field);
                int index = binding.index(column);
                found.add(index < 0
                        ? new CellProblem("sheet '" + row.sheet() + "', row " + row.number(), row.number(), "'" + op.label()
                                + "' needs the column '" + column.title() + "', which the sheet does not have")
                        : new CellProblem(where(row, index), row.number(), "is empty: '" + op.label() + "' needs it"));
            }
        }
        CellText equivalence = given.get(OperationField.EQUIVALENCE);
        if (equivalence != null && op.uses(OperationField.EQUIVALENCE)) {
            Optional<String> code = mapping.equivalence(equivalence.text());
            if (code.isEmpty()) {
                found.add(new CellProblem(equivalence.where(), row.number(), "'" + equivalence.text() + "' is not an equivalence; write"
                        + " one of " + equivalences()));
            } else {
                given.put(OperationField.EQUIVALENCE, new CellText(code.get(), equivalence.where()));
            }
        }
        op.fixed().forEach((field, value) -> given.put(field, new CellText(value, label.where())));
        return Optional.of(new OperationRow(row.sheet(), row.number(), op.label(), op.kind(), given));
    }

    /** The cell as text (null text when empty), or null when it cannot be read at all (a formula error…). */
    private CellText text(TableRow row, int index, List<CellProblem> found) {
        Where where = new Where(row.sheet(), row.number(), index, binding.title(index));
        try {
            return new CellText(cells.text(row.cell(index), where).orElse(null), where.toString());
        } catch (LoadException e) {
            found.add(RequestRows.problem(where, row.number(), e));
            return null;
        }
    }

    private String where(TableRow row, int index) {
        return new Where(row.sheet(), row.number(), index, binding.title(index)).toString();
    }

    private void report(CellProblem problem) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(problem);
        } else if (problems.size() == MAX_PROBLEMS) {
            problems.add(new CellProblem("sheet '" + sheet + "'", Integer.MAX_VALUE, "more problems than the " + MAX_PROBLEMS
                    + " listed; fix these first"));
        }
    }

    private String labels() {
        return mapping.operations().stream().map(o -> "'" + o.label() + "'").collect(Collectors.joining(", "));
    }

    private String equivalences() {
        return mapping.equivalences().entrySet().stream().map(e -> e.getValue().isEmpty() ? e.getKey()
                : e.getValue().get(0) + " (" + e.getKey() + ")").collect(Collectors.joining(", "));
    }

    private LoadException noHeader() {
        return new LoadException(LoadError.MISSING_COLUMN, source, "sheet '" + (sheet == null ? table.sheet() : sheet)
                + "' has no header row: the mapping " + mapping.name() + " expects the column titles on row "
                + table.headerRow());
    }
}
