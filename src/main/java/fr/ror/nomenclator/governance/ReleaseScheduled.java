package fr.ror.nomenclator.governance;

/** A release was scheduled, with its dates (webhook event {@code release.scheduled}). */
public record ReleaseScheduled(String releaseId, String publicationDate, String effectiveDate) {
}
