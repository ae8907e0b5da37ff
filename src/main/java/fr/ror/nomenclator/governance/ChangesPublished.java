package fr.ror.nomenclator.governance;

/**
 * A scheduled change request was marked published. Today only the request's state changes: the
 * atomic release of the drafts (issue "Releases") will listen for this or replace it.
 */
public record ChangesPublished(String changeRequestId, String release) {
}
