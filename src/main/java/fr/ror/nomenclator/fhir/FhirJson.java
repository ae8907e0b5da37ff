package fr.ror.nomenclator.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hl7.fhir.r4.model.MetadataResource;

/**
 * Crosses between the terminology module's FHIR R4 JSON ({@link ObjectNode}) and HAPI's model.
 * The server-managed elements ({@code id}, {@code meta.versionId}, {@code meta.lastUpdated}) are
 * not part of a version's content: they are dropped on the way in and set by the server on the way out.
 */
final class FhirJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final FhirContext fhirContext;

    FhirJson(FhirContext fhirContext) {
        this.fhirContext = fhirContext;
    }

    <T extends org.hl7.fhir.instance.model.api.IBaseResource> T toResource(Class<T> type, ObjectNode json) {
        try {
            return fhirContext.newJsonParser().parseResource(type, MAPPER.writeValueAsString(json));
        } catch (JsonProcessingException | DataFormatException e) {
            // Stored content that no longer parses is a server fault, not the client's.
            throw new InternalErrorException("Stored " + type.getSimpleName() + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** A FHIR datatype ({@code CodeableConcept}…) from its JSON, read through a Parameters wrapper. */
    <T extends org.hl7.fhir.r4.model.Type> T toType(Class<T> type, com.fasterxml.jackson.databind.JsonNode json) {
        ObjectNode wrapper = MAPPER.createObjectNode().put("resourceType", "Parameters");
        wrapper.putArray("parameter").addObject().put("name", "value").set("value" + type.getSimpleName(), json);
        org.hl7.fhir.r4.model.Parameters parameters = toResource(org.hl7.fhir.r4.model.Parameters.class, wrapper);
        return type.cast(parameters.getParameterFirstRep().getValue());
    }

    ObjectNode toJson(MetadataResource resource) {
        try {
            ObjectNode json = (ObjectNode) MAPPER.readTree(fhirContext.newJsonParser().encodeResourceToString(resource));
            json.remove("id");
            if (json.get("meta") instanceof ObjectNode meta) {
                meta.remove("versionId");
                meta.remove("lastUpdated");
                if (meta.isEmpty()) {
                    json.remove("meta");
                }
            }
            return json;
        } catch (JsonProcessingException e) {
            throw new InternalErrorException("HAPI produced JSON that Jackson cannot read: " + e.getMessage(), e);
        }
    }
}
