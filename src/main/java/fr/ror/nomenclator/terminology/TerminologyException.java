package fr.ror.nomenclator.terminology;

/**
 * The terminology module's errors. Each carries a stable code ({@code TE1xx} for invalid
 * content, {@code TE2xx} for conflicts with what is stored, {@code TE4xx} for what is not found)
 * that the FHIR and REST boundaries map to a status and an OperationOutcome or problem detail.
 */
public abstract sealed class TerminologyException extends RuntimeException
        permits InvalidContentException, VersionConflictException, UnknownResourceException, OperationException {

    private final String code;

    protected TerminologyException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
