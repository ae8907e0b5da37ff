package fr.ror.nomenclator.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * Refuses XML bodies that declare a DOCTYPE or entities, before any parser sees them. FHIR XML
 * never needs either, and refusing them outright closes XXE and entity-expansion attacks whatever
 * the parser's settings are.
 */
@Interceptor
final class XmlEntityGuardInterceptor {

    @Hook(Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED)
    public boolean refuseDoctype(RequestDetails request) {
        byte[] body = request.loadRequestContents();
        if (body == null || body.length == 0 || !looksLikeXml(request, body)) {
            return true;
        }
        String text = new String(body, StandardCharsets.UTF_8).toUpperCase(Locale.ROOT);
        if (text.contains("<!DOCTYPE") || text.contains("<!ENTITY")) {
            String message = "XML bodies with a DOCTYPE or entity declarations are refused";
            throw new InvalidRequestException(message, OperationOutcomes.error(IssueType.SECURITY, message));
        }
        return true;
    }

    private static boolean looksLikeXml(RequestDetails request, byte[] body) {
        String contentType = request.getHeader("Content-Type");
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("xml")) {
            return true;
        }
        for (byte b : body) {
            if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return b == '<';
            }
        }
        return false;
    }
}
