package fr.ror.nomenclator.governance;

import java.util.List;

/** A request that can never be accepted as given: missing fields, operations that do not hold ({@code GV1xx}). */
public final class InvalidChangeRequestException extends GovernanceException {

    /** Whether the body itself is malformed (400) rather than well formed but wrong (422). */
    private final boolean malformed;

    public InvalidChangeRequestException(String code, String message) {
        this(code, message, List.of(), false);
    }

    public InvalidChangeRequestException(String code, String message, List<String> problems, boolean malformed) {
        super(code, message, problems);
        this.malformed = malformed;
    }

    public static InvalidChangeRequestException malformed(String code, String message) {
        return new InvalidChangeRequestException(code, message, List.of(), true);
    }

    public boolean malformed() {
        return malformed;
    }
}
