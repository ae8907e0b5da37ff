package fr.ror.nomenclator.loaders.sheets;

import fr.ror.nomenclator.loaders.CellProblem;
import fr.ror.nomenclator.loaders.WorkbookChangeRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a change request from an xlsx workbook laid out by a change-request mapping, streaming
 * both sheets through POI's SAX reader ({@link XlsxTables}, with its zip-bomb, external-link and
 * macro guards): the request sheet, then the operation table.
 */
public final class ChangeRequestSheets {

    private ChangeRequestSheets() {
    }

    /**
     * @throws fr.ror.nomenclator.loaders.LoadException for a workbook that cannot be read as this layout at all:
     *         unsafe ({@code LD105}), unreadable ({@code LD101}), a missing sheet or column ({@code LD111}), too many
     *         rows ({@code LD104}); a cell that cannot be used is a problem of the answer instead
     */
    public static WorkbookChangeRequest read(String source, Path file, ChangeRequestMapping mapping, long maxRows) {
        RequestRows request = new RequestRows(source, mapping.request());
        XlsxTables.read(source, file, mapping.request().sheet(), request);
        OperationRows operations = new OperationRows(source, mapping, maxRows);
        XlsxTables.read(source, file, mapping.rows().sheet(), operations);
        List<CellProblem> problems = new ArrayList<>(request.problems());
        problems.addAll(operations.problems());
        return new WorkbookChangeRequest(source, mapping.name(), request.values(), operations.rows(), problems);
    }
}
