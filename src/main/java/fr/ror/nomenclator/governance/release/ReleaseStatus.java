package fr.ror.nomenclator.governance.release;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** A release is scheduled (gathered, dated, checked as often as needed) until it is published, once. */
public enum ReleaseStatus {
    SCHEDULED, PUBLISHED;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
