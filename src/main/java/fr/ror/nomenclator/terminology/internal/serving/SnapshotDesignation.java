package fr.ror.nomenclator.terminology.internal.serving;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One designation of a concept as the serving engine reads it: the display itself counts as one
 * (its use is {@link #DISPLAY_USE_CODE}), so that displays and designations are matched alike.
 *
 * @param status     the designation's status ({@code active}, or a standards-status such as {@code withdrawn})
 * @param extensions the designation's extensions as loaded, or null
 * @param source     the canonical of the supplement that brought it, or null
 */
record SnapshotDesignation(Language language, String useSystem, String useCode, String useDisplay, String value,
                           String status, JsonNode extensions, String source) {

    static final String DISPLAY_USE_SYSTEM = "http://terminology.hl7.org/CodeSystem/hl7TermMaintInfra";
    static final String DISPLAY_USE_CODE = "preferredForLanguage";
    static final String DISPLAY_USE_DISPLAY = "Preferred For Language";
    static final String SNOMED = "http://snomed.info/sct";

    static SnapshotDesignation display(Language language, String value, String source) {
        return new SnapshotDesignation(language, DISPLAY_USE_SYSTEM, DISPLAY_USE_CODE, DISPLAY_USE_DISPLAY, value,
                "active", null, source);
    }

    boolean hasUse() {
        return useSystem != null || useCode != null;
    }

    boolean isDisplay() {
        return !hasUse() || (DISPLAY_USE_SYSTEM.equals(useSystem) && DISPLAY_USE_CODE.equals(useCode))
                || (SNOMED.equals(useSystem) && "900000000000548007".equals(useCode));
    }

    /** Displays, preferred terms and SNOMED synonyms: what may stand for the concept's display. */
    boolean isPreferred() {
        return isDisplay() || (SNOMED.equals(useSystem) && "900000000000013009".equals(useCode));
    }

    boolean isActive() {
        return status == null || !("withdrawn".equals(status) || "inactive".equals(status));
    }

    boolean isCodeSystemDisplay() {
        return DISPLAY_USE_SYSTEM.equals(useSystem) && DISPLAY_USE_CODE.equals(useCode);
    }
}
