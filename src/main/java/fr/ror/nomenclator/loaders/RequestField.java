package fr.ror.nomenclator.loaders;

import java.util.Arrays;
import java.util.Optional;

/** The parts of a change request's header a workbook carries, each on its own row of the request sheet. */
public enum RequestField {
    TITLE("title"),
    WORKING_GROUP("workingGroup"),
    RATIONALE("rationale"),
    LEGAL_BASIS("legalBasis"),
    REQUESTING_ORGANISATION("requestingOrganisation"),
    TARGET_RELEASE("targetRelease");

    private final String key;

    RequestField(String key) {
        this.key = key;
    }

    /** The mapping's key, the same as the JSON field of {@code POST /api/change-requests}. */
    public String key() {
        return key;
    }

    public static Optional<RequestField> of(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
