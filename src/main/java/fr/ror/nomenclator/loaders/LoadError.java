package fr.ror.nomenclator.loaders;

/**
 * Why content could not be read or written, with a stable code ({@code LDnnn}) that the REST
 * boundary maps to a status and a problem type. {@code LD10x}: the content itself; {@code LD11x}:
 * mappings and spreadsheet cells; {@code LD12x}: exports.
 */
public enum LoadError {
    /** The file or stream cannot be read at all (I/O). */
    UNREADABLE("LD100"),
    /** Syntax: malformed JSON, XML, .tabs or CSV. */
    MALFORMED("LD101"),
    /** XML with a DOCTYPE or an entity declaration: refused before any parser sees it. */
    UNSAFE_XML("LD102"),
    /** Not a format or resource type the loaders read (a Patient, an old .xls, an unknown layout…). */
    UNSUPPORTED("LD103"),
    /** Over a size, entry or row limit. */
    TOO_LARGE("LD104"),
    /** An archive or workbook refused for safety: zip bomb, escaping entry names, external links, macros. */
    UNSAFE_ARCHIVE("LD105"),
    /** Well-formed but not valid: invalid FHIR R4, an SVS attribute or date that cannot be read. */
    INVALID("LD106"),
    /** A mapping file that cannot be used (names the file and the key). */
    INVALID_MAPPING("LD110"),
    /** A column the mapping needs is not in the sheet's header row. */
    MISSING_COLUMN("LD111"),
    /** A cell whose value cannot be used (names the sheet, row and column). */
    INVALID_CELL("LD112"),
    /** One code on two rows of a sheet. */
    DUPLICATE_CODE("LD113"),
    /** Content that does not say its url or version, and no option gives it. */
    MISSING_HEADER("LD114"),
    /** An OID no known nomenclature carries, so its canonical URL is unknown. */
    UNKNOWN_OID("LD115"),
    /** The version holds something the target format cannot carry. */
    NOT_EXPORTABLE("LD120"),
    /** A request parameter or part that is missing or has no meaning (REST API). */
    BAD_REQUEST("LD190");

    private final String code;

    LoadError(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /**
     * The HTTP status a REST boundary answers for it: the content's own fault is 4xx, always. Kept
     * with the codes so that every boundary reading content (loaders, governance's workbook import)
     * answers the same status for the same error.
     */
    public int httpStatus() {
        return switch (this) {
            case UNSUPPORTED -> 415;
            case TOO_LARGE -> 413;
            case INVALID, MISSING_COLUMN, INVALID_CELL, DUPLICATE_CODE, MISSING_HEADER, UNKNOWN_OID, NOT_EXPORTABLE -> 422;
            case UNREADABLE, MALFORMED, UNSAFE_XML, UNSAFE_ARCHIVE, INVALID_MAPPING, BAD_REQUEST -> 400;
        };
    }
}
