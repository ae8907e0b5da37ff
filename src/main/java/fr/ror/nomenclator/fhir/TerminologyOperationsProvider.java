package fr.ror.nomenclator.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import fr.ror.nomenclator.terminology.ResourceKind;
import fr.ror.nomenclator.terminology.TerminologyOperations;
import fr.ror.nomenclator.terminology.TerminologyRequest;
import fr.ror.nomenclator.terminology.VersionCatalog;
import fr.ror.nomenclator.terminology.VersionSummary;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.ConceptMap;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.ValueSet;

/**
 * The terminology operations at type and instance level, GET and POST: each reads its request
 * ({@link TerminologyRequests}), asks {@link TerminologyOperations}, and renders the answer. The
 * request body is read here, not by HAPI, so that supplied resources ({@code tx-resource}) are
 * taken as given and unknown parameters can be refused by name.
 */
final class TerminologyOperationsProvider {

    private final TerminologyOperations operations;
    private final TerminologyRequests requests;
    private final VersionCatalog catalog;
    private final FhirJson json;

    TerminologyOperationsProvider(TerminologyOperations operations, TerminologyRequests requests,
                                  VersionCatalog catalog, FhirJson json) {
        this.operations = operations;
        this.requests = requests;
        this.catalog = catalog;
        this.json = json;
    }

    @Operation(name = "$expand", type = ValueSet.class, idempotent = true, manualRequest = true)
    public ValueSet expand(RequestDetails request) {
        return expand(requests.read(request, "$expand"));
    }

    @Operation(name = "$expand", type = ValueSet.class, idempotent = true, manualRequest = true)
    public ValueSet expandInstance(@IdParam IdType id, RequestDetails request) {
        return expand(subject(requests.read(request, "$expand"), ResourceKind.VALUE_SET, id, "valueSetVersion"));
    }

    ValueSet expand(TerminologyRequest request) {
        return json.toResource(ValueSet.class, operations.expand(request));
    }

    @Operation(name = "$validate-code", type = ValueSet.class, idempotent = true, manualRequest = true)
    public Parameters validateInValueSet(RequestDetails request) {
        return validate(ResourceKind.VALUE_SET, requests.read(request, "$validate-code"));
    }

    @Operation(name = "$validate-code", type = ValueSet.class, idempotent = true, manualRequest = true)
    public Parameters validateInValueSetInstance(@IdParam IdType id, RequestDetails request) {
        return validate(ResourceKind.VALUE_SET, subject(requests.read(request, "$validate-code"), ResourceKind.VALUE_SET,
                id, "valueSetVersion"));
    }

    @Operation(name = "$validate-code", type = CodeSystem.class, idempotent = true, manualRequest = true)
    public Parameters validateInCodeSystem(RequestDetails request) {
        return validate(ResourceKind.CODE_SYSTEM, requests.read(request, "$validate-code"));
    }

    @Operation(name = "$validate-code", type = CodeSystem.class, idempotent = true, manualRequest = true)
    public Parameters validateInCodeSystemInstance(@IdParam IdType id, RequestDetails request) {
        return validate(ResourceKind.CODE_SYSTEM, subject(requests.read(request, "$validate-code"),
                ResourceKind.CODE_SYSTEM, id, "version"));
    }

    Parameters validate(ResourceKind kind, TerminologyRequest request) {
        return TerminologyParameters.validation(operations.validateCode(kind, request), json);
    }

    @Operation(name = "$lookup", type = CodeSystem.class, idempotent = true, manualRequest = true)
    public Parameters lookup(RequestDetails request) {
        return lookup(requests.read(request, "$lookup"));
    }

    Parameters lookup(TerminologyRequest request) {
        return TerminologyParameters.lookup(operations.lookup(request));
    }

    @Operation(name = "$subsumes", type = CodeSystem.class, idempotent = true, manualRequest = true)
    public Parameters subsumes(RequestDetails request) {
        return subsumes(requests.read(request, "$subsumes"));
    }

    Parameters subsumes(TerminologyRequest request) {
        Parameters out = new Parameters();
        out.addParameter().setName("outcome").setValue(new CodeType(operations.subsumes(request)));
        return out;
    }

    @Operation(name = "$translate", type = ConceptMap.class, idempotent = true, manualRequest = true)
    public Parameters translate(RequestDetails request) {
        return translate(requests.read(request, "$translate"));
    }

    @Operation(name = "$translate", type = ConceptMap.class, idempotent = true, manualRequest = true)
    public Parameters translateInstance(@IdParam IdType id, RequestDetails request) {
        return translate(subject(requests.read(request, "$translate"), ResourceKind.CONCEPT_MAP, id, "conceptMapVersion"));
    }

    Parameters translate(TerminologyRequest request) {
        return json.toResource(Parameters.class, operations.translate(request));
    }

    /** An instance-level call names its subject by id: it becomes url and version parameters. */
    private TerminologyRequest subject(TerminologyRequest request, ResourceKind kind, IdType id, String versionName) {
        VersionSummary version = catalog.find(kind, id.getIdPart())
                .orElseThrow(() -> new ResourceNotFoundException(id));
        String urlName = kind == ResourceKind.CODE_SYSTEM ? "url" : "url";
        TerminologyRequests.add(request, urlName, version.url());
        TerminologyRequests.add(request, versionName, version.version());
        return request;
    }
}
