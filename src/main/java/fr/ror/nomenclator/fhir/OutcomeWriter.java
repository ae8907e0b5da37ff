package fr.ror.nomenclator.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.Constants;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * Writes an OperationOutcome as FHIR JSON for answers given outside HAPI (security, size limit),
 * so every error under {@code /fhir} has the same shape.
 */
final class OutcomeWriter {

    private final FhirContext fhirContext;

    OutcomeWriter(FhirContext fhirContext) {
        this.fhirContext = fhirContext;
    }

    void write(HttpServletResponse response, int status, OperationOutcome outcome) throws IOException {
        response.setStatus(status);
        response.setContentType(Constants.CT_FHIR_JSON_NEW);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(fhirContext.newJsonParser().setPrettyPrint(true).encodeResourceToString(outcome));
        response.getWriter().flush();
    }
}
