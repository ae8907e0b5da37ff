package fr.ror.nomenclator.fhir;

import ca.uhn.fhir.rest.annotation.Operation;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Parameters;

/** {@code GET /fhir/$versions}: the FHIR versions this server speaks (R4 only) and its default. */
final class ServerOperationsProvider {

    static final String FHIR_VERSION = "4.0.1";

    @Operation(name = "$versions", idempotent = true)
    public Parameters versions() {
        Parameters out = new Parameters();
        out.addParameter().setName("version").setValue(new CodeType(FHIR_VERSION));
        out.addParameter().setName("default").setValue(new CodeType(FHIR_VERSION));
        return out;
    }
}
