package fr.ror.nomenclator.governance.release;

import java.time.Instant;
import java.util.List;

/**
 * A release: the change requests it gathers (scheduled in it) and the drafts it publishes (theirs,
 * and drafts imported as they are), when it is published and when its versions come into force.
 *
 * @param publicationDate the planned publication date (FHIR date or dateTime), for the calendar and the feed
 * @param effectiveDate   when its versions come into force (FHIR date or dateTime); before it, the
 *                        versions it published are stored and readable but not served by default
 * @param version         the published versions' name when set; otherwise {@code yyyyMMddHHmmss} of the publication
 * @param versions        the drafts it will publish, then the versions it published
 * @param lastCheck       the last run of the quality checks, or null
 */
public record Release(String id, String title, String description, ReleaseStatus status, String publicationDate,
                      String effectiveDate, String version, List<String> changeRequests, List<ReleaseVersion> versions,
                      String createdBy, Instant createdAt, String publishedBy, Instant publishedAt,
                      QualitySummary lastCheck) {

    public Release {
        changeRequests = List.copyOf(changeRequests);
        versions = List.copyOf(versions);
    }

    /**
     * @param blocks whether an error finding blocked (or would block) the publication
     */
    public record QualitySummary(Instant at, long errors, long warnings, long information, boolean blocks) {
    }
}
