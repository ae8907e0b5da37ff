package fr.ror.nomenclator.loaders;

/**
 * A source, or one resource of it, that was not stored.
 *
 * @param source the file, archive entry or resource that failed
 * @param reason why, in one line
 * @param code   the stable error code ({@code LD1xx} reading, {@code TE1xx}/{@code TE2xx} storing), or null
 */
public record LoadFailure(String source, String reason, String code) {

    public LoadFailure(String source, String reason) {
        this(source, reason, null);
    }

    @Override
    public String toString() {
        return source + ": " + reason;
    }
}
