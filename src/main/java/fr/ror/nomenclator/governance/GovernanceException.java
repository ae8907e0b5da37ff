package fr.ror.nomenclator.governance;

import java.util.List;

/**
 * The governance module's errors, each with a stable code: {@code GV1xx} the request is invalid
 * (400/422), {@code GV2xx} it conflicts with the state of the change request (409), {@code GV3xx}
 * the person may not do it (403), {@code GV4xx} what it names does not exist (404). The REST
 * boundary turns them into problem details in one place.
 */
public abstract sealed class GovernanceException extends RuntimeException
        permits InvalidChangeRequestException, WorkflowConflictException, ForbiddenActionException,
        UnknownChangeRequestException {

    private final String code;
    private final List<String> problems;

    protected GovernanceException(String code, String message, List<String> problems) {
        super(message);
        this.code = code;
        this.problems = List.copyOf(problems);
    }

    public String code() {
        return code;
    }

    /** Each problem found, when there are several (e.g. one per invalid operation). */
    public List<String> problems() {
        return problems;
    }
}
