package fr.ror.nomenclator.governance;

import java.util.List;

/** The person lacks the role, in the right working group, for what they asked ({@code GV3xx}). */
public final class ForbiddenActionException extends GovernanceException {

    public ForbiddenActionException(String code, String message) {
        super(code, message, List.of());
    }
}
