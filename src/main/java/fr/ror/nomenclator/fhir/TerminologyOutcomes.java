package fr.ror.nomenclator.fhir;

import fr.ror.nomenclator.terminology.ValidationIssue;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.StringType;

/**
 * Terminology findings as OperationOutcome issues, typed the way the HL7 terminology tooling reads
 * them: the issue type, the {@code tx-issue-type} coding, the message id extension and the
 * FHIRPath of the input the issue is about (in both {@code location} and {@code expression}).
 */
final class TerminologyOutcomes {

    static final String TX_ISSUE_TYPE = "http://hl7.org/fhir/tools/CodeSystem/tx-issue-type";
    static final String MESSAGE_ID = "http://hl7.org/fhir/StructureDefinition/operationoutcome-message-id";

    private TerminologyOutcomes() {
    }

    /** Where the stable error code ({@code TE4xx}) of a refused operation travels. */
    static final String ERROR_CODE = "https://nomenclator.esante.fr/fhir/StructureDefinition/error-code";

    static OperationOutcome of(List<ValidationIssue> issues) {
        OperationOutcome outcome = new OperationOutcome();
        issues.forEach(issue -> add(outcome, issue));
        return outcome;
    }

    /** The outcome of a refused operation: its issues, each with the message as diagnostics and the error code. */
    static OperationOutcome refusal(String errorCode, List<ValidationIssue> issues) {
        OperationOutcome outcome = of(issues);
        outcome.getIssue().forEach(issue -> {
            issue.setDiagnostics(issue.getDetails().getText());
            issue.addExtension(ERROR_CODE, new org.hl7.fhir.r4.model.CodeType(errorCode));
        });
        return outcome;
    }

    static void add(OperationOutcome outcome, ValidationIssue issue) {
        OperationOutcome.OperationOutcomeIssueComponent component = outcome.addIssue()
                .setSeverity(IssueSeverity.fromCode(issue.severity().code()))
                .setCode(type(issue.type()));
        if (issue.messageId() != null) {
            component.addExtension(MESSAGE_ID, new StringType(issue.messageId()));
        }
        CodeableConcept details = new CodeableConcept().setText(issue.message());
        if (issue.txIssueType() != null) {
            details.addCoding(new Coding(TX_ISSUE_TYPE, issue.txIssueType(), null));
        }
        component.setDetails(details);
        if (issue.expression() != null && !issue.expression().isEmpty()) {
            component.addLocation(issue.expression());
            component.addExpression(issue.expression());
        }
    }

    private static IssueType type(String code) {
        try {
            return IssueType.fromCode(code);
        } catch (org.hl7.fhir.exceptions.FHIRException e) {
            return IssueType.PROCESSING;
        }
    }
}
