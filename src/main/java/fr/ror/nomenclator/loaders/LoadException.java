package fr.ror.nomenclator.loaders;

/**
 * Content that could not be read: unreadable, malformed, unsafe, too large or of the wrong
 * type. The message always starts with the source's name.
 */
public class LoadException extends RuntimeException {

    private final String source;
    private final String reason;

    public LoadException(String source, String reason) {
        this(source, reason, null);
    }

    public LoadException(String source, String reason, Throwable cause) {
        super(source + ": " + reason, cause);
        this.source = source;
        this.reason = reason;
    }

    /** The file, archive entry or request the content came from. */
    public String source() {
        return source;
    }

    /** What is wrong, without the source's name. */
    public String reason() {
        return reason;
    }
}
