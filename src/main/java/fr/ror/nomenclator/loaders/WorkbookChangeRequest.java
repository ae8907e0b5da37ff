package fr.ror.nomenclator.loaders;

import java.util.List;
import java.util.Map;

/**
 * A change request as a workbook states it: its header (title, working group, rationale…), one
 * {@link OperationRow} per operation row, and every cell that could not be used. Nothing is
 * decided here about whether the operations hold: that is governance's job.
 *
 * @param header   each header field of the mapping, with its cell (text null when empty or absent)
 * @param problems every cell that could not be used, in sheet order; the rows they are on are not in {@code operations}
 */
public record WorkbookChangeRequest(String source, String mapping, Map<RequestField, CellText> header,
                                    List<OperationRow> operations, List<CellProblem> problems) {

    public WorkbookChangeRequest {
        header = Map.copyOf(header);
        operations = List.copyOf(operations);
        problems = List.copyOf(problems);
    }

    public CellText header(RequestField field) {
        return header.get(field);
    }
}
