package fr.ror.nomenclator.terminology;

/**
 * One stored value set or concept map version that uses a concept, and how.
 *
 * @param concept      the concept used
 * @param kind         {@link ResourceKind#VALUE_SET} or {@link ResourceKind#CONCEPT_MAP}
 * @param nomenclature the key of the value set or concept map that uses it
 * @param versionId    the resource id of the version that uses it
 */
public record ConceptUsage(ConceptKey concept, ResourceKind kind, String nomenclature, String versionId,
                           String version, String status, How how) {

    public enum How {
        /** A compose rule of the value set enumerates the code. */
        VALUE_SET_MEMBER,
        /** A compose rule includes the concept's whole system (possibly through a filter). */
        VALUE_SET_SYSTEM,
        /** An element of the concept map has the code as its source. */
        MAP_SOURCE,
        /** An element of the concept map maps to the code. */
        MAP_TARGET
    }
}
