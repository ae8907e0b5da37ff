package fr.ror.nomenclator.terminology;

import java.util.Objects;

/**
 * One finding of an operation, as an OperationOutcome issue reports it.
 *
 * @param type        the FHIR issue type ({@code code-invalid}, {@code not-found}, {@code invalid}…)
 * @param txIssueType the HL7 terminology issue type ({@code not-in-vs}, {@code invalid-code}…), or null
 * @param messageId   the id of the message ({@code Unknown_Code_in_Version}, {@code NOS_CODE_RETIRED}…), or null
 * @param expression  where in the request the finding points ({@code Coding.code}), or null
 */
public record ValidationIssue(Severity severity, String type, String txIssueType, String messageId, String message,
                              String expression) {

    public ValidationIssue {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(message, "message");
    }

    /** Errors first: the natural order of the enum. */
    public enum Severity {
        FATAL("fatal"), ERROR("error"), WARNING("warning"), INFORMATION("information");

        private final String code;

        Severity(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public boolean isError() {
        return severity == Severity.ERROR || severity == Severity.FATAL;
    }

    public ValidationIssue withSeverity(Severity other) {
        return new ValidationIssue(other, type, txIssueType, messageId, message, expression);
    }

    public ValidationIssue withMessage(String otherId, String otherMessage) {
        return new ValidationIssue(severity, type, txIssueType, otherId, otherMessage, expression);
    }
}
