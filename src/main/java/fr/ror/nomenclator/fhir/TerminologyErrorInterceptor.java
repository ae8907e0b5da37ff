package fr.ror.nomenclator.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.PayloadTooLargeException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import fr.ror.nomenclator.terminology.InvalidContentException;
import fr.ror.nomenclator.terminology.OperationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import fr.ror.nomenclator.terminology.TerminologyException;
import fr.ror.nomenclator.terminology.VersionConflictException;
import jakarta.servlet.http.HttpServletRequest;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * The one boundary where errors of the terminology module become FHIR answers: status, and an
 * OperationOutcome whose issue names the stable error code. HAPI wraps exceptions thrown by
 * providers (in an InternalErrorException), so the whole cause chain is searched. A body cut
 * by {@link RequestSizeLimitFilter} while HAPI read it becomes a 413 here too.
 */
@Interceptor
final class TerminologyErrorInterceptor {

    @Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
    public BaseServerResponseException translate(Throwable thrown, HttpServletRequest request) {
        if (request != null && request.getAttribute(RequestSizeLimitFilter.EXCEEDED) instanceof String tooLarge) {
            return new PayloadTooLargeException(tooLarge, OperationOutcomes.error(IssueType.TOOLONG, tooLarge));
        }
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof TerminologyException terminology) {
                return translate(terminology);
            }
        }
        return null;
    }

    static BaseServerResponseException translate(TerminologyException e) {
        String message = e.code() + ": " + e.getMessage();
        if (e instanceof OperationException refused) {
            OperationOutcome outcome = TerminologyOutcomes.refusal(refused.code(), refused.issues());
            return switch (refused.refusal()) {
                case BAD_REQUEST -> new InvalidRequestException(message, outcome);
                case NOT_FOUND -> new ResourceNotFoundException(message, outcome);
                case UNPROCESSABLE -> new UnprocessableEntityException(message, outcome);
            };
        }
        if (e instanceof InvalidContentException) {
            return new UnprocessableEntityException(message, outcome(IssueType.INVALID, e));
        }
        if (e instanceof VersionConflictException) {
            return new ResourceVersionConflictException(message, outcome(IssueType.CONFLICT, e));
        }
        return new ResourceNotFoundException(message, outcome(IssueType.NOTFOUND, e));
    }

    private static OperationOutcome outcome(IssueType type, TerminologyException e) {
        return OperationOutcomes.error(type, e.getMessage(), e.code());
    }
}
