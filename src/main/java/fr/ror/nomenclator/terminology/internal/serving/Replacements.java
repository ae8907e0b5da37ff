package fr.ror.nomenclator.terminology.internal.serving;

import fr.ror.nomenclator.terminology.ConceptProperty;
import java.util.Optional;
import java.util.Set;

/**
 * The code that replaces a retired one, as the code system states it: a {@code replacedBy}
 * property (the FHIR concept property, or the NOS {@code remplacePar} when a file carries it).
 * Lineage recorded by governance is written back into the versions it publishes in this form.
 */
final class Replacements {

    private static final Set<String> PROPERTIES = Set.of("replacedBy", "replaced-by", "remplacePar");

    private Replacements() {
    }

    static Optional<String> of(SnapshotConcept concept) {
        for (ConceptProperty property : concept.properties()) {
            if (PROPERTIES.contains(property.code())) {
                return Optional.ofNullable(ConceptFilter.asText(property.value()));
            }
        }
        return Optional.empty();
    }
}
