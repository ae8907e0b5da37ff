package fr.ror.nomenclator.governance;

import java.util.List;

/** A change request, working group or person that does not exist ({@code GV4xx}). */
public final class UnknownChangeRequestException extends GovernanceException {

    public UnknownChangeRequestException(String code, String message) {
        super(code, message, List.of());
    }
}
