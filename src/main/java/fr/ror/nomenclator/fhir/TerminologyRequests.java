package fr.ror.nomenclator.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.rest.api.RequestTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.terminology.TerminologyRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * Reads a terminology operation request into the terminology module's shape: a FHIR
 * {@code Parameters} in JSON. POST bodies are {@code Parameters} in JSON (read as is, so supplied
 * resources are tolerated even when not strictly valid) or XML (parsed by HAPI); {@code $expand}
 * also takes a ValueSet body. A GET query becomes one parameter per value.
 */
final class TerminologyRequests {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final Set<String> TRANSPORT = Set.of("_format", "_pretty", "_summary", "_elements");

    private final FhirContext fhirContext;

    TerminologyRequests(FhirContext fhirContext) {
        this.fhirContext = fhirContext;
    }

    TerminologyRequest read(RequestDetails request, String operation) {
        ObjectNode parameters = request.getRequestType() == RequestTypeEnum.POST
                ? body(request, operation) : query(request.getParameters());
        for (Map.Entry<String, String[]> query : request.getParameters().entrySet()) {
            if (request.getRequestType() == RequestTypeEnum.POST && !TRANSPORT.contains(query.getKey())) {
                for (String value : query.getValue()) {
                    parameters.withArray("parameter").addObject().put("name", query.getKey()).put("valueString", value);
                }
            }
        }
        return new TerminologyRequest(parameters, request.getHeader("Accept-Language"), Readers.isAuthenticated());
    }

    /** Adds a parameter (an instance-level operation names its subject by the resource id). */
    static void add(TerminologyRequest request, String name, String value) {
        if (value != null) {
            request.parameters().withArray("parameter").addObject().put("name", name).put("valueString", value);
        }
    }

    private ObjectNode body(RequestDetails request, String operation) {
        byte[] bytes = request.loadRequestContents();
        if (bytes == null || bytes.length == 0) {
            return emptyParameters();
        }
        String text = new String(bytes, StandardCharsets.UTF_8).strip();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        ObjectNode resource = text.startsWith("<") ? fromXml(text) : fromJson(text);
        String type = resource.path("resourceType").asText("");
        if (type.equals("Parameters")) {
            return resource;
        }
        if (type.equals("ValueSet") && operation.equals("$expand")) {
            ObjectNode parameters = emptyParameters();
            parameters.withArray("parameter").addObject().put("name", "valueSet").set("resource", resource);
            return parameters;
        }
        throw bad("The body of " + operation + " must be a Parameters resource, not " + (type.isEmpty() ? "JSON without a resourceType" : "a " + type));
    }

    private static ObjectNode fromJson(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            if (!(node instanceof ObjectNode object)) {
                throw bad("The body must be a FHIR resource in JSON (an object)");
            }
            return object;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw bad("Malformed JSON" + where + ": " + e.getOriginalMessage());
        }
    }

    private ObjectNode fromXml(String text) {
        try {
            IBaseResource resource = fhirContext.newXmlParser().parseResource(text);
            return (ObjectNode) JSON.readTree(fhirContext.newJsonParser().encodeResourceToString(resource));
        } catch (DataFormatException e) {
            throw bad("Malformed XML: " + e.getMessage());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("HAPI produced JSON that Jackson cannot read", e);
        }
    }

    private static ObjectNode query(Map<String, String[]> query) {
        ObjectNode parameters = emptyParameters();
        ArrayNode list = parameters.withArray("parameter");
        for (Map.Entry<String, String[]> entry : query.entrySet()) {
            if (TRANSPORT.contains(entry.getKey())) {
                continue;
            }
            for (String value : entry.getValue()) {
                list.addObject().put("name", entry.getKey()).put("valueString", value);
            }
        }
        return parameters;
    }

    private static ObjectNode emptyParameters() {
        ObjectNode parameters = JSON.createObjectNode().put("resourceType", "Parameters");
        parameters.putArray("parameter");
        return parameters;
    }

    private static InvalidRequestException bad(String message) {
        return new InvalidRequestException(message, OperationOutcomes.error(IssueType.INVALID, message));
    }
}
