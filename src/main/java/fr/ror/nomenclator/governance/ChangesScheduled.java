package fr.ror.nomenclator.governance;

/** An approved change request was scheduled in a release by the publisher. */
public record ChangesScheduled(String changeRequestId, String release) {
}
