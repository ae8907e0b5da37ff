package fr.ror.nomenclator.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import java.util.Date;
import org.hl7.fhir.instance.model.api.IBaseConformance;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Extension;

/**
 * Completes HAPI's CapabilityStatement the way terminology clients look for it: it instantiates
 * the HL7 terminology server statement, names the software and its release, and declares the
 * terminology ecosystem features this server implements (tx-resource: code systems as parameters).
 */
@Interceptor
final class TerminologyCapabilityInterceptor {

    static final String FEATURE = "http://hl7.org/fhir/uv/application-feature/StructureDefinition/feature";
    static final String TEST_VERSION = "http://hl7.org/fhir/uv/tx-tests/FeatureDefinition/test-version";
    static final String CODE_SYSTEM_AS_PARAMETER = "http://hl7.org/fhir/uv/tx-ecosystem/FeatureDefinition/CodeSystemAsParameter";
    static final String TERMINOLOGY_SERVER = "http://hl7.org/fhir/CapabilityStatement/terminology-server";
    /** The version of the HL7 terminology test set this server is measured against (tx-tests/). */
    static final String TESTED_VERSION = "1.9.3";

    private final String version;
    private final Date releaseDate;

    TerminologyCapabilityInterceptor(String version, Date releaseDate) {
        this.version = version;
        this.releaseDate = releaseDate;
    }

    @Hook(Pointcut.SERVER_CAPABILITY_STATEMENT_GENERATED)
    public void complete(IBaseConformance generated) {
        if (!(generated instanceof CapabilityStatement statement)) {
            return;
        }
        statement.setUrl("https://nomenclator.esante.fr/fhir/CapabilityStatement/nomenclator");
        statement.setVersion(version);
        statement.setName("Nomenclator");
        statement.setTitle("Nomenclator, the terminology server of the ROR");
        statement.setStatus(PublicationStatus.ACTIVE);
        statement.setDate(releaseDate);
        if (statement.getInstantiates().stream().noneMatch(i -> TERMINOLOGY_SERVER.equals(i.getValue()))) {
            statement.addInstantiates(TERMINOLOGY_SERVER);
        }
        statement.getSoftware().setName(NomenclatorFhirServer.SERVER_NAME).setVersion(version).setReleaseDate(releaseDate);
        statement.getExtension().removeIf(e -> FEATURE.equals(e.getUrl()));
        statement.addExtension(feature(TEST_VERSION, new CodeType(TESTED_VERSION)));
        statement.addExtension(feature(CODE_SYSTEM_AS_PARAMETER, null));
    }

    private static Extension feature(String definition, CodeType value) {
        Extension feature = new Extension(FEATURE);
        feature.addExtension("definition", new CanonicalType(definition));
        Extension valueExtension = feature.addExtension();
        valueExtension.setUrl("value");
        if (value != null) {
            valueExtension.setValue(value);
        }
        return feature;
    }
}
