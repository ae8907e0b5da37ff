package fr.ror.nomenclator.terminology;

/** A resource id, canonical URL or version that the store does not hold. */
public final class UnknownResourceException extends TerminologyException {
    public UnknownResourceException(String code, String message) {
        super(code, message);
    }
}
