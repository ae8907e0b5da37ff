package fr.ror.nomenclator.fhir;

import fr.ror.nomenclator.terminology.ContentImport;
import fr.ror.nomenclator.terminology.ResourceKind;
import fr.ror.nomenclator.terminology.VersionCatalog;
import org.hl7.fhir.r4.model.CodeSystem;

/** CodeSystem read, search, create and update; one resource per business version. */
final class CodeSystemResourceProvider extends TerminologyResourceProvider<CodeSystem> {

    CodeSystemResourceProvider(VersionCatalog catalog, ContentImport contentImport, FhirJson fhirJson) {
        super(CodeSystem.class, ResourceKind.CODE_SYSTEM, catalog, contentImport, fhirJson);
    }
}
