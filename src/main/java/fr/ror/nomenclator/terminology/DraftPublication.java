package fr.ror.nomenclator.terminology;

import java.util.Objects;

/**
 * One draft to publish, and what it becomes.
 *
 * @param draftId          the stored draft's resource id
 * @param draftContentHash its content hash when it was checked: a draft changed since is not published
 * @param version          the published version's name ({@code yyyyMMddHHmmss} by the NOS convention)
 * @param date             the published version's {@code date} (FHIR dateTime)
 * @param effectiveFrom    when it comes into force (FHIR dateTime), or null: from its date
 */
public record DraftPublication(ResourceKind kind, String draftId, String draftContentHash, String version, String date,
                               String effectiveFrom) {

    public DraftPublication {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(draftId, "draftId");
        Objects.requireNonNull(draftContentHash, "draftContentHash");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(date, "date");
    }
}
