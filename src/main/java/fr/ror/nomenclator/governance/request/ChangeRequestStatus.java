package fr.ror.nomenclator.governance.request;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The lifecycle of a change request (DESIGN.md §5); {@link Transition} says how it moves. */
public enum ChangeRequestStatus {
    DRAFT, SUBMITTED, IN_REVIEW, CLARIFICATION_REQUESTED, APPROVED, REJECTED, WITHDRAWN, SCHEDULED, PUBLISHED;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Still being decided: its operations may change and may conflict with other requests'. */
    public boolean isOpen() {
        return this == DRAFT || this == SUBMITTED || this == IN_REVIEW || this == CLARIFICATION_REQUESTED;
    }

    public static Optional<ChangeRequestStatus> of(String id) {
        return Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst();
    }
}
