package fr.ror.nomenclator.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RequestTypeEnum;
import ca.uhn.fhir.rest.server.exceptions.MethodNotAllowedException;
import jakarta.servlet.http.HttpServletRequest;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * Answers 405 to delete and patch: versions are retired through governance, never deleted, and a
 * version's content is replaced whole. HAPI alone would answer 400 "unknown operation", so this
 * runs before HAPI looks for a method.
 */
@Interceptor
final class UnsupportedInteractionInterceptor {

    @Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_PROCESSED)
    public boolean refuseDeleteAndPatch(HttpServletRequest request) {
        String method = request.getMethod();
        if ("DELETE".equals(method) || "PATCH".equals(method)) {
            String message = method + " is not supported: versions are retired through governance, not deleted,"
                    + " and replaced whole with PUT";
            throw new MethodNotAllowedException(message, OperationOutcomes.error(IssueType.NOTSUPPORTED, message),
                    RequestTypeEnum.GET, RequestTypeEnum.POST, RequestTypeEnum.PUT);
        }
        return true;
    }
}
