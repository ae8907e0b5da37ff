package fr.ror.nomenclator.governance.api;

import fr.ror.nomenclator.governance.operation.Operation;
import fr.ror.nomenclator.governance.request.RequestDetails;
import java.util.List;

/**
 * The body of {@code POST /api/change-requests} and {@code PUT /api/change-requests/{id}}.
 *
 * @param workingGroup the working group the request is proposed to (on creation only)
 * @param reason       why the request is edited (edits only; the audit keeps it)
 */
public record ChangeRequestInput(String title, String workingGroup, String rationale, String legalBasis,
                                 String requestingOrganisation, String targetRelease, List<Operation> operations,
                                 String reason) {

    RequestDetails details() {
        return new RequestDetails(title, rationale, legalBasis, requestingOrganisation, targetRelease);
    }
}
