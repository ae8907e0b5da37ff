package fr.ror.nomenclator.governance.workbook;

import fr.ror.nomenclator.governance.operation.Operation;
import fr.ror.nomenclator.governance.request.Impact;
import fr.ror.nomenclator.governance.request.RequestDetails;
import fr.ror.nomenclator.terminology.Changelog;
import java.util.List;

/**
 * What importing a change-request workbook that holds would do, nothing saved: the request and the
 * operations read (each with its row), the impact, and for each nomenclature changed, what its next
 * draft would look like against the version in force. A workbook that does not hold has no preview:
 * its problems are the answer.
 *
 * @param workingGroup the working group's id
 */
public record WorkbookPreview(String source, String layout, String workingGroup, RequestDetails details,
                              List<ImportedOperation> operations, Impact impact, List<DraftChanges> changes) {

    public WorkbookPreview {
        operations = List.copyOf(operations);
        changes = List.copyOf(changes);
    }

    /** One operation and the row it was read from. */
    public record ImportedOperation(String sheet, int row, String label, Operation operation) {
    }

    /**
     * The changes to one nomenclature: its next draft (the operations applied to its open draft, or to the
     * version in force when none is open) compared with the version in force.
     *
     * @param inForce the resource id of the version in force (served by default)
     * @param base    the resource id of the version the operations apply to: the open draft, else {@code inForce}
     */
    public record DraftChanges(String kind, String nomenclature, String inForce, String base, Changelog changelog) {
    }
}
