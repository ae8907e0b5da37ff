package fr.ror.nomenclator.fhir;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/** OperationOutcomes with one issue, the shape every error and import answer of {@code /fhir} takes. */
final class OperationOutcomes {

    /** System of the stable error codes ({@code TE101}, …) carried in {@code issue.details.coding}. */
    static final String ERROR_CODE_SYSTEM = "https://nomenclator.esante.fr/fhir/CodeSystem/error-code";

    /** System of the import results ({@code CREATED}, {@code UNCHANGED}, {@code REPLACED}). */
    static final String IMPORT_RESULT_SYSTEM = "https://nomenclator.esante.fr/fhir/CodeSystem/import-result";

    private OperationOutcomes() {
    }

    static OperationOutcome error(IssueType type, String message) {
        return outcome(IssueSeverity.ERROR, type, message, null, null);
    }

    static OperationOutcome error(IssueType type, String message, String errorCode) {
        return outcome(IssueSeverity.ERROR, type, message, ERROR_CODE_SYSTEM, errorCode);
    }

    static OperationOutcome information(String message, String system, String code) {
        return outcome(IssueSeverity.INFORMATION, IssueType.INFORMATIONAL, message, system, code);
    }

    private static OperationOutcome outcome(IssueSeverity severity, IssueType type, String message, String system,
                                            String code) {
        OperationOutcome outcome = new OperationOutcome();
        OperationOutcome.OperationOutcomeIssueComponent issue = outcome.addIssue()
                .setSeverity(severity)
                .setCode(type)
                .setDiagnostics(message);
        if (code != null) {
            issue.setDetails(new CodeableConcept(new Coding(system, code, null)));
        }
        return outcome;
    }
}
