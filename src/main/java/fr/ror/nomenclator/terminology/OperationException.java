package fr.ror.nomenclator.terminology;

import java.util.List;

/**
 * A terminology operation that cannot be answered as asked: bad parameters, a value set that
 * cannot be resolved or expanded, a filter not understood. It carries the issues to report and
 * how serious the refusal is; the FHIR boundary turns it into an OperationOutcome with that status.
 */
public final class OperationException extends TerminologyException {

    /** How the refusal maps to HTTP. */
    public enum Refusal {
        /** The request itself is wrong (400). */
        BAD_REQUEST,
        /** Something the request names is not known (404). */
        NOT_FOUND,
        /** The request is well formed but cannot be processed (422). */
        UNPROCESSABLE
    }

    private final Refusal refusal;
    private final List<ValidationIssue> issues;

    public OperationException(String code, Refusal refusal, List<ValidationIssue> issues) {
        super(code, issues.isEmpty() ? code : issues.get(0).message());
        this.refusal = refusal;
        this.issues = List.copyOf(issues);
    }

    public OperationException(String code, Refusal refusal, ValidationIssue issue) {
        this(code, refusal, List.of(issue));
    }

    public Refusal refusal() {
        return refusal;
    }

    public List<ValidationIssue> issues() {
        return issues;
    }
}
