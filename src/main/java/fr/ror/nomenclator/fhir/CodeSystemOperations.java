package fr.ror.nomenclator.fhir;

import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import fr.ror.nomenclator.terminology.CodeCheck;
import fr.ror.nomenclator.terminology.ConceptLookup;
import fr.ror.nomenclator.terminology.ConceptQuery;
import java.util.List;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.UriType;

/**
 * {@code CodeSystem/$lookup} and {@code CodeSystem/$validate-code} at type level, GET and POST.
 * Each is three steps: {@link OperationInputs} checks the parameters and builds the request
 * (400 when they conflict), {@link ConceptLookup} answers from the snapshots, and
 * {@link ConceptParameters} renders the answer.
 */
final class CodeSystemOperations {

    private final ConceptLookup lookup;
    private final OperationInputs inputs;

    CodeSystemOperations(ConceptLookup lookup, OperationInputs inputs) {
        this.lookup = lookup;
        this.inputs = inputs;
    }

    /** Unknown system, version or code: 404 with an OperationOutcome ({@code TE401}–{@code TE403}). */
    @Operation(name = "$lookup", type = CodeSystem.class, idempotent = true)
    public Parameters lookup(@OperationParam(name = "system", max = 1) UriType system,
                             @OperationParam(name = "code", max = 1) CodeType code,
                             @OperationParam(name = "version", max = 1) StringType version,
                             @OperationParam(name = "coding", max = 1) Coding coding,
                             @OperationParam(name = "date", max = 1) DateTimeType date,
                             @OperationParam(name = "displayLanguage", max = 1) CodeType displayLanguage,
                             @OperationParam(name = "property") List<CodeType> properties) {
        ConceptQuery query = inputs.lookup(system, code, version, coding, date);
        return ConceptParameters.lookup(lookup.lookup(query), properties);
    }

    /** Unknown system, version or code are answers (result=false), not errors; bad parameters are 400. */
    @Operation(name = "$validate-code", type = CodeSystem.class, idempotent = true)
    public Parameters validateCode(@OperationParam(name = "url", max = 1) UriType url,
                                   @OperationParam(name = "code", max = 1) CodeType code,
                                   @OperationParam(name = "version", max = 1) StringType version,
                                   @OperationParam(name = "display", max = 1) StringType display,
                                   @OperationParam(name = "coding", max = 1) Coding coding,
                                   @OperationParam(name = "codeableConcept", max = 1) CodeableConcept codeableConcept,
                                   @OperationParam(name = "date", max = 1) DateTimeType date,
                                   @OperationParam(name = "abstract", max = 1) BooleanType abstractAllowed,
                                   @OperationParam(name = "displayLanguage", max = 1) CodeType displayLanguage) {
        List<OperationInputs.Located<CodeCheck>> checks = inputs.validation(url, code, version, display, coding,
                codeableConcept, date);
        return ConceptParameters.validation(checks.stream()
                .map(check -> new OperationInputs.Located<>(lookup.validate(check.value()), check.path()))
                .toList());
    }
}
