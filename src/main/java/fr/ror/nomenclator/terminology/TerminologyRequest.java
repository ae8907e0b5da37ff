package fr.ror.nomenclator.terminology;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * One terminology operation request: its parameters as a FHIR R4 {@code Parameters} resource in
 * JSON (a GET query is turned into the same shape), and the HTTP {@code Accept-Language} header,
 * which chooses displays when no {@code displayLanguage} is given.
 */
public record TerminologyRequest(ObjectNode parameters, String acceptLanguage) {

    public TerminologyRequest {
        Objects.requireNonNull(parameters, "parameters");
    }
}
