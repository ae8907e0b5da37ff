package fr.ror.nomenclator.terminology;

/** Content that can never be stored as given (duplicate codes, missing url, wrong type…). */
public final class InvalidContentException extends TerminologyException {
    public InvalidContentException(String code, String message) {
        super(code, message);
    }
}
