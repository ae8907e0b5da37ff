package fr.ror.nomenclator.terminology.internal.serving;

import fr.ror.nomenclator.terminology.ConceptProperty;
import fr.ror.nomenclator.terminology.Designation;
import java.util.List;

/**
 * One concept of a snapshot, everything resolved at build time.
 *
 * @param fhirStatus the FHIR {@code status} property (deprecated, retired…) or null
 * @param inactive   whether an {@code inactive} property says true
 */
record SnapshotConcept(String code, String display, String definition, List<Designation> designations,
                       List<ConceptProperty> properties, List<String> parents, List<String> children,
                       NosDates nosDates, String fhirStatus, boolean inactive) {
}
