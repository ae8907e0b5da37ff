package fr.ror.nomenclator.loaders;

import java.util.Objects;

/**
 * Content that could not be read (or a version that could not be written in a format):
 * unreadable, malformed, unsafe, too large, of the wrong type or layout. The message always
 * starts with the source's name; {@link #error()} gives the stable code.
 */
public class LoadException extends RuntimeException {

    private final LoadError error;
    private final String source;
    private final String reason;

    public LoadException(LoadError error, String source, String reason) {
        this(error, source, reason, null);
    }

    public LoadException(LoadError error, String source, String reason, Throwable cause) {
        super(source + ": " + reason, cause);
        this.error = Objects.requireNonNull(error, "error");
        this.source = source;
        this.reason = reason;
    }

    public LoadError error() {
        return error;
    }

    /** The stable code, e.g. {@code LD102}. */
    public String code() {
        return error.code();
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
