package fr.ror.nomenclator.governance.request;

import java.time.Instant;

/** One line of a list of change requests. */
public record ChangeRequestSummary(String id, String title, String workingGroup, ChangeRequestStatus status,
                                   String proposer, String targetRelease, long revision, Instant updatedAt) {
}
