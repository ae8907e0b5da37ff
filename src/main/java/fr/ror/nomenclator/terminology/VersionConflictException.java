package fr.ror.nomenclator.terminology;

/** Content that conflicts with what is stored, e.g. a published version loaded again with other content. */
public final class VersionConflictException extends TerminologyException {
    public VersionConflictException(String code, String message) {
        super(code, message);
    }
}
