package fr.ror.nomenclator.terminology;

/**
 * How an entry (a code system's concept, a value set's member, a concept map's mapping) changed
 * between two versions. An entry has one kind, the first that applies in this order; every field
 * that changed is listed with it.
 */
public enum ChangeKind {
    /** In the newer version only. */
    ADDED,
    /** Retired in the newer version: a {@code dateFin}, a {@code retired} status or {@code inactive} appeared. */
    RETIRED,
    /** Retired in the older version, no longer in the newer one. */
    REACTIVATED,
    /** Its display changed. */
    DISPLAY_CHANGED,
    /** Something else changed: a designation, the definition, a property, its parents, an equivalence. */
    OTHER_CHANGED,
    /** In the older version only (the NOS never remove codes; a removal is worth a look). */
    REMOVED
}
