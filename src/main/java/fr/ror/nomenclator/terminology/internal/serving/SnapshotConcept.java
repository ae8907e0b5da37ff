package fr.ror.nomenclator.terminology.internal.serving;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ror.nomenclator.terminology.ConceptProperty;
import java.time.Instant;
import java.util.List;

/**
 * One concept of a snapshot, everything resolved at build time. Two life rules stay apart
 * (DESIGN.md §4): the FHIR status the concept states ({@link #inactive}, {@link #status},
 * {@link #deprecated}), and the NOS validity window ({@link #nosDates}), which depends on the
 * date a request asks for.
 *
 * @param ordinal      position in the code system, depth first
 * @param designations the display first (as a designation), then the designations
 * @param status       the status the concept states (status property, deprecated, inactive…), or null
 * @param abstractCode not selectable ({@code notSelectable}/{@code abstract} true)
 * @param extensions   the concept's extensions as loaded, or null
 */
record SnapshotConcept(int ordinal, String code, String display, String definition,
                       List<SnapshotDesignation> designations, List<ConceptProperty> properties,
                       List<String> parents, List<String> children, NosDates nosDates, String status,
                       boolean inactive, boolean deprecated, boolean abstractCode, JsonNode extensions) {

    /** Inactive by its FHIR status, or retired by its NOS {@code dateFin} on {@code date}. */
    boolean inactiveOn(Instant date) {
        return inactive || nosDates.retiredOn(date);
    }

    /** The status on {@code date}: {@code retired} once the NOS {@code dateFin} has passed. */
    String statusOn(Instant date) {
        if (nosDates.retiredOn(date)) {
            return "retired";
        }
        return status;
    }

    SnapshotConcept withTerms(List<SnapshotDesignation> moreDesignations, List<ConceptProperty> moreProperties,
                              List<JsonNode> moreExtensions) {
        List<SnapshotDesignation> d = new java.util.ArrayList<>(designations);
        d.addAll(moreDesignations);
        List<ConceptProperty> p = new java.util.ArrayList<>(properties);
        p.addAll(moreProperties);
        JsonNode merged = extensions;
        if (!moreExtensions.isEmpty()) {
            com.fasterxml.jackson.databind.node.ArrayNode all = com.fasterxml.jackson.databind.node.JsonNodeFactory
                    .instance.arrayNode();
            if (extensions != null) {
                extensions.forEach(all::add);
            }
            moreExtensions.forEach(all::add);
            merged = all;
        }
        return new SnapshotConcept(ordinal, code, display, definition, List.copyOf(d), List.copyOf(p), parents,
                children, nosDates, status, inactive, deprecated, abstractCode, merged);
    }
}
