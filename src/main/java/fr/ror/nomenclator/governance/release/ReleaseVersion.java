package fr.ror.nomenclator.governance.release;

/**
 * A version a release published (or, while scheduled, the draft it will publish).
 *
 * @param resourceType    CodeSystem, ValueSet or ConceptMap
 * @param nomenclature    the nomenclature key (NOS id)
 * @param id              the published version's resource id (while scheduled: the draft's)
 * @param version         its version (while scheduled: the draft's)
 * @param previousVersion the version served by default before the release, compared with in its notes
 * @param draftId         the draft it was made from
 */
public record ReleaseVersion(String resourceType, String nomenclature, String url, String id, String version,
                             String previousVersion, String draftId) {
}
