package fr.ror.nomenclator.fhir;

import fr.ror.nomenclator.terminology.ContentImport;
import fr.ror.nomenclator.terminology.ResourceKind;
import fr.ror.nomenclator.terminology.VersionCatalog;
import org.hl7.fhir.r4.model.ConceptMap;

/** ConceptMap read, search, create and update; one resource per business version. */
final class ConceptMapResourceProvider extends TerminologyResourceProvider<ConceptMap> {

    ConceptMapResourceProvider(VersionCatalog catalog, ContentImport contentImport, FhirJson fhirJson) {
        super(ConceptMap.class, ResourceKind.CONCEPT_MAP, catalog, contentImport, fhirJson);
    }
}
