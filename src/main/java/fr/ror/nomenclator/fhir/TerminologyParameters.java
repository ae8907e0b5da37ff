package fr.ror.nomenclator.fhir;

import fr.ror.nomenclator.terminology.CodeValidation;
import fr.ror.nomenclator.terminology.ConceptDetails;
import fr.ror.nomenclator.terminology.Designation;
import fr.ror.nomenclator.terminology.PropertyValue;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Parameters.ParametersParameterComponent;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.hl7.fhir.r4.model.UriType;

/** Renders validation and lookup answers as the {@code Parameters} FHIR R4 defines for them. */
final class TerminologyParameters {

    private TerminologyParameters() {
    }

    static Parameters validation(CodeValidation answer, FhirJson json) {
        Parameters out = new Parameters();
        if (answer.code() != null) {
            out.addParameter().setName("code").setValue(new CodeType(answer.code()));
        }
        if (answer.display() != null) {
            out.addParameter().setName("display").setValue(new StringType(answer.display()));
        }
        if (answer.inactive() != null) {
            out.addParameter().setName("inactive").setValue(new BooleanType(answer.inactive()));
        }
        if (!answer.issues().isEmpty()) {
            out.addParameter().setName("issues").setResource(TerminologyOutcomes.of(answer.issues()));
        }
        if (answer.message() != null) {
            out.addParameter().setName("message").setValue(new StringType(answer.message()));
        }
        if (answer.normalizedCode() != null) {
            out.addParameter().setName("normalized-code").setValue(new CodeType(answer.normalizedCode()));
        }
        out.addParameter().setName("result").setValue(new BooleanType(answer.result()));
        if (answer.status() != null) {
            out.addParameter().setName("status").setValue(new CodeType(answer.status()));
        }
        if (answer.system() != null) {
            out.addParameter().setName("system").setValue(new UriType(answer.system()));
        }
        if (answer.version() != null) {
            out.addParameter().setName("version").setValue(new StringType(answer.version()));
        }
        answer.causedByUnknownSystems().forEach(s ->
                out.addParameter().setName("x-caused-by-unknown-system").setValue(new CanonicalType(s)));
        answer.unknownSystems().forEach(s -> out.addParameter().setName("x-unknown-system").setValue(new CanonicalType(s)));
        if (answer.codeableConcept() != null) {
            out.addParameter().setName("codeableConcept").setValue(json.toType(CodeableConcept.class,
                    answer.codeableConcept()));
        }
        return out;
    }

    static Parameters lookup(ConceptDetails concept) {
        Parameters out = new Parameters();
        out.addParameter().setName("abstract").setValue(new BooleanType(concept.abstractCode()));
        out.addParameter().setName("code").setValue(new CodeType(concept.code()));
        if (concept.name() != null) {
            out.addParameter().setName("name").setValue(new StringType(concept.name()));
        }
        out.addParameter().setName("system").setValue(new UriType(concept.system()));
        if (concept.version() != null) {
            out.addParameter().setName("version").setValue(new StringType(concept.version()));
        }
        if (concept.display() != null) {
            out.addParameter().setName("display").setValue(new StringType(concept.display()));
        }
        if (concept.definition() != null) {
            out.addParameter().setName("definition").setValue(new StringType(concept.definition()));
        }
        concept.designations().forEach(d -> designation(out.addParameter().setName("designation"), d));
        for (ConceptDetails.Property property : concept.properties()) {
            ParametersParameterComponent p = out.addParameter().setName("property");
            p.addPart().setName("code").setValue(new CodeType(property.code()));
            p.addPart().setName("value").setValue(value(property.value()));
            if (property.description() != null) {
                p.addPart().setName("description").setValue(new StringType(property.description()));
            }
        }
        concept.supplements().forEach(s -> out.addParameter().setName("used-supplement").setValue(new CanonicalType(s)));
        return out;
    }

    private static void designation(ParametersParameterComponent part, Designation d) {
        if (d.language() != null) {
            part.addPart().setName("language").setValue(new CodeType(d.language()));
        }
        if (d.hasUse()) {
            part.addPart().setName("use").setValue(new Coding(d.useSystem(), d.useCode(), d.useDisplay()));
        }
        part.addPart().setName("value").setValue(new StringType(d.value()));
        if (d.source() != null) {
            part.addPart().setName("source").setValue(new CanonicalType(d.source()));
        }
    }

    static Type value(PropertyValue value) {
        if (value instanceof PropertyValue.CodeValue v) {
            return new CodeType(v.code());
        }
        if (value instanceof PropertyValue.CodingValue v) {
            return new Coding(v.system(), v.code(), v.display());
        }
        if (value instanceof PropertyValue.IntegerValue v) {
            return new IntegerType(v.value());
        }
        if (value instanceof PropertyValue.BooleanValue v) {
            return new BooleanType(v.value());
        }
        if (value instanceof PropertyValue.DateTimeValue v) {
            return new DateTimeType(v.value());
        }
        if (value instanceof PropertyValue.DecimalValue v) {
            return new DecimalType(v.value());
        }
        return new StringType(((PropertyValue.StringValue) value).value());
    }
}
