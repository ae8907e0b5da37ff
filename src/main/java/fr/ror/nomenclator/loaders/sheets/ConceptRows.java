package fr.ror.nomenclator.loaders.sheets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import fr.ror.nomenclator.loaders.LoadError;
import fr.ror.nomenclator.loaders.LoadException;
import fr.ror.nomenclator.loaders.sheets.CellReader.Where;
import fr.ror.nomenclator.loaders.sheets.SheetMapping.Column;
import fr.ror.nomenclator.loaders.sheets.SheetMapping.Columns;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the rows of a concept table into {@link ConceptRow}s as they stream by: rows above the
 * header row are ignored, the header row binds the mapping's columns, blank rows are skipped, and
 * every other row is checked (a code, a display, readable dates, a known status, no code twice).
 * The first problem stops the read with an error naming sheet, row and column.
 */
public final class ConceptRows implements RowHandler {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[,;]");

    private final String source;
    private final SheetMapping mapping;
    private final CellReader cells;
    private final long maxRows;
    private final List<ConceptRow> rows = new ArrayList<>();
    private final Map<String, Integer> rowOfCode = new HashMap<>();
    private HeaderBinding binding;
    private String sheet;

    public ConceptRows(String source, SheetMapping mapping, long maxRows) {
        this.source = source;
        this.mapping = mapping;
        this.cells = new CellReader(source);
        this.maxRows = maxRows;
    }

    @Override
    public void row(TableRow row) {
        sheet = row.sheet();
        int headerRow = mapping.concepts().headerRow();
        if (row.number() < headerRow) {
            return;
        }
        if (row.number() == headerRow || binding == null && !row.isBlank()) {
            if (row.number() != headerRow) {
                throw noHeader();
            }
            binding = HeaderBinding.bind(source, mapping.name(), row, mapping.concepts().columns().all(),
                    mapping.concepts().ignoreOtherColumns());
            return;
        }
        if (binding == null || row.isBlank()) {
            return;
        }
        if (rows.size() >= maxRows) {
            throw new LoadException(LoadError.TOO_LARGE, source, "sheet '" + row.sheet() + "' has more than " + maxRows
                    + " concept rows (nomenclator.loaders.max-rows)");
        }
        ConceptRow concept = concept(row);
        Integer previous = rowOfCode.putIfAbsent(concept.code(), row.number());
        if (previous != null) {
            throw new LoadException(LoadError.DUPLICATE_CODE, source, "sheet '" + row.sheet() + "', row " + row.number()
                    + ": the code '" + concept.code() + "' is already on row " + previous + "; each code may appear once");
        }
        rows.add(concept);
    }

    /** The concept rows read, in sheet order, once the whole table has streamed by. */
    public List<ConceptRow> rows() {
        if (binding == null) {
            throw noHeader();
        }
        return List.copyOf(rows);
    }

    private LoadException noHeader() {
        return new LoadException(LoadError.MISSING_COLUMN, source, "sheet '" + (sheet == null ? mapping.concepts().sheet()
                : sheet) + "' has no header row: the mapping " + mapping.name() + " expects the column titles on row "
                + mapping.concepts().headerRow());
    }

    private ConceptRow concept(TableRow row) {
        Columns c = mapping.concepts().columns();
        String code = text(row, c.code()).orElseThrow(() -> invalid(row, c.code(), "is empty: every concept needs a code"));
        String display = text(row, c.display()).orElseThrow(() -> invalid(row, c.display(),
                "is empty: the concept " + code + " needs a display"));
        List<ConceptRow.Designation> designations = new ArrayList<>();
        for (SheetMapping.DesignationColumn d : c.designations()) {
            text(row, d.column()).ifPresent(value -> designations.add(new ConceptRow.Designation(d, value)));
        }
        List<ConceptRow.Property> properties = new ArrayList<>();
        for (SheetMapping.PropertyColumn p : c.properties()) {
            property(row, p).ifPresent(value -> properties.add(new ConceptRow.Property(p, value)));
        }
        return new ConceptRow(row.sheet(), row.number(), code, display, designations, text(row, c.definition()).orElse(null),
                codes(row, c.parent()), date(row, c.dateValid()), date(row, c.dateFin()), date(row, c.dateMaj()),
                status(row, c.status()), codes(row, c.replacedBy()), properties);
    }

    private Optional<JsonNode> property(TableRow row, SheetMapping.PropertyColumn p) {
        int index = binding.index(p.column());
        if (index < 0) {
            return Optional.empty();
        }
        CellValue cell = row.cell(index);
        Where where = where(row, index);
        return switch (p.type()) {
            case STRING, CODE -> cells.text(cell, where).map(JSON::textNode);
            case BOOLEAN -> cells.bool(cell, where).map(JSON::booleanNode);
            case INTEGER -> cells.integer(cell, where).map(JSON::numberNode);
            case DECIMAL -> cells.decimal(cell, where).map(JSON::numberNode);
            case DATE_TIME -> cells.dateTime(cell, where).map(JSON::textNode);
        };
    }

    private String status(TableRow row, Column column) {
        Optional<String> value = text(row, column);
        if (value.isEmpty()) {
            return null;
        }
        return switch (Titles.normalise(value.get())) {
            case "active", "actif" -> "active";
            case "deprecated", "deprecie", "obsolete" -> "deprecated";
            case "retired", "retire" -> "retired";
            default -> throw invalid(row, column, "is not a concept status (active, deprecated, retired — or actif, "
                    + "déprécié, retiré)");
        };
    }

    private List<String> codes(TableRow row, Column column) {
        return text(row, column).map(v -> Arrays.stream(SEPARATORS.split(v)).map(String::strip).filter(s -> !s.isEmpty())
                .toList()).orElse(List.of());
    }

    private Optional<String> text(TableRow row, Column column) {
        int index = binding.index(column);
        return index < 0 ? Optional.empty() : cells.text(row.cell(index), where(row, index));
    }

    private String date(TableRow row, Column column) {
        int index = binding.index(column);
        return index < 0 ? null : cells.dateTime(row.cell(index), where(row, index)).orElse(null);
    }

    private Where where(TableRow row, int index) {
        return new Where(row.sheet(), row.number(), index, binding.title(index));
    }

    private LoadException invalid(TableRow row, Column column, String problem) {
        int index = binding.index(column);
        return new LoadException(LoadError.INVALID_CELL, source, where(row, index) + " " + problem);
    }
}
