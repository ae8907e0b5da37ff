package fr.ror.nomenclator.loaders;

/**
 * A source, or one resource of it, that was not stored.
 *
 * @param source the file, archive entry or resource that failed
 * @param reason why, in one line
 */
public record LoadFailure(String source, String reason) {

    @Override
    public String toString() {
        return source + ": " + reason;
    }
}
