package fr.ror.nomenclator.terminology;

/**
 * A concept's status on a date, as {@code $lookup} reports it in its {@code status} property.
 * {@link #RETIRED} comes from a FHIR status or from the NOS {@code dateFin} having passed on that date.
 */
public enum ConceptState {
    ACTIVE("active"),
    /** Not valid yet on the date: its NOS {@code dateValid} is later. */
    NOT_YET_VALID("not-yet-valid"),
    DEPRECATED("deprecated"),
    RETIRED("retired"),
    INACTIVE("inactive");

    private final String code;

    ConceptState(String code) {
        this.code = code;
    }

    /** The code rendered in the FHIR {@code status} property. */
    public String code() {
        return code;
    }
}
