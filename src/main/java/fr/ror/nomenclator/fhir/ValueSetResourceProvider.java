package fr.ror.nomenclator.fhir;

import fr.ror.nomenclator.terminology.ContentImport;
import fr.ror.nomenclator.terminology.ResourceKind;
import fr.ror.nomenclator.terminology.VersionCatalog;
import org.hl7.fhir.r4.model.ValueSet;

/** ValueSet read, search, create and update; one resource per business version. */
final class ValueSetResourceProvider extends TerminologyResourceProvider<ValueSet> {

    ValueSetResourceProvider(VersionCatalog catalog, ContentImport contentImport, FhirJson fhirJson) {
        super(ValueSet.class, ResourceKind.VALUE_SET, catalog, contentImport, fhirJson);
    }
}
