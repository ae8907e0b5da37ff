package fr.ror.nomenclator.terminology;

/**
 * A version a publication made from a draft.
 *
 * @param id              its resource id
 * @param previousVersion the version served by default before the publication (null if none)
 */
public record PublishedVersion(ResourceKind kind, String nomenclature, String url, String draftId, String id,
                               String version, String previousVersion, String contentHash, String effectiveFrom) {
}
