package fr.ror.nomenclator.terminology;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * Terminology every FHIR server knows without loading it: the FHIR core code systems and value
 * sets ({@code http://hl7.org/fhir/administrative-gender}…). Consulted after the stored content,
 * never stored in the graph. Another module provides it (the FHIR layer holds the parsers).
 */
public interface BuiltInContent {

    /** The resource of this kind with this canonical URL, as FHIR R4 JSON, or empty. */
    Optional<ObjectNode> resource(ResourceKind kind, String url);

    /** Whether a URL may name built-in content, so that other URLs never pay for looking. */
    static boolean mayHold(String url) {
        return url != null && (url.startsWith("http://hl7.org/fhir/") || url.startsWith("http://terminology.hl7.org/"));
    }
}
