package fr.ror.nomenclator.governance.api;

/**
 * The body of {@code POST /api/change-requests/{id}/{action}}, optional for most actions.
 *
 * @param reason  why (required to reject, withdraw and request clarification)
 * @param release the release to schedule in (schedule only)
 */
public record TransitionInput(String reason, String release) {
}
