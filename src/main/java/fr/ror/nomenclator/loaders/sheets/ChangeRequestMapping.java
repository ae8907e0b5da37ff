package fr.ror.nomenclator.loaders.sheets;

import fr.ror.nomenclator.loaders.OperationField;
import fr.ror.nomenclator.loaders.OperationLabel;
import fr.ror.nomenclator.loaders.RequestField;
import fr.ror.nomenclator.loaders.sheets.SheetMapping.Column;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The layout of a change-request workbook ({@code loaders/*.yaml} of {@code kind: change-request}):
 * a key/value sheet for the request's header, a table with one operation per row, the labels the
 * working groups write in its operation column and what each label needs, and the French words
 * accepted for the FHIR equivalences. Built and checked by {@link ChangeRequestMappingParser}.
 *
 * @param equivalences each FHIR R4 equivalence code and the labels a sheet may write for it (the code itself
 *                     is always accepted)
 */
public record ChangeRequestMapping(String name, String file, String description, RequestSheet request,
                                   OperationTable rows, List<OperationLabel> operations,
                                   Map<String, List<String>> equivalences) {

    public ChangeRequestMapping {
        operations = List.copyOf(operations);
        equivalences = Collections.unmodifiableMap(new LinkedHashMap<>(equivalences));
    }

    /**
     * @param fields the title each header field has in column A of the sheet
     */
    public record RequestSheet(String sheet, Map<RequestField, Column> fields) {
        public RequestSheet {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }
    }

    /**
     * @param operation the column naming each row's operation
     * @param columns   the column of each field, in the order they are written
     */
    public record OperationTable(String sheet, int headerRow, boolean ignoreOtherColumns, Column operation,
                                 Map<OperationField, Column> columns) {
        public OperationTable {
            columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        }

        /** Every column, the operation column first. */
        public List<Column> all() {
            List<Column> all = new ArrayList<>();
            all.add(operation);
            all.addAll(columns.values());
            return all;
        }
    }

    /** The operation a sheet's label names, compared ignoring case, accents and spacing. */
    public Optional<OperationLabel> operation(String written) {
        String wanted = Titles.normalise(written);
        return operations.stream().filter(o -> Titles.normalise(o.label()).equals(wanted)).findFirst();
    }

    /** The FHIR equivalence code a sheet's word stands for: the code itself or one of its labels. */
    public Optional<String> equivalence(String written) {
        String wanted = Titles.normalise(written);
        return equivalences.entrySet().stream().filter(e -> Titles.normalise(e.getKey()).equals(wanted)
                || e.getValue().stream().anyMatch(label -> Titles.normalise(label).equals(wanted)))
                .map(Map.Entry::getKey).findFirst();
    }
}
