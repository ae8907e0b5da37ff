package fr.ror.nomenclator.terminology;

import java.util.Objects;

/** One finding of a validation: how serious, what kind, and the message the user reads. */
public record ValidationIssue(Severity severity, Kind kind, String message) {

    public ValidationIssue {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    public enum Severity { ERROR, WARNING, INFORMATION }

    public enum Kind {
        UNKNOWN_SYSTEM,
        UNKNOWN_VERSION,
        UNKNOWN_CODE,
        WRONG_DISPLAY,
        /** NOS: the date asked is at or after the concept's {@code dateFin}. */
        RETIRED,
        /** NOS: the date asked is before the concept's {@code dateValid}. */
        NOT_YET_VALID,
        /** FHIR status deprecated or retired: still valid, with a warning. */
        DEPRECATED,
        /** FHIR {@code inactive} true: still valid, with a warning. */
        INACTIVE
    }
}
