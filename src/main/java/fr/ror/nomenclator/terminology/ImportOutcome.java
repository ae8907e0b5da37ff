package fr.ror.nomenclator.terminology;

/**
 * What happened to one resource version handed to {@link ContentImport}.
 *
 * @param source    where it came from (file name, archive entry, request), for reports
 * @param versionId the stable resource id the version is served under
 */
public record ImportOutcome(String source, String versionId, ResourceKind kind, String url, String version,
                            Result result) {

    public enum Result {
        /** A version new to the store. */
        CREATED,
        /** The same content was already stored: nothing was written. */
        UNCHANGED,
        /** A draft version was replaced by new content. */
        REPLACED
    }
}
