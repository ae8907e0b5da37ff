package fr.ror.nomenclator.fhir;

import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.Transaction;
import ca.uhn.fhir.rest.annotation.TransactionParam;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.terminology.ResourceKind;
import fr.ror.nomenclator.terminology.TerminologyException;
import fr.ror.nomenclator.terminology.TerminologyRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.instance.model.api.IBaseOperationOutcome;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ValueSet;

/**
 * Many validations in one round trip, two ways: a FHIR {@code batch} Bundle whose entries are
 * terminology operations ({@code ValueSet/$validate-code?...} or POSTs of Parameters), and the HL7
 * tooling's {@code ValueSet/$batch-validate-code} (one {@code validation} Parameters per code,
 * sharing the request's other parameters). Each entry gets its own answer or error; one bad entry
 * never fails the others.
 */
final class TerminologyBatchProvider {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TerminologyOperationsProvider operations;
    private final TerminologyRequests requests;
    private final FhirJson json;
    private final ca.uhn.fhir.context.FhirContext fhirContext;

    TerminologyBatchProvider(TerminologyOperationsProvider operations, TerminologyRequests requests, FhirJson json,
                             ca.uhn.fhir.context.FhirContext fhirContext) {
        this.operations = operations;
        this.requests = requests;
        this.json = json;
        this.fhirContext = fhirContext;
    }

    @Operation(name = "$batch-validate-code", type = ValueSet.class, manualRequest = true)
    public Parameters batchValidate(RequestDetails request) {
        TerminologyRequest whole = requests.read(request, "$batch-validate-code");
        ArrayNode shared = JSON.createArrayNode();
        java.util.List<JsonNode> validations = new java.util.ArrayList<>();
        for (JsonNode p : whole.parameters().path("parameter")) {
            if ("validation".equals(p.path("name").asText())) {
                validations.add(p.path("resource"));
            } else {
                shared.add(p);
            }
        }
        Parameters out = new Parameters();
        for (JsonNode validation : validations) {
            ObjectNode parameters = JSON.createObjectNode().put("resourceType", "Parameters");
            ArrayNode list = parameters.putArray("parameter");
            shared.forEach(list::add);
            validation.path("parameter").forEach(list::add);
            out.addParameter().setName("validation").setResource(answer(() -> operations.validate(ResourceKind.VALUE_SET,
                    new TerminologyRequest(parameters, whole.acceptLanguage(), whole.drafts()))));
        }
        return out;
    }

    @Transaction
    public Bundle batch(@TransactionParam Bundle bundle, RequestDetails request) {
        if (bundle.getType() != BundleType.BATCH) {
            String message = "Only batch Bundles of terminology operations are accepted here, not " + bundle.getType();
            throw new InvalidRequestException(message, OperationOutcomes.error(IssueType.NOTSUPPORTED, message));
        }
        Bundle response = new Bundle().setType(BundleType.BATCHRESPONSE);
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            Bundle.BundleEntryComponent out = response.addEntry();
            Resource answer = answer(() -> dispatch(entry, request.getHeader("Accept-Language")));
            out.setResource(answer);
            out.getResponse().setStatus(answer instanceof OperationOutcome outcome ? status(outcome) : "200 OK");
        }
        return response;
    }

    private Resource dispatch(Bundle.BundleEntryComponent entry, String acceptLanguage) {
        String url = entry.getRequest().getUrl();
        if (url == null) {
            throw bad("A batch entry needs request.url");
        }
        int question = url.indexOf('?');
        String path = question < 0 ? url : url.substring(0, question);
        ObjectNode parameters = entry.getResource() instanceof Parameters p
                ? (ObjectNode) readJson(fhirContext.newJsonParser().encodeResourceToString(p))
                : JSON.createObjectNode().put("resourceType", "Parameters");
        ArrayNode list = parameters.withArray("parameter");
        if (question >= 0) {
            for (String pair : url.substring(question + 1).split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    list.addObject().put("name", decode(pair.substring(0, equals)))
                            .put("valueString", decode(pair.substring(equals + 1)));
                }
            }
        }
        TerminologyRequest request = new TerminologyRequest(parameters, acceptLanguage, Readers.isAuthenticated());
        return switch (path.replaceFirst("^/", "")) {
            case "ValueSet/$validate-code" -> operations.validate(ResourceKind.VALUE_SET, request);
            case "CodeSystem/$validate-code" -> operations.validate(ResourceKind.CODE_SYSTEM, request);
            case "ValueSet/$expand" -> operations.expand(request);
            case "CodeSystem/$lookup" -> operations.lookup(request);
            case "CodeSystem/$subsumes" -> operations.subsumes(request);
            case "ConceptMap/$translate" -> operations.translate(request);
            default -> throw bad("A batch entry may only be a terminology operation ($validate-code, $expand, $lookup,"
                    + " $subsumes, $translate), not " + path);
        };
    }

    private interface Call {
        Resource call();
    }

    private Resource answer(Call call) {
        try {
            return call.call();
        } catch (TerminologyException e) {
            return outcome(TerminologyErrorInterceptor.translate(e));
        } catch (BaseServerResponseException e) {
            return outcome(e);
        }
    }

    private static OperationOutcome outcome(BaseServerResponseException e) {
        IBaseOperationOutcome outcome = e.getOperationOutcome();
        OperationOutcome result = outcome instanceof OperationOutcome oo ? oo
                : OperationOutcomes.error(IssueType.PROCESSING, e.getMessage());
        result.setUserData("status", e.getStatusCode());
        return result;
    }

    private static String status(OperationOutcome outcome) {
        Object status = outcome.getUserData("status");
        return (status == null ? 400 : status) + "";
    }

    private static JsonNode readJson(String text) {
        try {
            return JSON.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static InvalidRequestException bad(String message) {
        return new InvalidRequestException(message, OperationOutcomes.error(IssueType.INVALID, message));
    }
}
