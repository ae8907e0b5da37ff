package fr.ror.nomenclator.governance;

import java.util.List;

/** What the change request's state does not allow now: a forbidden transition, unmet voting rules, a stale revision ({@code GV2xx}). */
public final class WorkflowConflictException extends GovernanceException {

    public WorkflowConflictException(String code, String message) {
        super(code, message, List.of());
    }

    public WorkflowConflictException(String code, String message, List<String> problems) {
        super(code, message, problems);
    }
}
