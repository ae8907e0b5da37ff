package fr.ror.nomenclator.terminology;

import java.util.Locale;

/**
 * How an entry (a code system's concept, a value set's member, a concept map's mapping) changed
 * between two versions. An entry has one kind, the first that applies in this order; every field
 * that changed is listed with it.
 */
public enum ChangeKind {
    /** In the newer version only (for a concept map: a mapping added). */
    ADDED,
    /** Retired in the newer version: a {@code dateFin}, a {@code retired} status or {@code inactive} appeared. */
    RETIRED,
    /** Deprecated in the newer version (FHIR status {@code deprecated}): still valid, with a warning. */
    DEPRECATED,
    /** Retired or deprecated in the older version, neither in the newer one. */
    REACTIVATED,
    /** Its display changed in its words (a major change). */
    DISPLAY_CHANGED,
    /**
     * Its display changed only in case, accents, punctuation or spacing (a minor change: the same
     * words, corrected).
     */
    DISPLAY_CORRECTED,
    /** Its parents changed: it moved in the hierarchy. */
    MOVED,
    /** Something else changed: a designation, the definition, a property, an equivalence (a mapping changed). */
    OTHER_CHANGED,
    /** In the older version only (the NOS never remove codes; a removal is worth a look; a mapping removed). */
    REMOVED;

    /** The bucket's name in the {@code $changelog} answer and the exports: {@code added}, {@code display-changed}… */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
